"""The banner over a review copy: says whose signed work this is and why nothing is editable."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ..model import Assessment


class ReviewBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewBanner")
        self.setWordWrap(True)
        self.setStyleSheet("#reviewBanner { background: #e6eef8; color: #1d3a5f; border: 1px solid #9db4d3; "
                           "padding: 5px 8px; font-weight: bold; }")
        self.setAccessibleName(self.tr("Review copy"))
        self.hide()

    def show_for(self, a: Assessment | None) -> None:
        """Visible only for a read-only review copy opened from a signed package."""
        if a is None or not a.read_only:
            self.hide()
            return
        self.setText(self.tr("Review copy signed by %s (read-only)") % (a.signer or self.tr("an unknown signer")))
        self.show()
