"""The search index of a bulk import, built in one statement per table instead of row by row.

Why: the per-row triggers (search_schema.py) cost an import of 5,000 commitments ~0.4 s, four
times the bulk insert of the same documents: FTS5 flushes its pending terms at the savepoint of
every trigger statement, so row-at-a-time indexing writes thousands of tiny segments and merges
them again. Inside the import's transaction, `BulkIndex` takes the plans' and commitments'
triggers off, lets the import write its rows, then rebuilds the documents of exactly the rows
written (the triggers' own SELECTs, keyed by those rows) and adds them to FTS5 in one INSERT,
and puts the triggers back from the SQL the library held. SQLite's DDL is transactional: a
failed import rolls back the triggers' removal with everything else, so the index can never be
left without its triggers, nor out of step with the tables.
"""

from __future__ import annotations

import json
from types import TracebackType
from typing import TYPE_CHECKING

from .search_schema import BULK_TABLES, DOC_COLUMNS, bulk_docs, bulk_stale, commitment_docs

if TYPE_CHECKING:
    import sqlite_utils

    from ..model import Commitment

SOURCE_TRIGGERS = tuple(f"search_{table}_{when}" for table in BULK_TABLES for when in ("ai", "au", "ad"))
DOCS_TRIGGERS = ("search_docs_ai", "search_docs_ad")
SCORE_TRIGGERS = ("search_scores_ai", "search_scores_au", "search_scores_ad")
"""Off for the block too: an import writes its scores with an empty justification and never
updates one nor deletes a score, so none of them could fire (the insert trigger's WHEN is false,
the update trigger watches `justification` only), yet their presence alone doubled the cost of
inserting 40,000 scores (SQLite prepares the trigger program for every row)."""


class BulkIndex:
    """`with BulkIndex(db) as index:` inside a transaction; every plan and commitment written in
    the block must be reported (`plan_written`, `commitment_written`): their documents are built
    when the block ends without an error. Inactive (the triggers do the work) when the library
    has no such triggers, e.g. a schema older than the index. The scores' index triggers are off
    in the block as well: every score written in it must have an empty justification (an
    import's scores), none updated in its justification, none deleted."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.active = False
        self._sql: dict[str, str] = {}
        self._plans: dict[str, None] = {}  # ordered sets: documents written in the import's order
        self._commitments: dict[tuple[str, str], None] = {}
        self._docs: list[tuple[str, ...]] = []  # the written commitments' documents (search_schema.commitment_docs)

    def __enter__(self) -> BulkIndex:
        if not self.db.conn.in_transaction:
            raise RuntimeError("BulkIndex needs the caller's transaction (its DDL must roll back with it)")
        names = SOURCE_TRIGGERS + DOCS_TRIGGERS + SCORE_TRIGGERS
        self._sql = dict(self.db.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({', '.join('?' * len(names))})",
            list(names)).fetchall())
        self.active = all(name in self._sql for name in SOURCE_TRIGGERS + DOCS_TRIGGERS)
        if self.active:
            for name in SOURCE_TRIGGERS + self._score_triggers():
                self.db.execute(f"DROP TRIGGER {name}")
        return self

    def _score_triggers(self) -> tuple[str, ...]:
        """The scores' triggers this library has (all or none, by the schema's migrations)."""
        return tuple(name for name in SCORE_TRIGGERS if name in self._sql)

    def plan_written(self, plan_id: str) -> None:
        self._plans[plan_id] = None

    def commitment_written(self, plan_id: str, commitment: Commitment) -> None:
        """`commitment` as just written (its row's documents are worked out from the model)."""
        if (plan_id, commitment.id) not in self._commitments:
            self._commitments[(plan_id, commitment.id)] = None
            self._docs += commitment_docs(plan_id, commitment)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        # On an error nothing is put back here: the caller's rollback restores the triggers.
        if exc_type is None and self.active:
            self._finish()

    def _finish(self) -> None:
        keys = {"plans": json.dumps(list(self._plans)), "commitments": json.dumps([list(k) for k in self._commitments])}
        for name in DOCS_TRIGGERS:
            self.db.execute(f"DROP TRIGGER {name}")
        for table in BULK_TABLES:  # documents of rows that were there before: out of FTS5, then out of the table
            for sql in bulk_stale(table):
                self.db.execute(sql, [keys[table]])
        # After the deletes: rowids are max + 1, so everything written next is above this mark.
        mark = self.db.execute("SELECT coalesce(max(rowid), 0) FROM search_docs").fetchone()[0]
        self.db.execute(bulk_docs("plans"), [keys["plans"]])  # plans first, as the migration's rebuild writes them
        self.db.conn.executemany(
            f"INSERT INTO search_docs ({DOC_COLUMNS}) VALUES ({', '.join('?' * 7)})", self._docs)
        self.db.execute("INSERT INTO search_fts (rowid, text) SELECT rowid, text FROM search_docs WHERE rowid > ?",
                        [mark])
        for name in SOURCE_TRIGGERS + DOCS_TRIGGERS + self._score_triggers():
            self.db.execute(self._sql[name])
        self.active = False
