"""File > Import of the government's document opens the review step; corrected there (split,
merge, retitle, text to milestones, ids) and saved, the plan is assessed and reported.

Driven with the keyboard through the real dialog, as a researcher would."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from irm_app.library import Library
from irm_app.operations.reports import report
from tests.conftest import LEGACY
from tests.intake_docs import EN_LABELS, build_template_docx, english_commitments

NAP5_PDF = Path(__file__).resolve().parents[3] / "shared" / "data" / "plans" / "us-nap5-2022.pdf"


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True)
    return " ".join(out.stdout.split())


def _review(make_window, qtbot, tmp_path: Path, doc: Path):
    lib = Library.open(tmp_path / "lib.db")
    w = make_window(lib)
    w.owns_library = True
    w.import_file(doc)
    dialog = w.review_dialog
    assert dialog.isVisible() and dialog.windowTitle().endswith(doc.name)
    assert not lib.plans.summaries()  # nothing is written before Save
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts act in the active window
    return w, dialog


def _key(qtbot, widget, key, mod=Qt.KeyboardModifier.ControlModifier) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key, mod)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_a_word_plan_corrected_in_review_then_assessed_and_reported(make_window, qtbot, tmp_path: Path) -> None:
    source = english_commitments(5)
    doc = build_template_docx(tmp_path / "plan.docx", source, EN_LABELS, plan_title="Fifth National Action Plan",
                              intro="Introduction. The plan's context.", annex="Annex: the consultation.")
    w, d = _review(make_window, qtbot, tmp_path, doc)
    assert d.list.count() == 5
    assert d.panel.note.text().startswith("How it was found: from OGP's commitment template")
    d.member.setText("United States")
    qtbot.keyClicks(d.member_code, "us")
    qtbot.keyClicks(d.number, "5")
    qtbot.keyClicks(d.period, "2022-2024")

    # split the first commitment after its description's first sentence (Ctrl+T at the cursor)
    desc = d.panel.texts["description"]
    first_text = desc.toPlainText()
    cut = first_text.index(". ") + 2
    cur = desc.textCursor()
    cur.setPosition(cut)
    desc.setTextCursor(cur)
    _key(qtbot, desc, Qt.Key.Key_T)
    assert d.list.count() == 6 and d.current() == 1
    second_title = d.detected.commitments[1].title
    assert first_text[cut:].startswith(second_title)

    # retitle it by typing
    title = d.panel.lines["title"]
    title.selectAll()
    qtbot.keyClicks(title, "Equitable data: publish the research agenda")
    assert d.list.item(1).text() == "2. Equitable data: publish the research agenda"

    # its additional information is a bullet that should be a milestone (Ctrl+M on the selection)
    d.panel.tabs.setCurrentIndex(4)
    info = d.panel.texts["additional_info"]
    info.setPlainText("\u2022 Publish the Federal Evidence Agenda")
    info.selectAll()
    _key(qtbot, info, Qt.Key.Key_M)
    assert [m.title for m in d.detected.commitments[1].milestones][-1] == "Publish the Federal Evidence Agenda"
    assert info.toPlainText() == ""

    # a paragraph of the document (the annex) made a milestone of the commitment shown
    block = next(b for b, n in d.doc.block_para.items()
                 if "Annex: the consultation." in d.detected.paragraphs[n - 1].text)
    c = QTextCursor(d.doc.document().findBlockByNumber(block))
    c.select(QTextCursor.SelectionType.BlockUnderCursor)
    d.doc.setTextCursor(c)
    _key(qtbot, d.doc, Qt.Key.Key_M)
    assert d.detected.commitments[1].milestones[-1].title == "Annex: the consultation."

    # merge the fourth and fifth (Ctrl+Down to move, Ctrl+J to merge)
    for _ in range(2):
        _key(qtbot, d.list, Qt.Key.Key_Down)
    assert d.current() == 3
    fifth_title = d.detected.commitments[4].title
    n_milestones = len(d.detected.commitments[3].milestones) + len(d.detected.commitments[4].milestones)
    _key(qtbot, d.list, Qt.Key.Key_J)
    assert d.list.count() == 5
    merged = d.detected.commitments[3]
    assert fifth_title in merged.fields["description"] and len(merged.milestones) == n_milestones

    # ids: member code + number, then the OGP id the researcher knows for the first
    d.ids_button.click()
    d.list.setCurrentRow(0)
    d.panel.lines["id"].setText("")
    qtbot.keyClicks(d.panel.lines["id"], "US0113")
    _key(qtbot, d.list, Qt.Key.Key_S)  # Ctrl+S: one transaction
    assert not d.isVisible()
    lib = w.library
    plan = lib.plans.plan("AP_US05")
    assert (plan.member, plan.period) == ("United States", "2022-2024")
    assert [c.id for c in plan.commitments][:2] == ["US0113", "US02"] and len(plan.commitments) == 5
    assert plan.commitments[1].title == "Equitable data: publish the research agenda"
    assert plan.commitments[1].milestones[-1].title == "Annex: the consultation."
    assert w.last_dialog.text() == "Imported plan.docx"

    aid = w.create_assessment(plan.id, LEGACY, "Ana Researcher")
    w.store.set_score(aid, "US02", "specificity", "high")
    assert lib.scores.score(aid, "US02", "specificity").value == "high"
    out = tmp_path / "report.pdf"
    report(lib, aid, "pdf", out)
    text = pdf_text(out)
    assert "Equitable data: publish the research agenda" in text


def test_a_refused_save_keeps_the_review_open_with_every_correction(make_window, qtbot, tmp_path: Path) -> None:
    doc = build_template_docx(tmp_path / "plan.docx", english_commitments(3), EN_LABELS, plan_title="Plan",
                              intro="Introduction. Context.", annex="Annex.")
    w, d = _review(make_window, qtbot, tmp_path, doc)
    d.panel.lines["title"].setText("")
    d.panel.lines["title"].textEdited.emit("")
    qtbot.keyClicks(d.period, "2024-22")
    _key(qtbot, d.list, Qt.Key.Key_S)
    assert d.isVisible() and d.error.text() == "period '2024-22': expected YEAR-YEAR, e.g. 2024-2026"
    d.period.setText("2022-2024")
    d.panel.lines["id"].setText("not an id!")
    d.panel.lines["id"].textEdited.emit("not an id!")
    d.save()
    assert d.isVisible()
    assert d.error.text().startswith("plan.docx: detected plan.commitments[0].id (not an id!): String should match")
    assert not w.library.plans.summaries()  # nothing half-written


@pytest.mark.skipif(not NAP5_PDF.exists(), reason="the real plans in ../shared are not here")
def test_the_real_nap5_pdf_in_review(make_window, qtbot, tmp_path: Path) -> None:
    w, d = _review(make_window, qtbot, tmp_path, NAP5_PDF)
    assert d.list.count() >= 35
    assert "\u2014\u2014 page 2 \u2014\u2014" in d.doc.toPlainText()
    d.member.setText("United States")
    d.member_code.setText("US")
    d.plan_id.setText("AP_USA05")
    d.save()
    assert len(w.library.plans.plan("AP_USA05").commitments) == d.list.count()


def test_the_review_step_speaks_the_interface_language(language, make_window, qtbot, tmp_path: Path) -> None:
    """Its field names were read from a table lupdate could not see: tabs, the "move the text to"
    list and the page separators stayed English in Spanish."""
    language("es")
    doc = build_template_docx(tmp_path / "plan.docx", english_commitments(2), EN_LABELS, plan_title="Plan",
                              intro="Introduction.", annex="Annex.")
    _w, d = _review(make_window, qtbot, tmp_path, doc)
    targets = [d.move_target.itemText(i) for i in range(d.move_target.count())]
    assert "Problema público" in targets and "En qué consiste el compromiso" in targets
    assert not {"Public problem", "What the commitment is"} & set(targets)
    tabs = [d.panel.tabs.tabText(i).replace("\n", " ") for i in range(d.panel.tabs.count())]
    assert "Cómo contribuye" in tabs
    assert "\u2014\u2014 página 1 \u2014\u2014" in d.doc.toPlainText()
    d.reject()
