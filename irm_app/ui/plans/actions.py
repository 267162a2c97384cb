"""Plan > New plan… and Plan > Edit plan… (also a double-click on a plan in the library tree)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ...errors import UserFacingError, one_line
from ...operations import plans as ops
from .editor import PlanEditor

if TYPE_CHECKING:

    from ..main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanActions", text)


class NewPlanDialog(QDialog):
    """Member, code, number, period, themes: what a plan needs before its commitments are typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPlanDialog")
        self.setWindowTitle(_tr("New plan"))
        lay = QFormLayout(self)
        self.member, self.code, self.number = QLineEdit(), QLineEdit(), QLineEdit()
        self.period, self.themes, self.plan_id = QLineEdit(), QLineEdit(), QLineEdit()
        self.period.setPlaceholderText("2024-2026")
        self.themes.setPlaceholderText(_tr("comma-separated"))
        self.plan_id.setPlaceholderText(_tr("default AP_<code><nn>"))
        for label, w in ((_tr("&Member:"), self.member), (_tr("Member &code:"), self.code),
                         (_tr("&Number:"), self.number), (_tr("&Period:"), self.period),
                         (_tr("&Themes:"), self.themes), (_tr("Plan &id:"), self.plan_id)):
            w.setAccessibleName(label.replace("&", "").rstrip(":"))
            lay.addRow(label, w)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("QLabel { color: #a00000; }")
        lay.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addRow(self.buttons)
        self.create: Callable[[dict[str, Any]], str | None] | None = None
        self.created: str | None = None

    def values(self) -> dict[str, Any]:
        number = self.number.text().strip()
        if number and not number.isdigit():
            raise UserFacingError(f"plan number {number!r}: a whole number, e.g. 5")
        return {"member": self.member.text().strip(), "member_code": self.code.text().strip().upper() or None,
                "number": int(number) if number else None, "period": self.period.text(),
                "themes": [t.strip() for t in self.themes.text().split(",") if t.strip()],
                "plan_id": self.plan_id.text().strip() or None}

    def accept(self) -> None:
        """Creates the plan; a refusal stays in the dialog with its reason."""
        try:
            if self.create is not None:
                self.created = self.create(self.values())
        except UserFacingError as e:
            self.error.setText(one_line(e))
            return
        super().accept()


def current_plan(w: MainWindow) -> str | None:
    aid = w.tree.current_assessment()
    if aid and w.store is not None:
        return w.store.assessment(aid).plan_id
    item = w.tree.currentItem()
    return item.data(0, Qt.ItemDataRole.UserRole + 1) if item is not None else None


def open_editor(w: MainWindow, plan_id: str | None = None) -> PlanEditor | None:
    plan_id = plan_id or current_plan(w)
    if not plan_id or w.store is None:
        w.statusBar().showMessage(_tr("Select a plan first (or Plan > New plan…)"), 5000)
        return None
    editor = PlanEditor(w.store, plan_id, w)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    w.last_dialog = w.plan_editor = editor  # type: ignore[attr-defined]
    editor.show()
    return editor


def ask_new_plan(w: MainWindow) -> NewPlanDialog:
    dialog = NewPlanDialog(w)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def create(values: dict[str, Any]) -> str:
        assert w.store is not None
        store = w.store
        return store.run(lambda: ops.new_plan(store.library, who=store.who, **values)).result.id

    dialog.create = create
    dialog.accepted.connect(lambda: open_editor(w, dialog.created))
    w.last_dialog = dialog
    dialog.open()
    return dialog
