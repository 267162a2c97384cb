"""Evidence items and their attached files: added, edited, linked, removed, restored.

Attached files are stored once in the library by SHA-256 and referenced by any number of
items. Every change is one transaction with its audit row, like every other mutation.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path
from typing import Any

from ..input_files import regular_file_problem, stat_problem
from ..model import EvidenceItem, utcnow
from .errors import LibraryError, NotFound
from .mutations import Mutations

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


class EvidenceMutations(Mutations):
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
        a = self._writable(assessment_id)
        links = sorted(set(commitment_ids or []))
        for cid in links:
            self._check_commitment(a.plan_id, cid)
        with self.transaction():
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
            self._insert_evidence(item)
            self._audit(who, "add-evidence", assessment_id, None, item.id, None, item.model_dump(mode="json"))
        return item

    def _insert_evidence(self, item: EvidenceItem) -> None:
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
        a = self._writable(old.assessment_id)
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
                self._check_commitment(a.plan_id, cid)
        with self.transaction():
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
        self._writable(old.assessment_id)
        with self.transaction():
            self.db.execute("DELETE FROM evidence WHERE id = ?", [evidence_id])
            self._audit(who, "remove-evidence", old.assessment_id, None, evidence_id, old.model_dump(mode="json"), None)
        return old

    def restore_evidence(self, item: EvidenceItem, *, who: str) -> None:
        """Put back a removed item with its id and links (undo of remove_evidence)."""
        self._writable(item.assessment_id)
        with self.transaction():
            self._insert_evidence(item)
            self._audit(who, "restore-evidence", item.assessment_id, None, item.id, None, item.model_dump(mode="json"))

