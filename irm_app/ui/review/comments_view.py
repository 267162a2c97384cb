"""The comments of one assessment (or of one commitment) in their threads, with what can be done
with a comment right there: reply, resolve or reopen, and change the score it is about.

Used twice: as the window's Comments view (a dock, with filters: open, by reviewer, by
commitment) and, locked to one commitment, in the commitment panel. Comments are text from
outside: every string here is set as plain text (tree items, a QPlainTextEdit, plain labels),
never as rich text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserFacingError
from ...interchange import CommentDoc
from ...operations.change import Change
from ...operations.comments import threads
from ...text_safety import plain
from ..store import Store
from . import terms
from .comments_tree import CommentsTree
from .door import ReviewDoor, is_review_change

COMMENT_ROLE = int(Qt.ItemDataRole.UserRole) + 40
ALL = ""
SHOWN_TEXT = 600  # characters of a comment in the list (the whole comment is in the box below it)


def about_text(c: CommentDoc, field_label: str = "") -> str:
    """Where a comment sits, in a few words (plain)."""
    parts = [c.commitment_id or ""]
    if c.field:
        parts.append(field_label or c.field)
    if c.section:
        parts.append(c.section)
    if c.cluster:
        parts.append(c.cluster)
    return " \u00b7 ".join(p for p in parts if p)


class CommentsView(QWidget):
    """`showCommitment(cid)` asks the window to select a commitment."""

    showCommitment = Signal(str)

    def __init__(self, store: Store, *, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.door = ReviewDoor(store)
        self.compact = compact
        self.aid: str | None = None
        self.cid: str | None = None  # locked to one commitment (the commitment panel)
        self.field_key: str | None = None  # only this field's comments (after a click in the form)
        self.shown: list[CommentDoc] = []
        self.setObjectName("commentsPanel" if compact else "commentsView")

        self.status = QComboBox()
        self.status.setObjectName("commentStatus")
        self.status.setAccessibleName(self.tr("Show comments"))
        for key, label in ((ALL, self.tr("All comments")), ("open", self.tr("Open")),
                           ("resolved", self.tr("Resolved"))):
            self.status.addItem(label, key)
        self.reviewer = QComboBox()
        self.reviewer.setObjectName("commentReviewer")
        self.reviewer.setAccessibleName(self.tr("Reviewer"))
        self.commitment = QComboBox()
        self.commitment.setObjectName("commentCommitment")
        self.commitment.setAccessibleName(self.tr("Commitment"))
        for combo in (self.status, self.reviewer, self.commitment):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        filters = QGridLayout()  # the commitment filter on a line of its own: in one row it read "Every co…"
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.status, 0, 0)
        filters.addWidget(self.reviewer, 0, 1)
        filters.setColumnStretch(0, 1)
        filters.setColumnStretch(1, 1)
        if not compact:
            filters.addWidget(self.commitment, 1, 0, 1, 2)
        self.commitment.setVisible(not compact)

        self.tree = CommentsTree()
        self.tree.setObjectName("commentsTree")
        self.tree.setAccessibleName(self.tr("Comments"))
        self.tree.setHeaderLabels([self.tr("Comment"), self.tr("By"), self.tr("About"), self.tr("Status")])
        self.tree.currentItemChanged.connect(lambda *_a: self._show_current())
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)

        self.detail = QPlainTextEdit()
        self.detail.setObjectName("commentDetail")
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("The comment"))
        self.detail.setMaximumHeight(110)
        self.answer = QPlainTextEdit()
        self.answer.setObjectName("replyText")
        self.answer.setAccessibleName(self.tr("Reply"))
        self.answer.setPlaceholderText(self.tr("Write a reply, or how the comment was handled"))
        self.answer.setMaximumHeight(60)
        self.reply_button = QPushButton(self.tr("&Reply"))
        self.reply_button.setObjectName("replyButton")
        self.reply_button.clicked.connect(self._reply)
        self.resolve_button = QPushButton(self.tr("Res&olve"))
        self.resolve_button.setObjectName("resolveButton")
        self.resolve_button.setToolTip(self.tr("Mark the thread resolved (with your name and the time); "
                                               "the reply box's text is kept as how it was handled"))
        self.resolve_button.clicked.connect(self._resolve_or_reopen)
        self.go_button = QPushButton(self.tr("Show commitment"))
        self.go_button.setObjectName("showCommitment")
        self.go_button.clicked.connect(self._go)
        self.go_button.setVisible(not compact)
        self.level = QComboBox()
        self.level.setObjectName("scoreFromComment")
        self.level.setAccessibleName(self.tr("New level"))
        self.also_resolve = QCheckBox(self.tr("and resolve"))
        self.also_resolve.setChecked(True)
        self.score_button = QPushButton(self.tr("Chan&ge the score here"))
        self.score_button.setObjectName("scoreButton")
        self.score_button.setToolTip(self.tr("Set the field this comment is about to the chosen level; "
                                             "the comment records the change"))
        self.score_button.clicked.connect(self._score)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        for w in (self.reply_button, self.resolve_button, self.go_button):
            actions.addWidget(w)
        actions.addStretch(1)
        score_row = QGridLayout()  # the button under the level: in one row they set the dock's width
        score_row.setContentsMargins(0, 0, 0, 0)
        score_row.addWidget(self.level, 0, 0)
        score_row.addWidget(self.also_resolve, 0, 1)
        score_row.addWidget(self.score_button, 1, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        score_row.setColumnStretch(0, 1)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(filters)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.count)
        lay.addWidget(self.detail)
        lay.addWidget(self.answer)
        lay.addLayout(actions)
        lay.addLayout(score_row)
        store.changed.connect(self._on_changed)
        self._show_current()

    # -- what is shown -------------------------------------------------------------------------
    def set_scope(self, aid: str | None, cid: str | None = None, field_key: str | None = None) -> None:
        self.aid, self.cid, self.field_key = aid, cid, field_key
        self.reload()

    def _on_changed(self, change: Change) -> None:
        if is_review_change(change, self.aid):
            self.reload()

    def _refill(self, combo: QComboBox, everyone: str, values: list[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, ALL)
        for v in values:
            combo.addItem(plain(v), v)
        i = combo.findData(current)
        combo.setCurrentIndex(max(i, 0))
        combo.blockSignals(False)

    def reload(self) -> None:
        keep = self._current().id if self._current() else None
        self.tree.clear()
        self.shown = []
        if not self.aid:
            self.count.setText("")
            self._show_current()
            return
        everything = self.door.comments(self.aid, commitment_id=self.cid)
        self._refill(self.reviewer, self.tr("Every reviewer"), sorted({c.author for c in everything if not c.parent_id}))
        if not self.compact:
            self._refill(self.commitment, self.tr("Every commitment"),
                         sorted({c.commitment_id for c in everything if c.commitment_id}))
        cid = self.cid or self.commitment.currentData() or None
        shown = self.door.comments(self.aid, status=self.status.currentData() or None,
                                   author=self.reviewer.currentData() or None, commitment_id=cid)
        if self.field_key:
            roots = {c.id for c in shown if c.field == self.field_key and not c.parent_id}
            shown = [c for c in shown if c.id in roots or c.parent_id in roots]
        self.shown = shown
        form = self.store.form(self.store.assessment(self.aid).form)
        labels = {f.key: f.label for f in form.fields}
        roles = dict(terms.roles())
        items: dict[str, QTreeWidgetItem] = {}
        target = None
        for c, _depth in threads(shown):
            text = plain(c.text)  # newlines as spaces: the list wraps it
            shown_text = text if len(text) <= SHOWN_TEXT else text[:SHOWN_TEXT].rstrip() + "\u2026"
            cols = [shown_text, f"{plain(c.author)} ({roles.get(c.role, c.role)})", about_text(c, labels.get(c.field or "", "")),
                    self._status_text(c)]
            parent = items.get(c.parent_id or "")
            item = QTreeWidgetItem(parent, cols) if parent is not None else QTreeWidgetItem(self.tree, cols)
            item.setData(0, COMMENT_ROLE, c.id)
            item.setToolTip(0, plain(c.text[:500]))
            items[c.id] = item
            if c.id == keep:
                target = item
        self.tree.expandAll()
        self.tree.fit_columns()
        opened = sum(1 for c in shown if not c.parent_id and c.status == "open")
        self.count.setText(self.tr("%d comments, %d open") % (sum(1 for c in shown if not c.parent_id), opened))
        if target is not None:
            self.tree.setCurrentItem(target)
        elif self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._show_current()

    def _status_text(self, c: CommentDoc) -> str:
        if c.parent_id:
            return ""
        if c.status == "resolved":
            return self.tr("resolved by %s") % plain(c.resolved_by or "?")
        return self.tr("open")

    def _current(self) -> CommentDoc | None:
        item = self.tree.currentItem() if hasattr(self, "tree") else None
        if item is None:
            return None
        cid = item.data(0, COMMENT_ROLE)
        return next((c for c in self.shown if c.id == cid), None)

    def _root(self, c: CommentDoc) -> CommentDoc:
        by_id = {x.id: x for x in self.shown}
        seen: set[str] = set()
        while c.parent_id in by_id and c.id not in seen:
            seen.add(c.id)
            c = by_id[c.parent_id]  # type: ignore[index]
        return c

    def _show_current(self) -> None:
        c = self._current()
        self.detail.setPlainText(self._detail_text(c) if c else "")
        has = c is not None
        root = self._root(c) if c else None
        self.reply_button.setEnabled(has)
        self.answer.setEnabled(has)
        self.resolve_button.setEnabled(has)
        self.resolve_button.setText(self.tr("Re&open") if root and root.status == "resolved" else self.tr("Res&olve"))
        self.go_button.setEnabled(bool(c and c.commitment_id))
        self._fill_levels(root)

    def _detail_text(self, c: CommentDoc) -> str:
        where = [about_text(c, self._field_label(c.field)), self._status_text(c)]  # also where the list has no room
        head = " \u00b7 ".join([plain(c.author), c.created_at[:16].replace('T', ' '), *(x for x in where if x)])
        lines = [head, "", plain(c.text, multiline=True)]
        if c.score_change:
            lines += ["", self.tr("Score changed here: %s \u2192 %s") % (c.score_change.get("old"),
                                                                       c.score_change.get("new"))]
        if c.status == "resolved" and not c.parent_id:
            when = (c.resolved_at or "")[:16].replace("T", " ")
            lines += ["", self.tr("Resolved by %s at %s") % (plain(c.resolved_by or "?"), when)]
            if c.note:
                lines.append(plain(c.note, multiline=True))
        if c.outdated:
            lines += ["", self.tr("Made on an older version of the package")]
        return "\n".join(lines)

    def _field_label(self, key: str | None) -> str:
        if not key or not self.aid:
            return ""
        f = next((x for x in self.store.form(self.store.assessment(self.aid).form).fields if x.key == key), None)
        return f.label if f is not None else key

    def _fill_levels(self, c: CommentDoc | None) -> None:
        self.level.clear()
        usable = bool(c and c.field and self.aid and not self.door.read_only(self.aid))
        if usable:
            assert c is not None and self.aid is not None
            form = self.store.form(self.store.assessment(self.aid).form)
            f = next((x for x in form.fields if x.key == c.field), None)
            if f is None or not f.levels or f.kind == "flags":
                usable = False
            else:
                for lv in f.levels:
                    self.level.addItem(plain(lv.label), lv.key)
                now = self.store.scores_for(self.aid, c.commitment_id).get(f.key)
                self.level.setCurrentIndex(max(self.level.findData(now.value if now else None), 0))
        for w in (self.level, self.also_resolve, self.score_button):
            w.setVisible(usable)

    # -- actions -------------------------------------------------------------------------------
    def _act(self, fn: object) -> bool:
        try:
            fn()  # type: ignore[operator]
        except UserFacingError:
            return False  # the Store said why (status bar)
        return True

    def _reply(self) -> None:
        c = self._current()
        text = self.answer.toPlainText().strip()
        if c is None or not text:
            self.answer.setFocus()
            return
        if self._act(lambda: self.door.reply(c.id, text)):
            self.answer.clear()

    def _resolve_or_reopen(self) -> None:
        c = self._current()
        if c is None:
            return
        root = self._root(c)
        if root.status == "resolved":
            self._act(lambda: self.door.reopen(root.id))
            return
        note = self.answer.toPlainText().strip() or None
        if self._act(lambda: self.door.resolve(root.id, note)):
            self.answer.clear()

    def _score(self) -> None:
        c = self._current()
        if c is None:
            return
        root = self._root(c)
        value = self.level.currentData()
        if value is not None:
            self._act(lambda: self.door.score_from_comment(root.id, value, resolve_it=self.also_resolve.isChecked()))

    def _go(self) -> None:
        c = self._current()
        if c and c.commitment_id:
            self.showCommitment.emit(c.commitment_id)

    def select_comment(self, comment_id: str) -> bool:
        for item in self.tree.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive):
            if item.data(0, COMMENT_ROLE) == comment_id:
                self.tree.setCurrentItem(item)
                return True
        return False
