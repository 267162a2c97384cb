"""The main window as a researcher uses it: first run, scoring by mouse and keyboard, undo,
filtering, importing. Every check reads the library itself, not just the screen."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from irm_app.library import Library

CID = "US0120"


def editor(w, field):
    return w.commitments.form.editors[field]


def click(qtbot, button):
    """Click on the indicator, where a user aims (a radio's hit area is its circle and label)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def test_first_run_offers_the_sample_and_one_click_loads_it(make_window, db_path: Path, qtbot):
    lib = Library.open(db_path)
    try:
        w = make_window(lib)
        assert w.stack.currentWidget() is w.welcome
        w.welcome.select_form("irm-action-plan-review-2021")
        w.welcome.researcher.setText("Ana")
        qtbot.mouseClick(w.welcome.sample_button, Qt.MouseButton.LeftButton)
        [plan] = lib.plans.summaries()
        [a] = lib.assessments.all(plan.id)
        assert a.form == "irm-action-plan-review-2021" and a.researcher == "Ana"
        assert w.stack.currentWidget() is w.tabs
        assert w.tree.current_assessment() == a.id
        assert w.commitments.proxy.rowCount() == plan.commitments == 36
        first = lib.plans.commitments(plan.id)[0]
        assert w.commitments.cid == first.id and first.title in w.commitments.text.toPlainText()
        assert "0/36" in w.tree.currentItem().text(1)
    finally:
        lib.close()


def test_score_with_the_mouse(make_window, scored_library, qtbot):
    lib, aid = scored_library
    w = make_window(lib)
    assert w.commitments.select_commitment(CID)
    ed = editor(w, "specificity")
    click(qtbot, ed.buttons[2])
    form = lib.forms.get(lib.assessments.assessment(aid).form)
    assert lib.scores.score(aid, CID, "specificity").value == form.field("specificity").levels[2].key
    assert w.saved_label.text().startswith("Saved ")
    row = w.commitments.model.row_of(CID)
    col = w.commitments.model.column_of("field", "specificity")
    assert w.commitments.model.index(row, col).data() == form.field("specificity").levels[2].label
    # a flag field: ticking two boxes records both
    rel = editor(w, "relevance")
    click(qtbot, rel.buttons[0])
    click(qtbot, rel.buttons[2])
    keys = form.field("relevance").level_keys
    assert lib.scores.score(aid, CID, "relevance").value == [keys[0], keys[2]]
    # revisit later
    click(qtbot, w.commitments.revisit)
    assert lib.scores.commitment_states(aid)[CID].revisit


def test_score_with_the_keyboard(make_window, scored_library, qtbot):
    lib, aid = scored_library
    w = make_window(lib)
    assert w.commitments.select_commitment("US0119")
    w.commitments.table.setFocus()
    qtbot.keyClick(w.commitments.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert w.commitments.cid == CID
    ed = editor(w, "potential_impact")
    ed.buttons[0].setFocus()
    qtbot.keyClick(ed.buttons[0], Qt.Key.Key_4)
    form = lib.forms.get(lib.assessments.assessment(aid).form)
    assert lib.scores.score(aid, CID, "potential_impact").value == form.field("potential_impact").levels[3].key
    assert "potential_impact".replace("_", " ").split()[0].title() in w.commitments.form.help.toPlainText()
    # typing a justification saves once, when focus leaves (one undo step for the burst)
    just = ed.justification
    just.setFocus()
    qtbot.keyClicks(just, "Plan text, milestones")
    assert lib.scores.score(aid, CID, "potential_impact").justification == ""
    depth = w.undo_stack.count()
    qtbot.keyClick(just, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not just
    assert lib.scores.score(aid, CID, "potential_impact").justification == "Plan text, milestones"
    assert w.undo_stack.count() == depth + 1
    # Ctrl+Up goes back
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert w.commitments.cid == "US0119"


def test_justification_saves_after_typing_stops(make_window, scored_library, qtbot):
    lib, aid = scored_library
    w = make_window(lib)
    w.commitments.select_commitment(CID)
    just = editor(w, "specificity").justification
    just.setFocus()
    qtbot.keyClicks(just, "Milestones are dated")
    qtbot.waitUntil(lambda: lib.scores.score(aid, CID, "specificity") is not None, timeout=3000)
    assert lib.scores.score(aid, CID, "specificity").justification == "Milestones are dated"


def test_undo_and_redo_write_through_the_library(make_window, scored_library, qtbot):
    lib, aid = scored_library
    w = make_window(lib)
    w.commitments.select_commitment("US0113")
    before = lib.scores.score(aid, "US0113", "specificity").value
    ed = editor(w, "specificity")
    click(qtbot, ed.buttons[0])
    after = lib.scores.score(aid, "US0113", "specificity").value
    assert after != before
    w.actions_["undo"].trigger()
    assert lib.scores.score(aid, "US0113", "specificity").value == before
    assert ed.buttons[ed.field.level_keys.index(before)].isChecked()
    w.actions_["redo"].trigger()
    assert lib.scores.score(aid, "US0113", "specificity").value == after
    trail = [(e.action, e.old, e.new) for e in lib.history.audit(aid) if e.field == "specificity" and e.commitment_id == "US0113"]
    b, a = json.dumps(before), json.dumps(after)
    assert trail[-3:] == [("score", b, a), ("score", a, b), ("score", b, a)]
    assert w.actions_["undo"].shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in w.actions_["redo"].shortcuts()]


def test_filter_box_and_quick_filter(make_window, scored_library, qtbot):
    lib, _aid = scored_library
    w = make_window(lib)
    w.actions_["find"].trigger()
    assert QApplication.focusWidget() is w.commitments.filter_edit
    qtbot.keyClicks(w.commitments.filter_edit, "us0131")
    assert w.commitments.proxy.rowCount() == 1
    assert "1 of 36" in w.commitments.count_label.text()
    w.commitments.filter_edit.clear()
    w.commitments.quick.setCurrentIndex(w.commitments.quick.findData("unjustified"))
    assert w.commitments.proxy.rowCount() == 1


def test_a_field_that_does_not_apply_is_disabled_with_its_reason(make_window, sample_library, qtbot):
    lib = sample_library
    a = lib.assessments.create_assessment("AP_USA05", "irm-action-plan-review-2021", researcher="Ana", who="Ana")
    w = make_window(lib)
    w.tree.select_assessment(a.id)
    w.commitments.select_commitment(CID)
    form = lib.forms.get(a.form)
    rel = editor(w, "relevance")
    assert rel.buttons[0].isEnabled()
    no = form.field("verifiable").level_keys.index("no")
    click(qtbot, editor(w, "verifiable").buttons[no])
    assert not rel.buttons[0].isEnabled()
    assert form.applies("relevance", {"verifiable": "no"}) in rel.reason.text()


def test_import_of_a_bad_file_shows_an_error_and_changes_nothing(make_window, scored_library, tmp_path: Path):
    lib, aid = scored_library
    w = make_window(lib)
    bad = tmp_path / "plan.json"
    bad.write_text('{"format": "irm-plan/1", "plan": {"id": "X"', encoding="utf-8")
    before = (len(lib.plans.summaries()), len(lib.history.audit()))
    w.import_file(bad)
    box = w.last_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.windowTitle() == "Import failed"
    assert "plan.json" in box.text() and "\n" not in box.text()
    assert box.detailedText()
    assert (len(lib.plans.summaries()), len(lib.history.audit())) == before
    box.close()


def test_import_shows_the_report(make_window, sample_library):
    from irm_app.paths import sample_plan

    w = make_window(sample_library)
    w.import_file(sample_plan())
    box = w.last_dialog
    assert box.windowTitle() == "Import report" and "us-nap5-2022.json" in box.text()
    assert "updated plan AP_USA05" in box.detailedText()
    box.close()


def test_window_state_persists_across_windows(make_window, scored_library, qtbot):
    lib, _aid = scored_library
    w1 = make_window(lib)
    w1.resize(760, 590)  # the offscreen screen is 800x800; geometry is clamped to it
    w1.splitter.setSizes([210, 540])
    sizes = w1.splitter.sizes()
    w1.close()
    w2 = make_window(lib)
    assert (w2.width(), w2.height()) == (760, 590)
    assert w2.splitter.sizes() == sizes
    from irm_app.ui.window_state import recent_libraries

    assert recent_libraries(w2.settings)[0] == lib.path.resolve()


def test_every_input_has_an_accessible_name(make_window, scored_library):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

    lib, _aid = scored_library
    w = make_window(lib)
    w.commitments.select_commitment(CID)
    unnamed = [
        type(x).__name__ + ":" + x.objectName()
        for kind in (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit)
        for x in w.commitments.findChildren(kind)
        if x.isVisible() and not x.accessibleName() and not (isinstance(x, QAbstractButton) and x.text())
    ]
    assert unnamed == []


def test_about_names_the_versions(make_window, scored_library):
    import platform

    from PySide6.QtCore import qVersion

    w = make_window(scored_library.lib)
    w.actions_["about"].trigger()
    assert qVersion() in w.last_dialog.text() and platform.python_version() in w.last_dialog.text()
    w.last_dialog.close()


def test_dropping_a_plan_file_on_the_window_imports_it(make_window, db_path: Path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from irm_app.paths import sample_plan

    lib = Library.open(db_path)
    try:
        w = make_window(lib)
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(sample_plan()))])
        event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
        w.dropEvent(event)
        assert [p.id for p in lib.plans.summaries()] == ["AP_USA05"]
        assert w.last_dialog.windowTitle() == "Import report"
        assert w.stack.currentWidget() is w.no_assessment  # next step offered: create an assessment
        w.last_dialog.close()
    finally:
        lib.close()


