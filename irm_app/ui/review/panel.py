"""The selected commitment's review, in the commitment panel: its comments in threads, a box to
add one (about the commitment or one of its fields, under a role), and its review state.

Outside the scoring form on purpose: a review copy's form is disabled (its scores are
read-only) while its reviewer must still comment and set states here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
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
from .comments_view import CommentsView
from .door import ReviewDoor, is_review_change
from .terms import state_label


def states_text(door: ReviewDoor, aid: str, cid: str | None) -> str:
    """'Needs changes (Maria Lopez), Approved (Ana)' for one commitment (None: the report)."""
    got = [s for s in door.states(aid) if s.commitment_id == cid]
    return ", ".join(f"{state_label(s.state)} ({plain(s.reviewer)})" for s in got)


def review_states(store: Store, aid: str) -> dict[str, str]:
    """Commitment id -> its states as the table shows them ("Approved, Needs changes")."""
    door = ReviewDoor(store)
    out: dict[str, list[str]] = {}
    for s in door.states(aid):
        if s.commitment_id:
            out.setdefault(s.commitment_id, []).append(state_label(s.state))
    return {k: ", ".join(dict.fromkeys(v)) for k, v in out.items()}


class CommitmentReview(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.door = ReviewDoor(store)
        self.aid: str | None = None
        self.cid: str | None = None
        self.setObjectName("commitmentReview")

        self.comments = CommentsView(store, compact=True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("newComment")
        self.text.setTabChangesFocus(True)  # Tab moves on (the keyboard is never trapped in the box)
        self.text.setAccessibleName(self.tr("New comment"))
        self.text.setPlaceholderText(self.tr("A comment on this commitment or one of its fields"))
        self.text.setMaximumHeight(60)
        self.about = QComboBox()
        self.about.setObjectName("commentAbout")
        self.about.setAccessibleName(self.tr("About"))
        self.role = QComboBox()
        self.role.setObjectName("commentRole")
        self.role.setAccessibleName(self.tr("Role"))
        for key, label in terms.roles():
            self.role.addItem(label, key)
        self.add_button = QPushButton(self.tr("&Add comment"))
        self.add_button.setObjectName("addComment")
        self.add_button.clicked.connect(self._add)
        compose = QGridLayout()  # two rows: in one they were wider than the pane on a laptop
        compose.setContentsMargins(0, 0, 0, 0)
        compose.addWidget(self.about, 0, 0, 1, 2)
        compose.addWidget(self.role, 1, 0)
        compose.addWidget(self.add_button, 1, 1)
        compose.setColumnStretch(0, 1)

        self.state_label = QLabel()
        self.state_label.setObjectName("reviewStates")
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label.setWordWrap(True)
        self.state = QComboBox()
        self.state.setObjectName("reviewState")
        self.state.setAccessibleName(self.tr("Review state"))
        for key, label in terms.states():
            self.state.addItem(label, key)
        self.state_button = QPushButton(self.tr("Set &review state"))
        self.state_button.setObjectName("setReviewState")
        self.state_button.clicked.connect(self._set_state)
        states = QGridLayout()
        states.setContentsMargins(0, 0, 0, 0)
        states.addWidget(self.state_label, 0, 0, 1, 2)
        states.addWidget(self.state, 1, 0)
        states.addWidget(self.state_button, 1, 1)
        states.setColumnStretch(0, 1)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(states)
        lay.addWidget(self.comments, 1)
        lay.addWidget(self.text)
        lay.addLayout(compose)
        store.changed.connect(self._on_changed)
        self.set_commitment(None, None)

    def set_commitment(self, aid: str | None, cid: str | None) -> None:
        self.aid, self.cid = aid, cid
        self.about.clear()
        if aid and cid:
            self.about.addItem(self.tr("The commitment"), "")
            form = self.store.form(self.store.assessment(aid).form)
            for f in form.commitment_fields:
                self.about.addItem(plain(f.label), f.key)
        for w in (self.text, self.about, self.role, self.add_button, self.state, self.state_button):
            w.setEnabled(bool(aid and cid))
        self.comments.set_scope(aid if cid else None, cid)
        self._show_states()

    def about_field(self, field_key: str) -> None:
        """Comment on this field next (a click on a field's comments in the scoring form)."""
        i = self.about.findData(field_key)
        if i >= 0:
            self.about.setCurrentIndex(i)
        self.comments.set_scope(self.aid, self.cid, field_key or None)
        self.text.setFocus()

    def _on_changed(self, change: Change) -> None:
        if is_review_change(change, self.aid):
            self._show_states()

    def _show_states(self) -> None:
        text = states_text(self.door, self.aid, self.cid) if self.aid and self.cid else ""
        self.state_label.setText(self.tr("Review: %s") % text if text else self.tr("Review: no state yet"))

    def _add(self) -> None:
        text = self.text.toPlainText().strip()
        if not (self.aid and self.cid and text):
            self.text.setFocus()
            return
        try:
            self.door.add_comment(self.aid, text, role=self.role.currentData(), commitment_id=self.cid,
                                  field_key=self.about.currentData() or None)
        except UserFacingError:
            return
        self.text.clear()

    def _set_state(self) -> None:
        if self.aid and self.cid:
            try:
                self.door.set_state(self.aid, self.state.currentData(), role=self.role.currentData(),
                                    commitment_id=self.cid)
            except UserFacingError:
                return
