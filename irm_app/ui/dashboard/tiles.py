"""The dashboard's number tiles: progress toward done, and the government's claims beside the IRM's.

Widgets only: `DashboardWidget` counts (through `irm_app.breakdowns`) and hands them the numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from ...breakdowns import ClaimCounts

CLAIMED_MORE_COLOUR = "#a34a00"  # dark orange: readable on the light panel, says "look here"
TILES = (
    ("scored", QT_TRANSLATE_NOOP("DashboardWidget", "Scored"),
     QT_TRANSLATE_NOOP("DashboardWidget", "Commitments with every applicable field scored")),
    ("justified", QT_TRANSLATE_NOOP("DashboardWidget", "Justified"),
     QT_TRANSLATE_NOOP("DashboardWidget", "Commitments whose every set score that needs a justification has one")),
    ("with_evidence", QT_TRANSLATE_NOOP("DashboardWidget", "With evidence"),
     QT_TRANSLATE_NOOP("DashboardWidget", "Commitments with at least one evidence item linked")),
    ("revisit", QT_TRANSLATE_NOOP("DashboardWidget", "Flagged for revisit"),
     QT_TRANSLATE_NOOP("DashboardWidget", "Commitments you flagged to come back to")),
)  # the dashboard translates them with its own tr


@dataclass
class ProgressTile:
    """A big "12 / 36" number with a bar under it."""

    frame: QFrame
    number: QLabel
    bar: QProgressBar

    def set(self, value: int, total: int) -> None:
        loc = QLocale()  # the interface language's digits (1.234 in Spanish) and percent sign
        self.number.setText(f"{loc.toString(value)} / {loc.toString(total)}")
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(value)
        percent = round(100 * value / total) if total else 0
        self.bar.setFormat(loc.toString(percent) + loc.percent())

    @classmethod
    def make(cls, title: str, tip: str) -> ProgressTile:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setToolTip(tip)
        heading = QLabel(title)
        number = QLabel("–")
        font = QFont(number.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        number.setFont(font)
        number.setAccessibleName(title)
        bar = QProgressBar()
        bar.setAccessibleName(QCoreApplication.translate("DashboardWidget", "%s progress") % title)
        bar.setTextVisible(True)
        layout = QVBoxLayout(frame)
        layout.addWidget(heading)
        layout.addWidget(number)
        layout.addWidget(bar)
        return cls(frame, number, bar)


CLAIM_STEPS = (
    ("complete", QT_TRANSLATE_NOOP("ClaimsTile", "Reported complete")),
    ("in_progress", QT_TRANSLATE_NOOP("ClaimsTile", "Reported in progress")),
    ("not_started", QT_TRANSLATE_NOOP("ClaimsTile", "Reported not started")),
    ("other", QT_TRANSLATE_NOOP("ClaimsTile", "No or other status")),
)


class ClaimsTile(QFrame):
    """Government claims vs IRM: the reported status in three steps, and how often it claims more."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Government claims vs IRM"))
        heading = QLabel(self.tr("Government claims vs IRM"))
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #505050;")
        big = QFont(heading.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.numbers: dict[str, QLabel] = {}
        for col, (key, title) in enumerate(CLAIM_STEPS):
            number = QLabel("–")
            number.setFont(big)
            number.setAccessibleName(self.tr("Government: %s") % self.tr(title))
            self.numbers[key] = number
            grid.addWidget(number, 0, col)
            label = QLabel(self.tr(title))
            label.setWordWrap(True)  # a laptop's width: the labels wrap rather than widen the page
            grid.addWidget(label, 1, col)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.VLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(rule, 0, len(CLAIM_STEPS), 2, 1)
        more = QLabel("–")
        more.setFont(big)
        more.setStyleSheet(f"color: {CLAIMED_MORE_COLOUR};")
        more.setAccessibleName(self.tr("Government claimed more than the IRM assessed"))
        self.numbers["claimed_more"] = more
        self.compared = QLabel()
        self.compared.setWordWrap(True)
        grid.addWidget(more, 0, len(CLAIM_STEPS) + 1)
        grid.addWidget(self.compared, 1, len(CLAIM_STEPS) + 1)
        grid.setColumnStretch(len(CLAIM_STEPS) + 2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(self.note)

    def set(self, counts: ClaimCounts, field_label: str) -> None:
        for key, _title in CLAIM_STEPS:
            self.numbers[key].setText(str(getattr(counts, key)))
        self.numbers["claimed_more"].setText(str(counts.claimed_more))
        self.compared.setText(self.tr("claimed more than the IRM assessed (of %s compared)") % QLocale().toString(counts.compared))
        self.note.setText(
            self.tr("What the government reports about each commitment, beside the IRM's “%s” score. "
                    "Claims above the IRM's level need evidence in the justification.") % field_label
        )
        self.setToolTip(
            self.tr("Counted from the government's latest reported status of each commitment. A claim is compared "
                    "only when the commitment has both a recognised status and an IRM “%s” score.") % field_label
        )

    def values(self) -> dict[str, int]:
        """What the tile shows, as the user reads it."""
        return {key: int(label.text()) for key, label in self.numbers.items()}
