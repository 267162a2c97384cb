"""Rename, duplicate and delete (assessments and plans), New library: what the File and Plan
menus and the library tree's context menu do. Every change is an `operations.manage` call
through the Store; a deletion asks first, naming what goes, and a backup is written before it.
A dialog that fails keeps what the user typed and says why on one line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserFacingError, one_line
from ...operations import manage as ops
from ..dialogs.messages import show_error
from .tree import KIND_ROLE

if TYPE_CHECKING:
    from ..main_window import MainWindow


class TextDialog(QDialog):
    """One line to type (a title, a plan id); `apply` writes it, and a refusal stays in the dialog."""

    def __init__(self, title: str, label: str, text: str, apply: Callable[[str], object],
                 parent: QWidget | None = None, note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.apply = apply
        self.edit = QLineEdit(text)
        self.edit.setObjectName("manageText")
        self.edit.selectAll()
        self.edit.setAccessibleName(label.replace("&", ""))
        self.error = QLabel()
        self.error.setObjectName("manageError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(label, self.edit)
        lay = QVBoxLayout(self)
        if note:
            hint = QLabel(note)
            hint.setWordWrap(True)
            lay.addWidget(hint)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.result_: object = None

    def accept(self) -> None:
        try:
            self.result_ = self.apply(self.edit.text())
        except UserFacingError as e:
            self.error.setText(one_line(e))  # the text stays as typed
            return
        super().accept()


def _open(w: MainWindow, dialog: QDialog) -> QDialog:
    w.last_dialog = dialog
    dialog.open()
    return dialog


def _assessment(w: MainWindow) -> str | None:
    aid = w.tree.current_assessment()
    if not aid:
        w.statusBar().showMessage(QCoreApplication.translate("Manage", "Select an assessment in the library first"), 5000)
    return aid


def _plan(w: MainWindow) -> str | None:
    pid = w.tree.current_plan()
    if not pid:
        w.statusBar().showMessage(QCoreApplication.translate("Manage", "Select a plan in the library first"), 5000)
    return pid


def ask_rename_assessment(w: MainWindow) -> QDialog | None:
    aid = _assessment(w)
    if not aid:
        return None
    a = w.store.assessment(aid)

    def apply(text: str) -> None:
        w.store.run(lambda: ops.rename_assessment(w.library, aid, text, who=w.store.who))
        w.tree.select_assessment(aid)

    return _open(w, TextDialog(QCoreApplication.translate("Manage", "Rename assessment"), QCoreApplication.translate("Manage", "&Title:"), a.title, apply, w))


def ask_duplicate_assessment(w: MainWindow) -> QDialog | None:
    aid = _assessment(w)
    if not aid:
        return None
    a = w.store.assessment(aid)
    w.flush_edits()

    def apply(text: str) -> str:
        change = w.store.run(lambda: ops.duplicate_assessment(w.library, aid, title=text, who=w.store.who,
                                                              researcher=w.store.who or a.researcher))
        w.tree.select_assessment(change.result.id)
        w.statusBar().showMessage(QCoreApplication.translate("Manage", "Duplicated: the copy is a draft with every score, justification, "
                                      "evidence item and section of the original"), 10000)
        return change.result.id

    note = QCoreApplication.translate("Manage", "A new draft of the same plan and form, starting from everything recorded in this one "
               "(e.g. the end-of-term review from the progress assessment).")
    return _open(w, TextDialog(QCoreApplication.translate("Manage", "Duplicate assessment"), QCoreApplication.translate("Manage", "&Title of the copy:"),
                               QCoreApplication.translate("Manage", "%s (copy)") % a.title, apply, w, note))


def ask_rename_plan(w: MainWindow) -> QDialog | None:
    pid = _plan(w)
    if not pid:
        return None
    from ...operations import plans as plan_ops

    def apply(text: str) -> None:
        w.store.run(lambda: plan_ops.edit_plan(w.library, pid, {"title": " ".join(text.split())}, who=w.store.who))
        w.tree.select_plan(pid)

    return _open(w, TextDialog(QCoreApplication.translate("Manage", "Rename plan"), QCoreApplication.translate("Manage", "&Title:"), w.store.plan(pid).title, apply, w))


def ask_duplicate_plan(w: MainWindow) -> QDialog | None:
    pid = _plan(w)
    if not pid:
        return None

    def apply(text: str) -> str:
        new_id = text.strip()
        w.store.run(lambda: ops.duplicate_plan(w.library, pid, new_id, who=w.store.who))
        w.tree.select_plan(new_id)
        return new_id

    note = QCoreApplication.translate("Manage", "A copy of the plan's text and commitments under a new id; its assessments stay with the original.")
    return _open(w, TextDialog(QCoreApplication.translate("Manage", "Duplicate plan"), QCoreApplication.translate("Manage", "&ID of the copy:"), f"{pid}_copy", apply, w, note))


def ask_delete_plan(w: MainWindow) -> QMessageBox | None:
    pid = _plan(w)
    if not pid:
        return None
    plan = w.store.plan(pid)
    n_assessments, n_fields = ops.plan_usage(w.library, pid)
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Manage", "Delete plan"),
                      QCoreApplication.translate("Manage", "Delete the plan \u201c%s %s\u201d with its %d commitments, %d assessments and "
                          "their %d recorded fields?") % (plan.member, plan.period, len(plan.commitments),
                                                          n_assessments, n_fields),
                      QMessageBox.StandardButton.Cancel, w)
    box.setInformativeText(QCoreApplication.translate("Manage", "A backup of the library is written first (irm-app backups lists it, "
                               "irm-app restore puts it back). The audit log keeps a record of the deletion."))
    delete = box.addButton(QCoreApplication.translate("Manage", "&Delete plan"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    delete.clicked.connect(lambda: delete_plan(w, pid))
    w.last_dialog = box
    box.open()
    return box


def delete_plan(w: MainWindow, pid: str) -> bool:
    w.flush_edits()
    w.show_assessment("")  # the views let go of it before it goes
    try:
        change = w.store.run(lambda: ops.delete_plan(w.library, pid, who=w.store.who))
    except UserFacingError as e:
        w.last_dialog = show_error(w, QCoreApplication.translate("Manage", "Delete plan"), str(e))
        w.tree.select_plan(pid)
        return False
    w.update_stack()
    first = w.tree.first_assessment()
    if first:
        w.tree.select_assessment(first)
    w.statusBar().showMessage(QCoreApplication.translate("Manage", "Plan deleted; the backup written before is %s") % change.result.name, 15000)
    return True


def ask_new_library(w: MainWindow) -> bool:
    """File > New library: a new, empty library file (an existing file is opened, never replaced)."""
    path, _ = QFileDialog.getSaveFileName(w, QCoreApplication.translate("Manage", "New library"), "library.db", QCoreApplication.translate("Manage", "Libraries (*.db)"),
                                          options=QFileDialog.Option.DontConfirmOverwrite)
    if not path:
        return False
    return new_library(w, Path(path))


def new_library(w: MainWindow, path: Path) -> bool:
    if path.suffix == "":
        path = path.with_suffix(".db")
    if path.exists():
        w.last_dialog = show_error(w, QCoreApplication.translate("Manage", "New library"), QCoreApplication.translate("Manage", "%s already exists: File > Open library\u2026 "
                                                             "opens it; choose another name for a new one.") % path.name)
        return False
    return w.open_library(path)


def context_menu(w: MainWindow, pos: QPoint) -> QMenu | None:
    """The tree's context menu for the item under the pointer (its actions are the menu bar's)."""
    item = w.tree.itemAt(pos)
    if item is None:
        return None
    w.tree.setCurrentItem(item)
    kind = item.data(0, KIND_ROLE)
    a = w.actions_
    menu = QMenu(w)
    menu.setObjectName("libraryMenu")
    if kind == "assessment":
        keys = ["rename_assessment", "duplicate_assessment", "details", None, "mark_final", "mark_draft",
                "export_report", None, "delete_assessment"]
    elif kind == "plan":
        keys = ["new_assessment", "edit_plan", "rename_plan", "duplicate_plan", "flagged_values", None,
                "delete_plan"]
    else:
        keys = ["new_assessment", "new_plan"]
    for key in keys:
        if key is None:
            menu.addSeparator()
        else:
            menu.addAction(a[key])
    w.last_menu = menu
    menu.popup(w.tree.viewport().mapToGlobal(pos))
    return menu

