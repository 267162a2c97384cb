"""Undoable edits. Every redo and undo writes through the Store, so the library's audit log
records the undo too and never disagrees with what the screen shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from ...errors import UserFacingError
from ...model import ScoreValue
from ..store import Store


class UndoTarget(Protocol):
    """Where widgets push undo steps: the window's AssessmentUndo (or a plain QUndoStack)."""

    def push(self, cmd: QUndoCommand, /) -> None: ...


class StoreCommand(QUndoCommand):
    """An undo step whose redo and undo write through the Store.

    `already_done`: the edit was made before the command was pushed, so the first redo (which
    QUndoStack.push runs) does nothing. A write the library rejects makes the command obsolete
    (QUndoStack then drops it), so a rejected edit leaves no phantom undo step; the Store has
    already told the user why.
    """

    def __init__(self, store: Store, aid: str, text: str, apply: Callable[[], None], revert: Callable[[], None],
                 *, already_done: bool = False) -> None:
        super().__init__(text)
        self.store = store
        self.aid = aid  # the assessment it changes: its undo stack is that assessment's (undo/group.py)
        self._apply, self._revert = apply, revert
        self._skip_redo = already_done

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except UserFacingError:
            self.setObsolete(True)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._run(self._apply)

    def undo(self) -> None:
        self._run(self._revert)


class SetScore(StoreCommand):
    def __init__(self, store: Store, aid: str, cid: str | None, field: str,
                 old: ScoreValue, new: ScoreValue, text: str = "") -> None:
        super().__init__(store, aid, text or f"Score {cid or 'plan'} {field}",
                         lambda: store.set_score(aid, cid, field, new), lambda: store.set_score(aid, cid, field, old))
        self.cid, self.field, self.old, self.new = cid, field, old, new


class SetJustification(StoreCommand):
    def __init__(self, store: Store, aid: str, cid: str | None, field: str,
                 old: str, new: str, text: str = "") -> None:
        super().__init__(store, aid, text or f"Justify {cid or 'plan'} {field}",
                         lambda: store.set_justification(aid, cid, field, new),
                         lambda: store.set_justification(aid, cid, field, old))
        self.cid, self.field, self.old, self.new = cid, field, old, new


class SetRevisit(StoreCommand):
    def __init__(self, store: Store, aid: str, cid: str, flag: bool, text: str = "") -> None:
        super().__init__(store, aid, text or f"Revisit {cid}",
                         lambda: store.set_revisit(aid, cid, flag), lambda: store.set_revisit(aid, cid, not flag))
        self.cid, self.flag = cid, flag


class SetGrandChallenges(StoreCommand):
    def __init__(self, store: Store, aid: str, cid: str, old: list[str], new: list[str], text: str = "") -> None:
        old, new = list(old), list(new)
        super().__init__(store, aid, text or f"Grand challenges {cid}",
                         lambda: store.set_grand_challenges(aid, cid, new),
                         lambda: store.set_grand_challenges(aid, cid, old))
        self.cid, self.old, self.new = cid, old, new
