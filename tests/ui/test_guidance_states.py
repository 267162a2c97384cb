"""Issue 18, guidance: an empty screen says what to do next, in plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_a_filter_with_no_match_says_so_and_how_to_get_back(make_window, scored_library, qtbot):
    w = make_window(scored_library.lib)
    page = w.commitments
    assert page.empty.isHidden()
    qtbot.keyClicks(page.filter_edit, "<b>zzqq</b>")
    assert page.proxy.rowCount() == 0
    assert not page.empty.isHidden()
    assert "\u201c<b>zzqq</b>\u201d" in page.empty.text()  # quoted as typed: plain text, not markup
    assert page.empty.textFormat() == Qt.TextFormat.PlainText
    assert "clear the filter box" in page.empty.text()
    page.filter_edit.clear()
    assert page.empty.isHidden() and page.proxy.rowCount() == 36


def test_a_quick_filter_with_nothing_to_show_names_the_way_back(make_window, scored_library):
    w = make_window(scored_library.lib)
    page = w.commitments
    page.quick.setCurrentIndex(page.quick.findData("revisit"))  # nothing is flagged in the sample
    assert page.proxy.rowCount() == 0 and not page.empty.isHidden()
    assert "All commitments" in page.empty.text() and "Flagged: revisit later" in page.empty.text()
    page.filter_edit.setText("US01")
    assert "among those shown as" in page.empty.text()


def test_a_plan_without_commitments_points_to_the_plan_editor(make_window, sample_library):
    from irm_app.operations.plans import new_plan

    lib = sample_library
    new_plan(lib, member="Nowhere", member_code="XXX", number=1, period="2024-2026", who="Ana")
    w = make_window(lib)
    pid = next(p.id for p in lib.plans.summaries() if p.member == "Nowhere")
    aid = w.create_assessment(pid, "irm-action-plan-review-2021", "Ana")
    assert aid and w.commitments.aid == aid
    assert not w.commitments.empty.isHidden()
    assert "Plan > Edit plan (Ctrl+P)" in w.commitments.empty.text()


def test_a_plan_without_an_assessment_says_what_to_do(make_window, sample_library):
    w = make_window(sample_library)
    assert w.stack.currentWidget() is w.no_assessment
    hint = w.no_assessment.findChild(type(w.saved_label), "noAssessmentHint")
    assert hint is not None and "methodology form" in hint.text()


def test_a_form_without_narrative_points_to_the_report(make_window, scored_library, qtbot):
    lib, aid = scored_library  # the legacy form asks for no narrative
    w = make_window(lib)
    w.tabs.setCurrentWidget(w.narrative)
    qtbot.waitUntil(lambda: w.narrative.findChild(type(w.saved_label), "empty") is not None)
    assert "Export report" in w.narrative.findChild(type(w.saved_label), "empty").text()