def test_plan_level_fields_score_the_plan(make_window, scored_library, qtbot):
    lib, aid = scored_library
    w = make_window(lib)
    w.actions_["tab1"].trigger()
    form = lib.forms.get(lib.assessments.assessment(aid).form)
    first = form.plan_fields[0]
    ed = w.plan_page.form.editors[first.key]
    click(qtbot, ed.buttons[1])
    assert lib.scores.score(aid, None, first.key).value == first.levels[1].key
    assert w.commitments.form.editors.keys().isdisjoint(w.plan_page.form.editors.keys())


def test_a_sorted_table_shows_and_scores_the_commitment_selected(make_window, scored_library, qtbot):
    """The table sorts in its source model: the row picked is the commitment shown and scored."""
    lib, aid = scored_library
    w = make_window(lib)
    page = w.commitments
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    page.select_row(0)
    last = lib.plans.commitments(lib.assessments.assessment(aid).plan_id)[-1]
    assert page.cid == last.id and last.title in page.text.toPlainText()
    click(qtbot, editor(w, "specificity").buttons[1])
    assert lib.scores.score(aid, last.id, "specificity") is not None
    assert page.model.index(page.model.row_of(last.id), page.model.column_of("field", "specificity")).data()
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert page.cid == last.id and page.table.currentIndex().row() == page.proxy.rowCount() - 1
