"""Issue 18, item 4: the search box (Ctrl+K) over every text, hits that go where they are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from irm_app.ui.search.panel import snippet_html

from ..conftest import PLAN_ID


def _search(w, qtbot, text: str, *, scope: str = "assessment"):
    w.actions_["search"].trigger()
    panel = w.search
    assert w.search_dock.isVisible() and panel.box.hasFocus()
    panel.scope.setCurrentIndex(panel.scope.findData(scope))
    panel.box.clear()
    qtbot.keyClicks(panel.box, text)
    qtbot.keyClick(panel.box, Qt.Key.Key_Return)  # now, not after the pause
    return panel


def test_ctrl_k_finds_a_phrase_and_enter_goes_to_its_commitment(make_window, scored_library, qtbot):
    lib, aid = scored_library
    w = make_window(lib)
    w.select(aid, "US0114")
    panel = _search(w, qtbot, "Executive Order 13985")
    rows = [panel.results.topLevelItem(i) for i in range(panel.results.topLevelItemCount())]
    assert len(rows) >= 3 and "match" in panel.status.text()
    assert any(r.text(0) == "US0128 \u00b7 Description" for r in rows)
    assert all("Executive Order 13985" in r.text(1) for r in rows)  # the words, not the marks
    assert panel.results.hasFocus() and panel.results.currentItem() is rows[0]
    target = next(r for r in rows if r.text(0) == "US0128 \u00b7 Description")
    panel.results.setCurrentItem(target)
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert w.commitments.cid == "US0128" and w.tabs.currentIndex() == 0
    assert w.tree.current_assessment() == aid  # the plan's text opens in the assessment shown


def test_a_justification_hit_focuses_its_box_even_when_the_table_is_filtered(make_window, scored_library, qtbot):
    lib, aid = scored_library
    lib.scores.set_justification(aid, "US0115", "specificity", "the quokka register", who="t")
    w = make_window(lib)
    w.select(aid, "US0113")
    w.commitments.filter_edit.setText("US0113")  # US0115 hidden
    panel = _search(w, qtbot, "quokka")
    assert panel.results.topLevelItemCount() == 1
    assert panel.results.topLevelItem(0).text(0).startswith("US0115 \u00b7 Justification: ")
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert w.commitments.cid == "US0115"
    box = w.commitments.form.editors["specificity"].justification
    qtbot.waitUntil(box.hasFocus)
    assert box.toPlainText() == "the quokka register"


def test_no_matches_says_so_and_hostile_text_is_words(make_window, scored_library, qtbot):
    lib, aid = scored_library
    w = make_window(lib)
    w.select(aid)
    panel = _search(w, qtbot, 'NEAR("census" *')
    assert panel.results.topLevelItemCount() == 0
    assert panel.status.text().startswith("No matches for \u201cNEAR(\"census\" *\u201d")
    qtbot.keyClick(panel.box, Qt.Key.Key_Escape)  # clears the box
    assert panel.box.text() == "" and w.search_dock.isVisible()
    panel.run()
    assert "Type words" in panel.status.text()  # the empty state says what to do
    qtbot.keyClick(panel.box, Qt.Key.Key_Escape)  # in an empty box: closes, back to the table
    assert not w.search_dock.isVisible() and w.commitments.table.hasFocus()


def test_scope_all_plans_and_a_plan_without_assessments(make_window, scored_library, qtbot):
    lib, aid = scored_library
    from ..many_plans import many_plans

    lib.imports.import_bundle(many_plans(3), who="t")
    w = make_window(lib)
    w.select(aid)
    mine = _search(w, qtbot, "Executive Order 13985").results.topLevelItemCount()
    panel = _search(w, qtbot, "Executive Order 13985", scope="library")
    assert panel.results.topLevelItemCount() == 4 * mine
    other = next(panel.results.topLevelItem(i) for i in range(panel.results.topLevelItemCount())
                 if panel.results.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).plan_id != PLAN_ID)
    panel.results.setCurrentItem(other)
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert w.stack.currentWidget() is w.no_assessment  # that plan has none: its page says what to do


def test_snippets_are_text_not_markup():
    html = snippet_html("<img src=file:///etc/passwd> \ue000zebra\ue001 & co")
    assert "<img" not in html and "&lt;img src=file:///etc/passwd&gt;" in html
    assert "zebra</b>" in html and "&amp; co" in html
