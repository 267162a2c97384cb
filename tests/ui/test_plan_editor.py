"""The plan editor, driven through the real dialogs: a plan typed by hand then assessed and
reported; undo of an edit; a scored commitment's deletion asks first and undo brings its scores
back; editing the plan leaves every score as it was."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from irm_app.library import Library
from irm_app.operations.reports import report
from tests.conftest import LEGACY, PLAN_ID

CTRL = Qt.KeyboardModifier.ControlModifier


def _editor(w, qtbot, plan_id: str):
    from irm_app.ui.plans.actions import open_editor

    e = open_editor(w, plan_id)
    e.activateWindow()
    qtbot.waitUntil(e.isActiveWindow)
    return e


def _type(qtbot, edit, text: str) -> None:
    """Replace a field's text by typing, then leave it (Tab), as a user does."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_a_plan_typed_by_hand_is_assessed_and_reported(make_window, qtbot, tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "lib.db")
    w = make_window(lib)
    w.owns_library = True
    w.actions_["new_plan"].trigger()
    d = w.last_dialog
    qtbot.keyClicks(d.member, "Kenya")
    qtbot.keyClicks(d.code, "ke")
    qtbot.keyClicks(d.number, "5")
    qtbot.keyClicks(d.period, "2024-2026")
    qtbot.keyClicks(d.themes, "Open data, Integrity")
    d.buttons.button(d.buttons.StandardButton.Ok).click()
    assert lib.plans.plan("AP_KE05").themes == ["Open data", "Integrity"]
    e = w.plan_editor
    assert e.windowTitle() == "Plan \u2014 Kenya 2024-2026 (AP_KE05)"
    e.activateWindow()
    qtbot.waitUntil(e.isActiveWindow)
    for title in ("Beneficial ownership register", "Open contracting in public works"):
        qtbot.keyClick(e.list, Qt.Key.Key_N, CTRL)
        assert e.c_lines["title"].hasFocus()
        _type(qtbot, e.c_lines["title"], title)
    _type(qtbot, e.c_lines["lead_institution"], "Public Procurement Regulatory Authority")
    qtbot.keyClick(e.list, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    _type(qtbot, e.m_lines["title"], "Publish contracts in the OCDS format")
    _type(qtbot, e.m_lines["end"], "2025-06")
    plan = lib.plans.plan("AP_KE05")
    assert [(c.id, c.title) for c in plan.commitments] == [("KE01", "Beneficial ownership register"),
                                                           ("KE02", "Open contracting in public works")]
    assert plan.commitments[1].lead_institution == "Public Procurement Regulatory Authority"
    assert [(m.id, m.title, m.end) for m in plan.commitments[1].milestones] == [
        ("KE02.1", "Publish contracts in the OCDS format", "2025-06")]
    assert w.tree.topLevelItem(0).text(0) == "Kenya" and w.tree.topLevelItem(0).child(0).text(0) == "Kenya 2024-2026"

    aid = w.create_assessment("AP_KE05", LEGACY, "Ana Researcher")
    w.store.set_score(aid, "KE02", "specificity", "high")
    out = tmp_path / "report.pdf"
    report(lib, aid, "pdf", out)
    text = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())
    assert "Open contracting in public works" in text and "Kenya" in text


def test_undo_of_an_edit_restores_it_and_both_are_audited(sample_library, make_window, qtbot) -> None:
    w = make_window(sample_library)
    e = _editor(w, qtbot, PLAN_ID)
    e.list.setCurrentRow(0)
    old = e.current().title
    _type(qtbot, e.c_lines["title"], "Equitable data, retitled")
    assert sample_library.plans.plan(PLAN_ID).commitments[0].title == "Equitable data, retitled"
    qtbot.keyClick(e.list, Qt.Key.Key_Z, CTRL)
    assert sample_library.plans.plan(PLAN_ID).commitments[0].title == old
    assert e.c_lines["title"].text() == old
    qtbot.keyClick(e.list, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert sample_library.plans.plan(PLAN_ID).commitments[0].title == "Equitable data, retitled"
    trail = [(a.action, a.field, a.who) for a in sample_library.history.audit(plan_id=PLAN_ID)]
    assert trail[-3:] == [("edit-commitment", "title", "Ana Researcher")] * 3
    qtbot.keyClick(e.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # reorder, then undo it
    assert sample_library.plans.plan(PLAN_ID).commitments[1].id == "US0113"
    qtbot.keyClick(e.list, Qt.Key.Key_Z, CTRL)
    assert sample_library.plans.plan(PLAN_ID).commitments[0].id == "US0113"


def test_deleting_a_scored_commitment_asks_first_and_undo_brings_its_scores_back(
        scored_library, make_window, qtbot) -> None:
    lib, aid = scored_library
    scores = lib.scores.all(aid)["US0113"]
    w = make_window(lib)
    e = _editor(w, qtbot, PLAN_ID)
    e.list.setCurrentRow(0)
    e.list.setFocus()
    qtbot.keyClick(e.list, Qt.Key.Key_Delete)
    box = e.last_question
    assert box.isVisible()
    assert box.text() == "US0113 has 7 scores in 1 assessment, 1 evidence link. Delete it and them?"
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert "US0113" in lib.plans.commitment_ids(PLAN_ID) and lib.scores.all(aid)["US0113"] == scores
    e.delete_button.click()
    e.last_question.button(QMessageBox.StandardButton.Yes).click()
    assert "US0113" not in lib.plans.commitment_ids(PLAN_ID) and "US0113" not in lib.scores.all(aid)
    assert e.current().id == "US0114"
    e.undo_button.click()
    assert lib.plans.plan(PLAN_ID).commitments[0].id == "US0113" and lib.scores.all(aid)["US0113"] == scores
    actions = [a.action for a in lib.history.audit()]
    assert actions[-1] == "restore-commitment" and "delete-commitment" in actions


def test_editing_a_plan_in_the_editor_leaves_scores_untouched(scored_library, make_window, qtbot) -> None:
    lib, aid = scored_library
    before = lib.scores.all(aid)
    w = make_window(lib)
    e = _editor(w, qtbot, PLAN_ID)
    e.list.setCurrentRow(1)
    _type(qtbot, e.c_lines["lead_institution"], "General Services Administration")
    _type(qtbot, e.head["themes"], "Integrity, Open data")
    e.c_texts["description"].setFocus()
    e.c_texts["description"].setPlainText("A shorter description.")
    e.c_texts["description"].flush()
    e.add_milestone()
    qtbot.keyClick(e.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    plan = lib.plans.plan(PLAN_ID)
    assert plan.themes == ["Integrity", "Open data"]
    assert plan.commitments[0].id == "US0114"
    assert plan.commitments[0].lead_institution == "General Services Administration"
    assert plan.commitments[0].description == "A shorter description."
    assert lib.scores.all(aid) == before
    assert w.tree.current_assessment() == aid
