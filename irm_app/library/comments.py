"""The review loop's storage: comments, replies, review states, imported files, tracked changes.

A part of the library, not a mixin: `ReviewStore(db, tx)` takes the connection and the
transaction owner (library/transactions.py), so it works the same whether `Library` is built
from mixins or from parts (`lib.comments`). Every write is audited in the same
transaction. A comment's id is a UUID that travels with it (review files, packages, export-json):
inserting a comment whose id is already held changes nothing, which is what makes importing
the same file twice, or files from several reviewers, lose and duplicate nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..model import utcnow
from .errors import LibraryError, NotFound
from .part import Part

if TYPE_CHECKING:  # the interchange models load with the first read of a comment (not every `score`)
    from ..interchange import CommentDoc, ReviewStateDoc

_KEYS = ("commitment_id", "field", "cluster", "section")  # stored as '' when None


@dataclass(frozen=True)
class CommentFilter:
    """What `comments()` lists; every criterion given must hold."""

    status: str | None = None  # "open" | "resolved"
    author: str | None = None
    role: str | None = None
    commitment_id: str | None = None
    field: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class TrackedChangeRow:
    docx_sha256: str
    seq: int
    assessment_id: str
    kind: str
    author: str
    date: str | None
    text: str
    commitment_id: str
    section: str


def _row(c: CommentDoc, imported: bool) -> dict[str, Any]:
    row = c.model_dump()
    for k in _KEYS:
        row[k] = row[k] or ""
    row["outdated"] = int(c.outdated)
    row["score_change"] = json.dumps(c.score_change, ensure_ascii=False, sort_keys=True) if c.score_change else None
    row["imported_at"] = utcnow() if imported else None
    return row


def _doc(r: dict[str, Any]) -> CommentDoc:
    from ..interchange import CommentDoc

    data = {k: r[k] for k in CommentDoc.model_fields}
    for k in _KEYS:
        data[k] = data[k] or None
    data["outdated"] = bool(data["outdated"])
    data["score_change"] = json.loads(r["score_change"]) if r["score_change"] else None
    return CommentDoc.model_validate(data)


class ReviewStore(Part):
    """`lib.comments`: reads and audited writes of the review tables (the audit row is the
    shared Part's)."""

    # -- comments ------------------------------------------------------------------------------
    def comment(self, comment_id: str) -> CommentDoc:
        """By its id or a unique prefix of it (the CLI shows 8 characters)."""
        rows = list(self.db.query("SELECT * FROM comments WHERE id LIKE ? ORDER BY id LIMIT 2",
                                  [comment_id.replace("%", "").replace("_", "") + "%"]))
        if not rows or not comment_id.strip():
            raise NotFound(f"no comment {comment_id!r} (see `irm-app comments ASSESSMENT`)")
        if len(rows) > 1:
            raise LibraryError(f"{comment_id!r} matches more than one comment: give more of its id")
        return _doc(rows[0])

    def has(self, comment_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM comments WHERE id = ?", [comment_id]).fetchone() is not None

    def comments(self, assessment_id: str, flt: CommentFilter | None = None) -> list[CommentDoc]:
        """Oldest first (then by id: a defined order whatever order files arrived in)."""
        flt = flt or CommentFilter()
        sql, args = "SELECT * FROM comments WHERE assessment_id = ?", [assessment_id]
        for col in ("status", "author", "role", "commitment_id", "field", "source"):
            value = getattr(flt, col)
            if value is not None:
                sql += f" AND {col} = ?"
                args.append(value)
        return [_doc(r) for r in self.db.query(sql + " ORDER BY created_at, id", args)]

    def insert(self, assessment_id: str, c: CommentDoc, *, who: str, imported: bool = False,
               replace: bool = False) -> bool:
        """Store `c` under `assessment_id`: new ids are inserted; a held id is left as it is unless
        `replace` (a package from the researcher is the authority on what was answered)."""
        held = self.has(c.id)
        if held and (not replace or self.assessment_of(c.id) != assessment_id):
            return False  # a file never moves or rewrites a comment of another assessment
        row = _row(c, imported)
        row["assessment_id"] = assessment_id
        with self.tx.atomic():
            if held:
                old = self.comment(c.id)
                self.db.table("comments").update(c.id, row)
                if old.status != c.status:
                    self._audit(who, "resolve-comment" if c.status == "resolved" else "reopen-comment",
                                assessment_id, c.commitment_id, c.field, old.status, f"{c.id} {c.status}")
            else:
                self.db.table("comments").insert(row)
                self._audit(who, "reply" if c.parent_id else "comment", assessment_id, c.commitment_id, c.field,
                            None, f"{c.id} {c.author} ({c.role}) via {c.source}")
        return True

    def assessment_of(self, comment_id: str) -> str:
        row = self.db.execute("SELECT assessment_id FROM comments WHERE id = ?", [comment_id]).fetchone()
        if row is None:
            raise NotFound(f"no comment {comment_id!r}")
        return row[0]

    def set_status(self, comment_id: str, status: str, *, who: str, note: str | None = None) -> CommentDoc:
        """Resolve (who and when recorded) or reopen; `note` says how it was handled."""
        c = self.comment(comment_id)
        aid = self.assessment_of(c.id)
        resolved = status == "resolved"
        cols: dict[str, Any] = {"status": status, "resolved_by": who if resolved else None,
                                "resolved_at": utcnow() if resolved else None}
        if note is not None:
            cols["note"] = note
        with self.tx.atomic():
            self.db.table("comments").update(c.id, cols)
            self._audit(who, "resolve-comment" if resolved else "reopen-comment", aid, c.commitment_id, c.field,
                        c.status, f"{c.id} {status}" + (f": {note}" if note else ""))
        return self.comment(c.id)

    def link_score_change(self, comment_id: str, change: dict[str, Any], *, who: str) -> CommentDoc:
        c = self.comment(comment_id)
        with self.tx.atomic():
            self.db.table("comments").update(c.id, {
                "score_change": json.dumps(change, ensure_ascii=False, sort_keys=True)})
            self._audit(who, "comment-score", self.assessment_of(c.id), change.get("commitment_id"),
                        change.get("field"), change.get("old"), {"comment": c.id, "value": change.get("new")})
        return self.comment(c.id)

    def delete_for(self, assessment_id: str) -> None:
        """With a removed review copy: its comments and states go too (the audit log keeps them)."""
        self.db.execute("DELETE FROM comments WHERE assessment_id = ?", [assessment_id])
        self.db.execute("DELETE FROM review_states WHERE assessment_id = ?", [assessment_id])

    # -- review states -------------------------------------------------------------------------
    def states(self, assessment_id: str) -> list[ReviewStateDoc]:
        from ..interchange import ReviewStateDoc

        rows = self.db.query("SELECT * FROM review_states WHERE assessment_id = ?"
                             " ORDER BY commitment_id, reviewer", [assessment_id])
        return [ReviewStateDoc(commitment_id=r["commitment_id"] or None, reviewer=r["reviewer"], role=r["role"],
                               state=r["state"], updated=r["updated"], source=r["source"]) for r in rows]

    def set_state(self, assessment_id: str, s: ReviewStateDoc, *, who: str) -> bool:
        """Record a reviewer's state; an older `updated` than the one held changes nothing."""
        key = [assessment_id, s.commitment_id or "", s.reviewer]
        row = self.db.execute("SELECT state, updated FROM review_states WHERE assessment_id = ?"
                              " AND commitment_id = ? AND reviewer = ?", key).fetchone()
        if row is not None and (row[0] == s.state or row[1] > s.updated):
            return False
        with self.tx.atomic():
            self.db.execute(
                "INSERT INTO review_states (assessment_id, commitment_id, reviewer, role, state, updated, source)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (assessment_id, commitment_id, reviewer) DO UPDATE SET"
                " role = excluded.role, state = excluded.state, updated = excluded.updated,"
                " source = excluded.source", key + [s.role, s.state, s.updated, s.source])
            self._audit(who, "review-state", assessment_id, s.commitment_id, None, row[0] if row else None,
                        f"{s.state} by {s.reviewer} ({s.role})")
        return True

    # -- imported files ------------------------------------------------------------------------
    def imported(self, sha256: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM review_imports WHERE sha256 = ?", [sha256]))
        return rows[0] if rows else None

    def imports(self, assessment_id: str) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM review_imports WHERE assessment_id = ? ORDER BY imported_at, sha256",
                                  [assessment_id]))

    def record_import(self, *, sha256: str, kind: str, assessment_id: str, who: str, reviewer: str = "",
                      fingerprint: str = "", package_sha256: str = "", outdated: bool = False,
                      comments: int = 0, name: str = "") -> None:
        self.db.table("review_imports").insert(dict(
            sha256=sha256, kind=kind, assessment_id=assessment_id, reviewer=reviewer, fingerprint=fingerprint,
            package_sha256=package_sha256, outdated=int(outdated), comments=comments, name=name,
            imported_at=utcnow()))
        self._audit(who, f"import-{kind}", assessment_id, None, None, None,
                    f"{name} {sha256[:12]} {reviewer} {comments} new comments" + (" (older version)" if outdated else ""))

    # -- Word's tracked changes ----------------------------------------------------------------
    def add_tracked_change(self, row: TrackedChangeRow) -> bool:
        if self.db.execute("SELECT 1 FROM tracked_changes WHERE docx_sha256 = ? AND seq = ?",
                           [row.docx_sha256, row.seq]).fetchone():
            return False
        self.db.table("tracked_changes").insert(row.__dict__)
        return True

    def tracked_changes(self, assessment_id: str) -> list[TrackedChangeRow]:
        rows = self.db.query("SELECT * FROM tracked_changes WHERE assessment_id = ? ORDER BY docx_sha256, seq",
                             [assessment_id])
        return [TrackedChangeRow(**r) for r in rows]

    # -- package versions ----------------------------------------------------------------------
    def package_versions(self, assessment_id: str) -> list[str]:
        """sha256 of each package exported of this assessment, oldest first."""
        return [r[0] for r in self.db.execute(
            "SELECT sha256 FROM exports WHERE assessment_id = ? AND kind = 'package' ORDER BY id",
            [assessment_id]).fetchall()]

    def copy_package_sha256(self, copy_id: str) -> str:
        row = self.db.execute("SELECT package_sha256 FROM review_copies WHERE assessment_id = ?",
                              [copy_id]).fetchone()
        return row[0] if row else ""
