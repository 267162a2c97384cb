"""Undo steps of the plan editor: each redo and undo is an `operations.plans` call through
`Store.run`, so the inverse edit is audited like the edit and the views refresh from its Change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...library.plan_edits import DeletedCommitment
from ...model import Milestone
from ...operations import plans as ops
from ..store import Store
from ..undo.commands import StoreCommand


class PlanCommand(StoreCommand):
    """A step on the plan's own undo stack (its `aid` names the plan, not an assessment)."""

    def __init__(self, store: Store, plan_id: str, text: str, apply: Callable[[], None],
                 revert: Callable[[], None]) -> None:
        super().__init__(store, f"plan:{plan_id}", text, apply, revert)
        self.plan_id = plan_id


def _run(store: Store, fn: Callable[..., Any], *args: Any, **kw: Any) -> Any:
    return store.run(lambda: fn(store.library, *args, who=store.who, **kw)).result


def edit_plan(store: Store, pid: str, old: dict[str, Any], new: dict[str, Any]) -> PlanCommand:
    return PlanCommand(store, pid, f"Edit plan {', '.join(new)}",
                       lambda: _run(store, ops.edit_plan, pid, new), lambda: _run(store, ops.edit_plan, pid, old))


def edit_commitment(store: Store, pid: str, cid: str, key: str, old: Any, new: Any) -> PlanCommand:
    after = new if key == "id" else cid  # an id change: the undo names the commitment by its new id
    return PlanCommand(store, pid, f"Edit {cid} {key}",
                       lambda: _run(store, ops.edit_commitment, pid, cid, {key: new}),
                       lambda: _run(store, ops.edit_commitment, pid, after, {key: old}))


def add_commitment(store: Store, pid: str, cid: str, title: str, position: int) -> PlanCommand:
    return PlanCommand(store, pid, f"Add {cid}",
                       lambda: _run(store, ops.add_commitment, pid, title=title, commitment_id=cid, position=position),
                       lambda: _run(store, ops.delete_commitment, pid, cid))


class DeleteCommitment(PlanCommand):
    """Deletes (with its scores, once the user confirmed); undo restores all of it."""

    def __init__(self, store: Store, pid: str, cid: str) -> None:
        self.deleted: DeletedCommitment | None = None
        super().__init__(store, pid, f"Delete {cid}", self._delete, self._restore)
        self.cid = cid

    def _delete(self) -> None:
        self.deleted = _run(self.store, ops.delete_commitment, self.plan_id, self.cid, force=True)

    def _restore(self) -> None:
        assert self.deleted is not None
        _run(self.store, ops.restore_commitment, self.deleted)


def move_commitment(store: Store, pid: str, cid: str, old: int, new: int) -> PlanCommand:
    return PlanCommand(store, pid, f"Move {cid}", lambda: _run(store, ops.move_commitment, pid, cid, new),
                       lambda: _run(store, ops.move_commitment, pid, cid, old))


def add_milestone(store: Store, pid: str, cid: str, m: Milestone, position: int) -> PlanCommand:
    fields = m.model_dump(mode="json", exclude={"id", "title"})
    return PlanCommand(store, pid, f"Add {m.id}",
                       lambda: _run(store, ops.add_milestone, pid, cid, title=m.title, milestone_id=m.id,
                                    position=position, fields=fields),
                       lambda: _run(store, ops.delete_milestone, pid, cid, m.id))


def delete_milestone(store: Store, pid: str, cid: str, m: Milestone, position: int) -> PlanCommand:
    fields = m.model_dump(mode="json", exclude={"id", "title"})
    return PlanCommand(store, pid, f"Delete {m.id}", lambda: _run(store, ops.delete_milestone, pid, cid, m.id),
                       lambda: _run(store, ops.add_milestone, pid, cid, title=m.title, milestone_id=m.id,
                                    position=position, fields=fields))


def edit_milestone(store: Store, pid: str, cid: str, mid: str, key: str, old: Any, new: Any) -> PlanCommand:
    after = new if key == "id" else mid
    return PlanCommand(store, pid, f"Edit {mid} {key}",
                       lambda: _run(store, ops.edit_milestone, pid, cid, mid, {key: new}),
                       lambda: _run(store, ops.edit_milestone, pid, cid, after, {key: old}))


def move_milestone(store: Store, pid: str, cid: str, mid: str, old: int, new: int) -> PlanCommand:
    return PlanCommand(store, pid, f"Move {mid}", lambda: _run(store, ops.move_milestone, pid, cid, mid, new),
                       lambda: _run(store, ops.move_milestone, pid, cid, mid, old))
