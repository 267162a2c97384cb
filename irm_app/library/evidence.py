"""Evidence items and their attached files: added, edited, linked, removed, restored.

Attached files are stored once in the library by SHA-256 and referenced by any number of
items. Every change is one transaction with its audit row, like every other mutation.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils

from ..input_files import regular_file_problem, stat_problem
from ..model import EvidenceItem, utcnow
from .errors import LibraryError, NotFound
from .part import Part

if TYPE_CHECKING:
    from .assessments import Assessments
    from .plans import Plans
    from .transactions import Transactions

MAX_ATTACHMENT = 512 * 1024 * 1024


def read_regular_file(path: Path, limit: int, verb: str) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, or one LibraryError line.

    Opened non-blocking and checked again on the open descriptor (the path may change in
    between), then read at most limit + 1 bytes, so a file that grows is refused too.
    """
    problem = regular_file_problem(path, limit)
    if problem:
        raise LibraryError(f"{path}: cannot {verb}: {problem}")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as f:
            problem = stat_problem(os.fstat(f.fileno()), limit)
            if problem:
                raise LibraryError(f"{path}: cannot {verb}: {problem}")
            data = f.read(limit + 1)
    except OSError as e:
        raise LibraryError(f"{path}: cannot read the file ({e.strerror})") from e
    if len(data) > limit:
        raise LibraryError(f"{path}: cannot {verb}: it grew past the limit of {limit:,} bytes while being read")
    return data


