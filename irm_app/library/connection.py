"""Opening a library file: pragmas, integrity check and migrations.

Settings (see docs/reliability.md): WAL journal with `synchronous=FULL`, so a transaction is on
disk, WAL fsynced, before `COMMIT` returns: an edit the app reported saved survives a process
kill and a power cut. Foreign keys are per-connection in SQLite, so they are set here, on every
connection.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path

import sqlite_utils

from .errors import LibraryCorrupt, LibraryError, NotALibrary
from .leftovers import part_name
from .schema import APPLICATION_ID, LATEST, MIGRATIONS

SQLITE_MAGIC = b"SQLite format 3\x00"


def check_header(path: Path) -> None:
    """Refuse a file that is not a SQLite database before SQLite touches it."""
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except FileNotFoundError:
        return
    except OSError as e:
        raise LibraryError(f"{path}: cannot read the library ({e.strerror})") from e
    if head and head != SQLITE_MAGIC:
        raise LibraryCorrupt(f"{path}: not an IRM library (the file is not a SQLite database)")


OUR_TABLES = frozenset({"plans", "commitments", "assessments", "scores", "audit"})


def check_ours(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse some other program's SQLite database before anything writes to it.

    Ours: the header's application_id is APPLICATION_ID (schema 5 on), or a library from
    before that (application_id 0, a schema version, our tables), or an empty database.
    Unreadable files pass here: the full open then says they are damaged.
    """
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error:
        return
    if app_id == APPLICATION_ID:
        return
    if app_id == 0 and ((version == 0 and not tables) or (version > 0 and OUR_TABLES <= tables)):
        return
    some = ", ".join(sorted(tables)[:4]) + (", ..." if len(tables) > 4 else "")
    what = f"with the tables {some}" if tables else f"application id {app_id}"
    raise NotALibrary(
        f"{path}: not an IRM library (a SQLite database of another program, {what}); "
        "it was left untouched: give the path of an IRM library or a new file"
    )


def refuse_foreign(path: Path) -> None:
    """Before the writer's lock file is made next to it: not SQLite, or not ours, says so now."""
    check_header(path)
    _check_ours_before_writing(path)


def _check_ours_before_writing(path: Path) -> None:
    """A look through a read-only connection: a writable one could checkpoint another
    program's WAL into its file, and journal_mode=WAL rewrites the header."""
    try:
        if path.stat().st_size == 0:
            return
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    except (OSError, sqlite3.Error):
        return
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        check_ours(conn, path)
    finally:
        conn.close()


def connect(path: Path, *, readonly: bool = False,
            deferred: list[PendingCheck] | None = None) -> sqlite_utils.Database:
    """Open with the library's pragmas; read-only opens never create or migrate. A file that
    is not an IRM library is refused before anything is written to it.

    With `deferred` (a list), a full check the mark does not vouch for is not run here: a
    `PendingCheck` is appended instead, for the caller to run off the critical path (the GUI,
    after its first paint) while it refuses writes (docs/reliability.md)."""
    check_header(path)
    before = _state_before_open(path)  # SQLite makes the WAL on the first read: judge the file first
    if not readonly:
        _check_ours_before_writing(path)
    if readonly:
        if not path.exists():
            raise LibraryError(f"{path}: no library here")
        # In a read-only folder (a CD, a read-only share) SQLite cannot make the WAL index;
        # nobody can write there either, so the file may be read as immutable.
        frozen = "&immutable=1" if not os.access(path.parent, os.W_OK) else ""
        conn = sqlite3.connect(f"file:{path}?mode=ro{frozen}", uri=True, isolation_level=None)
        try:
            check_ours(conn, path)
        except NotALibrary:
            conn.close()
            raise
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), isolation_level=None)
        except (OSError, sqlite3.Error) as e:
            raise LibraryError(f"{path}: cannot open the library ({e})") from e
    # execute_plugins=False (sqlite-utils' documented opt-out, docs: plugins.html): no third-party
    # plugin's prepare_connection hook touches the library's connection, and the plugin manager's
    # scan of every installed package's entry points (~10 ms) is not paid at each open.
    db = sqlite_utils.Database(conn, execute_plugins=False)
    try:
        db.execute("PRAGMA busy_timeout = 5000")
        db.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise LibraryError(f"{path}: cannot switch the library to WAL mode (got {mode})")
        db.execute("PRAGMA synchronous = FULL")
        if deferred is not None and not before[0] and path.exists():
            deferred.append(PendingCheck(path, before[1]))
        else:
            check_integrity(db, path, before)
    except sqlite3.DatabaseError as e:
        conn.close()
        raise open_error(e, path) from e
    except LibraryError:
        conn.close()
        raise
    return db


CORRUPT_CODES = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB
_OPEN_WHY = {
    13: "the disk is full",
    8: "the location is read-only",
    14: "the file or its folder cannot be opened",
    10: "a disk input/output error",
    3: "permission denied",
    5: "the library is busy in another program",
}


def open_error(e: sqlite3.DatabaseError, path: Path) -> LibraryError:
    """Damage (move aside, restore a backup) is told apart from a disk or permission problem
    (fix the disk; the file is fine), so recovery never sets a sound library aside."""
    code = (getattr(e, "sqlite_errorcode", 0) or 0) & 0xFF
    if code in CORRUPT_CODES or (code == 0 and not isinstance(e, sqlite3.OperationalError)):
        return LibraryCorrupt(f"{path}: the library is damaged ({e})")
    return LibraryError(f"{path}: cannot open the library: {_OPEN_WHY.get(code, str(e))}")


