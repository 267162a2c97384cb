"""Undo scoped to the assessment in view: one QUndoStack per assessment, in one QUndoGroup.

Ctrl+Z while viewing one assessment must never change another one the researcher cannot see.
Each command carries its assessment id and lands on that assessment's stack (so a justification
flushed while switching away still goes to the assessment it was typed in); the group's active
stack, which the Undo and Redo actions follow, is the stack of the assessment shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoGroup, QUndoStack

TYPE_CHECKING = False  # the commands import the Store (and the library): not for the window's frame
if TYPE_CHECKING:
    from .commands import StoreCommand


class AssessmentUndo(QUndoGroup):
    """What the widgets push undo steps to: `push(command)` routes by `command.aid`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stacks: dict[str, QUndoStack] = {}
        self._none = QUndoStack(self)  # active while no assessment is shown: nothing to undo
        self.addStack(self._none)
        self.setActiveStack(self._none)

    def stack(self, aid: str) -> QUndoStack:
        """The assessment's own stack, made on first use."""
        stack = self._stacks.get(aid)
        if stack is None:
            stack = self._stacks[aid] = QUndoStack(self)
            self.addStack(stack)
        return stack

    def push(self, command: StoreCommand) -> None:
        self.stack(command.aid).push(command)

    def show(self, aid: str | None) -> None:
        """Undo and Redo now act on this assessment (None: on nothing)."""
        self.setActiveStack(self.stack(aid) if aid else self._none)

    def current(self) -> QUndoStack:
        """The stack Undo and Redo act on."""
        return self.activeStack() or self._none

    def clear(self) -> None:
        """Forget every step (another library was opened: its steps mean nothing here)."""
        self.setActiveStack(self._none)
        for stack in self._stacks.values():
            self.removeStack(stack)
            stack.deleteLater()
        self._stacks.clear()
