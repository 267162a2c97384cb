"""The main window's user actions: what each is called, its key and its tip, in one enum.

Handlers are callables passed in by whoever builds the actions (`menus.build_menus`), never the
window itself, so this module knows nothing of the window and a test can build every action
with its own handlers. Undo and redo are not here: Qt's undo group makes those actions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

Shortcut = str | QKeySequence.StandardKey | None
Handler = Callable[[], object]


class Action(Enum):
    """One user action; its value is the key `MainWindow.actions_` is looked up by."""

    IMPORT = "import"
    NEW_ASSESSMENT = "new_assessment"
    MARK_FINAL = "mark_final"
    MARK_DRAFT = "mark_draft"
    DELETE_ASSESSMENT = "delete_assessment"
    EXPORT_REPORT = "export_report"
    EXPORT_PACKAGE = "export_package"
    VERIFY = "verify"
    OPEN_PACKAGE = "open_package"
    OPEN_LIBRARY = "open"
    QUIT = "quit"
    DETAILS = "details"
    NEW_PLAN = "new_plan"
    EDIT_PLAN = "edit_plan"
    FIND = "find"
    PREVIOUS = "prev"
    NEXT = "next"
    TAB_COMMITMENTS = "tab0"
    TAB_PLAN = "tab1"
    TAB_DASHBOARD = "tab2"
    PREFERENCES = "preferences"
    IDENTITY = "identity"
    ABOUT = "about"
    ABOUT_QT = "about_qt"

    @property
    def spec(self) -> tuple[str, Shortcut, str]:
        """(menu text, shortcut, tip), untranslated."""
        return _SPECS[self]


_SPECS: dict[Action, tuple[str, Shortcut, str]] = {
    Action.IMPORT: ("&Import\u2026", "Ctrl+I",
                    "Import an action plan (JSON) or OGP's commitments table (CSV, XLSX); or drop a file"),
    Action.NEW_ASSESSMENT: ("&New assessment\u2026", QKeySequence.StandardKey.New,
                            "Start assessing a plan with a methodology form"),
    Action.MARK_FINAL: ("Mark &final", None, "Mark the selected assessment final (recorded in the audit log)"),
    Action.MARK_DRAFT: ("Mark &draft", None, "Mark the selected assessment a draft again"),
    Action.DELETE_ASSESSMENT: ("&Delete assessment…", None, "Delete the selected assessment, after confirmation"),
    Action.EXPORT_REPORT: ("&Export report\u2026", "Ctrl+E", "Write the selected assessment's report as Word or PDF"),
    Action.EXPORT_PACKAGE: ("Export signed &package\u2026", None,
                            "Sign the assessment, its reports and evidence into a verifiable .irmpkg"),
    Action.VERIFY: ("&Verify\u2026", None, "Check a package or signed PDF: intact, and who signed it"),
    Action.OPEN_PACKAGE: ("Open p&ackage for review\u2026", None,
                          "Verify a signed package, then open it read-only in this library"),
    Action.OPEN_LIBRARY: ("&Open library\u2026", QKeySequence.StandardKey.Open, "Open another library file"),
    Action.QUIT: ("&Quit", QKeySequence.StandardKey.Quit, ""),
    Action.DETAILS: ("Assessment &details…", None, "The researcher of the assessment shown (recorded on its report)"),
    Action.NEW_PLAN: ("&New plan\u2026", "Ctrl+Shift+P",
                      "Type a plan by hand: member, number, period, themes, then its commitments"),
    Action.EDIT_PLAN: ("&Edit plan\u2026", "Ctrl+P",
                       "Edit the selected plan's header, commitments and milestones (with undo)"),
    Action.FIND: ("&Find commitment", QKeySequence.StandardKey.Find, "Filter the commitments by ID, title or institution"),
    Action.PREVIOUS: ("&Previous commitment", "Ctrl+Up", ""),
    Action.NEXT: ("&Next commitment", "Ctrl+Down", ""),
    Action.TAB_COMMITMENTS: ("Commitments", "Ctrl+1", ""),
    Action.TAB_PLAN: ("Plan-level", "Ctrl+2", ""),
    Action.TAB_DASHBOARD: ("Dashboard", "Ctrl+3", ""),
    Action.PREFERENCES: ("&Preferences…", None, "Your name, recorded on new assessments and with every change"),
    Action.IDENTITY: ("Signing &identity\u2026", None,
                      "Your signing key and certificate: create, import, copy the fingerprint"),
    Action.ABOUT: ("&About IRM Assessor", None, ""),
    Action.ABOUT_QT: ("About &Qt", None, ""),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def build_actions(parent: QObject, handlers: Mapping[Action, Handler]) -> dict[Action, QAction]:
    """One QAction per Action, triggering its handler; every action must have one (a missing one is a bug)."""
    missing = [a.name for a in Action if a not in handlers]
    if missing:
        raise ValueError(f"no handler for {', '.join(missing)}")
    out: dict[Action, QAction] = {}
    for action in Action:
        text, shortcut, tip = action.spec
        qa = QAction(_tr(text), parent)
        if shortcut is not None:
            qa.setShortcut(QKeySequence(shortcut))
        if tip:
            qa.setToolTip(_tr(tip))
            qa.setStatusTip(_tr(tip))
        qa.triggered.connect(lambda _checked=False, h=handlers[action]: h())
        out[action] = qa
    return out
