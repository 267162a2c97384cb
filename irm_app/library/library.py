"""The Library: one SQLite file holding plans, assessments, evidence and the audit log."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from .assessments import Assessments
from .backups import BackupPolicy
from .checkpoint import Checkpointer
from .comments import ReviewStore
from .connection import (
    PendingCheck,
    backup_to,
    connect,
    db_state,
    migrate,
    open_error,
    record_sound,
    refuse_foreign,
    user_version,
)
from .errors import LibraryCorrupt, LibraryError
from .evidence import Evidence
from .history import History
from .imports import Imports
from .leftovers import sweep
from .lock import WriterLock
from .narrative import Narrative
from .part import Forms
from .plan_edits import PlanEdits
from .plans import Plans
from .progress import ProgressIndex
from .review_copies import ReviewCopies
from .scores import Scores
from .transactions import Transactions

if TYPE_CHECKING:  # the interchange document is imported by the call that uses it
    from ..interchange import InterchangeDoc


class Library:
    """Open with `Library.open(path)`; pass the instance to whoever needs it (no globals).

    The Library is its parts, each a small object over the one connection `db` and the one
    transaction owner `tx` (Transactions: every write's begin/commit and its commit hooks):
    `plans`, `plan_edits`, `assessments`, `scores`, `evidence`, `narrative`, `history`,
    `imports`, `review_copies`, `progress_index` (the stored progress every write of scores
    keeps in step), and `forms` (the methodology forms, loaded once). What the
    Library itself does is the file's life: open (migrations, the one-writer lock `_lock`),
    the commit hooks (`_backups`, the BackupPolicy; `_checkpointer`, which keeps the WAL short),
    backup, snapshot and close. docs/architecture.md draws the path of one edit.
    """

    def __init__(self, db: sqlite_utils.Database, path: Path, *, readonly: bool = False,
                 tx: Transactions | None = None) -> None:
        self.db = db
        self.path = path
        self.readonly = readonly
        self.tx = tx or Transactions(db, path, guard_file=not readonly)  # every write's begin/commit
        tx = self.tx
        self.forms = Forms()
        self.plans = Plans(db, tx)
        # which commitments are scored/justified, kept by every write of scores (progress.py)
        self.progress_index = ProgressIndex(db, self.forms)
        self.plan_edits = PlanEdits(db, tx, plans=self.plans, progress=self.progress_index)
        self.review_copies = ReviewCopies(self)
        self.comments = ReviewStore(db, tx)
        self.assessments = Assessments(db, tx, forms=self.forms, plans=self.plans, review_copies=self.review_copies,
                                       comments=self.comments)
        self.evidence = Evidence(db, tx, path=path, assessments=self.assessments, plans=self.plans)
        self.scores = Scores(db, tx, forms=self.forms, assessments=self.assessments, plans=self.plans,
                             evidence=self.evidence, progress=self.progress_index)
        self.narrative = Narrative(db, tx, forms=self.forms, assessments=self.assessments, plans=self.plans,
                                   scores=self.scores)
        self.history = History(db, tx, assessments=self.assessments)
        self.imports = Imports(db, tx, forms=self.forms, plans=self.plans, assessments=self.assessments,
                               progress=self.progress_index)

    @classmethod
    def open(
        cls, path: Path | str, *, readonly: bool = False, backups: BackupPolicy | None = None, wait: float = 0.0,
        defer_check: bool = False,
    ) -> Library:
        """Open for writing holds the one-writer lock until close() and backs up automatically
        (`backups` overrides the default BackupPolicy); read-only opens do neither. A writer
        waits up to `wait` seconds for another process's lock.

        `defer_check` (the GUI's start, a writer): a full integrity check the sound mark does not
        vouch for is left to `pending_check`, run later off the critical path; until
        `check_passed()` every write is refused and no backup is taken (a damaged file must
        never be written or rotate a sound backup out). A migration still checks first."""
        path = Path(path)
        if not readonly:
            refuse_foreign(path)  # before the lock file appears beside someone else's file
        lock = None if readonly else WriterLock.acquire(path, wait=wait)
        pending: list[PendingCheck] = []
        try:
            existed = path.exists()
            db = connect(path, readonly=readonly, deferred=pending if defer_check and not readonly else None)
        except BaseException:
            if lock:
                lock.release()
            raise
        try:
            from .schema import LATEST

            if readonly:
                from .schema import READABLE_FROM

                if not READABLE_FROM <= user_version(db) <= LATEST:
                    raise LibraryError(f"{path}: the library needs upgrading; open it once for writing")
            else:
                if pending and user_version(db) < LATEST:  # a migration writes: the check comes first
                    problem = pending.pop().run()
                    if problem is not None:
                        raise LibraryCorrupt(f"{path}: the library failed its integrity check ({problem})")
                try:
                    migrate(db, path)
                except sqlite3.DatabaseError as e:
                    raise open_error(e, path) from e
        except BaseException:
            db.conn.close()
            if lock:
                lock.release()
            raise
        lib = cls(db, path, readonly=readonly)
        if pending:
            lib.pending_check = pending[0]
            lib.tx.hold(f"{path}: the library is still being checked (a moment after opening); "
                        "nothing was changed, try again")
        if not readonly:
            sweep(path)  # what killed runs left: backup .part copies, working folders
            lib._lock = lock
            lib._backups = backups or BackupPolicy(path)
            lib._checkpointer = Checkpointer(path)
            lib.tx.on_commit(lib._backups.after_commit)
            lib.tx.on_commit(lib._checkpointer.after_commit)  # keep the WAL short
            lib._checkpointer.on_checkpoint = lib._note_state  # a checkpoint of ours writes the file too
            lib._seen = db_state(path)
            lib.tx.on_commit(lib._note_state)  # last: after the checkpointer's write, if any
            if existed and not pending:
                lib._backups.on_open(db)
        return lib

    pending_check: PendingCheck | None = None
    """The full integrity check deferred at open (`defer_check`), until it has passed."""

    def check_passed(self) -> None:
        """The deferred check passed (its `run()` returned None): writes and backups resume."""
        self.pending_check = None
        self.tx.hold(None)
        policy: BackupPolicy | None = getattr(self, "_backups", None)
        if policy is not None:
            policy.on_open(self.db)

    def check_failed(self, problem: str) -> LibraryCorrupt:
        """The deferred check found damage: writes stay refused; the error to show (recover from it
        by closing and `open_or_recover`, which checks in full)."""
        error = LibraryCorrupt(f"{self.path}: the library failed its integrity check ({problem})")
        self.tx.hold(str(error))
        return error

    closed: bool = False  # set by close(): a late callback (the deferred check) must not use it
    _seen: tuple[int, ...] | None = None  # the file as this process last left it (writers)

    def _note_state(self, db: object = None) -> None:
        """After each commit (an auto-checkpoint may have written the file): one stat."""
        self._seen = db_state(self.path)

    def close(self) -> None:
        policy: BackupPolicy | None = getattr(self, "_backups", None)
        lock: WriterLock | None = getattr(self, "_lock", None)
        checkpointer: Checkpointer | None = getattr(self, "_checkpointer", None)
        self._backups = self._lock = self._checkpointer = None  # a second close() does nothing more
        self.closed = True
        try:
            if policy is not None:
                policy.on_close(self.db)
            # The check at open vouches for the file as closed now only if every change since was
            # this process's: the file is as our last commit or checkpoint left it (docs/reliability.md).
            ours = (not self.readonly and self.pending_check is None and self.tx.held is None
                    and self._seen is not None and db_state(self.path) == self._seen)
            if checkpointer is not None and self.tx.held is None:
                checkpointer.close(self.db)  # leave an empty WAL behind (never into a file held as damaged)
            self.db.conn.close()
            if ours:
                record_sound(self.path)
        finally:
            if lock is not None:
                lock.release()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def backup(self, dest: Path) -> Path:
        return backup_to(self.db, dest)

    def snapshot(self, assessment_ids: list[str] | None = None) -> InterchangeDoc:
        """The interchange document for these assessments (None: the whole library)."""
        from .snapshot import snapshot

        return snapshot(self, assessment_ids)
