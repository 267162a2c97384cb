"""Undoable edits. Every redo and undo writes through the Store, so the library's audit log
records the undo too and never disagrees with what the screen shows."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ..library import LibraryError
from ..model import ScoreValue
from .store import Store


class _StoreCommand(QUndoCommand):
    """A command whose first redo is the edit itself; a failed first write makes it obsolete
    (QUndoStack then drops it), so a rejected edit leaves no phantom undo step."""

    def __init__(self, store: Store, text: str) -> None:
        super().__init__(text)
        self.store = store

    def _write(self, new: bool) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        try:
            self._write(True)
        except (LibraryError, ValueError, KeyError):
            self.setObsolete(True)  # the Store already reported the error

    def undo(self) -> None:
        try:
            self._write(False)
        except (LibraryError, ValueError, KeyError):
            self.setObsolete(True)


class SetScore(_StoreCommand):
    def __init__(self, store: Store, aid: str, cid: str | None, field: str,
                 old: ScoreValue, new: ScoreValue, text: str = "") -> None:
        super().__init__(store, text or f"Score {cid or 'plan'} {field}")
        self.aid, self.cid, self.field, self.old, self.new = aid, cid, field, old, new

    def _write(self, new: bool) -> None:
        self.store.set_score(self.aid, self.cid, self.field, self.new if new else self.old)


class SetJustification(_StoreCommand):
    def __init__(self, store: Store, aid: str, cid: str | None, field: str,
                 old: str, new: str, text: str = "") -> None:
        super().__init__(store, text or f"Justify {cid or 'plan'} {field}")
        self.aid, self.cid, self.field, self.old, self.new = aid, cid, field, old, new

    def _write(self, new: bool) -> None:
        self.store.set_justification(self.aid, self.cid, self.field, self.new if new else self.old)


class SetRevisit(_StoreCommand):
    def __init__(self, store: Store, aid: str, cid: str, flag: bool, text: str = "") -> None:
        super().__init__(store, text or f"Revisit {cid}")
        self.aid, self.cid, self.flag = aid, cid, flag

    def _write(self, new: bool) -> None:
        self.store.set_revisit(self.aid, self.cid, self.flag if new else not self.flag)


class SetGrandChallenges(_StoreCommand):
    def __init__(self, store: Store, aid: str, cid: str, old: list[str], new: list[str], text: str = "") -> None:
        super().__init__(store, text or f"Grand challenges {cid}")
        self.aid, self.cid, self.old, self.new = aid, cid, list(old), list(new)

    def _write(self, new: bool) -> None:
        self.store.set_grand_challenges(self.aid, self.cid, self.new if new else self.old)
