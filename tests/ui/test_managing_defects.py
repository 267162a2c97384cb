"""Issue 18's "Managing work" defects, each through the real widgets: a wrong passphrase keeps the
Export signed package dialog open in plain words, Copy needs an identity, opening your own package
names it in words, the evidence title keeps its width, Undo/Redo buttons stay put, and the done
mark clears when the only score is undone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QToolBar, QTreeView

from irm_app.signing.identity import create_identity
from irm_app.ui.dialogs.export import PackageDialog

from .test_main_window import click, editor

PASS = "a long enough passphrase"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    h = tmp_path / "home"
    monkeypatch.setenv("IRM_APP_HOME", str(h))
    return h


def test_copy_is_off_until_there_is_an_identity(make_window, scored_library, home):
    lib, _ = scored_library
    w = make_window(lib)
    page = w.exporter.show_identity()
    assert not page.copy_button.isEnabled() and page.fingerprint.text() == ""
    page.reject()
    create_identity("Ana Researcher", "ana@example.org", "IRM", "CL", PASS.encode())
    page = w.exporter.show_identity()
    assert page.copy_button.isEnabled()
    page.reject()


def test_wrong_passphrase_keeps_the_dialog_and_what_was_typed(make_window, scored_library, home, tmp_path):
    lib, aid = scored_library
    w = make_window(lib)
    create_identity("Ana Researcher", "ana@example.org", "IRM", "CL", PASS.encode())
    out = tmp_path / "mine.irmpkg"
    dialog = w.exporter.ask_package()
    assert isinstance(dialog, PackageDialog)
    dialog.file.edit.setText(str(out))
    dialog.language.setCurrentIndex(dialog.language.count() - 1)
    lang = dialog.language.currentData()
    dialog.passphrase.setText("not the passphrase")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and not out.exists()
    assert dialog.file.edit.text() == str(out) and dialog.language.currentData() == lang
    assert dialog.passphrase.text() == "not the passphrase"  # kept, selected to type over
    said = dialog.error.text()
    assert "passphrase" in said and "key.pem" not in said and str(home) not in said
    dialog.passphrase.setText(PASS)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible() and out.is_file() and dialog.passphrase.text() == ""

    # opening one's own package names it in words, never by the assessment's id
    w.exporter.open_package(out)
    box = w.last_dialog
    assert isinstance(box, QMessageBox)
    shown = box.text() + box.informativeText() + box.detailedText()
    assert "read-only" in box.text() and "AP_USA05" in box.informativeText()
    assert aid not in shown
    for copy in lib.review_copies.all():
        assert copy.assessment_id not in shown


def test_evidence_title_keeps_its_width_in_a_narrow_pane(make_window, scored_library, qtbot):
    lib, _ = scored_library
    w = make_window(lib)
    w.resize(1366, 768)
    w.commitments.select_commitment("US0113")
    qtbot.wait(20)
    trees = w.commitments.evidence.findChildren(QTreeView)
    assert trees
    for tree in trees:
        tree.resize(360, tree.height())
        header = tree.header()
        width = tree.viewport().width()
        assert header.sectionSize(1) >= min(120, width // 3), [header.sectionSize(i) for i in range(header.count())]
        assert sum(header.sectionSize(i) for i in range(header.count())) <= width + 2  # nothing pushed off


def test_undo_redo_buttons_stay_put_and_the_done_mark_clears(make_window, scored_library, qtbot):
    lib, aid = scored_library
    w = make_window(lib)
    bar = w.findChild(QToolBar, "mainToolbar")
    undo, redo = w.actions_["undo_button"], w.actions_["redo_button"]
    places = (bar.widgetForAction(undo).geometry(), bar.widgetForAction(redo).geometry())
    assert not undo.isEnabled() and not redo.isEnabled()
    cid = "US0120"
    w.commitments.select_commitment(cid)
    model = w.commitments.model
    done = model.column_of("state", "complete")
    assert model.index(model.row_of(cid), done).data() == ""
    click(qtbot, editor(w, "specificity").buttons[0])
    assert model.index(model.row_of(cid), done).data() == "\u25d0"
    assert undo.isEnabled() and "Undo" in undo.toolTip() and len(undo.toolTip()) > len("Undo")
    qtbot.wait(10)
    assert (bar.widgetForAction(undo).geometry(), bar.widgetForAction(redo).geometry()) == places
    bar.widgetForAction(undo).click()
    assert lib.scores.score(aid, cid, "specificity").value is None
    assert model.index(model.row_of(cid), done).data() == ""
    assert "0/36" in w.tree.currentItem().text(1)
    assert redo.isEnabled() and not undo.isEnabled()
    qtbot.wait(10)
    assert (bar.widgetForAction(undo).geometry(), bar.widgetForAction(redo).geometry()) == places
    bar.widgetForAction(redo).click()
    assert lib.scores.score(aid, cid, "specificity").value is not None
