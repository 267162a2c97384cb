"""Which commitments the table shows: a text filter and one quick filter over `CommitmentsModel`."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from .columns import SORT_ROLE
from .model import CommitmentsModel

Index = QModelIndex | QPersistentModelIndex


class CommitmentsFilter(QSortFilterProxyModel):
    """Text filter over ID, title and institutions, plus one quick filter.

    Sorting is forwarded to the source model (`CommitmentsModel.sort`), which orders its rows
    with one Python sort over cached keys; the proxy itself stays unsorted and keeps the
    source's order, so neither a header click nor a keystroke sorts through Python callbacks.
    """

    QUICK = ("all", "unscored", "unjustified", "revisit", "claimed_more")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.quick = "all"
        self.text = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, CommitmentsModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def set_text(self, text: str) -> None:
        text = text.strip().casefold()
        if text == self.text:
            return
        self.beginFilterChange()
        self.text = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_quick(self, quick: str) -> None:
        if quick not in self.QUICK:
            raise ValueError(f"unknown quick filter {quick!r}")
        self.beginFilterChange()
        self.quick = quick
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CommitmentsModel):
            return True
        i = model._order[source_row]
        if self.text and self.text not in model._hay[i]:
            return False
        quick = self.quick
        if quick == "all":
            return True
        if quick == "unscored":
            return not model._flag(i, "state").scored
        if quick == "unjustified":
            return bool(model._flag(i, "unjustified"))
        if quick == "revisit":
            return model.rows[i].revisit
        if quick == "claimed_more":
            return model._flag(i, "claimed_more")
        return True
