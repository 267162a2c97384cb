"""The comments list of the Comments view: each comment wrapped on the lines it needs, the
columns fitted to the list's width (About and Status only where there is room)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

ALL_COLUMNS_FROM = 520  # px: a narrower list (the dock on a laptop) shows the comment and its author only


class WrappingDelegate(QStyledItemDelegate):
    """A cell's height for its text wrapped at the column's width (the style wraps only when it is
    told the width; the tree asks with none)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        tree = self.parent()
        assert isinstance(tree, QTreeWidget)
        width = tree.columnWidth(index.column())
        if index.column() == tree.header().logicalIndex(0):  # the branch lines take the indentation
            depth, up = 1, index.parent()
            while up.isValid():
                depth, up = depth + 1, up.parent()
            width -= depth * tree.indentation()
        opt = QStyleOptionViewItem(option)
        opt.rect = QRect(0, 0, max(width, 20), 1)
        return super().sizeHint(opt, index)


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
        out: list[QTreeWidgetItem] = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            it = stack.pop()
            out.append(it)
            stack += [it.child(i) for i in range(it.childCount())]
        return out
