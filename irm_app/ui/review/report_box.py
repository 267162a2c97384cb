"""Under the Comments view: a comment on the whole report or on a plan-level field, and the
review state of the report, for the assessment shown (a review copy included)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserFacingError
from ...operations.change import Change
from ...text_safety import plain
from ..store import Store
from . import terms
from .door import ReviewDoor, is_review_change
from .panel import states_text


class ReportReview(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportReview")
        self.store = store
        self.door = ReviewDoor(store)
        self.aid: str | None = None
        self.text = QPlainTextEdit()
        self.text.setObjectName("reportComment")
        self.text.setAccessibleName(self.tr("Comment on the report"))
        self.text.setPlaceholderText(self.tr("A comment on the whole report or the plan-level assessment"))
        self.text.setMaximumHeight(54)
        self.about = QComboBox()
        self.about.setObjectName("reportCommentAbout")
        self.about.setAccessibleName(self.tr("About"))
        self.role = QComboBox()
        self.role.setObjectName("reportCommentRole")
        self.role.setAccessibleName(self.tr("Role"))
        self.state = QComboBox()
        self.state.setObjectName("reportState")
        self.state.setAccessibleName(self.tr("Review state of the report"))
        for key, label in terms.roles():
            self.role.addItem(label, key)
        for key, label in terms.states():
            self.state.addItem(label, key)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("addReportComment")
        self.add_button.clicked.connect(self._add)
        self.state_button = QPushButton(self.tr("Set"))
        self.state_button.setObjectName("setReportState")
        self.state_button.setToolTip(self.tr("Set the review state of the report"))
        self.state_button.clicked.connect(self._set_state)
        self.state_label = QLabel()
        self.state_label.setObjectName("reportStates")
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label.setWordWrap(True)
        row = QGridLayout()  # what it is about on a line of its own: in one row it read "The whole"
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.about, 0, 0, 1, 2)
        row.addWidget(self.role, 1, 0)
        row.addWidget(self.add_button, 1, 1)
        row.setColumnStretch(0, 1)
        states = QHBoxLayout()
        states.setContentsMargins(0, 0, 0, 0)
        states.addWidget(self.state_label, 1)
        states.addWidget(self.state)
        states.addWidget(self.state_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.text)
        lay.addLayout(row)
        lay.addLayout(states)
        store.changed.connect(self._on_changed)
        self.set_assessment(None)

    def set_assessment(self, aid: str | None) -> None:
        self.aid = aid
        self.about.clear()
        if aid:
            self.about.addItem(self.tr("The whole report"), "")
            for f in self.store.form(self.store.assessment(aid).form).plan_fields:
                self.about.addItem(plain(f.label), f.key)
        for w in (self.text, self.about, self.role, self.add_button, self.state, self.state_button):
            w.setEnabled(bool(aid))
        self._show_state()

    def _on_changed(self, change: Change) -> None:
        if is_review_change(change, self.aid):
            self._show_state()

    def _show_state(self) -> None:
        text = states_text(self.door, self.aid, None) if self.aid else ""
        self.state_label.setText(self.tr("The report: %s") % text if text else self.tr("The report: no state yet"))

    def _add(self) -> None:
        text = self.text.toPlainText().strip()
        if not (self.aid and text):
            self.text.setFocus()
            return
        try:
            self.door.add_comment(self.aid, text, role=self.role.currentData(), field_key=self.about.currentData() or None)
        except UserFacingError:
            return
        self.text.clear()

    def _set_state(self) -> None:
        if self.aid:
            try:
                self.door.set_state(self.aid, self.state.currentData(), role=self.role.currentData(), commitment_id=None)
            except UserFacingError:
                return
