"""A word-wrapped label that keeps the height its text needs at its current width.

A wrapped QLabel's height is settled by the layout once; a longer text, or a pane made narrower,
later cut its last lines (the derived-indicator line showed 2 of 15 lines at 1280x720)."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def hasHeightForWidth(self) -> bool:
        """No: the label sets its own (fixed) height for its width. Layouts that asked QLabel's
        height-for-width kept an answer from an earlier width in their cache, and at times placed
        the widgets below at a one-line height: in a short pane the derived line's last lines were
        drawn under the "Verifiability" heading (one start in two)."""
        return False

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit_height()

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._fit_height()

    def _fit_height(self) -> None:
        old = self.minimumHeight()
        self.setMinimumHeight(0)  # QLabel.heightForWidth answers at least the minimum height
        need = self.heightForWidth(max(self.width(), 1))
        if need <= 0:
            self.setMinimumHeight(old)
        elif need != self.maximumHeight() or need != old:
            self.setFixedHeight(need)  # fixed: no spare height left around the text either
        else:
            self.setMinimumHeight(old)
