"""Menus, toolbar and shortcuts of the main window (File, Edit, View, Settings, Help).

The actions themselves (text, key, tip) are `actions.Action`; here is what each does in this window
(`handlers`) and where it sits (`_MENUS`).
"""

from __future__ import annotations

import platform
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QToolBar

from .. import __version__
from . import assessment_actions, i18n, window_state
from .actions import Action, Handler, build_actions
from .dialogs.messages import show_message

if TYPE_CHECKING:
    from .main_window import MainWindow

IMPORT_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Action plans (*.json *.csv *.tsv *.xlsx *.pdf *.docx);;All files (*)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class RecentMenu(QMenu):
    """File > Open Recent: the libraries opened before, newest first."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "Open &Recent"), window)
        self.window_ = window

    def refresh(self) -> None:
        self.clear()
        for path in window_state.recent_libraries(self.window_.settings):
            act = self.addAction(str(path))
            act.triggered.connect(lambda _c=False, p=path: self.window_.open_library(p))
        self.setEnabled(not self.isEmpty())


def _manage() -> Any:
    """The library tree's actions (imported on first use: they bring in the operations)."""
    from .library import manage

    return manage


def _plans() -> Any:
    from .plans import actions

    return actions


def handlers(w: MainWindow) -> dict[Action, Handler]:
    """What each action does in this window: the callables `actions.build_actions` connects."""
    return {
        Action.IMPORT: lambda: _ask_import(w),
        Action.NEW_ASSESSMENT: lambda: _new_assessment(w),
        Action.MARK_FINAL: lambda: assessment_actions.set_status(w, "final"),
        Action.MARK_DRAFT: lambda: assessment_actions.set_status(w, "draft"),
        Action.DELETE_ASSESSMENT: lambda: assessment_actions.ask_delete(w),
        Action.RENAME_ASSESSMENT: lambda: _manage().ask_rename_assessment(w),
        Action.DUPLICATE_ASSESSMENT: lambda: _manage().ask_duplicate_assessment(w),
        Action.RENAME_PLAN: lambda: _manage().ask_rename_plan(w),
        Action.DUPLICATE_PLAN: lambda: _manage().ask_duplicate_plan(w),
        Action.DELETE_PLAN: lambda: _manage().ask_delete_plan(w),
        Action.NEW_LIBRARY: lambda: _manage().ask_new_library(w),
        Action.EXPORT_REPORT: lambda: w.exporter.ask_report(),
        Action.EXPORT_PACKAGE: lambda: w.exporter.ask_package(),
        Action.VERIFY: lambda: w.exporter.show_verify(),
        Action.OPEN_PACKAGE: lambda: w.exporter.ask_open_package(),
        Action.IMPORT_REVIEW: lambda: w.reviewing.ask_import(),
        Action.EXPORT_REVIEW: lambda: w.reviewing.ask_export(),
        Action.COMMENTS: lambda: w.reviewing.show_comments(),
        Action.OPEN_LIBRARY: lambda: _ask_open(w),
        Action.QUIT: w.close,
        Action.DETAILS: lambda: _details(w),
        Action.NEW_PLAN: lambda: _plans().ask_new_plan(w),
        Action.EDIT_PLAN: lambda: _plans().open_editor(w),
        Action.FLAGGED_VALUES: lambda: _flagged_values(w),
        Action.FIND: lambda: _focus_filter(w),
        Action.SEARCH: w.show_search,
        Action.FILTER_LIBRARY: lambda: w.library_pane.focus_filter(),
        Action.PREVIOUS: lambda: w.commitments.move(-1),
        Action.NEXT: lambda: w.commitments.move(1),
        Action.TAB_COMMITMENTS: lambda: _tab(w, 0),
        Action.TAB_PLAN: lambda: _tab(w, 1),
        Action.TAB_DASHBOARD: lambda: _tab(w, 2),
        Action.PREFERENCES: lambda: _preferences(w),
        Action.IDENTITY: lambda: w.exporter.show_identity(),
        Action.TRUSTED_SIGNERS: lambda: w.exporter.show_trusted_signers(),
        Action.METHODOLOGY: lambda: _methodology(w),
        Action.ABOUT: lambda: _about(w),
        Action.ABOUT_QT: QApplication.aboutQt,
    }


_SEPARATOR = None
# Where each action sits: menu title -> actions in order (None: a separator; "recent": File > Open Recent,
# "undo": Undo and Redo from the window's undo group).
_MENUS: tuple[tuple[str, tuple[Action | str | None, ...]], ...] = (
    (QT_TRANSLATE_NOOP("MainWindow", "&File"), (Action.IMPORT, Action.NEW_ASSESSMENT, Action.RENAME_ASSESSMENT, Action.DUPLICATE_ASSESSMENT,
               Action.MARK_FINAL, Action.MARK_DRAFT, Action.DELETE_ASSESSMENT,
               _SEPARATOR, Action.EXPORT_REPORT, Action.EXPORT_PACKAGE, Action.VERIFY, Action.OPEN_PACKAGE,
               _SEPARATOR, Action.IMPORT_REVIEW, Action.EXPORT_REVIEW,
               _SEPARATOR, Action.NEW_LIBRARY, Action.OPEN_LIBRARY, "recent", _SEPARATOR, Action.QUIT)),
    (QT_TRANSLATE_NOOP("MainWindow", "&Edit"), ("undo", _SEPARATOR, Action.DETAILS, _SEPARATOR, Action.FIND, Action.SEARCH, Action.FILTER_LIBRARY)),
    (QT_TRANSLATE_NOOP("MainWindow", "&Plan"), (Action.NEW_PLAN, Action.EDIT_PLAN, Action.RENAME_PLAN, Action.DUPLICATE_PLAN,
                                               Action.FLAGGED_VALUES, _SEPARATOR, Action.DELETE_PLAN)),
    (QT_TRANSLATE_NOOP("MainWindow", "&View"), (Action.PREVIOUS, Action.NEXT, _SEPARATOR,
               Action.TAB_COMMITMENTS, Action.TAB_PLAN, Action.TAB_DASHBOARD, _SEPARATOR, Action.COMMENTS)),
    (QT_TRANSLATE_NOOP("MainWindow", "&Settings"), (Action.PREFERENCES, Action.IDENTITY, Action.TRUSTED_SIGNERS)),
    (QT_TRANSLATE_NOOP("MainWindow", "&Help"), (Action.METHODOLOGY, None, Action.ABOUT, Action.ABOUT_QT)),
)


