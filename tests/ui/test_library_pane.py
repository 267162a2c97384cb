"""Issue 18, item 3: a library of two hundred plans, grouped by OGP member, with a filter box,
counts, the keyboard, the last assessment reopened and the selection kept after an import."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication

from irm_app.importers.registry import read_import
from irm_app.library import Library
from irm_app.methodology.completeness import CompletenessRule
from irm_app.paths import sample_plan

from ..conftest import LEGACY, PLAN_ID
from ..many_plans import COUNTRIES, LOCALS, many_plans


@pytest.fixture
def big(db_path):
    lib = Library.open(db_path)
    lib.imports.import_bundle(many_plans(200), who="t")
    lib.imports.import_bundle(read_import(sample_plan()), who="t")
    yield lib
    lib.close()


def _members(tree) -> list[str]:
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_two_hundred_plans_grouped_by_member_with_counts(make_window, big, qtbot):
    aid = big.assessments.create_assessment("AP_KEN1903", LEGACY, researcher="Ana", who="Ana").id  # Kenya, plan 3
    w = make_window(big)
    tree = w.tree
    assert tree.plan_count() == 201
    members = _members(tree)
    assert len(members) == len({p.member for p in many_plans(200).plans}) + 1  # + the sample's United States
    assert set(members) <= {*COUNTRIES, *LOCALS, "United States"}
    assert members == sorted(members, key=str.casefold)
    kenya = tree.topLevelItem(members.index("Kenya"))
    assert kenya.childCount() == 5 and kenya.text(1) == "5 plans"
    assert [kenya.child(i).text(0) for i in range(5)] == [f"Kenya {y}-{y + 2}" for y in (2011, 2013, 2015, 2017, 2019)]
    # only the member of the assessment shown is open: the tree is one screen of members
    opened = [m for i, m in enumerate(members) if tree.topLevelItem(i).isExpanded()]
    assert w.tree.current_assessment() == aid and opened == ["Kenya"]
    assert w.library_pane.count.text() == f"201 plans, {len(members)} members"


def test_filter_box_narrows_and_the_keyboard_goes_in(make_window, big, qtbot):
    a = big.assessments.create_assessment("AP_ARG0103", LEGACY, researcher="Ana", who="Ana")
    w = make_window(big)
    w.actions_["filter_library"].trigger()
    box = w.library_pane.filter_edit
    assert box.hasFocus()
    qtbot.keyClicks(box, "argentina 2015-2017")
    shown = w.tree.visible_plans()
    assert shown == ["AP_ARG0103", "AP_BUE3803"]  # the country's third plan and Buenos Aires's
    assert w.library_pane.count.text() == "2 of 201 plans shown"
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert w.tree.hasFocus() and w.tree.current_plan() == "AP_ARG0103"
    assert w.tree.current_assessment() == a.id and w.commitments.aid == a.id  # a plan shows its first
    qtbot.keyClick(w.tree, Qt.Key.Key_Down)  # into the plan: its assessment
    qtbot.keyClick(w.tree, Qt.Key.Key_Up)  # back on the plan: not bounced down again
    assert w.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == "plan"

    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "zzz")
    assert not w.tree.visible_plans()
    assert w.library_pane.count.text().startswith("No plan matches \u201czzz\u201d")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == "" and len(w.tree.visible_plans()) == 201


def test_an_item_asked_for_by_name_clears_the_filter(make_window, big, qtbot):
    a = big.assessments.create_assessment(PLAN_ID, LEGACY, researcher="Ana", who="Ana")
    w = make_window(big)
    w.library_pane.filter_edit.setText("Kenya")
    w.tree.select_assessment(a.id)  # as search, import and New assessment do
    assert w.library_pane.filter_edit.text() == "" and w.tree.current_assessment() == a.id
    assert not w.tree.currentItem().isHidden()


def test_last_assessment_reopens_and_import_keeps_the_selection(make_window, big, qtbot, settings_path):
    first = big.assessments.create_assessment(PLAN_ID, LEGACY, researcher="Ana", who="Ana")
    later = big.assessments.create_assessment("AP_PER2702", LEGACY, researcher="Ana", who="Ana")
    w = make_window(big)
    w.tree.select_assessment(later.id)
    w.close()
    w2 = make_window(big)
    assert w2.tree.current_assessment() == later.id
    w2._apply_bundle(read_import(sample_plan()), sample_plan(), report=False)
    assert w2.tree.current_assessment() == later.id
    assert QSettings(str(settings_path), QSettings.Format.IniFormat).value("lastAssessments")
    assert first.id != later.id


def test_twin_assessments_are_told_apart(make_window, sample_library, qtbot):
    a = sample_library.assessments.create_assessment(PLAN_ID, LEGACY, researcher="Ana", who="Ana")
    b = sample_library.assessments.create_assessment(PLAN_ID, LEGACY, researcher="Bo", who="Bo")
    w = make_window(sample_library)
    texts = {w.tree._items[x.id].text(0) for x in (a, b)}
    assert len(texts) == 2 and any("Bo" in t for t in texts)


def test_new_assessment_plan_picker_narrows_as_you_type(qtbot, big):
    from PySide6.QtWidgets import QApplication

    from irm_app.ui.dialogs.new_assessment import NewAssessmentDialog

    d = NewAssessmentDialog(big, "Ana")
    qtbot.addWidget(d)
    d.show()
    assert d.plan.count() == 201
    d.plan.lineEdit().clear()
    qtbot.keyClicks(d.plan.lineEdit(), "Kenya 2015")
    QApplication.processEvents()
    popup = d.plan.completer().popup()
    assert popup.isVisible()
    shown = [d.plan.completer().completionModel().index(r, 0).data()
             for r in range(d.plan.completer().completionModel().rowCount())]
    assert shown == ["Kenya 2015-2017 (AP_KEN1903)"]
    popup.hide()
    d.plan.lineEdit().setText(shown[0])
    d.accept()
    assert d.result() and d.choice()[0] == "AP_KEN1903"


def test_new_assessment_refuses_a_plan_that_is_not_there(qtbot, big):
    from irm_app.ui.dialogs.new_assessment import NewAssessmentDialog

    d = NewAssessmentDialog(big, "Ana")
    qtbot.addWidget(d)
    d.show()
    d.plan.lineEdit().setText("Atlantis")
    d.accept()
    assert d.isVisible() and d.plan.currentText() == "Atlantis" and "No plan" in d.plan.toolTip()


def test_a_plan_imported_into_an_empty_library_is_selected(make_window, db_path, qtbot):
    """Nothing to keep in an empty library: the plan imported is selected, so Plan > Flagged values
    and New assessment know which plan is meant without a click."""
    from irm_app.ui.menus import selected_plan

    lib = Library.open(db_path)
    try:
        w = make_window(lib)
        assert w.tree.currentItem() is None
        w.import_file(sample_plan())
        assert w.tree.current_plan() == PLAN_ID and selected_plan(w) == PLAN_ID
        assert w.stack.currentWidget() is w.no_assessment
        w.close()
    finally:
        lib.close()


def test_a_plans_tooltip_counts_its_milestones_when_asked(make_window, sample_library, qtbot):
    """The tree is built without counting milestones (docs/performance.md, fourth round); the
    plan's tooltip still says how many its commitments hold, as the full plan counts them."""
    milestones = sum(len(c.milestones) for c in sample_library.plans.commitments(PLAN_ID))
    assert milestones > 0
    light = {p.id: p for p in sample_library.plans.summaries(milestones=False)}
    full = {p.id: p for p in sample_library.plans.summaries()}
    assert light[PLAN_ID].milestones is None and full[PLAN_ID].milestones == milestones
    assert sample_library.plans.milestone_count(PLAN_ID) == milestones
    w = make_window(sample_library)
    item = w.tree._plans[PLAN_ID]
    n = len(sample_library.plans.commitments(PLAN_ID))
    w.tree.setCurrentItem(item.parent())  # the window starts on its only plan: look away from it
    item.setToolTip(0, "")
    item.parent().setExpanded(True)
    w.tree.scrollToItem(item)
    view = w.tree.viewport()
    pos = w.tree.visualItemRect(item).center()
    assert w.tree.itemAt(pos) is item
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, pos, view.mapToGlobal(pos)))  # hovered
    assert f"{n} commitments, {milestones} milestones" in item.toolTip(0)
    item.setToolTip(0, "")
    w.tree.setCurrentItem(item)  # reached with the keyboard: a screen reader reads it too
    assert f"{n} commitments, {milestones} milestones" in item.toolTip(0)


