"""Undoable evidence changes: each command writes through the Store, so undo undoes in the library.

The first change happens *before* the command is pushed (see `add_evidence`, `edit_evidence`,
`remove_evidence`): a library error then reaches the caller as an exception and nothing lands
on the undo stack. Later undo/redo replay the change with the Store; an error there is already
reported by `Store.failed`, and the command marks itself obsolete so the stack drops it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..library import LibraryError
from ..model import EvidenceItem
from .store import Store

EDITABLE = ("title", "kind", "date", "url", "notes", "commitment_ids")
"""What Library.update_evidence can set; the attached file goes by `file=` instead."""


def _short(title: str) -> str:
    return title if len(title) <= 40 else title[:39] + "…"


def put_evidence(store: Store, target: EvidenceItem) -> None:
    """Make the stored item equal `target` (same id), whatever it holds now.

    Library.update_evidence cannot set an attached file back to an earlier one, so when the
    file differs the item is removed and restored as `target` (same id, same links).
    """
    current = store.library.evidence_item(target.id)
    if (current.file_sha256, current.file_name) != (target.file_sha256, target.file_name):
        store.remove_evidence(target.id)
        store.restore_evidence(target)
    else:
        store.update_evidence(target.id, **{k: getattr(target, k) for k in EDITABLE})


class _EvidenceCommand(QUndoCommand):
    """Skips the first redo (the change is already made) and turns errors into obsolescence."""

    def __init__(self, store: Store, text: str) -> None:
        super().__init__(text)
        self.store = store
        self._first = True

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except (LibraryError, ValueError, KeyError):  # Store.failed has told the user
            self.setObsolete(True)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class AddEvidence(_EvidenceCommand):
    """Undo removes the item; redo restores it with the same id (so links and ids stay stable)."""

    def __init__(self, store: Store, item: EvidenceItem) -> None:
        super().__init__(store, store.tr("Add evidence “%s”") % _short(item.title))
        self.item = item

    def _undo(self) -> None:
        self.store.remove_evidence(self.item.id)

    def _redo(self) -> None:
        self.store.restore_evidence(self.item)


class EditEvidence(_EvidenceCommand):
    def __init__(self, store: Store, before: EvidenceItem, after: EvidenceItem, text: str = "") -> None:
        super().__init__(store, text or store.tr("Edit evidence “%s”") % _short(after.title))
        self.before = before
        self.after = after

    def _undo(self) -> None:
        put_evidence(self.store, self.before)

    def _redo(self) -> None:
        put_evidence(self.store, self.after)


class RemoveEvidence(_EvidenceCommand):
    """Undo restores the removed item with its id, file and links."""

    def __init__(self, store: Store, item: EvidenceItem) -> None:
        super().__init__(store, store.tr("Remove evidence “%s”") % _short(item.title))
        self.item = item

    def _undo(self) -> None:
        self.store.restore_evidence(self.item)

    def _redo(self) -> None:
        self.store.remove_evidence(self.item.id)


# -- what the widgets call: do the change, then push its command ------------------------------


def add_evidence(stack: QUndoStack, store: Store, aid: str, **fields: Any) -> EvidenceItem:
    """Add an item (fields as Library.add_evidence minus `who`) and push the undo step."""
    item = store.add_evidence(aid, **fields)
    stack.push(AddEvidence(store, item))
    return item


def edit_evidence(
    stack: QUndoStack, store: Store, evidence_id: str, *, file: Path | None = None, text: str = "", **changes: Any
) -> EvidenceItem:
    """Change an item (as Library.update_evidence); pushes nothing when nothing changed."""
    before = store.library.evidence_item(evidence_id)
    kw: dict[str, Any] = dict(changes)
    if file is not None:
        kw["file"] = file
    after = store.update_evidence(evidence_id, **kw)
    if after != before:
        stack.push(EditEvidence(store, before, after, text))
    return after


def remove_evidence(stack: QUndoStack, store: Store, evidence_id: str) -> EvidenceItem:
    item = store.remove_evidence(evidence_id)
    stack.push(RemoveEvidence(store, item))
    return item


def link_evidence(stack: QUndoStack, store: Store, evidence_id: str, commitment_ids: list[str]) -> EvidenceItem:
    """Set the commitments an item supports, as one undo step named for what it does."""
    item = store.library.evidence_item(evidence_id)
    text = store.tr("Link evidence “%s”") % _short(item.title)
    return edit_evidence(stack, store, evidence_id, text=text, commitment_ids=commitment_ids)
