"""Every item of a QTreeWidget, its children's children included: the comments view asks it to
re-wrap its rows, tests to read what a tree shows."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem


def tree_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    out: list[QTreeWidgetItem] = []
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        out.append(item)
        stack += [item.child(i) for i in range(item.childCount())]
    return out
