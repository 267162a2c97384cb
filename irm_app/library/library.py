"""The Library: one SQLite file holding plans, assessments, evidence and the audit log."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from ..model import Assessment, utcnow
from .backups import BackupPolicy
from .checkpoint import Checkpointer
from .connection import backup_to, connect, db_state, migrate, open_error, record_sound, refuse_foreign
from .errors import LibraryError
from .evidence import EvidenceMutations
from .leftovers import sweep
from .lock import WriterLock
from .mutations import audit_text, encode
from .narrative import NarrativeMutations
from .plan_edits import PlanEdits
from .transactions import Transactions

if TYPE_CHECKING:  # the interchange document and import bundles are imported by the calls that use them
    from ..importers.bundle import ImportBundle, ImportedAssessment, ImportResult
    from ..interchange import InterchangeDoc
    from ..methodology import Form
    from .review_copies import ReviewCopyInfo


class Library(EvidenceMutations, PlanEdits, NarrativeMutations):
    """Open with `Library.open(path)`; pass the instance to whoever needs it (no globals).

    Its parts: `db` (the connection), `tx` (Transactions: the owner of every write's
    begin/commit and its commit hooks), `_backups` (the BackupPolicy) and `_checkpointer` (keeps
    the WAL short), both registered on `tx` as commit hooks, and `_lock` (the one-writer lock) for
    a writable library; queries, mutations and
    evidence are the methods that read and write through them.
    """

    def __init__(self, db: sqlite_utils.Database, path: Path, *, readonly: bool = False,
                 tx: Transactions | None = None) -> None:
        self.db = db
        self.path = path
        self.readonly = readonly
        self.tx = tx or Transactions(db, path, guard_file=not readonly)  # every write's begin/commit
        self._forms: dict[str, Form] = {}

    @classmethod
    def open(
        cls, path: Path | str, *, readonly: bool = False, backups: BackupPolicy | None = None, wait: float = 0.0,
    ) -> Library:
        """Open for writing holds the one-writer lock until close() and backs up automatically
        (`backups` overrides the default BackupPolicy); read-only opens do neither. A writer
        waits up to `wait` seconds for another process's lock."""
        path = Path(path)
        if not readonly:
            refuse_foreign(path)  # before the lock file appears beside someone else's file
        lock = None if readonly else WriterLock.acquire(path, wait=wait)
        try:
            existed = path.exists()
            db = connect(path, readonly=readonly)
        except BaseException:
            if lock:
                lock.release()
            raise
        try:
            if readonly:
                from .connection import user_version
                from .schema import LATEST, READABLE_FROM

                if not READABLE_FROM <= user_version(db) <= LATEST:
                    raise LibraryError(f"{path}: the library needs upgrading; open it once for writing")
            else:
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
            if existed:
                lib._backups.on_open(db)
        return lib

    _seen: tuple[int, ...] | None = None  # the file as this process last left it (writers)

    def _note_state(self, db: object = None) -> None:
        """After each commit (an auto-checkpoint may have written the file): one stat."""
        self._seen = db_state(self.path)

    def close(self) -> None:
        policy: BackupPolicy | None = getattr(self, "_backups", None)
        lock: WriterLock | None = getattr(self, "_lock", None)
        checkpointer: Checkpointer | None = getattr(self, "_checkpointer", None)
        self._backups = self._lock = self._checkpointer = None  # a second close() does nothing more
        try:
            if policy is not None:
                policy.on_close(self.db)
            # The check at open vouches for the file as closed now only if every change since was
            # this process's: the file is as our last commit or checkpoint left it (docs/reliability.md).
            ours = not self.readonly and self._seen is not None and db_state(self.path) == self._seen
            if checkpointer is not None:
                checkpointer.close(self.db)  # leave an empty WAL behind
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

    def load_review_copy(self, doc: InterchangeDoc, files: dict[str, Path], *, source_assessment_id: str,
                         signer: str, fingerprint: str, package_name: str = "", size: int = 0,
                         who: str, package_sha256: str = "") -> tuple[str, list[str]]:
        """A verified package's assessment as an isolated read-only copy: (local id, what changed)."""
        from .review_copies import load_review_copy

        return load_review_copy(self, doc, files, source_assessment_id=source_assessment_id, signer=signer,
                                fingerprint=fingerprint, package_name=package_name, size=size, who=who,
                                package_sha256=package_sha256)

    def delete_assessment(self, assessment_id: str, *, who: str) -> None:
        """As Mutations.delete_assessment; a review copy goes whole (its plan copy and files too)."""
        if self.db.execute("SELECT 1 FROM review_copies WHERE assessment_id = ?", [assessment_id]).fetchone():
            from .review_copies import remove_review_copy

            remove_review_copy(self, assessment_id, who=who)
            return
        from .comments import ReviewStore

        with self.transaction():
            super().delete_assessment(assessment_id, who=who)
            ReviewStore(self.db, self.tx).delete_for(assessment_id)  # its review loop goes with it (audited above)

    def review_copies(self) -> list[ReviewCopyInfo]:
        from .review_copies import review_copies

        return review_copies(self)

    def remove_review_copy(self, ref: str, *, who: str) -> ReviewCopyInfo:
        """Delete a review copy, its plan copy and its files; the reviewer's own work is untouched."""
        from .review_copies import remove_review_copy

        return remove_review_copy(self, ref, who=who)

    # -- importing -----------------------------------------------------------------------------
    def import_bundle(self, bundle: ImportBundle, *, who: str) -> ImportResult:
        """Write everything an importer produced in ONE transaction: all of it or nothing."""
        from ..importers.bundle import ImportResult

        result = ImportResult(source=bundle.source, flags=list(bundle.flags), notes=list(bundle.notes))
        with self.transaction():
            for plan in bundle.plans:
                new, added, updated, conflicts = self.write_plan(plan, who=who)
                (result.plans_added if new else result.plans_updated).append(plan.id)
                result.commitments_added += added
                result.commitments_updated += updated
                result.milestones += sum(len(c.milestones) for c in plan.commitments)
                result.conflicts.extend(conflicts)
            for imported in bundle.assessments:
                self._import_assessment(imported, result, who)
            for flag in bundle.flags:
                self.db.execute(
                    "INSERT INTO import_flags (plan_id, commitment_id, column_name, raw, message, at)"
                    " VALUES (?, ?, ?, ?, ?, datetime('now'))",
                    [flag.plan_id, flag.commitment_id, flag.column, flag.raw, flag.message],
                )
        return result

    def _import_assessment(self, imported: ImportedAssessment, result: ImportResult, who: str) -> None:
        """Earlier IRM codes: reuse the assessment made by an earlier import of the same source."""
        form = self.form(imported.form)
        row = self.db.execute(
            "SELECT id FROM assessments WHERE plan_id = ? AND form = ? AND title = ? AND read_only = 0",
            [imported.plan_id, form.key, imported.title],
        ).fetchone()
        if row:
            aid = row[0]
        else:
            a = Assessment(
                id=str(uuid.uuid4()), plan_id=imported.plan_id, form=form.key, form_version=form.version,
                researcher=imported.researcher, title=imported.title,
            )
            self._insert_assessment(a)
            self._audit(who, "create-assessment", a.id, new=form.key)
            aid = a.id
            result.assessments_created.append(aid)
        # One read of what the library holds, then two executemany: a row per statement made a
        # 5,000-row table cost three statements (and two clock reads) per score.
        held = {(r[0], r[1]): r[2] for r in self.db.execute(
            "SELECT commitment_id, field, value FROM scores WHERE assessment_id = ?", [aid]).fetchall()}
        now = utcnow()
        scores, audits = [], []
        for cid, fields in imported.scores.items():
            for field, value in fields.items():
                value = form.normalize(field, value)
                stored = held.get((cid or "", field))
                old_value = None if stored is None else json.loads(stored)
                if old_value == value:
                    continue
                if old_value is not None:
                    result.conflicts.append(
                        f"{imported.plan_id}/{cid} {field}: library has {old_value!r}, source says {value!r}; kept the library's"
                    )
                    continue
                scores.append((aid, cid or "", field, encode(value), who, now))
                audits.append((now, who, aid, cid, field, audit_text(value)))
        # a row held with a NULL value (a justification without a level) is updated, as _upsert_score did
        self.db.conn.executemany(
            "INSERT INTO scores (assessment_id, commitment_id, field, value, justification, author, updated)"
            " VALUES (?, ?, ?, ?, '', ?, ?) ON CONFLICT (assessment_id, commitment_id, field)"
            " DO UPDATE SET value = excluded.value, author = excluded.author, updated = excluded.updated",
            scores,
        )
        self.db.conn.executemany(
            "INSERT INTO audit (at, who, action, assessment_id, commitment_id, field, old, new)"
            " VALUES (?, ?, 'score', ?, ?, ?, NULL, ?)",
            audits,
        )
        result.scores_set += len(scores)
