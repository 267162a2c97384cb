"""Keep the WAL short: copy it into the main file after a burst of commits, when idle, at close.

Why: SQLite reads a WAL frame by frame and stops, silently, at the first frame whose checksum
fails. A damaged WAL (a bad sector, a sync tool copying a live library, a crash of the disk
cache) therefore drops every commit after the damage, and `integrity_check` still says "ok".
Left alone, the WAL holds up to 1,000 pages (~36 edits of a working session on the sample
plan). With this policy it holds at most the commits of the last `idle` seconds, and never
more than `every - 1` of them: the bound on what a damaged WAL can cost (docs/reliability.md).

`PRAGMA wal_checkpoint(TRUNCATE)` copies every committed frame into the database file, syncs
it (synchronous=FULL) and empties the WAL. After a burst it runs on the writer's own
connection; after a quiet spell a timer thread runs it on a short-lived connection of its own
(a sqlite3 connection belongs to the thread that made it), opened `mode=rw` so it can never
create a file where the library has gone.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

EVERY = 16
"""A checkpoint after this many commits, however fast they come."""

IDLE = 2.0
"""Seconds after the first commit not yet checkpointed: then a checkpoint, whatever follows."""


class Checkpointer:
    """One per open writable Library; `after_commit` is cheap (a counter and maybe a timer)."""

    def __init__(
        self, library: Path, *, every: int = EVERY, idle: float = IDLE,
        timer: Callable[[float, Callable[[], None]], threading.Timer] = threading.Timer,
    ) -> None:
        self.library = library
        self.every = max(1, every)
        self.idle = idle
        self.make_timer = timer
        self.pending = 0
        self.checkpoints = 0
        self._timer: threading.Timer | None = None
        self._mutex = threading.Lock()
        self._closed = False
        self.on_checkpoint: Callable[[], None] | None = None
        """Called after each checkpoint that emptied the WAL (the Library notes the file's state
        it left, so its own writes do not void the sound mark)."""
        try:
            st = library.stat()
            self._ident: tuple[int, int] | None = (st.st_dev, st.st_ino)
        except OSError:
            self._ident = None

    def after_commit(self, db: sqlite_utils.Database) -> None:
        with self._mutex:
            self.pending += 1
            burst = self.pending >= self.every
            if not burst and self._timer is None and self.idle > 0:
                self._timer = self.make_timer(self.idle, self._on_idle)
                self._timer.daemon = True
                self._timer.start()
        if burst:
            self.run(db)

    def run(self, db: sqlite_utils.Database) -> bool:
        """Checkpoint on the writer's connection; True if the WAL was emptied."""
        with self._mutex:
            self._cancel()
            try:
                busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            except sqlite3.Error:
                return False  # a full disk: the WAL stays, complete; the next commit tries again
            if busy == 0:
                self.pending = 0
                self.checkpoints += 1
                self._checkpointed()
            return busy == 0

    def close(self, db: sqlite_utils.Database) -> None:
        """At close: cancel the timer and leave an empty WAL behind."""
        self.run(db)
        with self._mutex:
            self._closed = True
            self._cancel()

    def _checkpointed(self) -> None:
        if self.on_checkpoint is not None:
            self.on_checkpoint()

    def _cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _on_idle(self) -> None:
        with self._mutex:
            self._timer = None
            if self._closed or self.pending == 0 or not self._same_file():
                return
            try:
                conn = sqlite3.connect(f"file:{self.library}?mode=rw", uri=True, isolation_level=None)
            except sqlite3.Error:
                return
            try:
                conn.execute("PRAGMA busy_timeout = 2000")
                if conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0:
                    self.pending = 0
                    self.checkpoints += 1
                    self._checkpointed()
            except sqlite3.Error:
                pass  # busy or a full disk: the next commit arms the timer again
            finally:
                conn.close()

    def _same_file(self) -> bool:
        try:
            st = self.library.stat()
        except OSError:
            return False
        return self._ident == (st.st_dev, st.st_ino)
