"""Assessments: one form applied to one plan, through its lifecycle (draft, submitted, final)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

import sqlite_utils

from ..model import Assessment
from .errors import LibraryError, Locked, NotFound, ReadOnly
from .mutations import STAGES, assessment_row
from .part import Forms, Part
from .plans import Plans
from .transactions import Transactions

if TYPE_CHECKING:
    from .comments import ReviewStore
    from .review_copies import ReviewCopies


class Assessments(Part):
    """`lib.assessments`: the assessments table; every other part asks it whether one is writable."""

    def __init__(self, db: sqlite_utils.Database, tx: Transactions, *, forms: Forms, plans: Plans,
                 review_copies: ReviewCopies, comments: ReviewStore) -> None:
        super().__init__(db, tx)
        self._comments = comments
        self._forms = forms
        self._plans = plans
        self._review_copies = review_copies

    def all(self, plan_id: str | None = None) -> list[Assessment]:
        sql = "SELECT * FROM assessments"
        args: list[Any] = []
        if plan_id is not None:
            sql += " WHERE plan_id = ?"
            args.append(plan_id)
        sql += " ORDER BY plan_id, created, id"
        return [self._assessment(dict(r)) for r in self._query(sql, args)]

    def assessment(self, assessment_id: str) -> Assessment:
        rows = list(self._query("SELECT * FROM assessments WHERE id = ?", [assessment_id]))
        if not rows:
            raise NotFound(f"no assessment {assessment_id!r} in the library")
        return self._assessment(rows[0])

    def resolve_assessment(self, ref: str) -> Assessment:
        """An assessment by its id or a unique prefix of it (as typed on a command line)."""
        rows = list(
            self._query(
                "SELECT * FROM assessments WHERE id = ? OR id LIKE ? ESCAPE '\\'",
                [ref, ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"],
            )
        )
        exact = [r for r in rows if r["id"] == ref]
        if exact:
            return self._assessment(exact[0])
        if not rows:
            raise NotFound(f"no assessment {ref!r} in the library (see `irm-app assessments`)")
        if len(rows) > 1:
            raise LibraryError(f"{ref!r} matches {len(rows)} assessments: give more of the id")
        return self._assessment(rows[0])

    @staticmethod
    def _assessment(row: dict[str, Any]) -> Assessment:
        row = dict(row)
        row["read_only"] = bool(row["read_only"])
        row["status"] = row.pop("stage", None) or row["status"]  # the lifecycle step (schema 11)
        return Assessment.model_validate(row)

    def linked_assessment_id(self, assessment_id: str) -> str | None:
        """The assessment of the same plan whose product this one's form links to (e.g. the
        Action Plan Review): the final one if any, else the newest; None when there is none."""
        a = self.assessment(assessment_id)
        product = self._forms.get(a.form).report.linked_product
        if not product:
            return None
        found = [o for o in self.all() if o.plan_id == a.plan_id and o.id != a.id
                 and self._forms.get(o.form).report_type == product]
        if not found:
            return None
        return max(found, key=lambda o: (o.status == "final", o.version, o.created)).id

    def check_writable(self, assessment_id: str) -> Assessment:
        """The assessment, or the one-line reason it cannot be edited (review copy, final)."""
        a = self.assessment(assessment_id)
        if a.read_only:
            raise ReadOnly(f"assessment {assessment_id} is a read-only review copy (signed by {a.signer})")
        if a.status == "final":
            raise Locked(f"assessment {a.id[:8]} is final (version {a.version}): reopen it first "
                         f"(irm-app status {a.id[:8]} draft)")
        return a

    def create_assessment(
        self, plan_id: str, form_key: str, *, researcher: str = "", title: str = "", who: str = ""
    ) -> Assessment:
        if not self._plans.has_plan(plan_id):
            raise NotFound(f"no plan {plan_id!r} in the library (see `irm-app plans`)")
        form = self._forms.get(form_key)
        a = Assessment(
            id=str(uuid.uuid4()),
            plan_id=plan_id,
            form=form.key,
            form_version=form.version,
            researcher=researcher,
            title=title or form.title,
        )
        with self.tx.atomic():
            self.insert(a)
            self._audit(who or researcher, "create-assessment", a.id, new=form.key)
        return a

    def insert(self, a: Assessment) -> None:
        self.db.table("assessments").insert(assessment_row(a.model_dump()))

    def set_status(self, assessment_id: str, status: str, *, who: str) -> int:
        """Draft -> submitted for review -> final; final counts a new version and locks every edit.

        Leaving final is reopening: allowed, audited as "reopen". Returns the version."""
        if status not in STAGES:
            raise LibraryError(f"status must be {', '.join(STAGES)}, not {status!r}")
        a = self.assessment(assessment_id)
        if a.read_only:
            raise ReadOnly(f"assessment {assessment_id} is a read-only review copy (signed by {a.signer})")
        if status == a.status:
            return a.version
        version = a.version + 1 if status == "final" else a.version
        with self.tx.atomic():
            self.db.execute(
                "UPDATE assessments SET status = ?, stage = ?, version = ? WHERE id = ?",
                ["final" if status == "final" else "draft", status, version, a.id],
            )
            self._audit(who, "status", a.id, old=a.status, new=status)
            if a.status == "final":
                self._audit(who, "reopen", a.id, old=a.version, new=status)
            elif status == "final":
                self._audit(who, "version", a.id, old=a.version or None, new=version)
        return version

    def set_researcher(self, assessment_id: str, researcher: str, *, who: str) -> None:
        a = self.check_writable(assessment_id)
        with self.tx.atomic():
            self.db.execute("UPDATE assessments SET researcher = ? WHERE id = ?", [researcher, assessment_id])
            self._audit(who, "researcher", assessment_id, old=a.researcher, new=researcher)

    def delete_assessment(self, assessment_id: str, *, who: str) -> None:
        """Delete with its scores, evidence and narrative; a review copy goes whole (its plan copy
        and its files too)."""
        if self.db.execute("SELECT 1 FROM review_copies WHERE assessment_id = ?", [assessment_id]).fetchone():
            self._review_copies.remove(assessment_id, who=who)
            return
        self.assessment(assessment_id)
        with self.tx.atomic():
            self.db.execute("DELETE FROM assessments WHERE id = ?", [assessment_id])
            self._comments.delete_for(assessment_id)  # its review loop goes with it (audited above)
            self._audit(who, "delete-assessment", assessment_id)
