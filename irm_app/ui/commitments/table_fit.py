"""The commitments table's column widths: fixed columns by kind, a form field's by its label, and
the Title column taking the slack so the table's first screen ends on a column's edge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from .model import CommitmentsModel

HEADER_MAX = 180  # px: a longer field label wraps (WrappingHeader), its full name is in the header's tooltip
TITLE_WIDTH, TITLE_MIN = 240, 120  # px: the Title column where there is room, and at the least


def fit_columns(table: QTableView, model: CommitmentsModel) -> None:
    """Each column as wide as its kind needs; a form field's as its label, within reason."""
    h = table.horizontalHeader()
    widths = {"id": 66, "title": TITLE_WIDTH, "theme": 160, "lead": 170}
    for col in range(model.columnCount()):
        kind, key = model.column_key(col)
        if kind == "fixed":
            h.resizeSection(col, widths[key])
        elif kind == "state":
            h.resizeSection(col, 50)
        else:  # wide enough for the form's label ("High completion"), within reason
            text = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            h.resizeSection(col, max(96, min(HEADER_MAX, h.fontMetrics().horizontalAdvance(text) + 30)))
    fit_title(table, model)


def fit_title(table: QTableView, model: CommitmentsModel) -> None:
    """The table's first screen ends on a column's edge: the Title column (240 px, less where
    the table is narrow, at least 120) takes the slack, so no column is cut at the table's edge
    (the Comments dock open on a laptop cut the Title; Spanish at 1280x720 cut "Verificable",
    Arabic, right to left, "ifiable"). The columns past the edge are reached by scrolling."""
    h = table.horizontalHeader()
    try:
        col = model.column_of("fixed", "title")
    except ValueError:
        return
    shown = sorted((c for c in range(h.count()) if not h.isSectionHidden(c)), key=h.visualIndex)
    at = shown.index(col) if col in shown else -1
    if at < 0:
        return
    room = table.viewport().width() - sum(h.sectionSize(c) for c in shown[:at])
    title = used = max(TITLE_MIN, min(TITLE_WIDTH, room))
    for c in shown[at + 1:]:
        if used + h.sectionSize(c) > room:
            break
        used += h.sectionSize(c)
    h.resizeSection(col, max(TITLE_MIN, title + room - used))
