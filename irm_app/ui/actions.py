"""The main window's user actions: what each is called, its key and its tip, in one enum.

Handlers are callables passed in by whoever builds the actions (`menus.build_menus`), never the
window itself, so this module knows nothing of the window and a test can build every action
with its own handlers. Undo and redo are not here: Qt's undo group makes those actions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
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
    RENAME_ASSESSMENT = "rename_assessment"
    DUPLICATE_ASSESSMENT = "duplicate_assessment"
    RENAME_PLAN = "rename_plan"
    DUPLICATE_PLAN = "duplicate_plan"
    DELETE_PLAN = "delete_plan"
    NEW_LIBRARY = "new_library"
    EXPORT_REPORT = "export_report"
    EXPORT_PACKAGE = "export_package"
    VERIFY = "verify"
    OPEN_PACKAGE = "open_package"
    IMPORT_REVIEW = "import_review"
    EXPORT_REVIEW = "export_review"
    COMMENTS = "comments"
    OPEN_LIBRARY = "open"
    QUIT = "quit"
    DETAILS = "details"
    NEW_PLAN = "new_plan"
    EDIT_PLAN = "edit_plan"
    FLAGGED_VALUES = "flagged_values"
    FIND = "find"
    SEARCH = "search"
    FILTER_LIBRARY = "filter_library"
    PREVIOUS = "prev"
    NEXT = "next"
    TAB_COMMITMENTS = "tab0"
    TAB_PLAN = "tab1"
    TAB_DASHBOARD = "tab2"
    PREFERENCES = "preferences"
    IDENTITY = "identity"
    TRUSTED_SIGNERS = "trusted_signers"
    METHODOLOGY = "methodology"
    ABOUT = "about"
    ABOUT_QT = "about_qt"

    @property
    def spec(self) -> tuple[str, Shortcut, str]:
        """(menu text, shortcut, tip), untranslated."""
        return _SPECS[self]


# Marked with QT_TRANSLATE_NOOP so lupdate extracts them; build_actions translates them.
_SPECS: dict[Action, tuple[str, Shortcut, str]] = {
    Action.IMPORT: (QT_TRANSLATE_NOOP("MainWindow", "&Import\u2026"), "Ctrl+I",
                    QT_TRANSLATE_NOOP("MainWindow", "Import an action plan (JSON) or OGP's commitments table (CSV, XLSX); or drop a file")),
    Action.NEW_ASSESSMENT: (QT_TRANSLATE_NOOP("MainWindow", "&New assessment\u2026"), QKeySequence.StandardKey.New,
                            QT_TRANSLATE_NOOP("MainWindow", "Start assessing a plan with a methodology form")),
    Action.MARK_FINAL: (QT_TRANSLATE_NOOP("MainWindow", "Mark &final"), None, QT_TRANSLATE_NOOP("MainWindow", "Mark the selected assessment final (recorded in the audit log)")),
    Action.MARK_DRAFT: (QT_TRANSLATE_NOOP("MainWindow", "Mark &draft"), None, QT_TRANSLATE_NOOP("MainWindow", "Mark the selected assessment a draft again")),
    Action.DELETE_ASSESSMENT: (QT_TRANSLATE_NOOP("MainWindow", "De&lete assessment…"), None, QT_TRANSLATE_NOOP("MainWindow", "Delete the selected assessment, after confirmation")),
    Action.RENAME_ASSESSMENT: (QT_TRANSLATE_NOOP("MainWindow", "Rena&me assessment\u2026"), "F2",
                               QT_TRANSLATE_NOOP("MainWindow", "Give the selected assessment another title")),
    Action.DUPLICATE_ASSESSMENT: (QT_TRANSLATE_NOOP("MainWindow", "D&uplicate assessment\u2026"), None,
                                  QT_TRANSLATE_NOOP("MainWindow", "A new draft starting from everything recorded in the selected assessment")),
    Action.RENAME_PLAN: (QT_TRANSLATE_NOOP("MainWindow", "&Rename plan\u2026"), None,
                         QT_TRANSLATE_NOOP("MainWindow", "Change the selected plan's title")),
    Action.DUPLICATE_PLAN: (QT_TRANSLATE_NOOP("MainWindow", "D&uplicate plan\u2026"), None,
                            QT_TRANSLATE_NOOP("MainWindow", "A copy of the selected plan's text and commitments under a new id")),
    Action.DELETE_PLAN: (QT_TRANSLATE_NOOP("MainWindow", "&Delete plan\u2026"), None,
                         QT_TRANSLATE_NOOP("MainWindow", "Delete the selected plan and its assessments, after confirmation (a backup is written first)")),
    Action.NEW_LIBRARY: (QT_TRANSLATE_NOOP("MainWindow", "New li&brary\u2026"), None,
                         QT_TRANSLATE_NOOP("MainWindow", "Create an empty library file and open it")),
    Action.EXPORT_REPORT: (QT_TRANSLATE_NOOP("MainWindow", "&Export report\u2026"), "Ctrl+E", QT_TRANSLATE_NOOP("MainWindow", "Write the selected assessment's report as Word or PDF")),
    Action.EXPORT_PACKAGE: (QT_TRANSLATE_NOOP("MainWindow", "Export signed &package\u2026"), None,
                            QT_TRANSLATE_NOOP("MainWindow", "Sign the assessment, its reports and evidence into a verifiable .irmpkg")),
    Action.VERIFY: (QT_TRANSLATE_NOOP("MainWindow", "&Verify\u2026"), None, QT_TRANSLATE_NOOP("MainWindow", "Check a package or signed PDF: intact, and who signed it")),
    Action.OPEN_PACKAGE: (QT_TRANSLATE_NOOP("MainWindow", "Open p&ackage for review\u2026"), None,
                          QT_TRANSLATE_NOOP("MainWindow", "Verify a signed package, then open it read-only in this library")),
    Action.IMPORT_REVIEW: (QT_TRANSLATE_NOOP("MainWindow", "Import revie&w…"), None,
                           QT_TRANSLATE_NOOP("MainWindow", "Merge a reviewer's signed .irmreview, or the comments of a reviewed Word file")),
    Action.EXPORT_REVIEW: (QT_TRANSLATE_NOOP("MainWindow", "E&xport review…"), None,
                           QT_TRANSLATE_NOOP("MainWindow", "Sign your comments and review states on this review copy into a .irmreview")),
    Action.COMMENTS: (QT_TRANSLATE_NOOP("MainWindow", "&Comments"), "Ctrl+Shift+M",
                      QT_TRANSLATE_NOOP("MainWindow", "The review comments of the assessment shown, with filters")),
    Action.OPEN_LIBRARY: (QT_TRANSLATE_NOOP("MainWindow", "&Open library\u2026"), QKeySequence.StandardKey.Open, QT_TRANSLATE_NOOP("MainWindow", "Open another library file")),
    Action.QUIT: (QT_TRANSLATE_NOOP("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit, ""),
    Action.DETAILS: (QT_TRANSLATE_NOOP("MainWindow", "Assessment &details…"), None, QT_TRANSLATE_NOOP("MainWindow", "The researcher of the assessment shown (recorded on its report)")),
    Action.NEW_PLAN: (QT_TRANSLATE_NOOP("MainWindow", "&New plan\u2026"), "Ctrl+Shift+P",
                      QT_TRANSLATE_NOOP("MainWindow", "Type a plan by hand: member, number, period, themes, then its commitments")),
    Action.EDIT_PLAN: (QT_TRANSLATE_NOOP("MainWindow", "&Edit plan\u2026"), "Ctrl+P",
                       QT_TRANSLATE_NOOP("MainWindow", "Edit the selected plan's header, commitments and milestones (with undo)")),
    Action.FLAGGED_VALUES: (QT_TRANSLATE_NOOP("MainWindow", "&Flagged values\u2026"), None,
                            QT_TRANSLATE_NOOP("MainWindow", "The values the selected plan's import could not read as levels, each with a jump to its commitment")),
    Action.FIND: (QT_TRANSLATE_NOOP("MainWindow", "&Find commitment"), QKeySequence.StandardKey.Find, QT_TRANSLATE_NOOP("MainWindow", "Filter the commitments by ID, title or institution")),
    Action.SEARCH: (QT_TRANSLATE_NOOP("MainWindow", "&Search everything\u2026"), "Ctrl+K",
                    QT_TRANSLATE_NOOP("MainWindow", "Find words in the plans' texts, justifications, evidence and narrative")),
    Action.FILTER_LIBRARY: (QT_TRANSLATE_NOOP("MainWindow", "Filter the &library"), "Ctrl+L",
                            QT_TRANSLATE_NOOP("MainWindow", "Narrow the library to a member, a plan, a year or a researcher")),
    Action.PREVIOUS: (QT_TRANSLATE_NOOP("MainWindow", "&Previous commitment"), "Ctrl+Up", ""),
    Action.NEXT: (QT_TRANSLATE_NOOP("MainWindow", "&Next commitment"), "Ctrl+Down", ""),
    Action.TAB_COMMITMENTS: (QT_TRANSLATE_NOOP("MainWindow", "Commitments"), "Ctrl+1", ""),
    Action.TAB_PLAN: (QT_TRANSLATE_NOOP("MainWindow", "Plan-level"), "Ctrl+2", ""),
    Action.TAB_DASHBOARD: (QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), "Ctrl+3", ""),
    Action.PREFERENCES: (QT_TRANSLATE_NOOP("MainWindow", "&Preferences…"), None, QT_TRANSLATE_NOOP("MainWindow", "Your name, recorded on new assessments and with every change; the interface language")),
    Action.IDENTITY: (QT_TRANSLATE_NOOP("MainWindow", "Signing &identity\u2026"), None,
                      QT_TRANSLATE_NOOP("MainWindow", "Your signing key and certificate: create, import, copy the fingerprint")),
    Action.TRUSTED_SIGNERS: (QT_TRANSLATE_NOOP("MainWindow", "Trusted &signers\u2026"), None,
                             QT_TRANSLATE_NOOP("MainWindow", "The signers and organisation CAs whose packages you trust")),
    Action.METHODOLOGY: (QT_TRANSLATE_NOOP("MainWindow", "&Methodology\u2026"), None,
                         QT_TRANSLATE_NOOP("MainWindow", "The methodology form of the assessment in view: its fields, "
                                           "levels and definitions")),
    Action.ABOUT: (QT_TRANSLATE_NOOP("MainWindow", "&About IRM Assessor"), None, ""),
    Action.ABOUT_QT: (QT_TRANSLATE_NOOP("MainWindow", "About &Qt"), None, ""),
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