MARK_MAX_AGE = 24 * 3600.0
"""Seconds a full integrity check vouches for a file left unchanged since: damage that does not
change the file's metadata (a bad disk sector) is found by the next full check, at least daily."""


def mark_path(path: Path) -> Path:
    """The side file recording the library's last passed integrity check (docs/reliability.md)."""
    return path.with_name(path.name + ".sound")


def file_state(path: Path) -> list[int | None]:
    """What any change to the library's bytes changes: the file's and its WAL's inode, size,
    modification and status-change times (ctime cannot be set back by any tool)."""
    st = os.stat(path)
    state: list[int | None] = [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]
    try:
        w = os.stat(f"{path}-wal")
    except FileNotFoundError:
        w = None
    if w is not None and w.st_size > 0:  # an empty WAL holds nothing: the same as none
        state += [w.st_ino, w.st_size, w.st_mtime_ns, w.st_ctime_ns]
    else:
        state.append(None)
    return state


def _state_before_open(path: Path) -> tuple[bool, list[int | None] | None]:
    """(does the mark vouch for the file?, its state) as found before SQLite opens it."""
    try:
        state = file_state(path)
    except OSError:
        return False, None
    return _mark_vouches(path, state), state


def db_state(path: Path) -> tuple[int, ...] | None:
    """The library file's own identity, size and times (not its WAL), or None if it is gone."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _mark_vouches(path: Path, state: list[int | None]) -> bool:
    """True when the last full check passed on exactly these bytes, within MARK_MAX_AGE."""
    try:
        mark = json.loads(mark_path(path).read_text(encoding="utf-8"))
        fresh = 0 <= time.time() - float(mark["checked"]) < MARK_MAX_AGE
        return fresh and mark["state"] == state
    except (OSError, ValueError, KeyError, TypeError):
        return False


def record_sound(path: Path, state: list[int | None] | None = None, checked: float | None = None) -> None:
    """Record that the library in `state` (default: as it is now) passed; `checked` keeps the time
    of the full check it descends from. Never fails the caller (a read-only folder has no mark)."""
    try:
        if checked is None:
            checked = float(json.loads(mark_path(path).read_text(encoding="utf-8"))["checked"])
        state = state if state is not None else file_state(path)
        tmp = part_name(mark_path(path))  # named after this process, as backup copies are
        tmp.write_text(json.dumps({"state": state, "checked": checked}), encoding="utf-8")
        tmp.replace(mark_path(path))
    except (OSError, ValueError, KeyError, TypeError):
        pass


def check_integrity(
    db: sqlite_utils.Database, path: Path, before: tuple[bool, list[int | None] | None] = (False, None)
) -> None:
    """The full `integrity_check`, unless the mark vouches for these very bytes (`before`, from
    `_state_before_open`). The state recorded is the one taken before the check, so a change
    made while it runs leaves a stale mark and the next open checks again."""
    vouched, state = before
    if vouched:
        return
    rows = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        raise LibraryCorrupt(f"{path}: the library failed its integrity check ({rows[0]})")
    try:
        record_sound(path, state if state is not None else file_state(path), time.time())  # None: we made it
    except OSError:
        pass


class PendingCheck:
    """A full integrity check not yet run on a library already open (the GUI's start).

    `run()` may be called on any thread: it reads through its own read-only connection, so it
    checks the same committed bytes the open connection reads. It returns None when the check
    passes (and records the mark for the state taken before the open, exactly as the check at
    open does), else the first problem line."""

    def __init__(self, path: Path, state: list[int | None] | None) -> None:
        self.path = path
        self.state = state

    def run(self) -> str | None:
        try:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, isolation_level=None)
            try:
                conn.execute("PRAGMA busy_timeout = 5000")
                rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            finally:
                conn.close()
        except sqlite3.DatabaseError as e:
            err = open_error(e, self.path)
            if not isinstance(err, LibraryCorrupt):
                raise err from e
            return str(e)
        if rows != ["ok"]:
            return str(rows[0])
        record_sound(self.path, self.state if self.state is not None else file_state(self.path), time.time())
        return None


def user_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database, path: Path) -> list[int]:
    """Bring the schema to LATEST, copying the file aside first; returns the versions applied."""
    current = user_version(db)
    if current > LATEST:
        raise LibraryError(
            f"{path}: the library was written by a newer IRM Assessor (schema {current}, this one knows {LATEST})"
        )
    pending = [m for m in MIGRATIONS if m[0] > current]
    if not pending:
        return []
    if current > 0:
        backup_to(db, path.with_name(f"{path.name}.before-v{pending[0][0]}.bak"))
    applied = []
    for version, _name, statements in pending:
        with db.atomic():
            for step in statements:
                if callable(step):
                    step(db)  # a fill-in in Python (schema.Step)
                else:
                    db.execute(step)
            db.execute(f"PRAGMA user_version = {int(version)}")
        applied.append(version)
    return applied


def backup_to(db: sqlite_utils.Database, dest: Path) -> Path:
    """A consistent copy through SQLite's online backup API (safe while the library is open)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = part_name(dest)  # named after this process: a killed run's copy is swept at next start
    try:
        target = sqlite3.connect(str(tmp))
        try:
            db.conn.backup(target)
        finally:
            target.close()
        tmp.replace(dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest
