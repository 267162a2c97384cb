"""Menus, toolbar and shortcuts of the main window (File, Edit, View, Settings, Help)."""

from __future__ import annotations

import platform
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QToolBar

from .. import __version__
from . import assessment_actions, window_state
from .dialogs import show_message
from .new_assessment import NewAssessmentDialog
from .researcher import AssessmentDetailsDialog, PreferencesDialog

if TYPE_CHECKING:
    from .main_window import MainWindow

IMPORT_FILTER = "Action plans (*.json *.csv *.tsv *.xlsx);;All files (*)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class RecentMenu(QMenu):
    """File > Open Recent: the libraries opened before, newest first."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(_tr("Open &Recent"), window)
        self.window_ = window

    def refresh(self) -> None:
        self.clear()
        for path in window_state.recent_libraries(self.window_.settings):
            act = self.addAction(str(path))
            act.triggered.connect(lambda _c=False, p=path: self.window_.open_library(p))
        self.setEnabled(not self.isEmpty())


def build_menus(w: MainWindow) -> dict[str, Any]:
    acts: dict[str, Any] = {}

    def action(key: str, text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
        a = QAction(text, w)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        if tip:
            a.setToolTip(tip)
            a.setStatusTip(tip)
        a.triggered.connect(slot)
        acts[key] = a
        return a

    # File
    m = w.menuBar().addMenu(_tr("&File"))
    m.addAction(action("import", _tr("&Import\u2026"), lambda: _ask_import(w), "Ctrl+I",
                       _tr("Import an action plan (JSON) or OGP's commitments table (CSV, XLSX); or drop a file")))
    m.addAction(action("new_assessment", _tr("&New assessment\u2026"), lambda: _new_assessment(w),
                       QKeySequence.StandardKey.New, _tr("Start assessing a plan with a methodology form")))
    m.addAction(action("mark_final", _tr("Mark &final"), lambda: assessment_actions.set_status(w, "final"), None,
                       _tr("Mark the selected assessment final (recorded in the audit log)")))
    m.addAction(action("mark_draft", _tr("Mark &draft"), lambda: assessment_actions.set_status(w, "draft"), None,
                       _tr("Mark the selected assessment a draft again")))
    m.addAction(action("delete_assessment", _tr("&Delete assessment…"), lambda: assessment_actions.ask_delete(w),
                       None, _tr("Delete the selected assessment, after confirmation")))
    m.addSeparator()
    m.addAction(action("export_report", _tr("&Export report\u2026"), lambda: w.exporter.ask_report(), "Ctrl+E",
                       _tr("Write the selected assessment's report as Word or PDF")))
    m.addAction(action("export_package", _tr("Export signed &package\u2026"), lambda: w.exporter.ask_package(),
                       None, _tr("Sign the assessment, its reports and evidence into a verifiable .irmpkg")))
    m.addAction(action("verify", _tr("&Verify\u2026"), lambda: w.exporter.show_verify(), None,
                       _tr("Check a package or signed PDF: intact, and who signed it")))
    m.addAction(action("open_package", _tr("Open p&ackage for review\u2026"), lambda: w.exporter.ask_open_package(),
                       None, _tr("Verify a signed package, then open it read-only in this library")))
    m.addSeparator()
    m.addAction(action("open", _tr("&Open library\u2026"), lambda: _ask_open(w), QKeySequence.StandardKey.Open,
                       _tr("Open another library file")))
    recent = RecentMenu(w)
    acts["recent"] = recent
    m.addMenu(recent)
    m.addSeparator()
    m.addAction(action("quit", _tr("&Quit"), w.close, QKeySequence.StandardKey.Quit))

    # Edit
    m = w.menuBar().addMenu(_tr("&Edit"))
    undo = w.undo.createUndoAction(w, _tr("&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = w.undo.createRedoAction(w, _tr("&Redo"))
    redo.setShortcuts(redo_keys())
    acts["undo"], acts["redo"] = undo, redo
    m.addAction(undo)
    m.addAction(redo)
    m.addSeparator()
    m.addAction(action("details", _tr("Assessment &details…"), lambda: _details(w), None,
                       _tr("The researcher of the assessment shown (recorded on its report)")))
    m.addSeparator()
    m.addAction(action("find", _tr("&Find commitment"), lambda: _focus_filter(w), QKeySequence.StandardKey.Find,
                       _tr("Filter the commitments by ID, title or institution")))

    # View
    m = w.menuBar().addMenu(_tr("&View"))
    m.addAction(action("prev", _tr("&Previous commitment"), lambda: w.commitments.move(-1), "Ctrl+Up"))
    m.addAction(action("next", _tr("&Next commitment"), lambda: w.commitments.move(1), "Ctrl+Down"))
    m.addSeparator()
    for i, name in enumerate((_tr("Commitments"), _tr("Plan-level"), _tr("Dashboard"))):
        m.addAction(action(f"tab{i}", name, lambda _c=False, n=i: _tab(w, n), f"Ctrl+{i + 1}"))

    # Settings
    m = w.menuBar().addMenu(_tr("&Settings"))
    m.addAction(action("preferences", _tr("&Preferences…"), lambda: _preferences(w), None,
                       _tr("Your name, recorded on new assessments and with every change")))
    m.addAction(action("identity", _tr("Signing &identity\u2026"), lambda: w.exporter.show_identity(), None,
                       _tr("Your signing key and certificate: create, import, copy the fingerprint")))

    # Help
    m = w.menuBar().addMenu(_tr("&Help"))
    m.addAction(action("about", _tr("&About IRM Assessor"), lambda: _about(w)))
    m.addAction(action("about_qt", _tr("About &Qt"), QApplication.aboutQt))

    bar = QToolBar(_tr("Main"), w)
    bar.setObjectName("mainToolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for key in ("import", "new_assessment"):
        bar.addAction(acts[key])
    bar.addSeparator()
    bar.addAction(undo)
    bar.addAction(redo)
    w.addToolBar(bar)
    return acts


def redo_keys() -> list[QKeySequence]:
    """The platform's Redo keys plus Ctrl+Shift+Z, each once: a key listed twice is an
    "ambiguous shortcut" to Qt, which then triggers nothing (Redo did nothing on Linux)."""
    keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")]
    unique = dict.fromkeys(k.toString() for k in keys if not k.isEmpty())
    return [QKeySequence(k) for k in unique]


def _tab(w: MainWindow, n: int) -> None:
    if n < w.tabs.count():
        w.stack.setCurrentWidget(w.tabs)
        w.tabs.setCurrentIndex(n)


def _focus_filter(w: MainWindow) -> None:
    _tab(w, 0)
    w.commitments.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
    w.commitments.filter_edit.selectAll()


def _ask_import(w: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(w, _tr("Import an action plan"), "", _tr(IMPORT_FILTER))
    if path:
        w.import_file(Path(path))


def _ask_open(w: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(w, _tr("Open library"), "", _tr("Libraries (*.db);;All files (*)"))
    if path:
        w.open_library(Path(path))


def _new_assessment(w: MainWindow) -> None:
    plan = None
    aid = w.tree.current_assessment()
    if aid:
        plan = w.store.assessment(aid).plan_id
    elif w.tree.currentItem() is not None:
        plan = w.tree.currentItem().data(0, Qt.ItemDataRole.UserRole + 1)
    dialog = NewAssessmentDialog(w.library, w.store.who if w.store else "", plan, w)
    if dialog.exec():
        plan_id, form_key, researcher = dialog.choice()
        if researcher:
            w.set_researcher(researcher)
        w.create_assessment(plan_id, form_key, researcher)


def _preferences(w: MainWindow) -> None:
    dialog = PreferencesDialog(w.store.who if w.store else "", w)
    w.last_dialog = dialog
    if dialog.exec():
        w.set_researcher(dialog.value())
        w.statusBar().showMessage(_tr("Researcher: %s") % dialog.value(), 5000)


def _details(w: MainWindow) -> None:
    aid = w.tree.current_assessment()
    if not aid or w.store is None:
        w.statusBar().showMessage(_tr("Select an assessment first"), 5000)
        return
    a = w.library.assessment(aid)
    plan = w.library.plan(a.plan_id)
    dialog = AssessmentDetailsDialog(a, f"{plan.member} {plan.period}".strip(), w)
    w.last_dialog = dialog
    if dialog.exec() and dialog.value() != a.researcher:
        w.change_assessment_researcher(aid, dialog.value())


def about_text() -> str:
    return _tr(
        "<h3>IRM Assessor %s</h3><p>Assess OGP action plans with the IRM methodology, offline, "
        "and export signed reports.</p><p>Qt %s &middot; PySide6 %s &middot; Python %s</p>"
    ) % (__version__, qVersion(), pyside_version, platform.python_version())


def _about(w: MainWindow) -> None:
    w.last_dialog = show_message(w, _tr("About IRM Assessor"), about_text())
