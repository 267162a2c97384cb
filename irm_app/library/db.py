"""The library's connection wrapper: the few calls of sqlite-utils' `Database` the library uses.

Why not sqlite-utils itself: importing it costs ~65 ms of CPU at every start (its plugin manager
reads the entry points of every installed package), more than the whole of `irm-app score`'s
own work on a small library. The behaviour kept is the one the library relies on:
`atomic()` begins a transaction, nested calls are savepoints, any exception rolls back (the
stack notes: `with db.conn:` does not); `table(name).insert(row)` stores lists and dicts as
JSON and dates as ISO text, as sqlite-utils does.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any


class Database:
    """A connection opened in autocommit mode (`isolation_level=None`), as `connect` makes it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] | None = None) -> sqlite3.Cursor:
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; nested, a savepoint. An exception rolls back and propagates."""
        if self.conn.in_transaction:
            savepoint = f"irm_{secrets.token_hex(8)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # a RAISE(ROLLBACK) may have ended it already
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def table(self, name: str) -> Table:
        return Table(self, name)

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]


class Table:
    """`db.table(name).insert(row)`: one row into an existing table."""

    def __init__(self, db: Database, name: str) -> None:
        self.db = db
        self.name = name

    def insert(self, row: Mapping[str, Any]) -> Table:
        cols = list(row)
        names = ", ".join(_quote(c) for c in cols)
        marks = ", ".join("?" for _ in cols)
        self.db.execute(f"INSERT INTO {_quote(self.name)} ({names}) VALUES ({marks})",
                        [_storable(row[c]) for c in cols])
        return self


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _storable(value: Any) -> Any:
    """What sqlite-utils' insert stores for a value: JSON for containers, ISO text for dates."""
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, default=repr, ensure_ascii=False)
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    return value