def build_menus(w: MainWindow) -> dict[str, Any]:
    """The menus and toolbar; returns every action by its key (Action values, plus recent, undo, redo)."""
    built = build_actions(w, handlers(w))
    acts: dict[str, Any] = {a.value: qa for a, qa in built.items()}
    undo = w.undo.createUndoAction(w, QCoreApplication.translate("MainWindow", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = w.undo.createRedoAction(w, QCoreApplication.translate("MainWindow", "&Redo"))
    redo.setShortcuts(redo_keys())
    acts["undo"], acts["redo"] = undo, redo
    recent = RecentMenu(w)
    acts["recent"] = recent

    for title, entries in _MENUS:
        m = w.menuBar().addMenu(_tr(title))
        for entry in entries:
            if entry is None:
                m.addSeparator()
            elif entry == "recent":
                m.addMenu(recent)
            elif entry == "undo":
                m.addAction(undo)
                m.addAction(redo)
            else:
                assert isinstance(entry, Action)
                m.addAction(built[entry])

    bar = QToolBar(QCoreApplication.translate("MainWindow", "Main"), w)
    bar.setObjectName("mainToolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in (Action.IMPORT, Action.NEW_ASSESSMENT):
        bar.addAction(built[action])
    bar.addSeparator()
    acts["undo_button"] = _steady_button(bar, w.undo, undo, redo=False)
    acts["redo_button"] = _steady_button(bar, w.undo, redo, redo=True)
    w.addToolBar(bar)
    return acts


def _steady_button(bar: QToolBar, group: QUndoGroup, menu_action: QAction, *, redo: bool) -> QAction:
    """A toolbar Undo/Redo whose label never changes (the group's own action is renamed "Undo
    Score US0113…" at every step, which made the buttons jump); what it undoes is its tooltip."""
    label = QCoreApplication.translate("MainWindow", "&Redo" if redo else "&Undo")
    button = bar.addAction(label)
    button.setObjectName("redoButton" if redo else "undoButton")
    button.triggered.connect(group.redo if redo else group.undo)

    def follow(*_args: object) -> None:
        button.setEnabled(menu_action.isEnabled())
        button.setToolTip(menu_action.text().replace("&", ""))
    menu_action.changed.connect(follow)
    follow()
    return button


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
    path, _ = QFileDialog.getOpenFileName(w, QCoreApplication.translate("MainWindow", "Import an action plan"), "", _tr(IMPORT_FILTER))
    if path:
        w.import_file(Path(path))


def _ask_open(w: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(w, QCoreApplication.translate("MainWindow", "Open library"), "", QCoreApplication.translate("MainWindow", "Libraries (*.db);;All files (*)"))
    if path:
        w.open_library(Path(path))


def _new_assessment(w: MainWindow) -> None:
    from .dialogs.new_assessment import NewAssessmentDialog

    dialog = NewAssessmentDialog(w.library, w.store.who if w.store else "", selected_plan(w), w)
    if dialog.exec():
        plan_id, form_key, researcher = dialog.choice()
        if researcher:
            w.set_researcher(researcher)
        w.create_assessment(plan_id, form_key, researcher)


def selected_plan(w: MainWindow) -> str | None:
    """The plan of the assessment selected in the tree, or the plan selected (the tree starts on
    one whenever the library has a plan: MainWindow._install)."""
    aid = w.tree.current_assessment()
    if aid and w.store is not None:
        return w.store.assessment(aid).plan_id
    return w.tree.current_plan()  # a plan row, or a member row: its first plan


def _flagged_values(w: MainWindow) -> None:
    from .dialogs.import_result import FlaggedValuesDialog

    plan = selected_plan(w)
    if plan is None:
        w.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Select a plan first"), 5000)
        return
    dialog = FlaggedValuesDialog(w, plan)
    w.last_dialog = dialog
    dialog.open()


def _preferences(w: MainWindow) -> None:
    language = str(w.settings.value(i18n.SETTING, i18n.SYSTEM) or i18n.SYSTEM)
    from .dialogs.researcher import PreferencesDialog

    dialog = PreferencesDialog(w.store.who if w.store else "", w, language=language)
    w.last_dialog = dialog
    if dialog.exec():
        w.set_researcher(dialog.value())
        if dialog.language() != language:
            w.settings.setValue(i18n.SETTING, dialog.language())
            w.settings.sync()
        w.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Researcher: %s") % dialog.value(), 5000)


def _details(w: MainWindow) -> None:
    aid = w.tree.current_assessment()
    if not aid or w.store is None:
        w.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Select an assessment first"), 5000)
        return
    a = w.library.assessments.assessment(aid)
    plan = w.library.plans.plan(a.plan_id)
    from .dialogs.researcher import AssessmentDetailsDialog

    dialog = AssessmentDetailsDialog(a, f"{plan.member} {plan.period}".strip(), w)
    w.last_dialog = dialog
    if dialog.exec() and dialog.value() != a.researcher:
        w.change_assessment_researcher(aid, dialog.value())


def about_text() -> str:
    return QCoreApplication.translate(
        "MainWindow", "<h3>IRM Assessor %s</h3><p>Assess OGP action plans with the IRM methodology, offline, "
        "and export signed reports.</p><p>Qt %s &middot; PySide6 %s &middot; Python %s</p>"
    ) % (__version__, qVersion(), pyside_version, platform.python_version())


def _methodology(w: MainWindow) -> None:
    """Help > Methodology: the page of the form the assessment in view uses (in the interface language)."""
    from .dialogs.methodology import MethodologyDialog

    aid = w.tree.current_assessment()
    if not aid or w.store is None:
        w.last_dialog = show_message(w, QCoreApplication.translate("MainWindow", "Methodology"),
                                     QCoreApplication.translate("MainWindow", "Open an assessment first: this page "
                                                                "describes the methodology form it uses."))
        return
    dialog = MethodologyDialog(w.store.form(w.store.assessment(aid).form), w)
    w.last_dialog = dialog
    dialog.open()


def _about(w: MainWindow) -> None:
    w.last_dialog = show_message(w, QCoreApplication.translate("MainWindow", "About IRM Assessor"), about_text())
