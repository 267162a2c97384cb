"""Editing plans by hand: new plan, header, commitments and milestones (each audited).

One function per user action, shared by the CLI (`irm-app plan-new`, `commitment-add`, ...) and
the GUI's plan editor (whose undo runs the inverse operation). Each returns a `Change` of kind
LIBRARY: the tree, the commitments table and the dashboard re-read the plan. None of them
writes a score, except `delete_commitment(force=True)`, which says so first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from ..errors import InvalidInput
from ..library import Library
from ..library.plan_edits import DeletedCommitment, NeedsConfirmation
from ..model import ActionPlan, Commitment, Milestone
from .change import Change, ChangeKind

__all__ = ["NeedsConfirmation", "DeletedCommitment", "parse_period", "default_plan_id", "new_plan", "edit_plan",
           "add_commitment", "edit_commitment", "delete_commitment", "restore_commitment", "move_commitment",
           "add_milestone", "edit_milestone", "delete_milestone", "move_milestone", "next_commitment_id"]


def _change(who: str, result: Any, action: str, cid: str | None, initiator: object | None) -> Change[Any]:
    return Change(ChangeKind.LIBRARY, None, cid, who, result, action, initiator)


def parse_period(text: str) -> tuple[int | None, int | None]:
    """'2024-2026' (or '2024–2026', '2024') -> years; one clear line otherwise."""
    text = text.strip()
    if not text:
        return None, None
    m = re.fullmatch(r"(\d{4})(?:\s*[-\u2013/]\s*(\d{4}))?", text)
    if not m:
        raise InvalidInput(f"period {text!r}: expected YEAR-YEAR, e.g. 2024-2026")
    start, end = int(m[1]), int(m[2]) if m[2] else None
    if end is not None and end < start:
        raise InvalidInput(f"period {text!r}: ends before it starts")
    return start, end


def default_plan_id(member: str, member_code: str | None, number: int | None) -> str:
    """OGP's style (AP_USA05) when the member code is known, else a slug of the member."""
    from ..model import slug

    code = (member_code or slug(member)).upper()
    return f"AP_{code}{number:02d}" if number else f"AP_{code}"


def _model(cls: type, data: dict[str, Any], what: str) -> Any:
    try:
        return cls.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise InvalidInput(f"{what}: {where + ': ' if where else ''}{err['msg']}") from e


def new_plan(lib: Library, *, member: str, plan_id: str | None = None, member_code: str | None = None,
             number: int | None = None, period: str = "", title: str = "", themes: list[str] | None = None,
             who: str, initiator: object | None = None) -> Change[ActionPlan]:
    """A plan from nothing: member, number, period, themes; commitments are added afterwards."""
    start, end = parse_period(period)
    pid = plan_id or default_plan_id(member, member_code, number)
    plan = _model(ActionPlan, {
        "id": pid, "member": member, "member_code": member_code or None, "number": number,
        "title": title or " ".join(x for x in (member, f"action plan {number}" if number else "action plan",
                                                period.strip()) if x),
        "period_start": start, "period_end": end, "themes": list(themes or []),
        "source": "typed in IRM Assessor",
    }, f"plan {pid}")
    lib.plan_edits.create_plan(plan, who=who)
    return _change(who, plan, "new-plan", None, initiator)


def edit_plan(lib: Library, plan_id: str, changes: Mapping[str, Any], *, who: str,
              initiator: object | None = None) -> Change[dict[str, Any]]:
    """Header fields; result: their old values (what an undo writes back)."""
    return _change(who, lib.plan_edits.edit_plan(plan_id, dict(changes), who=who), "edit-plan", None, initiator)


def next_commitment_id(plan: ActionPlan) -> str:
    """`<member code><nn>` (or C<nn>), the first not yet used: a placeholder until the OGP id is known."""
    prefix = (plan.member_code or "C").upper()
    used = {c.id for c in plan.commitments}
    n = len(plan.commitments) + 1
    while f"{prefix}{n:02d}" in used:
        n += 1
    return f"{prefix}{n:02d}"


