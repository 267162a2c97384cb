"""The review step: a plan read from the government's PDF or Word document, corrected before it is saved.

Left, the document's text with its pages and paragraph numbers (read-only, plain text); middle,
the commitments detected; right, the selected commitment's fields, confidence note and
milestones (commitment_panel.py). The corrections are `intake.edits` functions on the
DetectedPlan, the review's working copy; Save turns it into a bundle and writes it in ONE
transaction through `operations.assessments.import_bundle` (Store.run). A refused save keeps the
dialog and every correction open, with the reason in one line.

Keyboard-first: Ctrl+Up / Ctrl+Down previous / next commitment, Ctrl+T split at the cursor (or
at the selected milestone), Ctrl+J merge with the next, Ctrl+M the selected text (of a field or
the document) to milestones, Ctrl+Shift+M the selected milestone back to text, Ctrl+R move the
selected text to the field chosen beside it, Ctrl+L show the source in the document, Ctrl+S save.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserFacingError, one_line
from ...intake import edits
from ...intake.detected import DetectedPlan, Span
from ...operations import assessments as assessment_ops
from ...operations.plans import default_plan_id, parse_period
from ..scripts import isolate
from ..store import Store
from ..widgets import screen_fit
from ..widgets.wrapping_line import WrappingLineEdit
from .commitment_panel import TAB_FIELDS, CommitmentPanel, field_label, plain_label
from .document_view import DocumentView

PREFERRED = QSize(1600, 1000)  # the document, the list and the editor side by side


class ReviewDialog(QDialog):
    saved = Signal(object)  # the ImportResult, after the one transaction committed

    def __init__(self, store: Store, detected: DetectedPlan, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.detected, self.path = store, detected, Path(path)
        self.result_: object | None = None
        self._last_text: QPlainTextEdit | None = None
        self.setObjectName("reviewDialog")
        self.setWindowTitle(self.tr("Review the plan read from %s") % isolate(self.path.name))
        lay = QVBoxLayout(self)
        lay.addLayout(self._header())
        self.doc = DocumentView(detected.paragraphs)
        self.doc.setAccessibleName(self.tr("The document's text"))
        self.doc.installEventFilter(self)
        self.list = QListWidget()
        self.list.setObjectName("reviewCommitments")
        self.list.setAccessibleName(self.tr("Detected commitments"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._show)
        self.panel = CommitmentPanel()
        self.panel.edited.connect(self._refresh_titles)
        self.panel.textFocused.connect(self._text_focused)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(plain_label(self.tr("The document (%s layout, %d paragraphs):") % (  # wraps in a narrow pane
            detected.layout, len(detected.paragraphs))))
        ll.addWidget(self.doc)
        middle = QWidget()
        ml = QVBoxLayout(middle)
        ml.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel()
        ml.addWidget(self.count_label)
        ml.addWidget(self.list)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for w in (left, middle, self.panel):
            self.splitter.addWidget(w)
        self.splitter.setSizes([400, 240, 640])
        lay.addWidget(self.splitter, 1)
        lay.addLayout(self._buttons())
        hints = plain_label(" \u00b7 ".join(self.hints))
        hints.setObjectName("reviewKeys")
        hints.setStyleSheet("QLabel { color: #555; }")
        lay.addWidget(hints)
        self.error = plain_label()
        self.error.setObjectName("reviewError")
        self.error.setStyleSheet("QLabel { color: #a00000; }")
        lay.addWidget(self.error)
        for b in self.findChildren(QPushButton):  # Enter in a field must not press a button: Ctrl+S saves
            b.setAutoDefault(False)
        self._tab_order()
        self._load_list(0)
        self.fit_to_screen()

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """Roomy on a monitor, inside a laptop's screen (`available`: the screen's free area)."""
        screen_fit.fit_to_screen(self, PREFERRED, available)

    # -- building ------------------------------------------------------------------------------
    def _header(self) -> QGridLayout:
        """The plan's member, code, number, period and id on one line; its themes below, wrapped."""
        grid = QGridLayout()
        self.member, self.member_code, self.number = QLineEdit(), QLineEdit(), QLineEdit()
        self.period, self.plan_id = QLineEdit(), QLineEdit()
        self.themes = WrappingLineEdit(max_lines=2)
        self.period.setPlaceholderText("2024-2026")
        self.plan_id.setPlaceholderText(self.tr("AP_<code><nn>"))
        self.themes.setText(", ".join(dict.fromkeys(c.theme for c in self.detected.commitments if c.theme)))
        self.themes.setCursorPosition(0)
        self.themes.setPlaceholderText(self.tr("themes, comma-separated"))
        col = 0
        for label, w, name, stretch in ((self.tr("&Member:"), self.member, "member", 3),
                                        (self.tr("C&ode:"), self.member_code, "memberCode", 1),
                                        (self.tr("&No.:"), self.number, "planNumber", 1),
                                        (self.tr("&Period:"), self.period, "period", 2),
                                        (self.tr("Plan &id:"), self.plan_id, "planId", 2),
                                        (self.tr("Th&emes:"), self.themes, "themes", 0)):
            w.setObjectName(f"review_{name}")
            w.setAccessibleName(label.replace("&", "").rstrip(":"))
            text = QLabel(label)
            text.setBuddy(w)
            if w is self.themes:
                grid.addWidget(text, 1, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(w, 1, 1, 1, col - 1)
            else:
                grid.addWidget(text, 0, col)
                grid.addWidget(w, 0, col + 1)
                grid.setColumnStretch(col + 1, stretch)
                col += 2
        return grid

    def _action(self, text: str, keys: str, slot: object, name: str) -> QPushButton:
        act = QAction(text, self)
        act.setShortcut(QKeySequence(keys))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(f"{text} ({shown})")
        button.setAccessibleDescription(shown)
        self.hints.append(f"{shown} {text.lower()}")
        button.clicked.connect(act.trigger)
        self.acts[name] = act
        return button

    def _buttons(self) -> QVBoxLayout:
        """The corrections on one line, the ids and Save / Cancel on the next: one line of them
        all made the dialog wider than a 1280x720 screen."""
        self.acts: dict[str, QAction] = {}
        self.hints: list[str] = []
        rows = QVBoxLayout()
        edit_row, row = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(edit_row)
        rows.addLayout(row)
        self.move_target = QComboBox()
        self.move_target.setAccessibleName(self.tr("Move the selected text to"))
        for key in TAB_FIELDS:
            self.move_target.addItem(field_label(key), key)
        self.button_list = [
            self._action(self.tr("Previous"), "Ctrl+Up", lambda: self.step(-1), "prev"),
            self._action(self.tr("Next"), "Ctrl+Down", lambda: self.step(1), "next"),
            self._action(self.tr("Split"), "Ctrl+T", self.split, "split"),
            self._action(self.tr("Merge with next"), "Ctrl+J", self.merge, "merge"),
            self._action(self.tr("To milestones"), "Ctrl+M", self.to_milestones, "toMilestones"),
            self._action(self.tr("Milestone to text"), "Ctrl+Shift+M", self.milestone_to_text, "toText"),
            self._action(self.tr("Move text to"), "Ctrl+R", self.move_text, "moveText"),
        ]
        self.row_widgets: list[QWidget] = []
        for b in self.button_list:
            self.row_widgets.append(b)
            if b.objectName() == "moveText":
                self.row_widgets.append(self.move_target)
        for w in self.row_widgets:
            edit_row.addWidget(w)
        edit_row.addStretch(1)
        self.ids_button = QPushButton(self.tr("IDs from code + number"))
        self.ids_button.clicked.connect(self.ids_from_numbers)
        row.addWidget(self.ids_button)
        self._action(self.tr("Show source"), "Ctrl+L", self.show_source, "source")
        row.addStretch(1)
        self.save_button = self._action(self.tr("Save"), "Ctrl+S", self.save, "save")
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        row.addWidget(self.save_button)
        row.addWidget(cancel)
        self.cancel_button = cancel
        return rows

    def _tab_order(self) -> None:
        """Tab follows the screen: header left to right, document, list, editor top to bottom, buttons."""
        p = self.panel
        chain: list[QWidget] = [self.member, self.member_code, self.number, self.period, self.plan_id, self.themes,
                                self.doc, self.list, p.lines["id"], p.lines["number"], p.lines["start"],
                                p.lines["end"], p.lines["title"], p.lines["lead_institution"], p.lines["theme"],
                                p.tabs, *p.texts.values(), p.milestones, p.m_title, p.m_start, p.m_end,
                                *self.row_widgets, self.ids_button, self.save_button, self.cancel_button]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    # -- showing -------------------------------------------------------------------------------
    def eventFilter(self, obj: object, e: object) -> bool:
        from PySide6.QtCore import QEvent

        if obj is self.doc and getattr(e, "type", lambda: None)() == QEvent.Type.FocusIn:
            self._last_text = self.doc
        return super().eventFilter(obj, e)  # type: ignore[arg-type]

    def _text_focused(self, w: QPlainTextEdit) -> None:
        self._last_text = w

    def _load_list(self, select: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for i, c in enumerate(self.detected.commitments, start=1):
            self.list.addItem(f"{i}. {isolate(c.title)}")
        self.list.blockSignals(False)
        self.count_label.setText(self.tr("%d commitments detected:") % len(self.detected.commitments))
        row = max(0, min(select, self.list.count() - 1))
        self.list.setCurrentRow(row)
        self._show(row)

    def _refresh_titles(self) -> None:
        row = self.list.currentRow()
        item = self.list.item(row)
        if item is not None:
            item.setText(f"{row + 1}. {self.detected.commitments[row].title}")

    def current(self) -> int:
        return self.list.currentRow()

    def _show(self, row: int, milestone: int = 0) -> None:
        cs = self.detected.commitments
        c = cs[row] if 0 <= row < len(cs) else None
        self.panel.show_commitment(c, c.span.label() if c and c.span else "", milestone)
        self.doc.highlight(c.span if c else None)

    def show_source(self) -> None:
        c = self._commitment()
        if c is not None:
            self.doc.highlight(c.span)
            self.doc.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def step(self, delta: int) -> None:
        row = self.current() + delta
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)

    # -- corrections ---------------------------------------------------------------------------
    def _commitment(self) -> edits.DetectedCommitment | None:
        row = self.current()
        return self.detected.commitments[row] if 0 <= row < len(self.detected.commitments) else None

    def _field_of(self, w: QPlainTextEdit | None) -> str | None:
        for key, edit in self.panel.texts.items():
            if edit is w:
                return key
        return None

    def _try(self, fn: object) -> None:
        self.error.clear()
        try:
            fn()  # type: ignore[operator]
        except ValueError as e:  # the edits' own "select the text first" refusals
            self.error.setText(str(e))

    def split(self) -> None:
        def do() -> None:
            row = self.current()
            if self.panel.milestones.hasFocus() and self.panel.current_milestone() is not None:
                new = edits.split(self.detected, row, "description", len(self._commitment().fields.get(
                    "description", "")), milestones_from=self.panel.milestones.currentRow())
            else:
                field = self._field_of(self._last_text) or self.panel.current_field()
                offset = self.panel.texts[field].textCursor().position()
                new = edits.split(self.detected, row, field, offset)
            self._load_list(new)
        self._try(do)

    def merge(self) -> None:
        def do() -> None:
            row = self.current()
            edits.merge(self.detected, row)
            self._load_list(row)
        self._try(do)

    def to_milestones(self) -> None:
        def do() -> None:
            c = self._commitment()
            if c is None:
                raise ValueError("no commitment selected")
            before = len(c.milestones)
            if self._last_text is self.doc:
                paras = self.doc.selected_paragraphs()
                chosen = [p for p in self.detected.paragraphs if p.number in paras]
                if not chosen:
                    raise ValueError("select the paragraphs or bullets to turn into milestones")
                edits.text_to_milestones(c, "\n".join(p.text for p in chosen), span=Span.of(chosen))
            else:
                field = self._field_of(self._last_text) or self.panel.current_field()
                cur = self.panel.texts[field].textCursor()
                if not cur.hasSelection():
                    raise ValueError("select the paragraphs or bullets to turn into milestones")
                edits.field_to_milestones(c, field, cur.selectionStart(), cur.selectionEnd())
            self._show(self.current(), before)
        self._try(do)

    def milestone_to_text(self) -> None:
        def do() -> None:
            c = self._commitment()
            row = self.panel.milestones.currentRow()
            if c is None or row < 0:
                raise ValueError("select a milestone first")
            edits.milestone_to_text(c, row, self.panel.current_field())
            self._show(self.current(), max(0, row - 1))
        self._try(do)

    def move_text(self) -> None:
        def do() -> None:
            c = self._commitment()
            field = self._field_of(self._last_text) or self.panel.current_field()
            cur = self.panel.texts[field].textCursor()
            target = self.move_target.currentData()
            if c is None or target == field:
                raise ValueError("choose another field to move the text to")
            edits.move_text(c, field, cur.selectionStart(), cur.selectionEnd(), target)
            self._show(self.current())
        self._try(do)

    def ids_from_numbers(self) -> None:
        edits.ids_from_number(self.detected, self.member_code.text())
        self._show(self.current())

    # -- saving --------------------------------------------------------------------------------
    def plan_args(self) -> dict[str, object]:
        start, end = parse_period(self.period.text())
        number = self.number.text().strip()
        if number and not number.isdigit():
            raise UserFacingError(f"plan number {number!r}: a whole number, e.g. 5")
        code = self.member_code.text().strip().upper() or None
        member = self.member.text().strip() or None
        plan_id = self.plan_id.text().strip() or (default_plan_id(member, code, int(number) if number else None)
                                                   if member and code else None)
        themes = [t.strip() for t in self.themes.text().split(",") if t.strip()]
        return {"plan_id": plan_id, "member": member, "member_code": code, "number": int(number) if number else None,
                "period_start": start, "period_end": end, "themes": themes}

    def save(self) -> None:
        """Everything in one transaction; on refusal the dialog stays, with the reason."""
        self.error.clear()
        try:
            bundle = self.detected.to_bundle(**self.plan_args())
            change = self.store.run(lambda: assessment_ops.import_bundle(self.store.library, bundle,
                                                                         who=self.store.who))
        except UserFacingError as e:
            self.error.setText(one_line(e))
            return
        self.result_ = change.result
        self.saved.emit(change.result)
        self.accept()
