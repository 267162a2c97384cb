"""Undoable evidence changes: each command writes through the Store, so undo undoes in the library.

The first change happens *before* the command is pushed (see `add_evidence`, `edit_evidence`,
`remove_evidence`): a library error then reaches the caller as an exception and nothing lands
on the undo stack. Later undo/redo replay the change with the Store; an error there is already
reported by `Store.failed`, and the command marks itself obsolete so the stack drops it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...model import EvidenceItem
from ..store import Store
from ..undo.commands import StoreCommand, UndoTarget

EDITABLE = ("title", "kind", "date", "url", "notes", "commitment_ids")
"""What an edit of an evidence item may change besides its attached file."""


def _short(title: str) -> str:
    return title if len(title) <= 40 else title[:39] + "…"


def put_evidence(store: Store, target: EvidenceItem) -> None:
    """Make the stored item equal `target` (same id), its attached file included."""
    changes = {k: getattr(target, k) for k in EDITABLE}
    store.update_evidence(target.id, file_sha256=target.file_sha256, file_name=target.file_name, **changes)


class AddEvidence(StoreCommand):
    """Undo removes the item; redo restores it with the same id (so links and ids stay stable)."""

    def __init__(self, store: Store, item: EvidenceItem) -> None:
        super().__init__(store, item.assessment_id, QCoreApplication.translate("Store", "Add evidence “%s”") % _short(item.title),
                         lambda: store.restore_evidence(item), lambda: store.remove_evidence(item.id),
                         already_done=True)
        self.item = item


class EditEvidence(StoreCommand):
    def __init__(self, store: Store, before: EvidenceItem, after: EvidenceItem, text: str = "") -> None:
        super().__init__(store, after.assessment_id, text or QCoreApplication.translate("Store", "Edit evidence “%s”") % _short(after.title),
                         lambda: put_evidence(store, after), lambda: put_evidence(store, before),
                         already_done=True)
        self.before = before
        self.after = after


class RemoveEvidence(StoreCommand):
    """Undo restores the removed item with its id, file and links."""

    def __init__(self, store: Store, item: EvidenceItem) -> None:
        super().__init__(store, item.assessment_id, QCoreApplication.translate("Store", "Remove evidence “%s”") % _short(item.title),
                         lambda: store.remove_evidence(item.id), lambda: store.restore_evidence(item),
                         already_done=True)
        self.item = item


# -- what the widgets call: do the change, then push its command ------------------------------


def add_evidence(stack: UndoTarget, store: Store, aid: str, **fields: Any) -> EvidenceItem:
    """Add an item (fields as Library.evidence.add_evidence minus `who`) and push the undo step."""
    item = store.add_evidence(aid, **fields)
    stack.push(AddEvidence(store, item))
    return item


def edit_evidence(
    stack: UndoTarget, store: Store, evidence_id: str, *, file: Path | None = None, text: str = "", **changes: Any
) -> EvidenceItem:
    """Change an item (as Library.evidence.update_evidence); pushes nothing when nothing changed."""
    before = store.evidence_item(evidence_id)
    kw: dict[str, Any] = dict(changes)
    if file is not None:
        kw["file"] = file
    after = store.update_evidence(evidence_id, **kw)
    if after != before:
        stack.push(EditEvidence(store, before, after, text))
    return after


def remove_evidence(stack: UndoTarget, store: Store, evidence_id: str) -> EvidenceItem:
    item = store.remove_evidence(evidence_id)
    stack.push(RemoveEvidence(store, item))
    return item


def link_evidence(stack: UndoTarget, store: Store, evidence_id: str, commitment_ids: list[str]) -> EvidenceItem:
    """Set the commitments an item supports, as one undo step named for what it does."""
    item = store.evidence_item(evidence_id)
    text = QCoreApplication.translate("Store", "Link evidence “%s”") % _short(item.title)
    return edit_evidence(stack, store, evidence_id, text=text, commitment_ids=commitment_ids)
