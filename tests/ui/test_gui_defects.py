"""Issue 11's GUI defects, each driven through the real widgets: New assessment through its
dialog, undo scoped to the assessment in view, Redo on Ctrl+Shift+Z, the researcher's name."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from irm_app.library import Library

LEGACY = "irm-progress-report-legacy"
APR = "irm-action-plan-review-2021"


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def when_dialog_opens(qtbot, act):
    """Run `act(dialog)` on the next modal dialog, as a user would fill it in."""
    def poll():
        d = QApplication.activeModalWidget()
        if isinstance(d, QDialog):
            act(d)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def test_new_assessment_through_the_real_dialog(make_window, sample_library, qtbot):
    lib = sample_library
    w = make_window(lib)
    assert w.stack.currentWidget() is w.no_assessment

    def fill(d):
        d.form.setCurrentIndex(d.form.findData(APR))
        d.researcher.setText("Ana Perez")
        qtbot.mouseClick(d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, fill)
    w.actions_["new_assessment"].trigger()
    [a] = lib.assessments.all("AP_USA05")
    assert a.form == APR and a.researcher == "Ana Perez"
    assert w.stack.currentWidget() is w.tabs
    assert w.tree.current_assessment() == a.id
    assert w.commitments.aid == a.id and w.commitments.proxy.rowCount() == 36
    assert w.tree.currentItem().text(1) == "0/36 scored"


def test_undo_never_reaches_into_another_assessment(make_window, scored_library, qtbot):
    lib, first = scored_library
    second = lib.assessments.create_assessment("AP_USA05", LEGACY, researcher="Ana", who="Ana").id
    w = make_window(lib)
    w.select(first, "US0120")
    click(qtbot, w.commitments.form.editors["specificity"].buttons[1])
    in_first = lib.scores.score(first, "US0120", "specificity").value
    assert in_first is not None
    w.select(second, "US0120")
    assert w.commitments.aid == second
    # nothing done here yet: Undo is off and Ctrl+Z changes nothing anywhere
    assert not w.actions_["undo"].isEnabled()
    qtbot.keyClick(w.commitments.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert lib.scores.score(first, "US0120", "specificity").value == in_first
    # an edit here is undone here, and only here
    click(qtbot, w.commitments.form.editors["specificity"].buttons[3])
    assert lib.scores.score(second, "US0120", "specificity") is not None
    qtbot.keyClick(w.commitments.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert lib.scores.score(second, "US0120", "specificity").value is None
    qtbot.keyClick(w.commitments.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert lib.scores.score(first, "US0120", "specificity").value == in_first
    # back in the first assessment its own step is there to undo
    w.select(first, "US0120")
    assert w.actions_["undo"].isEnabled()
    qtbot.keyClick(w.commitments.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert lib.scores.score(first, "US0120", "specificity").value is None


def test_ctrl_shift_z_redoes_and_no_shortcut_is_ambiguous(make_window, scored_library, qtbot):
    lib, aid = scored_library
    w = make_window(lib)
    keys = [k.toString() for a in w.findChildren(QAction) for k in a.shortcuts() if not k.isEmpty()]
    keys += [s.key().toString() for s in w.findChildren(QShortcut) if not s.key().isEmpty()]
    assert [k for k, n in Counter(keys).items() if n > 1] == []
    redo_keys = [k.toString() for k in w.actions_["redo"].shortcuts()]
    assert "Ctrl+Shift+Z" in redo_keys
    for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
        assert k.toString() in redo_keys
    ambiguous = []
    w.actions_["redo"].triggered.connect(lambda: None)
    for sc in w.findChildren(QShortcut):
        sc.activatedAmbiguously.connect(lambda: ambiguous.append(1))
    w.select(aid, "US0113")
    before = lib.scores.score(aid, "US0113", "specificity").value
    click(qtbot, w.commitments.form.editors["specificity"].buttons[0])
    after = lib.scores.score(aid, "US0113", "specificity").value
    assert after != before
    table = w.commitments.table
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert lib.scores.score(aid, "US0113", "specificity").value == before
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert lib.scores.score(aid, "US0113", "specificity").value == after
    assert not ambiguous


def _fresh_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def test_researcher_name_asked_once_at_first_start(tmp_path: Path, qtbot, qapp):
    from irm_app.ui.app import start_researcher

    settings = _fresh_settings(tmp_path)

    def answer(d):
        assert not d.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()  # a name is needed
        qtbot.keyClicks(d.name, "Ana Perez")
        qtbot.keyClick(d.name, Qt.Key.Key_Return)

    when_dialog_opens(qtbot, answer)
    assert start_researcher(settings) == "Ana Perez"
    assert _fresh_settings(tmp_path).value("researcher") == "Ana Perez"
    # second start: no dialog (one would block this call), the stored name
    assert start_researcher(_fresh_settings(tmp_path)) == "Ana Perez"


def test_gui_sample_records_the_asked_name(tmp_path: Path, qtbot, qapp, monkeypatch):
    """`gui --sample` on a fresh machine: the name typed in the first-run dialog is the
    assessment's researcher (the report's cover), not the login name."""
    import irm_app.ui.app as app_mod
    from irm_app.cli import main

    db = tmp_path / "lib.db"
    settings = _fresh_settings(tmp_path)
    monkeypatch.setattr(app_mod, "QSettings", lambda *a: settings if not a else QSettings(*a))
    monkeypatch.setattr(app_mod.QApplication, "exec", lambda *a: 0)  # the window opens, then "quit"

    def answer(d):
        d.name.setText("Ana Perez")
        d.accept()

    when_dialog_opens(qtbot, answer)
    assert main(["gui", "--sample", "--db", str(db)]) == 0
    lib = Library.open(db)
    try:
        [a] = lib.assessments.all()
        assert a.researcher == "Ana Perez"
        assert {e.who for e in lib.history.audit(a.id)} == {"Ana Perez"}
    finally:
        lib.close()
    for w in QApplication.topLevelWidgets():
        if w.objectName() == "mainWindow":
            w.close()


def test_preferences_and_assessment_details_change_the_researcher(make_window, scored_library, qtbot):
    lib, aid = scored_library
    w = make_window(lib, who="Ana Researcher")

    def rename(name):
        def act(d):
            d.name.setText(name)
            d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return act

    when_dialog_opens(qtbot, rename("Bo Lee"))
    w.actions_["preferences"].trigger()
    assert w.store.who == "Bo Lee" and w.settings.value("researcher") == "Bo Lee"
    assert lib.assessments.assessment(aid).researcher == "Ana Researcher"  # started ones keep theirs
    when_dialog_opens(qtbot, rename("Bo Lee"))
    w.actions_["details"].trigger()
    assert lib.assessments.assessment(aid).researcher == "Bo Lee"
    [entry] = [e for e in lib.history.audit(aid) if e.action == "researcher"]
    assert (entry.who, json.loads(entry.old), json.loads(entry.new)) == ("Bo Lee", "Ana Researcher", "Bo Lee")
    assert "Bo Lee" in w.tree.currentItem().toolTip(0)
    # new edits are recorded in the new name
    w.select(aid, "US0120")
    click(qtbot, w.commitments.form.editors["specificity"].buttons[1])
    assert lib.scores.score(aid, "US0120", "specificity").author == "Bo Lee"
