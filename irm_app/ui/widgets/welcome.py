"""First run: an empty library offers, in one click, the bundled sample plan and an assessment
of it, so a new user sees a real plan at once instead of an empty window."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...methodology import available_forms
from ...paths import sample_plan


def sample_title() -> str:
    """The sample's member and period, read from the file (never hard-coded)."""
    try:
        plan = json.loads(sample_plan().read_text(encoding="utf-8"))["plan"]
        return f"{plan.get('member', '')} {plan.get('period_start', '')}-{plan.get('period_end', '')}".strip()
    except (OSError, ValueError, KeyError):
        return ""


class WelcomePage(QWidget):
    """Emits `loadSample(form_key, researcher)` or `importRequested()`; the window does the work."""

    loadSample = Signal(str, str)
    importRequested = Signal()

    def __init__(self, researcher: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        box.setFixedWidth(600)  # a fixed width lets the wrapped intro compute its height
        lay = QVBoxLayout(box)
        title = QLabel("<h2>" + self.tr("Welcome to IRM Assessor") + "</h2>")
        lay.addWidget(title)
        intro = QLabel(self.tr(
            "This library is empty. Start with the sample action plan (%s) to see how scoring works, "
            "or import your country's plan."
        ) % (sample_title() or self.tr("bundled")))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_combo = QComboBox()
        self.form_combo.setAccessibleName(self.tr("Methodology form"))
        self.form_combo.setToolTip(self.tr("The IRM methodology the assessment follows"))
        self.form_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.form_combo.setMinimumContentsLength(30)
        for f in available_forms():
            self.form_combo.addItem(f.title, f.key)
        self.researcher = QLineEdit(researcher)
        self.researcher.setAccessibleName(self.tr("Researcher name"))
        self.researcher.setPlaceholderText(self.tr("Your name, recorded with every change"))
        form.addRow(self.tr("&Methodology:"), self.form_combo)
        form.addRow(self.tr("&Researcher:"), self.researcher)
        lay.addLayout(form)
        self.sample_button = QPushButton(self.tr("Load the sample plan and start an assessment"))
        self.sample_button.setObjectName("loadSample")
        self.sample_button.setDefault(True)
        self.sample_button.setToolTip(self.tr("Imports the bundled sample plan and creates an assessment of it"))
        self.sample_button.clicked.connect(self._load)
        lay.addWidget(self.sample_button)
        self.import_button = QPushButton(self.tr("Import an action plan\u2026"))
        self.import_button.setToolTip(self.tr("A plan as JSON, or OGP's commitments table (.csv, .xlsx)"))
        self.import_button.clicked.connect(self.importRequested)
        lay.addWidget(self.import_button)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def select_form(self, key: str) -> None:
        i = self.form_combo.findData(key)
        if i >= 0:
            self.form_combo.setCurrentIndex(i)

    def _load(self) -> None:
        self.loadSample.emit(self.form_combo.currentData(), self.researcher.text().strip())
