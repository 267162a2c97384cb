"""The comments list of the Comments view: each comment wrapped on the lines it needs, the
columns fitted to the list's width (About and Status only where there is room)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ..widgets.tree_items import tree_items
from ..widgets.wrapping_delegate import WrappingDelegate

ALL_COLUMNS_FROM = 520  # px: a narrower list (the dock on a laptop) shows the comment and its author only


class CommentsTree(QTreeWidget):
    """The comments, each wrapped on as many lines as it needs (rows of uneven height): elided to one
    line the dock showed "Substantial seems generous: see …" and "Eve External (IR…". Narrow, the
    About and Status columns go (the box below the list says both) and the comment takes the rest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setItemDelegate(WrappingDelegate(self))
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setStretchLastSection(False)
        self.header().setMinimumSectionSize(60)

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self.fit_columns()

    def fit_columns(self) -> None:
        """The author's column as wide as the longest name allows (wrapped past a third of the list),
        About and Status only where there is room, the comment's text in all the rest."""
        if self.columnCount() < 4:
            return
        h = self.header()
        width = self.viewport().width()
        narrow = width < ALL_COLUMNS_FROM
        for col in (2, 3):
            self.setColumnHidden(col, narrow)
        author = max((self.fontMetrics().horizontalAdvance(it.text(1)) for it in self._items()), default=60) + 16
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(1, max(70, min(author, width // 3)))
        self.setColumnWidth(2, 110)
        self.setColumnWidth(3, 90)
        self.doItemsLayout()  # the rows' heights follow the new widths

    def _items(self) -> list[QTreeWidgetItem]:
        return tree_items(self)
