"""Issue 18's guidance in the app: no label-only definitions ("Limited \u2014 Limited progress."),
the OGP values' definitions in the help, and Help > Methodology for the form in use (escaped)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from irm_app.methodology import available_forms
from irm_app.methodology.fields import label_only
from irm_app.ui.dialogs.methodology import MethodologyDialog

LEGACY = "irm-progress-report-legacy"


def _legacy_window(make_window, lib, qtbot):
    aid = lib.assessments.create_assessment("AP_USA05", LEGACY, researcher="Ana", who="Ana").id
    w = make_window(lib)
    w.resize(1280, 720)
    w.select(aid, "US0113")
    qtbot.wait(10)
    return w, aid


def _help_for(w, qtbot, key: str) -> str:
    ed = w.commitments.form.editors[key]
    ed.buttons[0].setFocus()
    qtbot.keyClick(ed.buttons[0], Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    return w.commitments.form.help.toPlainText()


def test_help_never_shows_a_label_only_definition(make_window, sample_library, qtbot):
    w, _ = _legacy_window(make_window, sample_library, qtbot)
    completion = next(k for k, ed in w.commitments.form.editors.items()
                      if any(label_only(lv.label, lv.definition) and lv.definition for lv in ed.field.levels))
    text = _help_for(w, qtbot, completion)
    ed = w.commitments.form.editors[completion]
    for i, lv in enumerate(ed.field.levels):
        if lv.definition and label_only(lv.label, lv.definition):
            assert lv.definition not in text  # "Limited progress." is no guidance
            assert f"{i + 1}. {lv.label}" in text  # the level is still listed
            assert lv.definition not in ed.buttons[i].toolTip() and not ed.buttons[i].accessibleDescription()
        elif lv.definition:
            assert lv.definition in text


def test_ogp_values_have_their_definitions_in_the_help(make_window, sample_library, qtbot):
    w, _ = _legacy_window(make_window, sample_library, qtbot)
    text = _help_for(w, qtbot, "relevance")
    for lv in w.commitments.form.editors["relevance"].field.levels:
        assert lv.definition and not label_only(lv.label, lv.definition)
        assert lv.definition in text
    assert "more information available" in text and "answerable" in text
    for form in available_forms():  # every form that scores relevance defines every value
        for f in form.fields:
            if f.kind == "flags" and f.key == "relevance":
                assert all(lv.definition for lv in f.levels), form.key


def test_help_methodology_shows_the_form_in_use_escaped(make_window, sample_library, qtbot):
    w, aid = _legacy_window(make_window, sample_library, qtbot)
    w.actions_["methodology"].trigger()
    page = w.last_dialog
    assert isinstance(page, MethodologyDialog) and page.isVisible()
    form = sample_library.forms.get(LEGACY)
    text = page.page.toPlainText()
    assert form.title in text and form.field("specificity").label in text
    assert form.field("relevance").levels[0].definition in text
    assert all(d.label in text for d in form.derived)
    assert "Limited progress." not in text
    page.reject()

    hostile = form.model_copy(update={"title": "<b>Bold</b> & <script>x</script>"})
    d = MethodologyDialog(hostile)
    qtbot.addWidget(d)
    assert "<b>Bold</b> & <script>x</script>" in d.page.toPlainText()  # shown as typed, not as markup
    assert "<b>Bold" not in d.page_html()


def test_methodology_without_an_assessment_says_what_to_do(make_window, sample_library):
    w = make_window(sample_library)
    w.actions_["methodology"].trigger()
    assert isinstance(w.last_dialog, QMessageBox) and "assessment" in w.last_dialog.text()


def test_compact_pane_has_no_empty_levels_tab(make_window, sample_library, qtbot):
    w, _ = _legacy_window(make_window, sample_library, qtbot)
    page = w.commitments
    side, levels = page.side, page.side.indexOf(page.form.help)
    assert not page.definitions_button.isChecked()
    assert not side.isTabVisible(levels) and side.currentWidget() is page.review_tab  # not a blank pane
    page.definitions_button.click()
    assert side.isTabVisible(levels) and side.currentIndex() == levels
    page.definitions_button.click()
    assert not side.isTabVisible(levels)
