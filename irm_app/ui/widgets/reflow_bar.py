"""A filter bar that stacks when narrow: a filter box and what sits beside it (the quick-filter
list) on one line where the box keeps room for its hint, one above the other where it would not
(beside the Comments dock on a laptop the commitments' box was 70 px wide and read "Filter b…")."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLineEdit, QWidget

from .placeholder import FittingPlaceholder


class ReflowBar(QWidget):
    def __init__(self, edit: QLineEdit, *beside: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit, self.beside = edit, beside
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(edit, 1)
        for w in beside:
            self.box.addWidget(w)

    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def _edit_needs(self) -> int:
        fitter = self.edit.findChild(FittingPlaceholder)
        return fitter.needed() if fitter is not None else self.edit.minimumSizeHint().width()

    def resizeEvent(self, e: QResizeEvent) -> None:
        others = sum(w.sizeHint().width() + self.box.spacing() for w in self.beside)
        narrow = e.size().width() - others < self._edit_needs()
        want = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.box.direction() != want:
            self.box.setDirection(want)
        super().resizeEvent(e)
