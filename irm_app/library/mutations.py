"""Changing the library: each method validates, writes and audits in one transaction.

A method returns only after COMMIT, and the library runs with `synchronous=FULL`, so a change
is durable when the call returns: that is what lets the GUI say "Saved".
"""

from __future__ import annotations

import json
import uuid
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from ..model import (
    GRAND_CHALLENGES,
    ActionPlan,
    Assessment,
    EligibilityValue,
    ScoreValue,
    utcnow,
)
from .errors import LibraryError, Locked, NotFound, ReadOnly
from .queries import Queries
from .transactions import Transactions

_ENCODE = json.JSONEncoder(ensure_ascii=False)  # one encoder: json.dumps with options builds one per call
_AUDIT = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def encode(value: Any) -> str | None:
    return None if value is None else _ENCODE.encode(value)


STAGES = ("draft", "submitted", "final")


def assessment_row(header: dict[str, Any]) -> dict[str, Any]:
    """An Assessment's fields as the assessments table holds them: the lifecycle step in `stage`,
    `status` the published state (draft or final) it implies."""
    row = dict(header)
    row["read_only"] = int(bool(row.get("read_only")))
    row["stage"] = row.get("status") or "draft"
    row["status"] = "final" if row["stage"] == "final" else "draft"
    return row