def add_commitment(lib: Library, plan_id: str, *, title: str, commitment_id: str | None = None,
                   position: int | None = None, fields: Mapping[str, Any] | None = None, who: str,
                   initiator: object | None = None) -> Change[Commitment]:
    """A new commitment (last, or at 0-based `position`); its id defaults to the next free one."""
    cid = commitment_id or next_commitment_id(lib.plans.plan(plan_id))
    c = _model(Commitment, {**dict(fields or {}), "id": cid, "title": title}, f"{plan_id}/{cid}")
    lib.plan_edits.add_commitment(plan_id, c, position=position, who=who)
    return _change(who, c, "add-commitment", cid, initiator)


def edit_commitment(lib: Library, plan_id: str, commitment_id: str, changes: Mapping[str, Any], *, who: str,
                    initiator: object | None = None) -> Change[dict[str, Any]]:
    """Fields of one commitment; result: their old values. Scores are never touched."""
    old = lib.plan_edits.edit_commitment(plan_id, commitment_id, dict(changes), who=who)
    return _change(who, old, "edit-commitment", changes.get("id", commitment_id), initiator)


def delete_commitment(lib: Library, plan_id: str, commitment_id: str, *, force: bool = False, who: str,
                      initiator: object | None = None) -> Change[DeletedCommitment]:
    """Refused with NeedsConfirmation while scores, tags or evidence name it, unless `force`."""
    gone = lib.plan_edits.delete_commitment(plan_id, commitment_id, force=force, who=who)
    return _change(who, gone, "delete-commitment", commitment_id, initiator)


def restore_commitment(lib: Library, deleted: DeletedCommitment, *, who: str,
                       initiator: object | None = None) -> Change[DeletedCommitment]:
    lib.plan_edits.restore_commitment(deleted, who=who)
    return _change(who, deleted, "restore-commitment", deleted.commitment.id, initiator)


def move_commitment(lib: Library, plan_id: str, commitment_id: str, to: int, *, who: str,
                    initiator: object | None = None) -> Change[int]:
    """To 0-based position `to`; result: where it was."""
    return _change(who, lib.plan_edits.move_commitment(plan_id, commitment_id, to, who=who), "move-commitment",
                   commitment_id, initiator)


def add_milestone(lib: Library, plan_id: str, commitment_id: str, *, title: str, milestone_id: str | None = None,
                  position: int | None = None, fields: Mapping[str, Any] | None = None, who: str,
                  initiator: object | None = None) -> Change[Milestone]:
    """A milestone; its id defaults to `<commitment>.<n>`, the first free n."""
    if milestone_id is None:
        used = {m.id for m in lib.plan_edits.plan_commitment(plan_id, commitment_id).milestones}
        n = len(used) + 1
        while f"{commitment_id}.{n}" in used:
            n += 1
        milestone_id = f"{commitment_id}.{n}"
    m = _model(Milestone, {**dict(fields or {}), "id": milestone_id, "title": title},
               f"{plan_id}/{commitment_id}/{milestone_id}")
    lib.plan_edits.add_milestone(plan_id, commitment_id, m, position=position, who=who)
    return _change(who, m, "add-milestone", commitment_id, initiator)


def edit_milestone(lib: Library, plan_id: str, commitment_id: str, milestone_id: str, changes: Mapping[str, Any],
                   *, who: str, initiator: object | None = None) -> Change[dict[str, Any]]:
    old = lib.plan_edits.edit_milestone(plan_id, commitment_id, milestone_id, dict(changes), who=who)
    return _change(who, old, "edit-milestone", commitment_id, initiator)


def delete_milestone(lib: Library, plan_id: str, commitment_id: str, milestone_id: str, *, who: str,
                     initiator: object | None = None) -> Change[tuple[Milestone, int]]:
    """Result: the milestone and where it was (undo puts it back there)."""
    return _change(who, lib.plan_edits.delete_milestone(plan_id, commitment_id, milestone_id, who=who), "delete-milestone",
                   commitment_id, initiator)


def move_milestone(lib: Library, plan_id: str, commitment_id: str, milestone_id: str, to: int, *, who: str,
                   initiator: object | None = None) -> Change[int]:
    return _change(who, lib.plan_edits.move_milestone(plan_id, commitment_id, milestone_id, to, who=who), "move-milestone",
                   commitment_id, initiator)
