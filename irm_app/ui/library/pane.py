"""The library pane: a filter box over the tree of members, plans and assessments.

The box matches members, plan ids, titles and periods, assessment titles and researchers
(every word typed, anywhere); the line under it says how many plans are shown, and what to do
when none is. Down (or Enter) in the box goes to the first plan shown; Escape clears it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ..widgets.placeholder import fit_placeholder
from .tree import LibraryTree


class LibraryPane(QWidget):
    def __init__(self, tree: LibraryTree, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPane")
        self.tree = tree
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("libraryFilter")
        self.filter_edit.setClearButtonEnabled(True)
        fit_placeholder(self.filter_edit, self.tr("Filter: member, plan, year, researcher (Ctrl+L)"),
                        self.tr("Filter the library (Ctrl+L)"))
        self.filter_edit.setAccessibleName(self.tr("Filter the library"))
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.installEventFilter(self)
        self.count = QLabel()
        self.count.setObjectName("libraryCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.filter_edit)
        lay.addWidget(tree, 1)
        lay.addWidget(self.count)
        tree.filterCleared.connect(self._cleared)
        tree.store.libraryChanged.connect(self._update_count)
        self.setTabOrder(self.filter_edit, tree)
        self._update_count()

    def _filter(self, text: str) -> None:
        self.tree.set_filter(text)
        self._update_count()

    def _cleared(self) -> None:
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self._update_count()

    def _update_count(self) -> None:
        total = self.tree.plan_count()
        shown = len(self.tree.visible_plans())
        text = self.filter_edit.text().strip()
        if not total:
            self.count.setText(self.tr("No plans yet: File > Import\u2026 (Ctrl+I) or Plan > New plan\u2026"))
        elif not shown:
            self.count.setText(self.tr("No plan matches \u201c%s\u201d. Try a member's name, a year or a plan id;"
                                       " Escape clears the filter.") % text)
        elif text:
            self.count.setText(self.tr("%d of %d plans shown") % (shown, total))
        else:
            members = self.tree.topLevelItemCount()
            self.count.setText((self.tr("1 plan") if total == 1 else self.tr("%d plans") % total) + ", "
                               + (self.tr("1 member") if members == 1 else self.tr("%d members") % members))

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._go_to_first()
                return True
            if key == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
        return super().eventFilter(watched, event)

    def _go_to_first(self) -> None:
        shown = self.tree.visible_plans()
        if shown:
            self.tree.select_plan(shown[0])
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
