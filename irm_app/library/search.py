"""Reading the full-text index (schema: search_schema.py): what the user typed, as words.

The user's text is never FTS5 syntax: each word becomes a quoted string (a `"`, `NEAR(`, `*`,
`AND` or `-` is only text), and the words must all occur, in any order. A word with no letter
or digit (only punctuation) is dropped, as the tokenizer would drop it.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import LibraryError

if TYPE_CHECKING:
    import sqlite_utils

HIT_START = "\ue000"
"""Marks the start of a matched word in a snippet (a private-use character: never in plan text
as imported, and shown by no font; the GUI turns it into highlighting, the CLI into brackets)."""
HIT_END = "\ue001"
WORDISH = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # plan, commitment, milestone, justification, evidence, narrative, comment
    plan_id: str
    assessment_id: str  # '' for the plan's own texts
    commitment_id: str  # '' for the plan (or plan-level) texts
    field: str  # the commitment's field, milestone id, form field, evidence id or section
    extra: str  # a context section's index, a narrative's target
    snippet: str  # the text around the hit, matched words between HIT_START and HIT_END


def match_expression(text: str, *, prefix: bool = False) -> str:
    """The FTS5 MATCH expression for what a user typed: quoted words, all required; with
    `prefix` the last word also matches longer words (search as you type). '' when no word."""
    words = [w for w in text.split() if WORDISH.search(w)]
    if not words:
        return ""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    if prefix:
        quoted[-1] += " *"
    return " ".join(quoted)


class SearchIndex:
    """The index's queries (one connection, read-only use)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def search(self, text: str, *, plan_id: str | None = None, assessment_id: str | None = None,
               prefix: bool = False, limit: int = 200) -> tuple[list[SearchHit], int]:
        """Hits best first (at most `limit`) and how many there are in all. With an assessment:
        its plan's texts and its own; with a plan: the plan's texts and all its assessments'."""
        expr = match_expression(text, prefix=prefix)
        if not expr:
            return [], 0
        where, params = ["search_fts MATCH ?"], [expr]
        if assessment_id is not None:
            where.append("d.plan_id = (SELECT plan_id FROM assessments WHERE id = ?)"
                         " AND d.assessment_id IN ('', ?)")
            params += [assessment_id, assessment_id]
        elif plan_id is not None:
            where.append("d.plan_id = ?")
            params.append(plan_id)
        base = f"FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid WHERE {' AND '.join(where)}"
        try:
            total = int(self.db.execute(f"SELECT count(*) {base}", params).fetchone()[0])
            rows = self.db.execute(
                "SELECT d.kind, d.plan_id, d.assessment_id, d.commitment_id, d.field, d.extra,"
                f" snippet(search_fts, 0, '{HIT_START}', '{HIT_END}', '…', 14) {base}"
                " ORDER BY rank LIMIT ?", [*params, int(limit)],
            ).fetchall()
        except sqlite3.OperationalError as e:
            if "no such table" in str(e):  # a library from before the index, opened read-only
                raise LibraryError("this library has no search index yet: open it once in the app "
                                   "(or run any command that writes) to build it") from e
            raise LibraryError(f"search failed: {e}") from e
        return [SearchHit(*r) for r in rows], total

    def evidence_commitments(self, evidence_ids: list[str]) -> dict[str, list[str]]:
        """The commitments each evidence item is linked to (where a hit in it leads)."""
        out: dict[str, list[str]] = {}
        for i in range(0, len(evidence_ids), 500):
            chunk = evidence_ids[i:i + 500]
            rows = self.db.execute(
                f"SELECT evidence_id, commitment_id FROM evidence_links WHERE evidence_id IN"
                f" ({', '.join('?' * len(chunk))}) ORDER BY commitment_id", chunk)
            for eid, cid in rows:
                out.setdefault(eid, []).append(cid)
        return out
