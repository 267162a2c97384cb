"""The review at a glance, on the dashboard: open comments, and the reviewers' states of the
commitments and of the report. Plain text (reviewer names are outside text)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...operations.change import Change
from ..store import Store
from .door import ReviewDoor, is_review_change
from .panel import states_text
from .terms import state_label


class ReviewSummary(QLabel):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewSummary")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.door = ReviewDoor(store)
        self.aid: str | None = None
        store.changed.connect(self._on_changed)
        self.hide()

    def set_assessment(self, aid: str | None) -> None:
        self.aid = aid
        self.refresh()

    def _on_changed(self, change: Change) -> None:
        if is_review_change(change, self.aid):
            self.refresh()

    def refresh(self) -> None:
        if not self.aid:
            self.hide()
            return
        threads = [c for c in self.door.comments(self.aid) if not c.parent_id]
        states = self.door.states(self.aid)
        if not threads and not states:
            self.hide()
            return
        per = Counter(state_label(s.state) for s in states if s.commitment_id)
        lines = [self.tr("Review: %d comments, %d open") % (len(threads), sum(c.status == "open" for c in threads))]
        if per:
            lines.append(self.tr("Commitments: %s") % ", ".join(f"{k} {n}" for k, n in sorted(per.items())))
        report = states_text(self.door, self.aid, None)
        if report:
            lines.append(self.tr("The report: %s") % report)
        self.setText("\n".join(lines))
        self.show()
