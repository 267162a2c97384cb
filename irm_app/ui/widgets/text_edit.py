"""A plain-text editor that saves by itself: after a pause in typing and when focus leaves.

One burst of typing becomes one save (and so one undo step); Tab moves focus on instead of
inserting a tab, so the editor never traps keyboard users.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

SAVE_AFTER_MS = 800


class AutoSaveTextEdit(QPlainTextEdit):
    committed = Signal(str, str)  # old, new: emitted once per burst of typing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.saved_text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._on_changed)
        self._loading = False

    def _on_changed(self) -> None:
        if not self._loading:
            self._timer.start()

    @property
    def pending(self) -> bool:
        return self.toPlainText() != self.saved_text

    def load(self, text: str) -> None:
        """Show the stored text, unless the user has typing that is not saved yet."""
        if self.pending and self._timer.isActive():
            self.saved_text = text
            return
        self.saved_text = text
        if self.toPlainText() != text:
            self._loading = True
            self.setPlainText(text)
            self._loading = False
        # Qt turns a CR (or U+2028) into a paragraph break: what is shown counts as saved, else
        # merely viewing a text from outside would write it back changed on the next focus-out
        self.saved_text = self.toPlainText()

    def flush(self) -> None:
        """Save now if there is anything unsaved."""
        self._timer.stop()
        text = self.toPlainText()
        if text != self.saved_text:
            old, self.saved_text = self.saved_text, text
            self.committed.emit(old, text)

    def focusOutEvent(self, e: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(e)