class Mutations(Queries):
    tx: Transactions  # the transaction owner, set by Library

    def transaction(self) -> AbstractContextManager[None]:
        """The one way to write: a transaction owned by `self.tx` (nested calls are savepoints)."""
        return self.tx.atomic()

    # -- audit ---------------------------------------------------------------------------------
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
        self.db.execute(
            "INSERT INTO audit (at, who, action, assessment_id, commitment_id, field, old, new)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [utcnow(), who, action, assessment_id, commitment_id, field, audit_text(old), audit_text(new)],
        )

    def _writable(self, assessment_id: str) -> Assessment:
        a = self.assessment(assessment_id)
        if a.read_only:
            raise ReadOnly(f"assessment {assessment_id} is a read-only review copy (signed by {a.signer})")
        if a.status == "final":
            raise Locked(f"assessment {a.id[:8]} is final (version {a.version}): reopen it first "
                         f"(irm-app status {a.id[:8]} draft)")
        return a

    def check_writable(self, assessment_id: str) -> Assessment:
        """The assessment, or the one-line reason it cannot be edited (review copy, final)."""
        return self._writable(assessment_id)

    def _check_commitment(self, plan_id: str, commitment_id: str | None) -> None:
        if commitment_id is None:
            return
        row = self.db.execute(
            "SELECT 1 FROM commitments WHERE plan_id = ? AND id = ?", [plan_id, commitment_id]
        ).fetchone()
        if row is None:
            raise NotFound(f"no commitment {commitment_id!r} in plan {plan_id}")

    # -- plans ---------------------------------------------------------------------------------
    def write_plan(self, plan: ActionPlan, *, who: str) -> tuple[bool, int, int, list[str]]:
        """Insert or update one plan, keeping every score; returns (new, added, updated, conflicts).

        Must run inside a transaction (importers call it through `Library.import_bundle`).
        """
        now = utcnow()
        header = plan.model_dump(mode="json", exclude={"commitments"})
        existing = self.db.execute("SELECT 1 FROM plans WHERE id = ?", [plan.id]).fetchone()
        if existing:
            self.db.execute(
                "UPDATE plans SET member = ?, title = ?, period_start = ?, period_end = ?, data = ?, updated = ?"
                " WHERE id = ?",
                [plan.member, plan.title, plan.period_start, plan.period_end, json.dumps(header), now, plan.id],
            )
        else:
            self.db.execute(
                "INSERT INTO plans (id, member, title, period_start, period_end, data, imported, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [plan.id, plan.member, plan.title, plan.period_start, plan.period_end, json.dumps(header), now, now],
            )
        old = {
            r[0]: (r[1], r[2])
            for r in self.db.execute("SELECT id, data, position FROM commitments WHERE plan_id = ?", [plan.id])
        }
        added = updated = 0
        conflicts: list[str] = []
        for pos, c in enumerate(plan.commitments):
            data = c.model_dump_json()
            if c.id in old:
                if old[c.id][0] != data:
                    before = json.loads(old[c.id][0])
                    if before.get("title") != c.title:
                        conflicts.append(f"{plan.id}/{c.id}: title changed from {before.get('title')!r}")
                    updated += 1
                self.db.execute(
                    "UPDATE commitments SET position = ?, title = ?, theme = ?, lead_institution = ?, data = ?"
                    " WHERE plan_id = ? AND id = ?",
                    [pos, c.title, c.theme, c.lead_institution, data, plan.id, c.id],
                )
            else:
                added += 1
                self.db.execute(
                    "INSERT INTO commitments (plan_id, id, position, title, theme, lead_institution, data)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [plan.id, c.id, pos, c.title, c.theme, c.lead_institution, data],
                )
        new_ids = {c.id for c in plan.commitments}
        for gone in sorted(set(old) - new_ids):
            conflicts.append(f"{plan.id}/{gone}: not in the new source; kept with its scores")
            self.db.execute(
                "UPDATE commitments SET position = ? WHERE plan_id = ? AND id = ?",
                [len(plan.commitments) + old[gone][1], plan.id, gone],
            )
        self._audit(who, "import-plan" if not existing else "update-plan", new=plan.id)
        return (not existing, added, updated, conflicts)

    def set_eligibility(self, plan_id: str, item: EligibilityValue, *, who: str) -> None:
        """Record one minimum-eligibility area of the plan's member (replaces that area's value)."""
        row = self.db.execute("SELECT data FROM plans WHERE id = ?", [plan_id]).fetchone()
        if row is None:
            raise NotFound(f"no plan {plan_id!r} in the library")
        data = json.loads(row[0])
        old = [e for e in data.get("eligibility", []) if e["area"] == item.area]
        data["eligibility"] = [e for e in data.get("eligibility", []) if e["area"] != item.area]
        data["eligibility"].append(item.model_dump(mode="json"))
        data["eligibility"].sort(key=lambda e: e["area"])
        with self.transaction():
            self.db.execute("UPDATE plans SET data = ?, updated = ? WHERE id = ?", [json.dumps(data), utcnow(), plan_id])
            self._audit(who, "eligibility", None, None, item.area, old[0] if old else None, item.model_dump(mode="json"))

    # -- assessments ---------------------------------------------------------------------------
    def create_assessment(
        self, plan_id: str, form_key: str, *, researcher: str = "", title: str = "", who: str = ""
    ) -> Assessment:
        if not self.has_plan(plan_id):
            raise NotFound(f"no plan {plan_id!r} in the library (see `irm-app plans`)")
        form = self.form(form_key)
        a = Assessment(
            id=str(uuid.uuid4()),
            plan_id=plan_id,
            form=form.key,
            form_version=form.version,
            researcher=researcher,
            title=title or form.title,
        )
        with self.transaction():
            self._insert_assessment(a)
            self._audit(who or researcher, "create-assessment", a.id, new=form.key)
        return a

    def _insert_assessment(self, a: Assessment) -> None:
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
        with self.transaction():
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
        a = self._writable(assessment_id)
        with self.transaction():
            self.db.execute("UPDATE assessments SET researcher = ? WHERE id = ?", [researcher, assessment_id])
            self._audit(who, "researcher", assessment_id, old=a.researcher, new=researcher)

    def delete_assessment(self, assessment_id: str, *, who: str) -> None:
        self.assessment(assessment_id)
        with self.transaction():
            self.db.execute("DELETE FROM assessments WHERE id = ?", [assessment_id])
            self._audit(who, "delete-assessment", assessment_id)

    # -- scores --------------------------------------------------------------------------------
    def set_score(
        self, assessment_id: str, commitment_id: str | None, field: str, value: ScoreValue, *, who: str
    ) -> ScoreValue:
        """Record a level (or flags, or text); None clears it. Returns the normalised value."""
        a = self._writable(assessment_id)
        form = self.form(a.form)
        f = form.field(field)
        if (f.scope == "plan") != (commitment_id is None):
            where = "the plan" if f.scope == "plan" else "a commitment"
            raise LibraryError(f"field {field!r} is scored for {where}")
        self._check_commitment(a.plan_id, commitment_id)
        value = form.normalize(field, value)
        with self.transaction():
            old = self._row(assessment_id, commitment_id, field)
            old_value = json.loads(old["value"]) if old and old["value"] is not None else None
            if old_value == value:
                return value
            self._upsert_score(assessment_id, commitment_id, field, who, value=encode(value))
            self._audit(who, "score", assessment_id, commitment_id, field, old_value, value)
        return value

    def set_scores(
        self, assessment_id: str, commitment_id: str | None, values: list[tuple[str, ScoreValue]],
        justification: str | None = None, *, who: str,
    ) -> list[ScoreValue]:
        """Several fields (and one justification for each) in ONE transaction: all or none.

        Why: `score A C f=x --justification T` that stored the level and then failed on the
        text (a full disk) said "not saved" about a half-saved edit.
        """
        with self.transaction():
            out = []
            for field, value in values:
                out.append(self.set_score(assessment_id, commitment_id, field, value, who=who))
                if justification is not None:
                    self.set_justification(assessment_id, commitment_id, field, justification, who=who)
        return out

    def set_justification(
        self, assessment_id: str, commitment_id: str | None, field: str, text: str, *, who: str
    ) -> None:
        a = self._writable(assessment_id)
        self.form(a.form).field(field)
        self._check_commitment(a.plan_id, commitment_id)
        with self.transaction():
            old = self._row(assessment_id, commitment_id, field)
            before = old["justification"] if old else ""
            if before == text:
                return
            self._upsert_score(assessment_id, commitment_id, field, who, justification=text)
            self._audit(who, "justification", assessment_id, commitment_id, field, before, text)

    def _row(self, assessment_id: str, commitment_id: str | None, field: str) -> dict[str, Any] | None:
        rows = list(
            self._query(
                "SELECT * FROM scores WHERE assessment_id = ? AND commitment_id = ? AND field = ?",
                [assessment_id, commitment_id or "", field],
            )
        )
        return rows[0] if rows else None

    def _upsert_score(self, assessment_id: str, commitment_id: str | None, field: str, who: str, **cols: Any) -> None:
        cid = commitment_id or ""
        self.db.execute(
            "INSERT INTO scores (assessment_id, commitment_id, field, value, justification, author, updated)"
            " VALUES (?, ?, ?, NULL, '', ?, ?) ON CONFLICT DO NOTHING",
            [assessment_id, cid, field, who, utcnow()],
        )
        sets = ", ".join(f"{k} = ?" for k in cols)
        self.db.execute(
            f"UPDATE scores SET {sets}, author = ?, updated = ?"
            " WHERE assessment_id = ? AND commitment_id = ? AND field = ?",
            [*cols.values(), who, utcnow(), assessment_id, cid, field],
        )

    def set_revisit(self, assessment_id: str, commitment_id: str, revisit: bool, *, who: str) -> None:
        a = self._writable(assessment_id)
        self._check_commitment(a.plan_id, commitment_id)
        old = self.commitment_states(assessment_id).get(commitment_id)
        before = bool(old and old.revisit)
        if before == revisit:
            return
        with self.transaction():
            self._upsert_state(assessment_id, commitment_id, revisit=int(revisit))
            self._audit(who, "revisit", assessment_id, commitment_id, None, before, revisit)

    def set_grand_challenges(
        self, assessment_id: str, commitment_id: str, challenges: list[str], *, who: str
    ) -> None:
        a = self._writable(assessment_id)
        self._check_commitment(a.plan_id, commitment_id)
        bad = [c for c in challenges if c not in GRAND_CHALLENGES]
        if bad:
            raise LibraryError(f"unknown grand challenge {bad[0]!r} (one of {', '.join(GRAND_CHALLENGES)})")
        value = [c for c in GRAND_CHALLENGES if c in challenges]
        old = self.commitment_states(assessment_id).get(commitment_id)
        before = list(old.grand_challenges) if old else []
        with self.transaction():
            self._upsert_state(assessment_id, commitment_id, grand_challenges=json.dumps(value))
            self._audit(who, "grand-challenges", assessment_id, commitment_id, None, before, value)

    def _upsert_state(self, assessment_id: str, commitment_id: str, **cols: Any) -> None:
        self.db.execute(
            "INSERT INTO commitment_state (assessment_id, commitment_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [assessment_id, commitment_id],
        )
        sets = ", ".join(f"{k} = ?" for k in cols)
        self.db.execute(
            f"UPDATE commitment_state SET {sets} WHERE assessment_id = ? AND commitment_id = ?",
            [*cols.values(), assessment_id, commitment_id],
        )

    # -- exports -------------------------------------------------------------------------------
    def record_export(
        self, assessment_id: str, *, kind: str, path: Path, sha256: str, content_sha256: str,
        signer: str | None, who: str,
    ) -> None:
        self.assessment(assessment_id)
        with self.transaction():
            self.db.table("exports").insert(
                {
                    "assessment_id": assessment_id, "at": utcnow(), "kind": kind, "path": str(path),
                    "sha256": sha256, "content_sha256": content_sha256, "signer": signer,
                }
            )
            self._audit(who, f"export-{kind}", assessment_id, None, None, None,
                        {"path": str(path), "sha256": sha256, "content_sha256": content_sha256, "signer": signer})


def audit_text(value: Any) -> str | None:
    """Audit values are JSON (a level key is stored as "high"), so old/new decode uniformly."""
    if value is None:
        return None
    return _AUDIT.encode(value)
