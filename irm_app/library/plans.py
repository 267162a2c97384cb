"""Plans and their commitments as imported: read, written by importers, eligibility recorded.

Hand edits of a plan's text are `PlanEdits` (plan_edits.py); scores never live here.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..model import ActionPlan, Commitment, EligibilityValue, ImportFlag, utcnow
from . import heads
from .errors import NotFound
from .light_reads import CommitmentRow, PlanHeading
from .part import Part
from .queries import PlanSummary

if TYPE_CHECKING:
    from .search_bulk import BulkIndex


class Plans(Part):
    """`lib.plans`: the plans table, the commitments table and the import flags."""

    def summaries(self, *, milestones: bool = True) -> list[PlanSummary]:
        """Every plan with its counts. `milestones=False` leaves the milestone count out (None):
        SQLite must parse every commitment's JSON to count them (28 of 29 ms for one plan of
        5,000), and the library tree shows it only in a tooltip (`milestone_count`)."""
        count = "coalesce(sum(json_array_length(c.data, '$.milestones')), 0)" if milestones else "NULL"
        out = []
        for pid, member, title, start, end, n, ms in self.db.execute(
            "SELECT p.id, p.member, p.title, p.period_start, p.period_end, count(c.id),"
            f" {count}"
            " FROM plans p LEFT JOIN commitments c ON c.plan_id = p.id"
            " GROUP BY p.id ORDER BY p.member, p.period_start, p.id"
        ).fetchall():
            period = f"{start}-{end}" if start and end else str(start or end or "")
            out.append(PlanSummary(pid, member, title, period, n, None if ms is None else int(ms)))
        return out

    def milestone_count(self, plan_id: str) -> int:
        """The milestones of one plan's commitments, as `summaries()` counts them."""
        return int(self.db.execute(
            "SELECT coalesce(sum(json_array_length(data, '$.milestones')), 0) FROM commitments WHERE plan_id = ?",
            [plan_id]).fetchone()[0])

    def has_plan(self, plan_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM plans WHERE id = ?", [plan_id]).fetchone() is not None

    def plan(self, plan_id: str) -> ActionPlan:
        row = self.db.execute("SELECT data FROM plans WHERE id = ?", [plan_id]).fetchone()
        if row is None:
            raise NotFound(f"no plan {plan_id!r} in the library")
        data = json.loads(row[0])
        data["commitments"] = [c.model_dump() for c in self.commitments(plan_id)]
        return ActionPlan.model_validate(data)

    def commitments(self, plan_id: str) -> list[Commitment]:
        rows = self.db.execute(
            "SELECT data FROM commitments WHERE plan_id = ? ORDER BY position", [plan_id]
        ).fetchall()
        return [Commitment.model_validate_json(r[0]) for r in rows]

    # -- light reads: what a view shows (light_reads.py says why) -----------------------------
    def plan_heading(self, plan_id: str) -> PlanHeading:
        row = self.db.execute(
            "SELECT id, member, title, period_start, period_end FROM plans WHERE id = ?", [plan_id]).fetchone()
        if row is None:
            raise NotFound(f"no plan {plan_id!r} in the library")
        return PlanHeading(*row)

    def commitment_rows(self, plan_id: str) -> list[CommitmentRow]:
        """The plan's commitments in plan order as light rows, read from the heads index
        (library/heads.py: ~4 ms for one plan of 5,000 commitments, ~40 ms from their documents)."""
        loads = json.loads
        return [CommitmentRow(cid, *loads(head)) for cid, head in self.db.execute(heads.ROWS, [plan_id])]

    def commitment(self, plan_id: str, commitment_id: str) -> Commitment:
        """One commitment in full: what a detail view shows."""
        row = self.db.execute(
            "SELECT data FROM commitments WHERE plan_id = ? AND id = ?", [plan_id, commitment_id]).fetchone()
        if row is None:
            raise NotFound(f"no commitment {commitment_id!r} in plan {plan_id!r}")
        return Commitment.model_validate_json(row[0])

    def commitment_ids(self, plan_id: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM commitments WHERE plan_id = ?", [plan_id])]

    def import_flags(self, plan_id: str | None = None) -> list[ImportFlag]:
        sql = "SELECT plan_id, commitment_id, column_name AS column, raw, message FROM import_flags"
        args: list[Any] = []
        if plan_id is not None:
            sql += " WHERE plan_id = ?"
            args.append(plan_id)
        return [ImportFlag.model_validate(r) for r in self._query(sql + " ORDER BY id", args)]

    # -- writing ------------------------------------------------------------------------------
    def write_plan(self, plan: ActionPlan, *, who: str,
                   index: BulkIndex | None = None) -> tuple[bool, int, int, list[str]]:
        """Insert or update one plan, keeping every score; returns (new, added, updated, conflicts).

        Must run inside a transaction (importers call it through `lib.imports.import_bundle`);
        with `index`, the rows written are reported to it (its search documents are built in bulk).
        """
        now = utcnow()
        if index is not None:
            index.plan_written(plan.id)
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
        new_rows = []  # one executemany: a new plan's commitments are most of an import's rows
        for pos, c in enumerate(plan.commitments):
            data = c.model_dump_json()
            if c.id in old:
                if old[c.id][0] != data:
                    before = json.loads(old[c.id][0])
                    if before.get("title") != c.title:
                        conflicts.append(f"{plan.id}/{c.id}: title changed from {before.get('title')!r}")
                    updated += 1
                    if index is not None:
                        index.commitment_written(plan.id, c)
                self.db.execute(
                    "UPDATE commitments SET position = ?, title = ?, theme = ?, lead_institution = ?, data = ?"
                    " WHERE plan_id = ? AND id = ?",
                    [pos, c.title, c.theme, c.lead_institution, data, plan.id, c.id],
                )
            else:
                added += 1
                new_rows.append((plan.id, c.id, pos, c.title, c.theme, c.lead_institution, data))
                if index is not None:
                    index.commitment_written(plan.id, c)
        self.db.conn.executemany(
            "INSERT INTO commitments (plan_id, id, position, title, theme, lead_institution, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)", new_rows)
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
        with self.tx.atomic():
            self.db.execute("UPDATE plans SET data = ?, updated = ? WHERE id = ?", [json.dumps(data), utcnow(), plan_id])
            self._audit(who, "eligibility", None, None, item.area, old[0] if old else None, item.model_dump(mode="json"))

    def check_commitment(self, plan_id: str, commitment_id: str | None) -> None:
        if commitment_id is None:
            return
        row = self.db.execute(
            "SELECT 1 FROM commitments WHERE plan_id = ? AND id = ?", [plan_id, commitment_id]
        ).fetchone()
        if row is None:
            raise NotFound(f"no commitment {commitment_id!r} in plan {plan_id}")
