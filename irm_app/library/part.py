"""What every part of the Library shares: the one connection and the one transaction owner.

A part (plans, assessments, scores, evidence, ...) is a small object over `db` that writes only
inside `self.tx.atomic()` (library/transactions.py) and records each change in the audit log
with `_audit`. Parts are built once by `Library` and given the other parts they read from, so
what a part depends on is in its constructor, not in a chain of mixins.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..model import utcnow
from .mutations import audit_text

if TYPE_CHECKING:
    import sqlite_utils

    from ..methodology import Form
    from .transactions import Transactions


class Part:
    """One concern of the Library over the shared connection and transaction owner."""

    def __init__(self, db: sqlite_utils.Database, tx: Transactions) -> None:
        self.db = db
        self.tx = tx

    def _query(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Iterator[dict[str, Any]]:
        """Rows as dicts with one statement (sqlite-utils' `db.query` wraps each in a savepoint)."""
        cur = self.db.execute(sql, list(params))
        cols = [d[0] for d in cur.description]
        for row in cur:
            yield dict(zip(cols, row, strict=True))

    def _audit(
        self,
        who: str,
        action: str,
        assessment_id: str | None = None,
        commitment_id: str | None = None,
        field: str | None = None,
        old: Any = None,
        new: Any = None,
    ) -> None:
        """One row of the append-only audit log, in the caller's transaction."""
        self.db.execute(
            "INSERT INTO audit (at, who, action, assessment_id, commitment_id, field, old, new)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [utcnow(), who, action, assessment_id, commitment_id, field, audit_text(old), audit_text(new)],
        )


class Forms:
    """The methodology forms the library's assessments use, each loaded once per open library."""

    def __init__(self) -> None:
        self._loaded: dict[str, Form] = {}

    def get(self, key: str) -> Form:
        if key not in self._loaded:
            from ..methodology import load_form

            self._loaded[key] = load_form(key)
        return self._loaded[key]
