"""The plan editor's header: member, code, number and period on one line, the title and the
themes below, each read from the plan and parsed back into the fields a plan edit changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from ...errors import InvalidInput
from ...model import ActionPlan
from ...operations import plans as ops
from ..widgets.wrapping_line import WrappingLineEdit


def line_edit(name: str, label: str, slot: Any, wrap: bool = False) -> QLineEdit | WrappingLineEdit:
    """A field of the editor: named for tests and screen readers, saved when editing ends."""
    edit = WrappingLineEdit() if wrap else QLineEdit()
    edit.setObjectName(f"plan_{name}")
    edit.setAccessibleName(label.replace("&", "").rstrip(":"))
    edit.editingFinished.connect(slot)
    return edit


class PlanHeader(QWidget):
    """The title and the themes wrap over the lines they need (one-line boxes cut a plan's title
    at every size); `edited` is called when a field's editing ends."""

    def __init__(self, edited: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QLineEdit | WrappingLineEdit] = {}
        cells = (("member", self.tr("&Member:"), 0, 0, 1), ("member_code", self.tr("C&ode:"), 0, 2, 1),
                 ("number", self.tr("N&o.:"), 0, 4, 1), ("period", self.tr("Pe&riod:"), 0, 6, 1),
                 ("title", self.tr("Plan t&itle:"), 1, 0, 7), ("themes", self.tr("Th&emes:"), 2, 0, 7))
        for key, label, row, col, span in cells:
            edit = line_edit(key, label, edited, wrap=row > 0)
            text = QLabel(label)
            text.setBuddy(edit)
            grid.addWidget(text, row, col, Qt.AlignmentFlag.AlignTop if row else Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(edit, row, col + 1, 1, span, Qt.AlignmentFlag.AlignTop if row else Qt.AlignmentFlag.AlignVCenter)
            self.edits[key] = edit
        for col, stretch in ((1, 3), (3, 1), (5, 1), (7, 2)):
            grid.setColumnStretch(col, stretch)
        self.edits["period"].setPlaceholderText("2024-2026")
        self.edits["themes"].setPlaceholderText(self.tr("comma-separated"))

    def show_plan(self, p: ActionPlan) -> None:
        """Only the fields whose text differs are set: a field being typed in keeps its cursor."""
        values = {"member": p.member, "member_code": p.member_code or "", "number": str(p.number or ""),
                  "period": p.period if p.period_end else str(p.period_start or ""), "title": p.title,
                  "themes": ", ".join(p.themes)}
        for key, edit in self.edits.items():
            if edit.text() != values[key]:
                edit.setText(values[key])
                edit.setCursorPosition(0)

    def changes(self, p: ActionPlan) -> tuple[dict[str, Any], dict[str, Any]]:
        """(old, new) values of the plan fields the header's text changes; InvalidInput (one line)
        for a period or a number that does not parse."""
        h = {k: e.text().strip() for k, e in self.edits.items()}
        start, end = ops.parse_period(h["period"])
        if h["number"] and not h["number"].isdigit():
            raise InvalidInput(self.tr("plan number %r: a whole number, e.g. 5") % h["number"])
        new = {"member": h["member"], "member_code": h["member_code"] or None,
               "number": int(h["number"]) if h["number"] else None, "title": h["title"],
               "period_start": start, "period_end": end,
               "themes": [t.strip() for t in h["themes"].split(",") if t.strip()]}
        changed = {k: v for k, v in new.items() if getattr(p, k) != v}
        return {k: getattr(p, k) for k in changed}, changed
