"""Automatic rotating backups of a library, restore, and the policy run after each commit.

Why: months of scoring live in one file on a laptop. WAL + synchronous=FULL protect against
crashes; backups protect against what durability cannot: a damaged disk sector, a file
clobbered by a sync tool, a wrong restore. Copies are made with SQLite's online backup API
(consistent while the library is open) into `<library dir>/backups/<stem>-<UTC time>.db`.

Retention: the newest `keep` backups, plus the newest of each UTC day for `days` days. Files
set aside by `restore` (`library.db.replaced-<time>`) are never deleted.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlite_utils

from .connection import SQLITE_MAGIC, backup_to
from .errors import LibraryCorrupt, LibraryError
from .lock import WriterLock
from .schema import LATEST

STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?\.db$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    when: datetime  # UTC, from the name
    size: int

    def age(self, now: datetime | None = None) -> timedelta:
        return (now or datetime.now(UTC)) - self.when


def backups_dir(library: Path) -> Path:
    return library.parent / "backups"


def list_backups(library: Path | str) -> list[BackupInfo]:
    """This library's backups, newest first."""
    library = Path(library)
    folder = backups_dir(library)
    out = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for p in entries:
        m = _NAME.match(p.name)
        if not m or m["stem"] != library.stem:
            continue
        try:
            when = _stamp_time(m["stamp"])
            size = p.stat().st_size
        except (ValueError, OSError):
            continue
        out.append(BackupInfo(p, when, size))
    return sorted(out, key=lambda b: (b.when, _seq(b.path)), reverse=True)


def _stamp_time(stamp: str) -> datetime:
    """`yyyymmddThhmmssZ` as a UTC time, without `strptime` (its first call imports `_strptime`
    and compiles its patterns: a few ms of every writer's open)."""
    s = stamp
    return datetime(int(s[0:4]), int(s[4:6]), int(s[6:8]), int(s[9:11]), int(s[11:13]), int(s[13:15]), tzinfo=UTC)


def _seq(p: Path) -> int:
    m = _NAME.match(p.name)
    return int(m["n"]) if m and m["n"] else 0


def make_backup(db: sqlite_utils.Database, library: Path, now: datetime | None = None) -> Path:
    """One consistent copy into the backups folder; a failed copy leaves no partial file."""
    now = now or datetime.now(UTC)
    folder = backups_dir(library)
    base = f"{library.stem}-{now.strftime(STAMP)}"
    dest = folder / f"{base}.db"
    n = 1
    while dest.exists():
        dest = folder / f"{base}-{n}.db"
        n += 1
    try:
        return backup_to(db, dest)
    except (OSError, sqlite3.Error) as e:  # backup_to removed its .part
        raise LibraryError(f"{library}: backup to {folder} failed ({e})") from e


def rotate(library: Path, *, keep: int = 10, days: int = 7, now: datetime | None = None) -> list[Path]:
    """Delete backups outside the retention rule; returns what was deleted."""
    now = now or datetime.now(UTC)
    backups = list_backups(library)
    kept = {b.path for b in backups[:keep]}
    seen_days: set[str] = set()
    for b in backups:  # newest first: the first of each day is that day's newest
        day = b.when.strftime("%Y-%m-%d")
        if now - b.when <= timedelta(days=days) and day not in seen_days:
            seen_days.add(day)
            kept.add(b.path)
    deleted = []
    for b in backups:
        if b.path not in kept:
            try:
                b.path.unlink()
                deleted.append(b.path)
            except OSError:
                pass
    return deleted


def verify(path: Path) -> str | None:
    """None if `path` is a sound library SQLite can open; else why not (one line)."""
    try:
        with open(path, "rb") as f:
            if f.read(16) != SQLITE_MAGIC:
                return "not a SQLite database"
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except (OSError, sqlite3.Error) as e:
        return f"cannot be read ({e})"
    if rows != ["ok"]:
        return f"fails its integrity check ({rows[0]})"
    if version > LATEST:
        return f"was written by a newer IRM Assessor (schema {version})"
    if version == 0:
        return "is empty (no library schema)"
    return None


def set_aside(library: Path, label: str, now: datetime | None = None) -> Path:
    """Rename the library and its -wal/-shm to `<name>.<label>-<time>` (never deleted); returns it."""
    stamp = (now or datetime.now(UTC)).strftime(STAMP)
    aside = library.with_name(f"{library.name}.{label}-{stamp}")
    n = 1
    while aside.exists():
        aside = library.with_name(f"{library.name}.{label}-{stamp}-{n}")
        n += 1
    for suffix in ("-wal", "-shm"):  # moved first: the main file renamed last marks it done
        side = library.with_name(library.name + suffix)
        if side.exists():
            side.replace(aside.with_name(aside.name + suffix))
    if library.exists():
        library.replace(aside)
    _sync_dir(library.parent)
    return aside


