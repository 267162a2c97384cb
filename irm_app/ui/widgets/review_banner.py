"""The banner over a review copy: says whose signed work this is and why nothing is editable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...model import Assessment
from ..scripts import isolate, tooltip


class ReviewBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the signer's name comes from a certificate
        self.setStyleSheet("#reviewBanner { background: #e6eef8; color: #1d3a5f; border: 1px solid #9db4d3; "
                           "padding: 5px 8px; font-weight: bold; }")
        self.setAccessibleName(self.tr("Review copy"))
        self.hide()

    def show_for(self, a: Assessment | None) -> None:
        """Visible only for a read-only review copy opened from a signed package."""
        if a is None or not a.read_only:
            self.hide()
            return
        self.setText(self.tr("Review copy signed by %s (read-only)") % (isolate(signer_name(a.signer)) or
                                                                        self.tr("an unknown signer")))
        self.setToolTip(tooltip(self.tr("Signer: %s\nNothing in a review copy can be edited; open a newer package "
                                        "from the researcher to update it.") % isolate(a.signer or "?")))
        self.show()


def signer_name(signer: str | None) -> str:
    """'CN=Ana Pérez, E=…, O=IRM, C=CL (AB:CD…)' -> 'Ana Pérez, IRM': what a reader recognises."""
    if not signer:
        return ""
    subject = signer.rsplit(" (", 1)[0] if signer.endswith(")") else signer
    parts = dict(p.split("=", 1) for p in subject.split(", ") if "=" in p)
    if "CN" not in parts:
        return subject
    return ", ".join(x for x in (parts["CN"], parts.get("O")) if x)
