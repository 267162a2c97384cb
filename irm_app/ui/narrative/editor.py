"""One narrative section being written: its title, the researcher's prompt, the typed markup,
a small toolbar that inserts markup, and a live word count against the suggested length.

The markup is typed, not rendered (docs/reports.md): what is in the box is what is stored, so
the researcher always sees the text the report is made from. The editor saves nothing itself:
after a short pause, or when it loses focus, it emits `edited(old, new)` and the page writes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...methodology.narrative import NarrativeSection
from ...model import EvidenceItem
from ...operations.narrative import CITATION, word_count
from ..scripts import shown

PAUSE_MS = 1500  # autosave after this long without typing


def normalized(text: str) -> str:
    """What the library stores for `text` (it strips ends and Windows line ends)."""
    return text.replace("\r\n", "\n").strip()


def short_ids(ids: list[str]) -> dict[str, str]:
    """Each evidence id's shortest unique prefix of at least 8 characters (what a citation shows:
    `set_narrative` stores the full id of a unique prefix)."""
    out = {}
    for full in ids:
        n = 8
        while n < len(full) and sum(other.startswith(full[:n]) for other in ids) > 1:
            n += 1
        out[full] = full[:n]
    return out


def _plain_label(text: str, name: str) -> QLabel:
    label = QLabel(shown(text, multiline=True))  # controls and bidi overrides of plan text dropped
    label.setTextFormat(Qt.TextFormat.PlainText)  # form and plan text are text, never markup
    label.setWordWrap(True)
    label.setObjectName(name)
    return label


class SectionEditor(QFrame):
    """The editor of one section for one target (the plan, a commitment or a cluster)."""

    edited = Signal(str, str)  # old stored text, new text

    def __init__(self, spec: NarrativeSection, evidence: Callable[[], list[EvidenceItem]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._evidence = evidence
        self.stored = ""  # the text the library holds for this section, as last loaded or saved
        self.setObjectName(f"narrative_{spec.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = _plain_label(spec.title, "sectionTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        head.addWidget(self.title, 1)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setObjectName("wordCount")
        head.addWidget(self.count, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        lay.addLayout(head)
        self.prompt = _plain_label(spec.prompt, "sectionPrompt")
        self.prompt.setStyleSheet("color: palette(placeholder-text);")
        lay.addWidget(self.prompt)
        lay.addLayout(self._toolbar())
        self.text = QPlainTextEdit()
        self.text.setObjectName("sectionText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Type here. Blank line: new paragraph; \"- \": bullet; "
                                             "**bold**, *italic*, [text](https://...), [E:id] cites evidence."))
        self.text.setMinimumHeight(90)
        self.text.setMaximumHeight(150)  # a column of sections, each a few lines tall; longer text scrolls
        self.text.installEventFilter(self)
        self.text.textChanged.connect(self._typed)
        lay.addWidget(self.text)
        self.message = _plain_label("", "sectionMessage")
        self.message.setStyleSheet("color: #a40000;")
        self.message.hide()
        lay.addWidget(self.message)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        self._loading = False
        self._update_count()

    # -- toolbar -------------------------------------------------------------------------------
    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(2)
        self.actions_: dict[str, QAction] = {}
        for key, label, tip, slot in (
            ("bold", self.tr("Bold"), self.tr("**bold**"), lambda: self.wrap("**")),
            ("italic", self.tr("Italic"), self.tr("*italic*"), lambda: self.wrap("*")),
            ("bullet", self.tr("Bullet"), self.tr("\"- \" at the start of each selected line"), self.bullet),
            ("link", self.tr("Link\u2026"), self.tr("[text](https://...)"), self._ask_link),
        ):
            action = QAction(label, self)
            action.setToolTip(tip)
            action.triggered.connect(slot)
            self.actions_[key] = action
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            bar.addWidget(button)
        self.cite_menu = QMenu(self)
        self.cite_menu.aboutToShow.connect(self._fill_citations)
        cite = QToolButton()
        cite.setObjectName("citeButton")
        cite.setText(self.tr("Cite evidence"))
        cite.setToolTip(self.tr("Insert [E:id]: the report prints the source's number"))
        cite.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        cite.setAutoRaise(True)
        cite.setMenu(self.cite_menu)
        self.cite_button = cite
        bar.addWidget(cite)
        bar.addStretch(1)
        return bar

    def wrap(self, mark: str) -> None:
        """Around the selection, or an empty pair with the cursor inside."""
        cur = self.text.textCursor()
        selected = cur.selectedText()
        cur.insertText(f"{mark}{selected}{mark}")
        if not selected:
            cur.movePosition(QTextCursor.MoveOperation.Left, n=len(mark))
        self.text.setTextCursor(cur)
        self.text.setFocus()

    def bullet(self) -> None:
        """Each line the selection touches becomes a bullet (already one: left alone)."""
        cur = self.text.textCursor()
        doc = self.text.document()
        first = doc.findBlock(cur.selectionStart()).blockNumber()
        last = doc.findBlock(cur.selectionEnd()).blockNumber()
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        for n in range(first, last + 1):
            block = doc.findBlockByNumber(n)
            if not block.text().lstrip().startswith(("- ", "* ")):
                edit.setPosition(block.position())
                edit.insertText("- ")
        edit.endEditBlock()
        self.text.setFocus()

    def insert_link(self, url: str) -> None:
        """The selection (or the address itself) as the link's text."""
        url = url.strip()
        if not url:
            return
        cur = self.text.textCursor()
        label = cur.selectedText() or url
        cur.insertText(f"[{label}]({url})")
        self.text.setTextCursor(cur)
        self.text.setFocus()

    def _ask_link(self) -> None:
        url, ok = QInputDialog.getText(self, self.tr("Link"), self.tr("Address (https://, http:// or mailto:)"),
                                       text="https://")
        if ok:
            self.insert_link(url)

    def cite(self, evidence_id: str) -> None:
        shown = short_ids([e.id for e in self._evidence()]).get(evidence_id, evidence_id)
        self.text.textCursor().insertText(f"[E:{shown}]")
        self.text.setFocus()

    def _fill_citations(self) -> None:
        self.cite_menu.clear()
        items = self._evidence()
        if not items:
            self.cite_menu.addAction(self.tr("No evidence in this assessment yet")).setEnabled(False)
        for item in items:
            shown = item.title if len(item.title) <= 70 else item.title[:69] + "\u2026"
            action = self.cite_menu.addAction(f"{shown}  [{item.id[:8]}]")
            action.triggered.connect(lambda _=False, eid=item.id: self.cite(eid))

    # -- text and saving -----------------------------------------------------------------------
    def load(self, stored: str) -> None:
        """Show what the library holds (undo, another assessment): no save is triggered."""
        self._timer.stop()
        self.stored = stored
        if self._expanded() != stored:
            self._loading = True
            try:
                self.text.setPlainText(self._contracted(stored))
            finally:
                self._loading = False
        self._update_count()

    def set_locked(self, reason: str) -> None:
        """A final assessment (or a review copy): read-only, and the one-line reason shown."""
        self.text.setReadOnly(bool(reason))
        for action in self.actions_.values():
            action.setEnabled(not reason)
        self.cite_button.setEnabled(not reason)
        self.show_message(reason)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def pending(self) -> bool:
        return self._expanded() != self.stored

    def _expanded(self) -> str:
        """The typed text with each citation's unique prefix as the full id, as the library stores it."""
        text = normalized(self.text.toPlainText())
        if "[E:" not in text:
            return text
        ids = [e.id for e in self._evidence()]

        def full(m: re.Match[str]) -> str:
            hits = [i for i in ids if i.startswith(m.group(1))]
            return f"[E:{hits[0]}]" if len(hits) == 1 else m.group(0)

        return CITATION.sub(full, text)

    def _contracted(self, stored: str) -> str:
        if "[E:" not in stored:
            return stored
        short = short_ids([e.id for e in self._evidence()])
        return CITATION.sub(lambda m: f"[E:{short.get(m.group(1), m.group(1))}]", stored)

    def flush(self) -> None:
        """Hand the typed text to the page if it differs from what is stored."""
        self._timer.stop()
        if self.pending() and not self.text.isReadOnly():
            self.edited.emit(self.stored, self.text.toPlainText())

    def _typed(self) -> None:
        self._update_count()
        if not self._loading:
            self._timer.start()

    def _update_count(self) -> None:
        n = word_count(self.text.toPlainText())
        if self.spec.words:
            self.count.setText(self.tr("%d / %d words suggested") % (n, self.spec.words))
            over = n > self.spec.words * 1.2
            self.count.setStyleSheet("color: #a40000;" if over else "")
        else:
            self.count.setText(self.tr("%d words") % n)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)