class Evidence(Part):
    """`lib.evidence`: evidence items, their links to commitments and the attached files."""

    def __init__(self, db: sqlite_utils.Database, tx: Transactions, *, path: Path, assessments: Assessments,
                 plans: Plans) -> None:
        super().__init__(db, tx)
        self.path = path  # where a review copy's files live: beside the library file
        self._assessments = assessments
        self._plans = plans

    # -- reading -------------------------------------------------------------------------------
    def items(self, assessment_id: str, commitment_id: str | None = None) -> list[EvidenceItem]:
        sql = "SELECT * FROM evidence WHERE assessment_id = ?"
        args: list[Any] = [assessment_id]
        if commitment_id is not None:
            sql += " AND id IN (SELECT evidence_id FROM evidence_links WHERE commitment_id = ?)"
            args.append(commitment_id)
        sql += " ORDER BY rowid"  # insertion order: stable even within one second
        return [self._evidence(r) for r in self._query(sql, args)]

    def evidence_item(self, evidence_id: str) -> EvidenceItem:
        rows = list(self._query("SELECT * FROM evidence WHERE id = ?", [evidence_id]))
        if not rows:
            raise NotFound(f"no evidence item {evidence_id!r}")
        return self._evidence(rows[0])

    def _evidence(self, r: dict[str, Any]) -> EvidenceItem:
        links = [
            x[0]
            for x in self.db.execute(
                "SELECT commitment_id FROM evidence_links WHERE evidence_id = ? ORDER BY commitment_id", [r["id"]]
            )
        ]
        fields = {k: r[k] for k in ("id", "assessment_id", "kind", "title", "date", "url", "file_sha256", "file_name", "notes")}
        if fields["file_sha256"] is None:  # a review copy's file lives outside the database
            row = self.db.execute("SELECT sha256 FROM review_files WHERE evidence_id = ?", [r["id"]]).fetchone()
            fields["file_sha256"] = row[0] if row else None
        return EvidenceItem(**fields, commitment_ids=links)

    def file_bytes(self, sha256: str) -> bytes:
        row = self.db.execute("SELECT data FROM files WHERE sha256 = ?", [sha256]).fetchone()
        if row is not None:
            return bytes(row[0])
        path = self.review_file_path(sha256)
        if path is None:
            raise NotFound(f"no attached file {sha256}")
        return path.read_bytes()

    def review_file_path(self, sha256: str) -> Path | None:
        """Where a review copy keeps a file with this content (None: no copy has it)."""
        for (folder,) in self.db.execute(
            "SELECT DISTINCT c.folder FROM review_files f JOIN review_copies c ON c.id = f.copy_id"
            " WHERE f.sha256 = ? AND c.folder != ''", [sha256]
        ).fetchall():
            p = self.path.with_name(self.path.name + ".review-copies") / folder / sha256
            if p.is_file():
                return p
        return None

    def evidenced_commitments(self, assessment_id: str) -> set[str]:
        """The commitments at least one evidence item of this assessment is linked to."""
        return {
            r[0]
            for r in self.db.execute(
                "SELECT DISTINCT l.commitment_id FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id"
                " WHERE e.assessment_id = ?",
                [assessment_id],
            ).fetchall()
        }

    # -- writing ------------------------------------------------------------------------------
    def store_file(self, path: Path) -> tuple[str, str]:
        """Copy a file into the library (once per content); returns (sha256, file name)."""
        data = read_regular_file(path, MAX_ATTACHMENT, "attach")
        sha = hashlib.sha256(data).hexdigest()
        self.db.execute(
            "INSERT INTO files (sha256, size, data, added) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [sha, len(data), data, utcnow()],
        )
        return sha, path.name

    def add_evidence(
        self,
        assessment_id: str,
        *,
        title: str,
        kind: str = "document",
        date: str | None = None,
        url: str | None = None,
        notes: str = "",
        commitment_ids: list[str] | None = None,
        file: Path | None = None,
        who: str,
    ) -> EvidenceItem:
        a = self._assessments.check_writable(assessment_id)
        links = sorted(set(commitment_ids or []))
        for cid in links:
            self._plans.check_commitment(a.plan_id, cid)
        with self.tx.atomic():
            sha, name = self.store_file(file) if file else (None, None)
            item = EvidenceItem(
                id=str(uuid.uuid4()),
                assessment_id=assessment_id,
                kind=kind,  # type: ignore[arg-type]
                title=title,
                date=date,
                url=url,
                file_sha256=sha,
                file_name=name,
                notes=notes,
                commitment_ids=links,
            )
            self.insert_item(item)
            self._audit(who, "add-evidence", assessment_id, None, item.id, None, item.model_dump(mode="json"))
        return item

    def insert_item(self, item: EvidenceItem) -> None:
        row = item.model_dump(exclude={"commitment_ids"})
        row["created"] = utcnow()
        self.db.table("evidence").insert(row)
        for cid in item.commitment_ids:
            self.db.execute(
                "INSERT INTO evidence_links (evidence_id, commitment_id) VALUES (?, ?)", [item.id, cid]
            )

    def update_evidence(self, evidence_id: str, *, who: str, file: Path | None = None, **changes: Any) -> EvidenceItem:
        """Change title, kind, date, url, notes, commitment_ids; `file` attaches a new file, and
        file_sha256/file_name point at a file already stored (how an edit is undone)."""
        old = self.evidence_item(evidence_id)
        a = self._assessments.check_writable(old.assessment_id)
        allowed = {"title", "kind", "date", "url", "notes", "commitment_ids", "file_sha256", "file_name"}
        unknown = set(changes) - allowed
        if unknown:
            raise LibraryError(f"cannot change {sorted(unknown)[0]!r} of an evidence item")
        sha = changes.get("file_sha256")
        if sha is not None and self.db.execute("SELECT 1 FROM files WHERE sha256 = ?", [sha]).fetchone() is None:
            raise NotFound(f"no attached file {sha} in the library")  # only files already stored (undo)
        if "commitment_ids" in changes:
            changes["commitment_ids"] = sorted(set(changes["commitment_ids"]))
            for cid in changes["commitment_ids"]:
                self._plans.check_commitment(a.plan_id, cid)
        with self.tx.atomic():
            if file is not None:
                changes["file_sha256"], changes["file_name"] = self.store_file(file)
            new = EvidenceItem.model_validate({**old.model_dump(), **changes})
            if new == old:
                return old
            row = new.model_dump(exclude={"commitment_ids", "id", "assessment_id"})
            sets = ", ".join(f"{k} = ?" for k in row)
            self.db.execute(f"UPDATE evidence SET {sets} WHERE id = ?", [*row.values(), evidence_id])
            self.db.execute("DELETE FROM evidence_links WHERE evidence_id = ?", [evidence_id])
            for cid in new.commitment_ids:
                self.db.execute(
                    "INSERT INTO evidence_links (evidence_id, commitment_id) VALUES (?, ?)", [evidence_id, cid]
                )
            self._audit(
                who, "edit-evidence", old.assessment_id, None, evidence_id,
                old.model_dump(mode="json"), new.model_dump(mode="json"),
            )
        return new

    def remove_evidence(self, evidence_id: str, *, who: str) -> EvidenceItem:
        old = self.evidence_item(evidence_id)
        self._assessments.check_writable(old.assessment_id)
        with self.tx.atomic():
            self.db.execute("DELETE FROM evidence WHERE id = ?", [evidence_id])
            self._audit(who, "remove-evidence", old.assessment_id, None, evidence_id, old.model_dump(mode="json"), None)
        return old

    def restore_evidence(self, item: EvidenceItem, *, who: str) -> None:
        """Put back a removed item with its id and links (undo of remove_evidence)."""
        self._assessments.check_writable(item.assessment_id)
        with self.tx.atomic():
            self.insert_item(item)
            self._audit(who, "restore-evidence", item.assessment_id, None, item.id, None, item.model_dump(mode="json"))

