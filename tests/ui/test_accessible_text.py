"""Issue 18, guidance: what a screen reader is told, read through Qt's accessibility interfaces of
the real widgets: a cell says its field, its level and its commitment, never a bare symbol."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QTableView

from irm_app.ui.commitments.model import COMPLETE, PARTIAL, STAR

NAME = QAccessible.Text.Name
DESCRIPTION = QAccessible.Text.Description


def _cells(table: QTableView) -> dict[tuple[int, int], str]:
    """(row, column) -> the accessible name of each cell, as the table's accessible children report it."""
    iface = QAccessible.queryAccessibleInterface(table)
    columns = table.model().columnCount()
    out = {}
    for n in range(iface.childCount()):
        child = iface.child(n)
        if child.role() == QAccessible.Role.Cell:
            k = len(out)
            out[(k // columns, k % columns)] = child.text(NAME)
    return out


def _column(table: QTableView, label: str) -> int:
    model = table.model()
    return next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == label)


def test_score_cells_say_field_level_and_commitment(make_window, scored_library):
    w = make_window(scored_library.lib)
    table = w.commitments.table
    cells = _cells(table)
    assert len(cells) == 36 * table.model().columnCount()
    spec = _column(table, "Specificity")
    assert cells[(0, spec)] == "Specificity: High, commitment US0113"
    assert cells[(2, spec)] == "Specificity: Low, commitment US0115"
    assert cells[(3, spec)] == "Specificity: not scored, commitment US0116"
    assert cells[(0, 0)] == "Commitment US0113"
    spoken = " ".join(cells.values())
    for symbol in (COMPLETE, PARTIAL, STAR, "\u2691"):
        assert symbol not in spoken  # the table shows these; a screen reader hears words
    done = cells[(0, _column(table, "Done"))]
    assert done.startswith("Done: ") and done.endswith("commitment US0113")
    assert cells[(5, _column(table, "Done"))] == "Done: not started, commitment US0118"


def test_derived_cells_are_words(make_window, scored_library):
    w = make_window(scored_library.lib)
    table = w.commitments.table
    form = w.store.form(w.store.assessment(scored_library.assessment_id).form)
    cells = _cells(table)
    shown = table.model()
    for d in form.derived:
        col = next(c for c in range(shown.columnCount()) if w.commitments.model.column_key(c) == ("derived", d.key))
        text = shown.index(0, col).data()
        expected = {STAR + " yes": "yes", "no": "no", "": "not yet determined"}[text]
        assert cells[(0, col)] == f"{d.label}: {expected}, commitment US0113"


def test_level_buttons_and_main_controls_have_names(make_window, scored_library):
    w = make_window(scored_library.lib)
    page = w.commitments
    spec = page.form.editors["specificity"]
    high = next(b for b in spec.buttons if b.property("level") == "high")
    iface = QAccessible.queryAccessibleInterface(high)
    assert iface.text(NAME) == "Specificity: High"
    assert iface.text(DESCRIPTION) == spec.field.level("high").definition
    assert iface.role() == QAccessible.Role.RadioButton and iface.state().checked
    quick = QAccessible.queryAccessibleInterface(page.quick)
    assert quick.text(NAME) == "All commitments"  # a combo box is read as its choice, then what it is for
    assert quick.text(DESCRIPTION) == "Which commitments the table lists"
    for widget, name in ((page.filter_edit, "Filter commitments"), (page.table, "Commitments"),
                         (w.tree, "Library: members, their plans and assessments"), (page.definitions_button, "Show definitions"),
                         (page.form.derived, "Derived indicators"), (page.revisit, "Revisit later")):
        assert QAccessible.queryAccessibleInterface(widget).text(NAME) == name
    assert "derived indicators" in QAccessible.queryAccessibleInterface(page.table).text(DESCRIPTION)
