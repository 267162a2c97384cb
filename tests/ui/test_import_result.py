"""Issue 18, item 5: the import result view (every plan, the totals, every flagged value with its
row and why) and Plan > Flagged values, each value a jump to its commitment and field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from irm_app.library import Library
from irm_app.ui.dialogs.import_result import FlaggedValuesDialog, ImportResultDialog

OGP = Path(__file__).parents[1] / "data" / "ogp" / "commitments-sample.csv"


def _imported(make_window, db_path: Path):
    lib = Library.open(db_path)
    w = make_window(lib)
    w.import_file(OGP)
    return lib, w


def test_the_result_lists_every_plan_the_totals_and_every_flagged_value(make_window, db_path):
    lib, w = _imported(make_window, db_path)
    try:
        view = w.last_dialog
        assert isinstance(view, ImportResultDialog) and view.isVisible()
        assert view.text() == "Imported commitments-sample.csv"
        ids = sorted(p.id for p in lib.plans.summaries())
        assert view.plan_list.count() == len(ids) == 2
        shown = [view.plan_list.item(i).text() for i in range(view.plan_list.count())]
        assert all(any(pid in line for line in shown) for pid in ids)
        assert "Plans: 2 (2 new, 0 updated)" in view.summary.text()
        assert "Flagged values: 3; conflicts: 0" in view.summary.text()
        assert view.tabs.currentIndex() == 1  # the flags first: they are what needs the researcher
        table = view.table
        rows = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
        assert ["AP_ALB01", "AL0008", "Specificity", "Hgih"] == rows[0][:4]
        assert "not a level of 'Specificity'" in rows[0][4]
        assert [r[3] for r in rows] == ["Hgih", "Compelte", "Majr"]
    finally:
        w.close()
        lib.close()


def test_go_to_a_flagged_value_shows_its_commitment_and_field(make_window, db_path, qtbot):
    lib, w = _imported(make_window, db_path)
    try:
        view = w.last_dialog
        view.table.selectRow(0)
        view.table.setFocus()
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
        assert w.commitments.cid == "AL0008"  # an assessment of the plan (from its earlier IRM codes)
        assert w.store.assessment(w.tree.current_assessment()).plan_id == "AP_ALB01"
        focus = QApplication.focusWidget()
        assert focus in w.commitments.form.editors["specificity"].buttons
    finally:
        w.close()
        lib.close()


def test_flagged_values_reachable_later_from_the_plan(make_window, db_path, qtbot):
    lib, w = _imported(make_window, db_path)
    try:
        w.last_dialog.close()
        aid = next(a.id for a in lib.assessments.all("AP_ALB01"))
        w.select(aid)
        w.actions_["flagged_values"].trigger()
        view = w.last_dialog
        assert isinstance(view, FlaggedValuesDialog) and view.isVisible()
        assert view.table.rowCount() == 3
        assert "flagged values 3" in view.summary.text()
        view.table.selectRow(1)
        view.go_button.click()
        assert w.commitments.cid == "AL0012"
    finally:
        w.close()
        lib.close()


def test_a_plan_without_flags_says_so(make_window, sample_library):
    w = make_window(sample_library)
    w.actions_["flagged_values"].trigger()
    view = w.last_dialog
    assert isinstance(view, FlaggedValuesDialog)
    assert view.table.isHidden() and not view.no_flags.isHidden()
    assert not view.go_button.isEnabled()
    view.close()


def test_importing_the_same_table_again_lists_each_flagged_value_once(make_window, db_path, qtbot):
    lib, w = _imported(make_window, db_path)
    try:
        w.last_dialog.close()
        w.import_file(OGP)  # the same file again: the library records its flags a second time
        assert w.last_dialog.table.rowCount() == 3  # this import's own flags
        w.last_dialog.close()
        w.select(next(a.id for a in lib.assessments.all("AP_ALB01")))
        w.actions_["flagged_values"].trigger()
        assert w.last_dialog.table.rowCount() == 3
        assert [w.last_dialog.table.item(r, 3).text() for r in range(3)] == ["Hgih", "Compelte", "Majr"]
    finally:
        w.close()
        lib.close()
