"""One writer per library: an OS lock on `library.db.lock`, held while a Library is open for writing.

Why an OS lock and not a pid file: the kernel releases it when the holder dies (crash, SIGKILL,
power cut), so there is never a stale lock to clear by hand. The file's text (pid, host, time)
only feeds the message a second writer sees. Read-only opens never take or check the lock.

Within one process the lock is shared (counted): one app is one writer, and SQLite already
serialises that process's own connections' transactions.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from .errors import LibraryError


class LibraryLocked(LibraryError):
    """Another process has this library open for writing."""


def lock_path(library: Path) -> Path:
    return library.with_name(library.name + ".lock")


@dataclass
class _Held:
    handle: IO[bytes]
    count: int = 1


@dataclass
class LockTable:
    """The locks this process holds, by resolved library path (a counted, shared lock)."""

    held: dict[str, _Held] = field(default_factory=dict)
    mutex: threading.Lock = field(default_factory=threading.Lock)


_TABLE = LockTable()  # per process by nature: OS locks belong to the process, not to an object


class WriterLock:
    """Held for a Library's lifetime; `release()` is idempotent."""

    def __init__(self, library: Path, table: LockTable = _TABLE) -> None:
        self.library = library
        self.key = str(library.resolve())
        self.table = table
        self.released = False

    @classmethod
    def acquire(cls, library: Path, table: LockTable = _TABLE, *, wait: float = 0.0) -> WriterLock:
        """Take the lock, waiting up to `wait` seconds for another process to let go (a
        command-line writer holds it for well under a second), then LibraryLocked."""
        lock = cls(library, table)
        with table.mutex:
            held = table.held.get(lock.key)
            if held is not None:
                held.count += 1
                return lock
            table.held[lock.key] = _Held(_take(library, wait))
        return lock

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        with self.table.mutex:
            held = self.table.held.get(self.key)
            if held is None:
                return
            held.count -= 1
            if held.count == 0:
                del self.table.held[self.key]
                _unlock(held.handle)
                held.handle.close()


def holder(library: Path) -> str:
    """Who holds the lock, as the lock file says ("" if unknown)."""
    try:
        return lock_path(library).read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


WAIT_ENV = "IRM_APP_LOCK_WAIT"
DEFAULT_WAIT = 15.0


def default_wait() -> float:
    """How long a command-line writer waits for the lock: IRM_APP_LOCK_WAIT seconds, else 15."""
    try:
        value = float(os.environ.get(WAIT_ENV, DEFAULT_WAIT))
    except ValueError:
        return DEFAULT_WAIT
    return value if 0 <= value < 86_400 else DEFAULT_WAIT


def _take(library: Path, wait: float = 0.0) -> IO[bytes]:
    path = lock_path(library)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        f = open(path, "a+b")  # noqa: SIM115 - kept open for the lock's lifetime
    except OSError as e:
        raise LibraryError(f"{library}: cannot open the library for writing ({e.strerror}: {path.parent})") from e
    deadline = time.monotonic() + wait
    pause = 0.02
    while True:
        try:
            _lock(f)
            break
        except BlockingIOError:
            if time.monotonic() < deadline:
                time.sleep(min(pause, max(deadline - time.monotonic(), 0.0)))
                pause = min(pause * 1.5, 0.25)  # quick for a short command, gentle for a long hold
                continue
            f.close()
            who = holder(library) or "another process"
            waited = f" (waited {wait:g} s)" if wait > 0 else ""
            raise LibraryLocked(
                f"library {library} is open for writing by {who}{waited}; close it there first "
                "(read-only commands still work)"
            ) from None
        except OSError as e:
            f.close()
            raise LibraryError(f"{library}: cannot lock the library ({e.strerror})") from e
    since = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    try:
        f.seek(0)
        f.truncate()
        f.write(f"pid {os.getpid()} on host {socket.gethostname()} since {since}\n".encode())
        f.flush()
    except OSError:
        pass  # the lock holds even if its note cannot be written (full disk)
    return f


if sys.platform == "win32":  # pragma: no cover - exercised on Windows CI only
    import msvcrt

    _FAR = 1 << 30  # lock a byte far past the note, so others can still read the note

    def _lock(f: IO[bytes]) -> None:
        f.seek(_FAR)
        try:
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError as e:
            raise BlockingIOError(str(e)) from e

    def _unlock(f: IO[bytes]) -> None:
        f.seek(_FAR)
        try:
            msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _lock(f: IO[bytes]) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(f: IO[bytes]) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)
