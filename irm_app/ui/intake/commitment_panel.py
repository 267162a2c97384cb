"""The review dialog's right-hand editor: one detected commitment's fields and milestones.

Edits write straight into the DetectedCommitment shown (it is the review's working copy; nothing
reaches the library until Save). All text is plain text: QLineEdit and QPlainTextEdit never
interpret a plan's text as markup, and the confidence note is a plain-text label.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...intake.detected import DetectedCommitment, DetectedMilestone
from ...intake.edits import EDIT_FIELDS, FIELD_LABELS
from ..scripts import isolate
from ..widgets.wrapping_line import WrappingLineEdit

LINE_FIELDS = ("id", "number", "title", "lead_institution", "theme", "start", "end")
# Marked for lupdate: `self.tr(LINE_LABELS[key])` alone is not extracted (the labels stayed English).
LINE_LABELS = {"id": QT_TRANSLATE_NOOP("CommitmentPanel", "&ID:"), "number": QT_TRANSLATE_NOOP("CommitmentPanel", "N&umber:"),
               "title": QT_TRANSLATE_NOOP("CommitmentPanel", "&Title:"),
               "lead_institution": QT_TRANSLATE_NOOP("CommitmentPanel", "&Lead institution:"),
               "theme": QT_TRANSLATE_NOOP("CommitmentPanel", "T&heme:"), "start": QT_TRANSLATE_NOOP("CommitmentPanel", "Start:"),
               "end": QT_TRANSLATE_NOOP("CommitmentPanel", "End:")}
# intake.edits.FIELD_LABELS (the core has no Qt), marked here so lupdate extracts them.
_FIELD_LABELS = (QT_TRANSLATE_NOOP("CommitmentPanel", "What the commitment is"),
                 QT_TRANSLATE_NOOP("CommitmentPanel", "Public problem"),
                 QT_TRANSLATE_NOOP("CommitmentPanel", "How it contributes"),
                 QT_TRANSLATE_NOOP("CommitmentPanel", "Relevance to OGP values"),
                 QT_TRANSLATE_NOOP("CommitmentPanel", "Additional information"),
                 QT_TRANSLATE_NOOP("CommitmentPanel", "Lead institution"))


def field_label(key: str) -> str:
    """A text field's name in the interface language (the review dialog's "Move the text to" list too)."""
    return QCoreApplication.translate("CommitmentPanel", FIELD_LABELS[key])
TAB_FIELDS = tuple(f for f in EDIT_FIELDS if f != "lead_institution")


def two_lines(label: str) -> str:
    """A tab's label over two lines, broken at the space nearest its middle (in any language):
    five field names side by side in one line need more than the panel's width."""
    spaces = [i for i, ch in enumerate(label) if ch == " "]
    if not spaces:
        return label
    cut = min(spaces, key=lambda i: abs(len(label) - 2 * i))
    return f"{label[:cut]}\n{label[cut + 1:]}"


class TwoLineTabBar(QTabBar):
    """A tab bar whose tabs are as tall as their labels' lines (Qt sizes a tab for one line and
    cuts the second)."""

    def tabSizeHint(self, index: int) -> QSize:  # noqa: N802 - Qt's name
        size = super().tabSizeHint(index)
        extra = self.tabText(index).count("\n")
        return QSize(size.width(), size.height() + extra * self.fontMetrics().lineSpacing())


def plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a plan's or detector's text is never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CommitmentPanel(QWidget):
    """Shows and edits one DetectedCommitment; `edited` when its title or milestones change."""

    edited = Signal()
    textFocused = Signal(object)  # the QPlainTextEdit that last had focus (for split / move / milestones)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.c: DetectedCommitment | None = None
        self._loading = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.lines: dict[str, QLineEdit | WrappingLineEdit] = {}
        row = QHBoxLayout()
        for key in LINE_FIELDS:  # a title wraps: read whole, not cut at the box's edge
            edit = WrappingLineEdit() if key == "title" else QLineEdit()
            edit.setObjectName(f"review_{key}")
            edit.setAccessibleName(self.tr(LINE_LABELS[key]).replace("&", "").rstrip(":"))
            edit.textEdited.connect(lambda text, k=key: self._line_edited(k, text))
            self.lines[key] = edit
        self.lines["id"].setToolTip(self.tr("member code + number, or the OGP id"))  # a placeholder was cut
        for key in ("id", "number", "start", "end"):
            label = QLabel(self.tr(LINE_LABELS[key]))
            label.setBuddy(self.lines[key])
            row.addWidget(label)
            row.addWidget(self.lines[key], 2 if key == "id" else 1)
        form.addRow(row)
        for key in ("title", "lead_institution", "theme"):
            form.addRow(self.tr(LINE_LABELS[key]), self.lines[key])
        lay.addLayout(form)
        self.note = plain_label()
        self.note.setObjectName("confidenceNote")
        self.note.setStyleSheet("QLabel { background: #fff7e0; border: 1px solid #e0c870; padding: 4px; }")
        self.source = plain_label()
        self.source.setObjectName("sourceSpan")
        lay.addWidget(self.note)
        lay.addWidget(self.source)
        # every tab in view and read whole: labels over two lines, no scroll arrows, no ellipsis
        self.tabs = QTabWidget()
        self.tabs.setTabBar(TwoLineTabBar(self.tabs))
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.texts: dict[str, QPlainTextEdit] = {}
        for key in TAB_FIELDS:
            edit = QPlainTextEdit()
            edit.setObjectName(f"review_{key}")
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(field_label(key))
            edit.textChanged.connect(lambda k=key: self._text_edited(k))
            edit.installEventFilter(self)
            self.texts[key] = edit
            label = field_label(key)
            index = self.tabs.addTab(edit, two_lines(label))
            self.tabs.setTabToolTip(index, label)
        lay.addWidget(self.tabs, 3)
        lay.addWidget(QLabel(self.tr("Milestones:")))
        self.milestones = QListWidget()
        self.milestones.setObjectName("reviewMilestones")
        self.milestones.setAccessibleName(self.tr("Milestones"))
        self.milestones.setWordWrap(True)
        self.milestones.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.milestones.currentRowChanged.connect(self._show_milestone)
        lay.addWidget(self.milestones, 2)
        # labels beside the boxes, not placeholders (cut in a narrow box, gone once it has a value)
        mrow = QHBoxLayout()
        self.m_title, self.m_start, self.m_end = WrappingLineEdit(max_lines=2), QLineEdit(), QLineEdit()
        for w, label, name, key, stretch in (
                (self.m_title, self.tr("Milestone:"), self.tr("Milestone title"), "title", 4),
                (self.m_start, self.tr("Start:"), self.tr("Milestone start"), "start", 1),
                (self.m_end, self.tr("End:"), self.tr("Milestone end"), "end", 1)):
            w.setAccessibleName(name)
            w.textEdited.connect(lambda text, k=key: self._milestone_edited(k, text))
            text = QLabel(label)
            text.setBuddy(w)
            mrow.addWidget(text, 0, Qt.AlignmentFlag.AlignTop if key == "title" else Qt.AlignmentFlag.AlignVCenter)
            mrow.addWidget(w, stretch, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(mrow)

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if e.type() == QEvent.Type.FocusIn:
            self.textFocused.emit(obj)
        return super().eventFilter(obj, e)

    # -- showing -------------------------------------------------------------------------------
    def show_commitment(self, c: DetectedCommitment | None, source_label: str = "", milestone: int = 0) -> None:
        self.c = c
        self._loading = True
        try:
            values = {"id": "", "number": "", "title": "", "lead_institution": "", "theme": "", "start": "", "end": ""}
            if c is not None:
                values = {"id": c.id or "", "number": c.number or "", "title": c.title,
                          "lead_institution": c.fields.get("lead_institution", ""), "theme": c.theme,
                          "start": c.start or "", "end": c.end or ""}
            for key, edit in self.lines.items():
                edit.setText(values[key])
                edit.setCursorPosition(0)
            for key, edit in self.texts.items():
                edit.setPlainText(c.fields.get(key, "") if c else "")
            self.note.setText(self.tr("How it was found: %s") % c.note if c and c.note else "")
            self.note.setVisible(bool(c and c.note))
            self.source.setText(self.tr("Source: %s") % source_label if source_label else "")
        finally:
            self._loading = False
        self.load_milestones(milestone)
        self.setEnabled(c is not None)

    def load_milestones(self, select: int = 0) -> None:
        self.milestones.blockSignals(True)
        self.milestones.clear()
        for m in self.c.milestones if self.c else []:
            self.milestones.addItem(_milestone_text(m))
        self.milestones.blockSignals(False)
        row = min(select, self.milestones.count() - 1)
        self.milestones.setCurrentRow(row)
        self._show_milestone(row)

    def _show_milestone(self, row: int) -> None:
        m = self.current_milestone()
        self._loading = True
        for w, value in ((self.m_title, m.title if m else ""), (self.m_start, (m.start or "") if m else ""),
                         (self.m_end, (m.end or "") if m else "")):
            w.setText(value)
            w.setCursorPosition(0)
            w.setEnabled(m is not None)
        self._loading = False

    def current_milestone(self) -> DetectedMilestone | None:
        row = self.milestones.currentRow()
        if self.c is None or not 0 <= row < len(self.c.milestones):
            return None
        return self.c.milestones[row]

    # -- editing -------------------------------------------------------------------------------
    def _line_edited(self, key: str, text: str) -> None:
        if self._loading or self.c is None:
            return
        if key == "lead_institution":
            self.c.fields[key] = text
        elif key in ("id", "number", "start", "end"):
            setattr(self.c, key, text.strip() or None)
        else:
            setattr(self.c, key, text)
        if key == "title":
            self.edited.emit()

    def _text_edited(self, key: str) -> None:
        if not self._loading and self.c is not None:
            self.c.fields[key] = self.texts[key].toPlainText()

    def _milestone_edited(self, key: str, text: str) -> None:
        m = self.current_milestone()
        if self._loading or m is None:
            return
        setattr(m, key, text if key == "title" else (text.strip() or None))
        item = self.milestones.currentItem()
        if item is not None:
            item.setText(_milestone_text(m))

    def current_field(self) -> str:
        return TAB_FIELDS[self.tabs.currentIndex()]


def _milestone_text(m: DetectedMilestone) -> str:
    dates = " \u2013 ".join(x for x in (m.start, m.end) if x)
    return f"{isolate(m.title)}  [{dates}]" if dates else isolate(m.title)
