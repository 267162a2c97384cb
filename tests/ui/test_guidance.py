"""Issue 18, items 5 and 7: the import's result view and the Flagged values view; a compact
derived line with details on demand; empty states that say what to do; words for screen readers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel

from irm_app.ui.dialogs.import_result import ImportResultDialog

from ..conftest import LEGACY

OGP = Path(__file__).resolve().parents[1] / "data" / "ogp" / "commitments-sample.csv"


def test_import_result_lists_every_plan_and_flag(make_window, sample_library, qtbot):
    w = make_window(sample_library)
    w.import_file(OGP)
    d = w.last_dialog
    assert isinstance(d, ImportResultDialog) and d.isVisible()
    assert "2 plans added" in d.text() and "3 values flagged" in d.text()
    assert d.tabs.currentIndex() == 1 and d.tabs.tabText(1) == "Flagged values (3)"
    rows = [[d.flags.item(r, c).text() for c in range(5)] for r in range(d.flags.rowCount())]
    assert ["AP_ALB01", "AL0008", "Specificity", "Hgih",
            "not a level of 'Specificity'; kept raw, not imported as a score"] in rows
    plans = {d.plans_table.item(r, 0).text(): d.plans_table.item(r, 4).text() for r in range(d.plans_table.rowCount())}
    assert set(plans) == set(d.result_.plans_added) and len(plans) == 2 and "AP_ALB01" in plans
    assert set(plans.values()) == {"added"}
    d.close()

    # later, from the Plan menu: the same values for the plan selected
    w.tree.select_plan("AP_ALB01")
    w.actions_["flagged_values"].trigger()
    view = w.last_dialog
    assert view.isVisible() and view.table.rowCount() == 3 and "AP_ALB01" in view.windowTitle()
    view.close()
    w.tree.select_plan("AP_USA05")
    w.actions_["flagged_values"].trigger()
    empty = w.last_dialog
    assert empty.table is None
    assert any("No values were flagged" in lab.text() for lab in empty.findChildren(QLabel))


def test_derived_indicators_one_line_with_details_on_demand(make_window, scored_library, qtbot):
    lib, aid = scored_library
    w = make_window(lib)
    w.resize(1280, 720)
    w.select(aid, "US0113")
    form = w.commitments.form
    for _ in range(3):
        QApplication.processEvents()
    assert form.derived_summary.isVisible() and not form.derived.isVisible()
    summary = form.derived_summary.text()
    assert summary.startswith("<b>Derived:</b> \u2605 ") and " yes" in summary
    assert "Starred (progress report)" in form.derived_summary.toolTip()
    assert form.derived_summary.height() < form.fontMetrics().height() * 3  # one line, not the 15
    form.derived_toggle.click()
    assert form.derived.isVisible() and "Starred (progress report): <b>\u2605" in form.derived.text()
    w.commitments.select_commitment("US0114")
    assert form.derived.isVisible()  # the choice holds from commitment to commitment
    form.derived_toggle.click()
    assert not form.derived.isVisible()


def test_an_empty_table_says_why_and_what_next(make_window, scored_library, qtbot):
    lib, aid = scored_library
    w = make_window(lib)
    w.select(aid)
    w.commitments.filter_edit.setText("Executive Order 13985")  # in descriptions, not titles
    assert w.commitments.proxy.rowCount() == 0
    assert "Ctrl+K searches descriptions" in w.commitments.count_label.text()
    w.commitments.filter_edit.clear()
    assert w.commitments.count_label.text() == "36 of 36 commitments shown"


def test_screen_readers_hear_words_not_symbols(make_window, scored_library, qtbot):
    lib, aid = scored_library
    lib.set_revisit(aid, "US0115", True, who="t")
    w = make_window(lib)
    w.select(aid)
    table = w.commitments.table
    iface = QAccessible.queryAccessibleInterface(table)
    cells = [iface.child(i) for i in range(iface.childCount())]
    cells = [c for c in cells if c.role() == QAccessible.Role.Cell]
    ncols = table.model().columnCount()
    by_row = {}
    for i, c in enumerate(cells):
        by_row.setdefault(i // ncols, []).append(c.text(QAccessible.Text.Name))
    rows = {r[0]: r for r in by_row.values()}
    spoken = [t for r in rows.values() for t in r]
    assert not any(t.strip() in ("\u2713", "\u25d0", "\u2691") or t.startswith("\u2605") for t in spoken)
    done_col = 1
    assert rows["US0113"][done_col] == "started"
    assert rows["US0115"][done_col] == "started, flagged to revisit"
    assert rows["US0116"][done_col] == "not started"
    assert "not scored" in rows["US0116"] and "not enough scored yet" in rows["US0116"]
    form = lib.form(LEGACY)
    assert "yes" in rows["US0113"] or "no" in rows["US0113"], form.key
    tree = QAccessible.queryAccessibleInterface(w.tree)
    assert tree is not None and w.tree.accessibleName() == "Library: members, their plans and assessments"