def test_the_trees_count_follows_each_write_as_the_library_counts(make_window, scored_library, qtbot):
    """A write to one commitment recounts that commitment only (the tree keeps which ones are
    scored and justified; docs/performance.md, fourth round); after each write the item says
    what the library's own count says: scoring, unscoring, justifying, flagging."""
    lib, aid = scored_library
    w = make_window(lib)
    item = w.tree._items[aid]

    def shows_the_librarys() -> None:
        p = lib.scores.progress(aid)
        assert item.text(1).startswith(f"{p.scored}/{p.total} scored"), (item.text(1), p)
        assert f"{p.scored} of {p.total} commitments scored, {p.justified} justified" in item.toolTip(0)
        assert f"{p.with_evidence} with evidence, {p.revisit} to revisit" in item.toolTip(0)

    shows_the_librarys()
    store = w.store
    rule = CompletenessRule(lib.forms.get(LEGACY))
    before = lib.scores.progress(aid)
    for _ in range(30):  # a commitment scored field by field, each write seen
        state = rule.of_scores(lib.scores.scores_for(aid, "US0116"))
        if state.scored:
            break
        f = lib.forms.get(LEGACY).field(state.missing[0])
        store.set_score(aid, "US0116", f.key, [] if f.kind == "flags" else f.level_keys[0])
        shows_the_librarys()
    assert lib.scores.progress(aid).scored == before.scored + 1
    for key in rule.of_scores(lib.scores.scores_for(aid, "US0116")).counted:
        store.set_justification(aid, "US0116", key, "seen in the tracker")
    shows_the_librarys()
    assert lib.scores.progress(aid).justified == before.justified + 1
    store.set_score(aid, "US0116", state.counted[0], None)  # unscored again
    shows_the_librarys()
    assert lib.scores.progress(aid).scored == before.scored
    store.set_revisit(aid, "US0114", True)
    shows_the_librarys()
    assert lib.scores.progress(aid).revisit == before.revisit + 1
    w.undo.undo()
    shows_the_librarys()
