"""The "New assessment" dialog: which plan, which methodology form, who researches it."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from ...library import Library
from ...methodology import available_forms, form_for_plan_year
from ..scripts import isolate

YEAR_ROLE = Qt.ItemDataRole.UserRole + 1


def start_year(period: str) -> int | None:
    """The first year of a plan's period ("2012-2014" -> 2012); None when it has none."""
    m = re.match(r"\s*(\d{4})", period)
    return int(m.group(1)) if m else None


class NewAssessmentDialog(QDialog):
    def __init__(self, library: Library, researcher: str, plan_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New assessment"))
        lay = QFormLayout(self)
        self.plan = QComboBox()
        self.plan.setAccessibleName(self.tr("Action plan"))
        for p in library.plans.summaries():
            self.plan.addItem(f"{isolate(p.member)} {p.period} ({p.id})", p.id)
            self.plan.setItemData(self.plan.count() - 1, start_year(p.period), YEAR_ROLE)
        # Two hundred plans: type any part of the member, period or id to narrow the list.
        self.plan.setEditable(True)
        self.plan.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.plan.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.plan.lineEdit().setPlaceholderText(self.tr("Type a member, a year or a plan id"))
        if plan_id and self.plan.findData(plan_id) >= 0:
            self.plan.setCurrentIndex(self.plan.findData(plan_id))
        self.form = QComboBox()
        self.form.setAccessibleName(self.tr("Methodology form"))
        self.forms = available_forms()
        for f in self.forms:
            self.form.addItem(f.title, f.key)  # the key is the item's data: the description is its tooltip
            self.form.setItemData(self.form.count() - 1, f.description, Qt.ItemDataRole.ToolTipRole)
        # The form follows the plan's period (forms' plans_from / plans_until) until the user picks one.
        self.form_chosen = False
        self.form.activated.connect(self._form_picked)
        self.plan.currentIndexChanged.connect(self._suggest_form)
        self._suggest_form()
        self.researcher = QLineEdit(researcher)
        self.researcher.setAccessibleName(self.tr("Researcher name"))
        lay.addRow(self.tr("&Plan:"), self.plan)
        lay.addRow(self.tr("&Methodology:"), self.form)
        lay.addRow(self.tr("&Researcher:"), self.researcher)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addRow(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.plan.count() > 0)

    def _form_picked(self, _index: int) -> None:
        self.form_chosen = True

    def _suggest_form(self) -> None:
        if self.form_chosen or self.plan.currentIndex() < 0:
            return
        fit = form_for_plan_year(self.forms, self.plan.itemData(self.plan.currentIndex(), YEAR_ROLE))
        if fit is not None:
            self.form.setCurrentIndex(self.form.findData(fit.key))

    def choice(self) -> tuple[str, str, str]:
        """(plan id, form key, researcher)."""
        return self.plan.currentData(), self.form.currentData(), self.researcher.text().strip()

    def accept(self) -> None:
        """Text typed that names no plan is not a plan: say so, keep the dialog and the text."""
        if self.plan.findText(self.plan.currentText()) < 0:
            self.plan.lineEdit().selectAll()
            self.plan.setToolTip(self.tr("No plan is called that: choose one from the list"))
            self.plan.setFocus()
            return
        self.plan.setCurrentIndex(self.plan.findText(self.plan.currentText()))
        super().accept()
