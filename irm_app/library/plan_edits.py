"""Editing plans by hand: the plan's header, its commitments and their milestones, audited.

Why a part of its own: a plan's text is the government's, never a score, so none of these
methods writes the scores table, except `delete_commitment(force=True)`, which removes the
scores of a commitment that no longer exists (each one recorded in the append-only audit log,
and all of them handed back so an undo can put them back with `restore_commitment`).
Every method validates the whole edited object with the model before writing, then writes and
audits in one `self.tx.atomic()`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils
from pydantic import ValidationError

from ..model import ActionPlan, Commitment, Milestone, utcnow
from .errors import LibraryError, NotFound, ReadOnly
from .mutations import audit_text
from .part import Part
from .plans import Plans
from .progress import ProgressIndex
from .transactions import Transactions

PLAN_FIELDS = ("member", "member_code", "number", "title", "period_start", "period_end", "themes",
               "national_or_local", "source", "licence")
"""The plan header a researcher may edit (commitments, context and eligibility have their own paths)."""


class NeedsConfirmation(LibraryError):
    """An edit that would remove recorded work: repeated with force=True (CLI --force) it goes ahead."""


@dataclass
class DeletedCommitment:
    """Everything a commitment's deletion removed, so an undo restores it exactly."""

    plan_id: str
    position: int
    commitment: Commitment
    scores: list[dict[str, Any]] = field(default_factory=list)  # raw rows of the scores table
    states: list[dict[str, Any]] = field(default_factory=list)  # raw rows of commitment_state
    links: list[str] = field(default_factory=list)  # evidence ids that were linked to it


def _invalid(what: str, e: ValidationError) -> LibraryError:
    err = e.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    return LibraryError(f"{what}: {where + ': ' if where else ''}{err['msg']}")


