"""The evidence rows of a commitment's panel: kind (icon + label), title, date, URL and attached
file, each row's tooltip the title, notes and the commitments it supports."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from ...model import EvidenceItem
from ..scripts import shown, tooltip
from .dialog import kind_label

KIND_ICONS: dict[str, QStyle.StandardPixmap] = {
    "document": QStyle.StandardPixmap.SP_FileIcon,
    "interview": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "website": QStyle.StandardPixmap.SP_DriveNetIcon,
    "observation": QStyle.StandardPixmap.SP_FileDialogContentsView,
}
# Marked for lupdate in EvidenceTree's context; the tree translates them with self.tr.
COLUMNS = (QT_TRANSLATE_NOOP("EvidenceTree", "Kind"), QT_TRANSLATE_NOOP("EvidenceTree", "Title"),
           QT_TRANSLATE_NOOP("EvidenceTree", "Date"), QT_TRANSLATE_NOOP("EvidenceTree", "URL"),
           QT_TRANSLATE_NOOP("EvidenceTree", "File"))
ID_ROLE = Qt.ItemDataRole.UserRole


class EvidenceTree(QTreeWidget):
    """Evidence items as rows: kind (icon + label), title, date, URL, attached file."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setColumnCount(len(COLUMNS))
        self.setHeaderLabels([self.tr(c) for c in COLUMNS])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 130)
        header.resizeSection(4, 110)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """The title keeps at least half the width: URL and file shrink first (their text is in the
        tooltip), so a narrow pane never squeezes the title to two letters."""
        super().resizeEvent(event)
        header = self.header()
        free = self.viewport().width() - header.sectionSize(0) - header.sectionSize(2)
        side = max(40, min(130, (free - max(120, free // 2)) // 2))
        header.resizeSection(3, side)
        header.resizeSection(4, side)

    def show_items(self, items: list[EvidenceItem], linked_text: Callable[[EvidenceItem], str]) -> None:
        keep = self.selected_id()
        self.clear()
        style = self.style()
        for e in items:
            row = QTreeWidgetItem([kind_label(e.kind), shown(e.title), shown(e.date or ""), shown(e.url or ""),
                                   shown(e.file_name or "")])
            row.setIcon(0, style.standardIcon(KIND_ICONS.get(e.kind, QStyle.StandardPixmap.SP_FileIcon)))
            row.setData(0, ID_ROLE, e.id)
            tip = tooltip(e.title + (f"\n\n{e.notes}" if e.notes else "") + f"\n\n{linked_text(e)}")
            for col in range(len(COLUMNS)):
                row.setToolTip(col, tip)
            if e.file_sha256:
                row.setToolTip(4, tooltip(f"{e.file_name}\nSHA-256 {e.file_sha256}"))
            self.addTopLevelItem(row)
            if e.id == keep:
                self.setCurrentItem(row)

    def selected_id(self) -> str | None:
        item = self.currentItem()
        return item.data(0, ID_ROLE) if item is not None and item.isSelected() else None

    def select_id(self, evidence_id: str) -> bool:
        for i in range(self.topLevelItemCount()):
            row = self.topLevelItem(i)
            if row.data(0, ID_ROLE) == evidence_id:
                self.setCurrentItem(row)
                return True
        return False

    def ids(self) -> list[str]:
        return [self.topLevelItem(i).data(0, ID_ROLE) for i in range(self.topLevelItemCount())]