def put_in_place(backup: Path, library: Path) -> None:
    """Copy a backup to the library's place atomically (fsynced copy, then rename)."""
    tmp = library.with_name(library.name + ".restoring")
    with open(backup, "rb") as src, open(tmp, "wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    tmp.replace(library)
    _sync_dir(library.parent)


def restore(library: Path | str, backup: Path | str) -> Path:
    """Replace the library by a verified backup; the current file is kept aside (returned).

    Refuses while another process has the library open for writing.
    """
    library, backup = Path(library), Path(backup)
    problem = verify(backup)
    if problem:
        raise LibraryCorrupt(f"{backup}: not restored: the backup {problem}")
    lock = WriterLock.acquire(library)
    try:
        try:
            aside = set_aside(library, "replaced")
            put_in_place(backup, library)
        except OSError as e:
            raise LibraryError(f"{library}: restore failed ({e.strerror or e}); nothing was deleted") from e
    finally:
        lock.release()
    return aside


def _sync_dir(folder: Path) -> None:
    """Make renames durable (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class BackupPolicy:
    """When to back up: on open, then after a commit at most every `interval` seconds, and on close.

    The interval counts from the newest backup in the folder, whichever process made it. With
    `defer_close` (the CLI's writers) a close within `interval` of the newest backup makes no
    copy: the edits wait for the next backup, which the first writer (a command or the app) to
    open or commit `interval` or more after it makes; so a burst of commands copies the library
    once per interval, not once per command (docs/reliability.md, "Backups").

    The hot path (`after_commit`) is one clock read and a comparison. A failed backup (full disk)
    never fails the edit: it is remembered in `last_error` and retried after the next interval.
    """

    def __init__(
        self, library: Path, *, interval: float = 300.0, keep: int = 10, days: int = 7,
        clock: Callable[[], float] = time.monotonic, defer_close: bool = False,
    ) -> None:
        self.library = library
        self.interval = interval
        self.keep = keep
        self.days = days
        self.clock = clock
        self.defer_close = defer_close
        self.due = clock() + interval
        self.dirty = False
        self.deferred = False  # the last close left edits for the next backup (defer_close)
        self.last: Path | None = None
        self.last_error: str | None = None

    def _newest_age(self) -> float | None:
        """Seconds since the newest backup of this library (any process's), None with none.
        A backup dated in the future (a clock set back, a copied folder) does not count."""
        now = datetime.now(UTC)
        for b in list_backups(self.library):  # newest first
            age = b.age(now).total_seconds()
            if age >= 0:
                return age
        return None

    def on_open(self, db: sqlite_utils.Database) -> None:
        age = self._newest_age()
        if age is not None and age < self.interval:
            self.due = self.clock() + (self.interval - age)  # the interval runs from that backup
            return
        self.run(db)

    def after_commit(self, db: sqlite_utils.Database) -> None:
        if self.clock() < self.due:
            self.dirty = True
            return
        self.run(db)

    def on_close(self, db: sqlite_utils.Database) -> None:
        if not self.dirty:
            return
        if self.defer_close:
            age = self._newest_age()
            if age is not None and age < self.interval:
                self.deferred = True
                return
        self.run(db)

    def run(self, db: sqlite_utils.Database) -> Path | None:
        self.due = self.clock() + self.interval
        try:
            self.last = make_backup(db, self.library)
            rotate(self.library, keep=self.keep, days=self.days)
        except LibraryError as e:
            self.last_error = str(e)
            return None
        self.dirty = False
        self.last_error = None
        return self.last


def write_error(e: sqlite3.Error, library: Path) -> LibraryError:
    """A failed write as the one line a user can act on (nothing was saved by that edit)."""
    code = (getattr(e, "sqlite_errorcode", 0) or 0) & 0xFF
    why = {
        13: "the disk is full",
        8: "the library's location is read-only",
        14: "the library's file or folder cannot be opened (moved or removed?)",
        10: "a disk input/output error",
        3: "permission denied",
        11: "the library is damaged",
        26: "the library file is not a database",
    }.get(code, str(e))
    cls = LibraryCorrupt if code in (11, 26) else LibraryError
    return cls(f"{library}: not saved: {why}; everything saved before is kept")


def _identity(path: Path) -> tuple[int, int]:
    st = path.stat()
    return (st.st_dev, st.st_ino)


def _check_same_file(library: Path, ident: tuple[int, int]) -> None:
    """An open SQLite file that was deleted or replaced would swallow edits into an orphan."""
    try:
        now = _identity(library)
    except OSError:
        raise LibraryError(
            f"{library}: not saved: the library file or its folder has gone (moved, removed or "
            "unmounted); reopen the library where it now is"
        ) from None
    if now != ident:
        raise LibraryError(f"{library}: not saved: the library file was replaced while open; reopen it")
