"""The one owner of the library's transactions: what every write goes through, in one place.

Every mutation runs `with lib.tx.atomic():`. The outermost transaction (nested ones are
savepoints) first checks that the open file is still the library's file (a file replaced or
removed underneath would swallow edits into an orphan), turns a failing SQLite write into one
line the user can act on, and after COMMIT runs the commit hooks: for a writable library the
BackupPolicy's and the Checkpointer's `after_commit` (library/checkpoint.py). Nothing patches
`db.atomic`; this class is the whole story.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from .backups import _check_same_file, _identity, write_error
from .errors import LibraryError

CommitHook = Callable[[sqlite_utils.Database], None]


class Transactions:
    """Begin/commit for one connection; `guard_file` is off for read-only and in-memory use."""

    def __init__(self, db: sqlite_utils.Database, path: Path, *, guard_file: bool = True) -> None:
        self.db = db
        self.path = path
        self.hooks: list[CommitHook] = []
        self._ident: tuple[int, int] | None = None
        self.held: str | None = None
        if guard_file:
            try:
                self._ident = _identity(path)
            except OSError:
                self._ident = None

    def on_commit(self, hook: CommitHook) -> None:
        """Run `hook(db)` after every outermost COMMIT (cheap: it is on every edit's path)."""
        self.hooks.append(hook)

    def hold(self, reason: str | None) -> None:
        """Refuse every write with `reason` (one line) until `hold(None)`: a library whose
        integrity check is still running, or failed (library.Library.open, `defer_check`)."""
        self.held = reason

    @contextmanager
    def atomic(self) -> Iterator[None]:
        outer = not self.db.conn.in_transaction
        if outer and self.held is not None:
            raise LibraryError(self.held)
        if outer and self._ident is not None:
            _check_same_file(self.path, self._ident)
        try:
            with self.db.atomic():
                yield
        except sqlite3.DatabaseError as e:
            raise write_error(e, self.path) from e
        if outer:
            for hook in self.hooks:
                hook(self.db)
