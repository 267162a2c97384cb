"""The government's self-assessment beside the IRM's own score, and a commitment's grand
challenge tags: two small widgets of the commitment's scoring column.

The claim is shown next to the completion field the form compares it with, so a researcher
who scores less than the government claimed sees it while choosing, not later in a report.
"""

from __future__ import annotations

import textwrap
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from ...methodology import Form
from ...model import GRAND_CHALLENGES, Commitment
from ...self_assessment import compare
from ..scripts import escape_html as escape
from ..widgets.wrapped_label import WrappedLabel


def _tr(text: str) -> str:
    return QCoreApplication.translate("Claims", text)


# The texts _tr looks up from inside f-strings, marked here so lupdate extracts them.
_EXTRACTED = (
    QT_TRANSLATE_NOOP("Claims", "Government's claim: none reported"),
    QT_TRANSLATE_NOOP("Claims", 'not scored yet'),
    QT_TRANSLATE_NOOP("Claims", 'Government’s claim'),
    QT_TRANSLATE_NOOP("Claims", 'IRM'),
    QT_TRANSLATE_NOOP("Claims", 'claims more than assessed'),
    QT_TRANSLATE_NOOP("Claims", 'consistent with the claim'),
)


def claim_html(form: Form, c: Commitment, values: dict[str, Any]) -> str:
    """'Government's claim: Complete (2024-02) · IRM: Limited · claims more than assessed'."""
    rule = form.self_report
    if rule is None:
        return ""
    [cmp] = compare(form, [c], {c.id: values})
    if not cmp.claimed:
        return "<span style='color:#555'>" + _tr("Government's claim: none reported") + "</span>"
    when = f" ({escape(cmp.claimed_date)})" if cmp.claimed_date else ""
    field = form.field(rule.field)
    level = field.level(cmp.assessed) if cmp.assessed else None
    assessed = escape(level.label) if level else _tr("not scored yet")
    parts = [
        f"<b>{_tr('Government’s claim')}:</b> {escape(cmp.claimed)}{when}",
        f"<b>{_tr('IRM')} ({escape(field.label)}):</b> {assessed}",
    ]
    if cmp.claimed_more:
        parts.append("<span style='color:#a33;font-weight:bold'>\u26a0 " + _tr("claims more than assessed") + "</span>")
    elif cmp.claimed_more is False:
        parts.append("<span style='color:#276b2c'>" + _tr("consistent with the claim") + "</span>")
    return " &nbsp;&middot;&nbsp; ".join(parts)


class ClaimLabel(WrappedLabel):
    """Framed line above the completion field; its text comes from `claim_html`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("governmentClaim")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAccessibleName(self.tr("Government's claim"))
        self.setToolTip(self.tr("The government's own latest reported status (self-assessment), never an IRM "
                                "score; compared with the IRM completion level by the form's rule"))
        self.setStyleSheet("#governmentClaim { background: #f4f1e8; border: 1px solid #d8d0b8; "
                           "border-radius: 3px; }")
        self.setContentsMargins(6, 4, 6, 4)  # margins, not CSS padding: heightForWidth counts these


# model.GRAND_CHALLENGES' labels (the core has no Qt), marked so lupdate extracts them.
_GRAND_CHALLENGE_LABELS = (
    QT_TRANSLATE_NOOP("GrandChallengesBox", "Improving public services"),
    QT_TRANSLATE_NOOP("GrandChallengesBox", "Increasing public integrity"),
    QT_TRANSLATE_NOOP("GrandChallengesBox", "More effectively managing public resources"),
    QT_TRANSLATE_NOOP("GrandChallengesBox", "Creating safer communities"),
    QT_TRANSLATE_NOOP("GrandChallengesBox", "Increasing corporate accountability"),
)

class GrandChallengesBox(QGroupBox):
    """One check box per OGP grand challenge; `edited(old, new)` when the user changes one."""

    edited = Signal(list, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Grand challenges"), parent)
        self.setObjectName("grandChallenges")
        self.setToolTip(self.tr("The OGP grand challenges this commitment addresses (for the report and "
                                "OGP's data)"))
        lay = QVBoxLayout(self)
        lay.setSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for key, english in GRAND_CHALLENGES.items():
            label = self.tr(english)  # marked in _GRAND_CHALLENGE_LABELS
            box = QCheckBox(_two_lines(label))  # a check box does not wrap: one long label widened the pane
            box.setObjectName(f"gc_{key}")
            box.setAccessibleName(self.tr("Grand challenge: %s") % label)
            box.clicked.connect(self._clicked)
            lay.addWidget(box)
            self.boxes[key] = box
        self._value: list[str] = []

    def value(self) -> list[str]:
        return list(self._value)

    def set_value(self, keys: list[str] | tuple[str, ...]) -> None:
        self._value = [k for k in GRAND_CHALLENGES if k in keys]
        for key, box in self.boxes.items():
            box.setChecked(key in self._value)

    def _clicked(self) -> None:
        new = [k for k, box in self.boxes.items() if box.isChecked()]
        old, self._value = self._value, new
        if new != old:
            self.edited.emit(old, new)


def _two_lines(label: str, width: int = 28) -> str:
    """'More effectively managing public resources' on two lines, so the box fits a narrow pane."""
    return label if len(label) <= width else textwrap.fill(label, width)
