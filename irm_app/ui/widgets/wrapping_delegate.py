"""Rows as tall as their wrapped text: a tree's cells wrap only when the style is told the column's
width, and a tree asks its delegate for a size with none."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrappingDelegate(QStyledItemDelegate):
    """A cell's height for its text wrapped at the column's width (the style wraps only when it is
    told the width; the tree asks with none)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        tree = self.parent()
        assert isinstance(tree, QTreeView)
        width = tree.columnWidth(index.column())
        if index.column() == tree.header().logicalIndex(0):  # the branch lines take the indentation
            depth, up = 1, index.parent()
            while up.isValid():
                depth, up = depth + 1, up.parent()
            width -= depth * tree.indentation()
        opt = QStyleOptionViewItem(option)
        opt.rect = QRect(0, 0, max(width, 20), 1)
        return super().sizeHint(opt, index)
