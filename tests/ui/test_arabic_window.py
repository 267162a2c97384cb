"""The Arabic window (issue 18): the methodology form in Arabic (forms/i18n/*.ar.toml), and
every italic Arabic text drawn with Arabic glyphs. DejaVu Sans Oblique has no Arabic letters,
and Qt does not fall back from it to DejaVu's upright face: without the bundled Noto Sans Arabic
as a fallback family the derived line's italic "not yet determined" was a row of empty boxes."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

from irm_app.methodology import load_form
from irm_app.operations import scoring
from irm_app.ui import i18n
from irm_app.ui.app import load_font

WHO = "Ana Researcher"
PLAN_ID = "AP_USA05"
FORMS = ("irm-progress-report-legacy", "irm-action-plan-review-2021", "irm-results-report-2021",
         "irm-midterm-review-2024")
ARABIC = re.compile("[\u0600-\u06ff]")
TAGS = re.compile(r"<[^>]+>")


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    """The app's fonts as `irm-app gui` loads them and the Arabic interface; both undone after."""
    before = QFont(qapp.font())
    load_font(qapp)
    installed = i18n.install_language(qapp, "ar")
    yield
    i18n.remove_language(qapp, installed)
    qapp.setFont(before)


def shown(text: str) -> str:
    """A label's or button's text as read: tags dropped, the wrapping of long labels undone."""
    return " ".join(TAGS.sub("", text).split())


def drawn(text: str, font: QFont, *, rich: bool) -> tuple[list[str], list[str]]:
    """(the italic fragments holding Arabic, the runs drawn with a missing glyph) when `text` is
    shown in a widget with `font`: each fragment of the document a QLabel makes of it, laid out in
    its own resolved font (the document's own layouts drop their glyphs once laid out). A missing
    glyph is index 0 (.notdef), drawn as an empty box."""
    doc = QTextDocument()
    doc.setDefaultFont(font)
    if rich:
        doc.setHtml(text)
    else:
        doc.setPlainText(text)
    italic_arabic, boxes, runs = [], [], 0
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            resolved = frag.charFormat().font().resolve(font)
            if resolved.italic() and ARABIC.search(frag.text()):
                italic_arabic.append(frag.text())
            layout = QTextLayout(frag.text(), resolved)
            layout.beginLayout()
            layout.createLine().setLineWidth(100_000)
            layout.endLayout()
            for run in layout.glyphRuns():
                runs += 1
                if 0 in run.glyphIndexes():
                    raw = run.rawFont()
                    boxes.append(f"{frag.text()!r} in {raw.familyName()} {raw.styleName()}")
            it += 1
        block = block.next()
    assert runs > 0, text
    return italic_arabic, boxes


def test_the_derived_lines_italic_count_is_drawn_in_arabic_glyphs(arabic, make_window, scored_library) -> None:
    w = make_window(scored_library.lib)
    page = w.commitments
    assert page.select_commitment("US0116")  # nothing scored: every indicator not yet determined
    label: QLabel = page.form.derived
    text = label.text()
    assert "لم يُحدَّد بعد" in text or "لم تُحدَّد بعد" in text
    italic, boxes = drawn(text, label.font(), rich=True)
    assert italic, text  # the count is italic Arabic: what this test is about
    assert boxes == [], f"empty boxes in {shown(text)!r}: {boxes}"


def test_a_does_not_apply_reason_in_italic_is_drawn_in_arabic_glyphs(arabic, make_window, sample_library) -> None:
    lib = sample_library
    aid = lib.assessments.create_assessment(PLAN_ID, FORMS[1], researcher=WHO, who=WHO).id
    scoring.score(lib, aid, "US0113", {"verifiable": "no"}, who=WHO)
    w = make_window(lib)
    w.select(aid, "US0113")
    reason = w.commitments.form.editors["relevance"].reason
    reason.ensurePolished()  # the italic comes from its style sheet
    assert reason.isVisible() and reason.font().italic()
    assert "غير قابل للمراجعة" in reason.text()
    italic, boxes = drawn(reason.text(), reason.font(), rich=False)
    assert italic and boxes == [], (reason.text(), boxes)


def test_a_requirements_statement_in_the_help_pane_is_drawn_in_arabic_glyphs(arabic, make_window,
                                                                             sample_library) -> None:
    lib = sample_library
    lib.assessments.create_assessment(PLAN_ID, FORMS[1], researcher=WHO, who=WHO)
    w = make_window(lib)
    editor = w.plan_page.form.editors["mr_1_1_space_for_dialogue"]
    html = editor.help_html()  # the statement is set in italic, as the report prints it
    assert "مرة كل ستة أشهر على الأقل" in html
    italic, boxes = drawn(html, w.plan_page.form.help.font(), rich=True)
    assert italic and boxes == [], boxes


def test_the_arabic_window_names_every_field_and_level_in_arabic(arabic, make_window, sample_library) -> None:
    lib = sample_library
    ids = {key: lib.assessments.create_assessment(PLAN_ID, key, researcher=WHO, who=WHO).id for key in FORMS}
    w = make_window(lib)
    for key, aid in ids.items():
        english = load_form(key)
        w.select(aid, "US0113")
        QApplication.processEvents()
        for scope, form_widget, fields in (("commitment", w.commitments.form, english.commitment_fields),
                                           ("plan", w.plan_page.form, english.plan_fields)):
            assert form_widget.form is not None and form_widget.form.key == key, (key, scope)
            for f in fields:
                editor = form_widget.editors[f.key]
                title = shown(editor.title.text())
                assert ARABIC.search(title) and title != f.label, (key, f.key, title)
                for level, button in zip(f.levels, editor.buttons, strict=True):
                    text = shown(button.text())
                    assert ARABIC.search(text) and text != level.label, (key, f.key, level.key, text)
            groups = [shown(lb.text()) for lb in form_widget.findChildren(QLabel) if lb.text().startswith("<h4")]
            assert all(ARABIC.search(g) for g in groups) and {f.group for f in fields}.isdisjoint(groups), groups

    w.select(ids["irm-progress-report-legacy"], "US0113")
    specificity = w.commitments.form.editors["specificity"]
    assert shown(specificity.title.text()) == "درجة التحديد"
    assert [shown(b.text()) for b in specificity.buttons] == ["منعدمة", "منخفضة", "متوسطة", "مرتفعة"]
    model = w.commitments.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "درجة التحديد" in headers and "Specificity" not in headers
    tip = w.commitments.form.derived.toolTip()  # the derived indicators, each with its state
    assert "مميَّز بنجمة (تقرير التقدّم)" in tip and "Starred" not in tip

    w.select(ids["irm-action-plan-review-2021"], "US0113")
    relevance = w.commitments.form.editors["relevance"]
    assert shown(relevance.title.text()) == "منظور الحكومة المنفتحة"
    assert {"المشاركة المدنية", "المساءلة العامة"} <= {shown(b.text()) for b in relevance.buttons}
    assert shown(w.plan_page.form.editors["mr_1_1_space_for_dialogue"].title.text()) == "1.1 فضاء الحوار"
