"""Importing: everything an importer produced, written in ONE transaction (all of it or nothing)."""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

import sqlite_utils

from ..model import Assessment, utcnow
from .mutations import audit_text, encode
from .part import Forms, Part
from .progress import ProgressIndex
from .transactions import Transactions

_CODED_MAX = 10_000  # distinct (field, level) answers remembered per assessment; real forms have ~100
_CODED_TEXT_MAX = 200  # longer values (free text) are checked each time, never remembered

if TYPE_CHECKING:
    from ..importers.bundle import ImportBundle, ImportedAssessment, ImportResult
    from .assessments import Assessments
    from .plans import Plans


def _coded_key(field: str, raw: Any) -> tuple[str, Any] | None:
    """How a value is remembered once checked: a level or a set of flags, never free text."""
    if type(raw) is str:
        return (field, raw) if len(raw) <= _CODED_TEXT_MAX else None
    if type(raw) is list and len(raw) <= 64 and all(type(v) is str and len(v) <= _CODED_TEXT_MAX for v in raw):
        return (field, tuple(raw))
    return None


class Imports(Part):
    """`lib.imports`: writes an ImportBundle through the plans and assessments parts."""

    def __init__(self, db: sqlite_utils.Database, tx: Transactions, *, forms: Forms, plans: Plans,
                 assessments: Assessments, progress: ProgressIndex) -> None:
        super().__init__(db, tx)
        self._forms = forms
        self._plans = plans
        self._assessments = assessments
        self._progress = progress

    def import_bundle(self, bundle: ImportBundle, *, who: str) -> ImportResult:
        """Write everything an importer produced in ONE transaction: all of it or nothing."""
        from ..importers.bundle import ImportResult

        result = ImportResult(source=bundle.source, flags=list(bundle.flags), notes=list(bundle.notes))
        from .search_bulk import BulkIndex

        with self.tx.atomic(), BulkIndex(self.db) as index:  # the index's documents built in bulk at the end
            for plan in bundle.plans:
                new, added, updated, conflicts = self._plans.write_plan(plan, who=who, index=index)
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
        form = self._forms.get(imported.form)
        row = self.db.execute(
            "SELECT id FROM assessments WHERE plan_id = ? AND form = ? AND title = ? AND read_only = 0",
            [imported.plan_id, form.key, imported.title],
        ).fetchone()
        held: dict[tuple[str, str], str] | None = None  # None: a new assessment, nothing held
        if row:
            aid = row[0]
            held = {(r[0], r[1]): r[2] for r in self.db.execute(
                "SELECT commitment_id, field, value FROM scores WHERE assessment_id = ?", [aid]).fetchall()}
        else:
            a = Assessment(
                id=str(uuid.uuid4()), plan_id=imported.plan_id, form=form.key, form_version=form.version,
                researcher=imported.researcher, title=imported.title,
            )
            self._assessments.insert(a)
            self._audit(who, "create-assessment", a.id, new=form.key)
            aid = a.id
            result.assessments_created.append(aid)
        # One read of what the library holds (nothing, for a new assessment), then one executemany
        # of the scores and one of their audit rows: a row per statement made a 5,000-row table
        # cost three statements (and two clock reads) per score. A level repeats across rows:
        # checked and encoded once.
        now = utcnow()
        scores, audits = [], []
        coded: dict[tuple[str, str], tuple[Any, str | None, str | None]] = {}
        recorded: dict[str, tuple[dict[str, Any], set[str]]] = {}  # a new assessment's, for its progress
        touched: set[str] = set()  # an earlier assessment's commitments given a score here
        for cid, fields in imported.scores.items():
            for field, raw in fields.items():
                # a level (the common case) is its own key without a call
                key = (field, raw) if type(raw) is str and len(raw) <= _CODED_TEXT_MAX else _coded_key(field, raw)
                got = coded.get(key) if key is not None else None
                if got is None:
                    checked = form.normalize(field, raw)
                    got = (checked, encode(checked), audit_text(checked))
                    if key is not None and len(coded) < _CODED_MAX:
                        coded[key] = got
                value, stored_as, audited_as = got
                if held is None:  # a new assessment: nothing to compare with, nothing to audit row by row
                    if value is not None:
                        scores.append((aid, cid or "", field, stored_as, who, now))
                        if cid:
                            (recorded.get(cid) or recorded.setdefault(cid, ({}, set())))[0][field] = value
                    continue
                stored = held.get((cid or "", field)) if held else None
                old_value = None if stored is None else json.loads(stored)
                if old_value == value:
                    continue
                if old_value is not None:
                    result.conflicts.append(
                        f"{imported.plan_id}/{cid} {field}: library has {old_value!r}, source says {value!r}; kept the library's"
                    )
                    continue
                scores.append((aid, cid or "", field, stored_as, who, now))
                audits.append((now, who, aid, cid, field, audited_as))
                if cid:
                    touched.add(cid)
        # a row held with a NULL value (a justification without a level) is updated, as _upsert_score did
        self.db.conn.executemany(
            "INSERT INTO scores (assessment_id, commitment_id, field, value, justification, author, updated)"
            " VALUES (?, ?, ?, ?, '', ?, ?) ON CONFLICT (assessment_id, commitment_id, field)"
            " DO UPDATE SET value = excluded.value, author = excluded.author, updated = excluded.updated",
            scores,
        )
        if held is None:
            # Every score of a new assessment is this import's: its audit rows in one statement
            # (a score's JSON is its audit text: a level key or a list of flag keys, no object).
            self.db.execute(
                "INSERT INTO audit (at, who, action, assessment_id, commitment_id, field, old, new)"
                " SELECT ?, ?, 'score', assessment_id, commitment_id, field, NULL, value FROM scores"
                " WHERE assessment_id = ? ORDER BY rowid", [now, who, aid])
        else:
            self.db.conn.executemany(
                "INSERT INTO audit (at, who, action, assessment_id, commitment_id, field, old, new)"
                " VALUES (?, ?, 'score', ?, ?, ?, NULL, ?)",
                audits,
            )
        # the stored progress (library/progress.py), in this transaction: a new assessment's from
        # what was just inserted (its scores have no justification), an earlier one's re-read
        if held is None:
            self._progress.write_new(aid, form.key, recorded)
        elif touched:
            self._progress.refresh(aid, touched, form.key)
        result.scores_set += len(scores)
