"""Who the researcher is: asked once at first start, changed in Settings, and set per assessment.

The name is recorded on new assessments (the report's cover shows it) and with every change in
the audit log, so it must be the researcher's, not the computer's login name.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ...model import Assessment

SETTING = "researcher"
MAX_NAME = 200


def stored_researcher(settings: QSettings) -> str:
    return str(settings.value(SETTING, "") or "").strip()


class NameDialog(QDialog):
    """One line for a name; OK only once something is typed."""

    def __init__(self, title: str, intro: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("researcherDialog")
        lay = QFormLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            label.setMinimumWidth(380)
            lay.addRow(label)
        self.name = QLineEdit(name)
        self.name.setObjectName("researcherName")
        self.name.setMaxLength(MAX_NAME)
        self.name.setAccessibleName(self.tr("Researcher name"))
        self.name.setPlaceholderText(self.tr("e.g. Ana P\u00e9rez"))
        lay.addRow(self.tr("&Researcher:"), self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addRow(self.buttons)
        self.name.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.value()))

    def value(self) -> str:
        return " ".join(self.name.text().split())


def first_run_dialog(parent: QWidget | None = None) -> NameDialog:
    return NameDialog(
        NameDialog.tr("Welcome to IRM Assessor"),
        NameDialog.tr("Your name is recorded on the assessments you start and with every change you make. "
                      "You can change it later in Settings \u203a Preferences."),
        "", parent,
    )


def ask_researcher_once(settings: QSettings, parent: QWidget | None = None) -> str:
    """The stored name; at the first start (none stored) ask for it in a small dialog and keep it.
    Returns '' when the researcher declines (asked again next start)."""
    name = stored_researcher(settings)
    if name:
        return name
    dialog = first_run_dialog(parent)
    if dialog.exec() and dialog.value():
        settings.setValue(SETTING, dialog.value())
        settings.sync()
        return dialog.value()
    return ""


class PreferencesDialog(NameDialog):
    """Settings > Preferences: the researcher name used from now on."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Preferences"), self.tr(
            "The name recorded on new assessments and with every change. Assessments already "
            "started keep theirs: change one in Edit \u203a Assessment details."), name, parent)


class AssessmentDetailsDialog(NameDialog):
    """Edit > Assessment details: the researcher of one assessment (the report's cover shows it)."""

    def __init__(self, assessment: Assessment, plan_label: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Assessment details"), "", assessment.researcher, parent)
        lay = self.layout()
        assert isinstance(lay, QFormLayout)
        for i, (label, text) in enumerate((
            (self.tr("Assessment:"), assessment.title),
            (self.tr("Plan:"), plan_label),
            (self.tr("Form:"), f"{assessment.form} {assessment.form_version}"),
        )):
            value = QLabel()
            value.setTextFormat(value.textFormat().PlainText)  # titles come from imported files
            value.setText(text)
            lay.insertRow(i, label, value)
        if assessment.read_only:
            self.name.setReadOnly(True)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            lay.insertRow(3, QLabel(self.tr("A review copy is read-only.")))
