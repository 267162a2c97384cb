"""Start-up recovery: a damaged library is set aside and the newest sound backup takes its place.

Why here and not in Library.open: only the app's start (CLI or GUI) may decide to swap files,
and it must tell the user which backup it used and how much work that may cost them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from .backups import BackupPolicy, list_backups, put_in_place, set_aside, verify
from .errors import LibraryCorrupt
from .library import Library
from .lock import WriterLock


def open_or_recover(path: Path | str, *, wait: float = 0.0, backups: BackupPolicy | None = None,
                    defer_check: bool = False) -> tuple[Library, str | None]:
    """Open for writing; on LibraryCorrupt restore the newest backup that passes integrity_check.

    Returns (library, None) normally, or (library, message) after a recovery. The damaged file
    (with its -wal/-shm) is kept as `library.db.damaged-<time>`, never deleted. With no sound
    backup the damaged file is left where it is and LibraryCorrupt is raised.
    """
    path = Path(path)
    try:
        return Library.open(path, wait=wait, backups=backups, defer_check=defer_check), None
    except LibraryCorrupt as first:
        damage = str(first)
    lock = WriterLock.acquire(path, wait=wait)  # nobody else may open it while files move
    try:
        tried = []
        for b in list_backups(path):
            problem = verify(b.path)
            if problem is None:
                break
            tried.append(f"{b.path.name} {problem}")
        else:
            found = f"; backups tried: {'; '.join(tried)}" if tried else f"; no backups in {path.parent / 'backups'}"
            raise LibraryCorrupt(f"{damage}{found}. The file was left untouched")
        aside = set_aside(path, "damaged")
        put_in_place(b.path, path)
        lib = Library.open(path, backups=backups)
    finally:
        lock.release()
    message = (
        f"The library was damaged and has been restored from the backup of "
        f"{b.when.strftime('%Y-%m-%d %H:%M UTC')} ({describe_age(b.when)} old): work after that time "
        f"is missing. The damaged file is kept as {aside.name}."
    )
    return lib, message


def describe_age(when: datetime, now: datetime | None = None) -> str:
    """'3 minutes', '2 hours', '5 days': how old a backup is, for people."""
    delta = (now or datetime.now(UTC)) - when
    if delta < timedelta(minutes=1):
        return f"{max(int(delta.total_seconds()), 0)} seconds"
    if delta < timedelta(hours=1):
        return _plural(int(delta.total_seconds() // 60), "minute")
    if delta < timedelta(days=1):
        return _plural(int(delta.total_seconds() // 3600), "hour")
    return _plural(delta.days, "day")


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}{'' if n == 1 else 's'}"
