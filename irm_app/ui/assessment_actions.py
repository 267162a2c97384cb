"""The selected assessment's lifecycle from the GUI: mark it draft or final, delete it.

Both go through the Store (operations.assessments, audited, the CLI's own); deleting asks first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ..errors import UserFacingError
from .dialogs.messages import show_error

if TYPE_CHECKING:
    from .main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


# The statuses shown in "Marked %s", marked so lupdate extracts them.
_STATUSES = (QT_TRANSLATE_NOOP("MainWindow", "final"), QT_TRANSLATE_NOOP("MainWindow", "draft"))


def _selected(w: MainWindow, what: str) -> str | None:
    aid = w.tree.current_assessment()
    if not aid:
        w.last_dialog = show_error(w, what, QCoreApplication.translate("MainWindow", "Select an assessment in the library first."))
    return aid


def set_status(w: MainWindow, status: str) -> bool:
    aid = _selected(w, QCoreApplication.translate("MainWindow", "Assessment status"))
    if not aid or w.store is None:
        return False
    w.flush_edits()
    try:
        w.store.set_status(aid, status)
    except UserFacingError as e:
        w.last_dialog = show_error(w, QCoreApplication.translate("MainWindow", "Assessment status"), str(e))
        return False
    w.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Marked %s") % _tr(status), 10000)
    return True


def ask_delete(w: MainWindow) -> QMessageBox | None:
    """A confirmation naming the assessment; Delete removes it (the audit log keeps the record)."""
    aid = _selected(w, QCoreApplication.translate("MainWindow", "Delete assessment"))
    if not aid or w.store is None:
        return None
    a = w.store.assessment(aid)
    n = sum(len(f) for f in w.store.scores(aid).values())
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("MainWindow", "Delete assessment"),
                      QCoreApplication.translate("MainWindow", "Delete \u201c%s\u201d with its %d recorded fields and its evidence?") % (a.title, n),
                      QMessageBox.StandardButton.Cancel, w)
    box.setInformativeText(QCoreApplication.translate("MainWindow", "A backup of the library is written first (irm-app backups lists it, irm-app restore puts it back). The audit log keeps a record of the deletion."))
    delete = box.addButton(QCoreApplication.translate("MainWindow", "&Delete"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    delete.clicked.connect(lambda: delete_assessment(w, aid))
    w.last_dialog = box
    box.open()
    return box


def delete_assessment(w: MainWindow, aid: str) -> bool:
    if w.store is None:
        return False
    w.flush_edits()
    w.show_assessment("")  # the views let go of it before it goes
    try:
        w.store.delete_assessment(aid)
    except UserFacingError as e:
        w.last_dialog = show_error(w, QCoreApplication.translate("MainWindow", "Delete assessment"), str(e))
        w.select(aid)
        return False
    w.update_stack()
    first = w.tree.first_assessment()
    if first:
        w.tree.select_assessment(first)
    return True
