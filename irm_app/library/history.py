"""The library's history: the append-only audit log and the record of every export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils

from ..model import AuditEntry, utcnow
from .part import Part
from .transactions import Transactions

if TYPE_CHECKING:
    from .assessments import Assessments


class History(Part):
    """`lib.history`: the audit and exports tables (every part writes its own audit rows)."""

    def __init__(self, db: sqlite_utils.Database, tx: Transactions, *, assessments: Assessments) -> None:
        super().__init__(db, tx)
        self._assessments = assessments

    def audit(self, assessment_id: str | None = None, *, limit: int | None = None,
              plan_id: str | None = None) -> list[AuditEntry]:
        sql = "SELECT * FROM audit"
        args: list[Any] = []
        if assessment_id is not None:
            sql += " WHERE assessment_id = ?"
            args.append(assessment_id)
        elif plan_id is not None:
            sql += " WHERE plan_id = ?"
            args.append(plan_id)
        sql += " ORDER BY seq"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        return [AuditEntry.model_validate(r) for r in self._query(sql, args)]

    def exports(self, assessment_id: str) -> list[dict[str, Any]]:
        return list(self._query("SELECT * FROM exports WHERE assessment_id = ? ORDER BY id", [assessment_id]))

    def record(self, who: str, action: str, assessment_id: str | None = None, *, old: object = None,
               new: object = None) -> None:
        """An audit row for a change written outside the parts (review copies, managing work), in
        its transaction."""
        self._audit(who, action, assessment_id, old=old, new=new)

    def record_export(
        self, assessment_id: str, *, kind: str, path: Path, sha256: str, content_sha256: str,
        signer: str | None, who: str,
    ) -> None:
        self._assessments.assessment(assessment_id)
        with self.tx.atomic():
            self.db.table("exports").insert(
                {
                    "assessment_id": assessment_id, "at": utcnow(), "kind": kind, "path": str(path),
                    "sha256": sha256, "content_sha256": content_sha256, "signer": signer,
                }
            )
            self._audit(who, f"export-{kind}", assessment_id, None, None, None,
                        {"path": str(path), "sha256": sha256, "content_sha256": content_sha256, "signer": signer})