class PlanEdits(Part):
    """`lib.plan_edits`: hand edits of a plan's header, commitments and milestones."""

    def __init__(self, db: sqlite_utils.Database, tx: Transactions, *, plans: Plans,
                 progress: ProgressIndex) -> None:
        super().__init__(db, tx)
        self._plans = plans
        self._progress = progress

    # -- audit ---------------------------------------------------------------------------------
    def plan_audit(self, who: str, action: str, plan_id: str, commitment_id: str | None = None,
                    field_: str | None = None, old: Any = None, new: Any = None) -> None:
        self.db.execute(
            "INSERT INTO audit (at, who, action, plan_id, commitment_id, field, old, new)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [utcnow(), who, action, plan_id, commitment_id, field_, audit_text(old), audit_text(new)],
        )

    def _plan_header(self, plan_id: str) -> dict[str, Any]:
        row = self.db.execute("SELECT data FROM plans WHERE id = ?", [plan_id]).fetchone()
        if row is None:
            raise NotFound(f"no plan {plan_id!r} in the library (see `irm-app plans`)")
        return json.loads(row[0])

    def _commitment(self, plan_id: str, cid: str) -> tuple[Commitment, int]:
        row = self.db.execute("SELECT data, position FROM commitments WHERE plan_id = ? AND id = ?",
                              [plan_id, cid]).fetchone()
        if row is None:
            self._plan_header(plan_id)
            raise NotFound(f"no commitment {cid!r} in plan {plan_id}")
        return Commitment.model_validate_json(row[0]), row[1]

    def plan_commitment(self, plan_id: str, cid: str) -> Commitment:
        """One commitment of one plan (NotFound names what is missing)."""
        return self._commitment(plan_id, cid)[0]

    def _order(self, plan_id: str) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT id FROM commitments WHERE plan_id = ? ORDER BY position, rowid", [plan_id])]

    def _renumber(self, plan_id: str, ids: list[str]) -> None:
        for pos, cid in enumerate(ids):
            self.db.execute("UPDATE commitments SET position = ? WHERE plan_id = ? AND id = ?", [pos, plan_id, cid])

    def _touch(self, plan_id: str) -> None:
        self.db.execute("UPDATE plans SET updated = ? WHERE id = ?", [utcnow(), plan_id])

    def _write_commitment(self, plan_id: str, c: Commitment, old_id: str | None = None) -> None:
        self.db.execute(
            "UPDATE commitments SET id = ?, title = ?, theme = ?, lead_institution = ?, data = ?"
            " WHERE plan_id = ? AND id = ?",
            [c.id, c.title, c.theme, c.lead_institution, c.model_dump_json(), plan_id, old_id or c.id],
        )

    def _refuse_review_copy(self, plan_id: str) -> None:
        row = self.db.execute("SELECT signer FROM assessments WHERE plan_id = ? AND read_only = 1 LIMIT 1",
                              [plan_id]).fetchone()
        if row is not None:
            raise ReadOnly(f"plan {plan_id} belongs to a review copy signed by {row[0]}; its text cannot change")

    # -- the plan ------------------------------------------------------------------------------
    def create_plan(self, plan: ActionPlan, *, who: str) -> ActionPlan:
        """A new plan typed by hand (its commitments too, if given); refuses an id already used."""
        if self._plans.has_plan(plan.id):
            raise LibraryError(f"a plan {plan.id!r} is already in the library (edit it, or choose another id)")
        now = utcnow()
        header = plan.model_dump(mode="json", exclude={"commitments"})
        with self.tx.atomic():
            self.db.execute(
                "INSERT INTO plans (id, member, title, period_start, period_end, data, imported, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [plan.id, plan.member, plan.title, plan.period_start, plan.period_end, json.dumps(header), now, now],
            )
            for pos, c in enumerate(plan.commitments):
                self._insert_commitment(plan.id, c, pos)
            self.plan_audit(who, "create-plan", plan.id, new=header)
        return plan

    def edit_plan(self, plan_id: str, changes: Mapping[str, Any], *, who: str) -> dict[str, Any]:
        """Change header fields (PLAN_FIELDS); returns the old values of what changed (for undo)."""
        bad = [k for k in changes if k not in PLAN_FIELDS]
        if bad:
            raise LibraryError(f"plan field {bad[0]!r} cannot be edited here (one of {', '.join(PLAN_FIELDS)})")
        header = self._plan_header(plan_id)
        self._refuse_review_copy(plan_id)
        new = {**header, **changes}
        try:
            plan = ActionPlan.model_validate({**new, "commitments": []})
        except ValidationError as e:
            raise _invalid(f"plan {plan_id}", e) from e
        dumped = plan.model_dump(mode="json", exclude={"commitments"})
        changed = {k: header.get(k) for k in changes if header.get(k) != dumped.get(k)}
        if not changed:
            return {}
        with self.tx.atomic():
            self.db.execute(
                "UPDATE plans SET member = ?, title = ?, period_start = ?, period_end = ?, data = ?, updated = ?"
                " WHERE id = ?",
                [plan.member, plan.title, plan.period_start, plan.period_end, json.dumps(dumped), utcnow(), plan_id],
            )
            for k, old in changed.items():
                self.plan_audit(who, "edit-plan", plan_id, None, k, old, dumped.get(k))
        return changed

    # -- commitments ---------------------------------------------------------------------------
    def _insert_commitment(self, plan_id: str, c: Commitment, pos: int) -> None:
        self.db.execute(
            "INSERT INTO commitments (plan_id, id, position, title, theme, lead_institution, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [plan_id, c.id, pos, c.title, c.theme, c.lead_institution, c.model_dump_json()],
        )

    def add_commitment(self, plan_id: str, commitment: Commitment, *, position: int | None = None,
                       who: str) -> Commitment:
        """Insert at `position` (0-based; None: last); refuses an id the plan already has."""
        self._plan_header(plan_id)
        self._refuse_review_copy(plan_id)
        order = self._order(plan_id)
        if commitment.id in order:
            raise LibraryError(f"plan {plan_id} already has a commitment {commitment.id!r}")
        pos = len(order) if position is None else max(0, min(position, len(order)))
        with self.tx.atomic():
            self._insert_commitment(plan_id, commitment, pos)
            self._renumber(plan_id, [*order[:pos], commitment.id, *order[pos:]])
            self._touch(plan_id)
            self.plan_audit(who, "add-commitment", plan_id, commitment.id, None, None,
                             commitment.model_dump(mode="json"))
        return commitment

    def edit_commitment(self, plan_id: str, cid: str, changes: Mapping[str, Any], *, who: str) -> dict[str, Any]:
        """Change a commitment's fields (its id too, while no score, tag or evidence names it);
        returns the old values of what changed. Milestones have their own methods."""
        if "milestones" in changes:
            raise LibraryError("milestones are edited one by one (add, edit, delete, move)")
        old, _pos = self._commitment(plan_id, cid)
        self._refuse_review_copy(plan_id)
        before = old.model_dump(mode="json")
        try:
            new = Commitment.model_validate({**before, **changes})
        except ValidationError as e:
            raise _invalid(f"{plan_id}/{cid}", e) from e
        after = new.model_dump(mode="json")
        changed = {k: before.get(k) for k in changes if before.get(k) != after.get(k)}
        if not changed:
            return {}
        if "id" in changed:
            if new.id in self._order(plan_id):
                raise LibraryError(f"plan {plan_id} already has a commitment {new.id!r}")
            used = self.recorded_work(plan_id, cid)
            if used:
                raise LibraryError(f"{plan_id}/{cid}: its id cannot change while {used} name it")
            new = new.model_copy(update={"milestones": [
                m.model_copy(update={"id": new.id + m.id[len(cid):]}) if m.id.startswith(cid + ".") else m
                for m in new.milestones]})
        with self.tx.atomic():
            self._write_commitment(plan_id, new, cid)
            self._touch(plan_id)
            for k, was in changed.items():
                self.plan_audit(who, "edit-commitment", plan_id, new.id, k, was, after.get(k))
        return changed

    def recorded_work(self, plan_id: str, cid: str) -> str:
        """What recorded work names this commitment ('' if none): scores, tags, evidence links."""
        n_scores = self.db.execute(
            "SELECT count(*), count(DISTINCT s.assessment_id) FROM scores s JOIN assessments a ON a.id = s.assessment_id"
            " WHERE a.plan_id = ? AND s.commitment_id = ? AND (s.value IS NOT NULL OR s.justification != '')",
            [plan_id, cid]).fetchone()
        n_states = self.db.execute(
            "SELECT count(*) FROM commitment_state s JOIN assessments a ON a.id = s.assessment_id"
            " WHERE a.plan_id = ? AND s.commitment_id = ? AND (s.revisit OR s.grand_challenges != '[]')",
            [plan_id, cid]).fetchone()[0]
        n_links = self.db.execute(
            "SELECT count(*) FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id"
            " JOIN assessments a ON a.id = e.assessment_id WHERE a.plan_id = ? AND l.commitment_id = ?",
            [plan_id, cid]).fetchone()[0]
        parts = []
        if n_scores[0]:
            parts.append(f"{n_scores[0]} score{'s' if n_scores[0] != 1 else ''} in "
                         f"{n_scores[1]} assessment{'s' if n_scores[1] != 1 else ''}")
        if n_states:
            parts.append(f"{n_states} revisit flag or tag{'s' if n_states != 1 else ''}")
        if n_links:
            parts.append(f"{n_links} evidence link{'s' if n_links != 1 else ''}")
        return ", ".join(parts)

    def delete_commitment(self, plan_id: str, cid: str, *, force: bool = False, who: str) -> DeletedCommitment:
        """Remove a commitment. If scores, tags or evidence links name it, refuses (NeedsConfirmation)
        unless `force`; then removes those too, each recorded in the audit log."""
        c, pos = self._commitment(plan_id, cid)
        self._refuse_review_copy(plan_id)
        used = self.recorded_work(plan_id, cid)
        if used and not force:
            raise NeedsConfirmation(f"{plan_id}/{cid} has {used}: deleting it deletes them (confirm: --force)")
        aids = [r[0] for r in self.db.execute("SELECT id FROM assessments WHERE plan_id = ?", [plan_id])]
        marks = ",".join("?" * len(aids)) or "NULL"
        scores = list(self._query(f"SELECT * FROM scores WHERE commitment_id = ? AND assessment_id IN ({marks})",
                                  [cid, *aids]))
        states = list(self._query(
            f"SELECT * FROM commitment_state WHERE commitment_id = ? AND assessment_id IN ({marks})", [cid, *aids]))
        links = [r[0] for r in self.db.execute(
            f"SELECT l.evidence_id FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id"
            f" WHERE l.commitment_id = ? AND e.assessment_id IN ({marks})", [cid, *aids])]
        with self.tx.atomic():
            for s in scores:
                self._audit(who, "delete-score", s["assessment_id"], cid, s["field"],
                            None if s["value"] is None else json.loads(s["value"]), None)
            self.db.execute(f"DELETE FROM scores WHERE commitment_id = ? AND assessment_id IN ({marks})", [cid, *aids])
            self._progress.forget(cid, aids)
            self.db.execute(f"DELETE FROM commitment_state WHERE commitment_id = ? AND assessment_id IN ({marks})",
                            [cid, *aids])
            for eid in links:
                self.db.execute("DELETE FROM evidence_links WHERE evidence_id = ? AND commitment_id = ?", [eid, cid])
            self.db.execute("DELETE FROM commitments WHERE plan_id = ? AND id = ?", [plan_id, cid])
            self._renumber(plan_id, self._order(plan_id))
            self._touch(plan_id)
            self.plan_audit(who, "delete-commitment", plan_id, cid, None, c.model_dump(mode="json"),
                             {"scores": len(scores), "states": len(states), "evidence_links": len(links)})
        return DeletedCommitment(plan_id, pos, c, scores, states, links)

    def restore_commitment(self, d: DeletedCommitment, *, who: str) -> None:
        """Put back a deleted commitment where it was, with its scores, tags and links (undo)."""
        order = self._order(d.plan_id)
        if d.commitment.id in order:
            raise LibraryError(f"plan {d.plan_id} already has a commitment {d.commitment.id!r}")
        pos = min(d.position, len(order))
        with self.tx.atomic():
            self._insert_commitment(d.plan_id, d.commitment, pos)
            self._renumber(d.plan_id, [*order[:pos], d.commitment.id, *order[pos:]])
            for table, rows in (("scores", d.scores), ("commitment_state", d.states)):
                for r in rows:
                    cols = ", ".join(r)
                    self.db.execute(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(r))})", list(r.values()))
            for aid in dict.fromkeys(s["assessment_id"] for s in d.scores):
                self._progress.refresh(aid, [d.commitment.id])
            for s in d.scores:
                if s["value"] is not None:
                    self._audit(who, "score", s["assessment_id"], d.commitment.id, s["field"], None,
                                json.loads(s["value"]))
            for eid in d.links:
                self.db.execute("INSERT OR IGNORE INTO evidence_links (evidence_id, commitment_id) VALUES (?, ?)",
                                [eid, d.commitment.id])
            self._touch(d.plan_id)
            self.plan_audit(who, "restore-commitment", d.plan_id, d.commitment.id, None, None,
                             d.commitment.model_dump(mode="json"))

    def move_commitment(self, plan_id: str, cid: str, to: int, *, who: str) -> int:
        """Move to 0-based position `to` (clamped); returns where it was."""
        self._commitment(plan_id, cid)
        order = self._order(plan_id)
        was = order.index(cid)
        order.pop(was)
        to = max(0, min(to, len(order)))
        if to == was:
            return was
        order.insert(to, cid)
        with self.tx.atomic():
            self._renumber(plan_id, order)
            self._touch(plan_id)
            self.plan_audit(who, "move-commitment", plan_id, cid, "position", was, to)
        return was

    # -- milestones ----------------------------------------------------------------------------
    def _rewrite(self, plan_id: str, cid: str, edit: Callable[[list[Milestone]], None], action: str,
                 mid: str | None, old: Any, new: Any, who: str) -> None:
        c, _pos = self._commitment(plan_id, cid)
        self._refuse_review_copy(plan_id)
        milestones = list(c.milestones)
        edit(milestones)
        try:
            c = Commitment.model_validate({**c.model_dump(mode="json"),
                                           "milestones": [m.model_dump(mode="json") for m in milestones]})
        except ValidationError as e:
            raise _invalid(f"{plan_id}/{cid}", e) from e
        with self.tx.atomic():
            self._write_commitment(plan_id, c)
            self._touch(plan_id)
            self.plan_audit(who, action, plan_id, cid, mid, old, new)

    @staticmethod
    def _index(milestones: list[Milestone], mid: str, where: str) -> int:
        for i, m in enumerate(milestones):
            if m.id == mid:
                return i
        raise NotFound(f"no milestone {mid!r} in {where}")

    def add_milestone(self, plan_id: str, cid: str, milestone: Milestone, *, position: int | None = None,
                      who: str) -> Milestone:
        def edit(ms: list[Milestone]) -> None:
            ms.insert(len(ms) if position is None else max(0, min(position, len(ms))), milestone)
        self._rewrite(plan_id, cid, edit, "add-milestone", milestone.id, None, milestone.model_dump(mode="json"), who)
        return milestone

    def edit_milestone(self, plan_id: str, cid: str, mid: str, changes: Mapping[str, Any], *,
                       who: str) -> dict[str, Any]:
        """Change a milestone's fields (id included); returns the old values of what changed."""
        c, _pos = self._commitment(plan_id, cid)
        i = self._index(c.milestones, mid, f"{plan_id}/{cid}")
        before = c.milestones[i].model_dump(mode="json")
        try:
            m = Milestone.model_validate({**before, **changes})
        except ValidationError as e:
            raise _invalid(f"{plan_id}/{cid}/{mid}", e) from e
        after = m.model_dump(mode="json")
        changed = {k: before.get(k) for k in changes if before.get(k) != after.get(k)}
        if not changed:
            return {}

        def edit(ms: list[Milestone]) -> None:
            ms[i] = m
        self._rewrite(plan_id, cid, edit, "edit-milestone", mid, changed, {k: after[k] for k in changed}, who)
        return changed

    def delete_milestone(self, plan_id: str, cid: str, mid: str, *, who: str) -> tuple[Milestone, int]:
        """Remove one milestone (no score names a milestone); returns it and its position, for undo."""
        c, _pos = self._commitment(plan_id, cid)
        i = self._index(c.milestones, mid, f"{plan_id}/{cid}")
        gone = c.milestones[i]

        def edit(ms: list[Milestone]) -> None:
            ms.pop(i)
        self._rewrite(plan_id, cid, edit, "delete-milestone", mid, gone.model_dump(mode="json"), None, who)
        return gone, i

    def move_milestone(self, plan_id: str, cid: str, mid: str, to: int, *, who: str) -> int:
        c, _pos = self._commitment(plan_id, cid)
        i = self._index(c.milestones, mid, f"{plan_id}/{cid}")
        to = max(0, min(to, len(c.milestones) - 1))
        if to == i:
            return i

        def edit(ms: list[Milestone]) -> None:
            ms.insert(to, ms.pop(i))
        self._rewrite(plan_id, cid, edit, "move-milestone", mid, i, to, who)
        return i
