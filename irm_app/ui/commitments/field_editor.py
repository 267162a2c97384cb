"""The editor for one field of the methodology form: its levels, its justification, and
whether it applies. Built from the form, so a new methodology needs no code."""

from __future__ import annotations

import textwrap
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...methodology.fields import FormField
from ...model import Score, ScoreValue
from ..widgets.text_edit import AutoSaveTextEdit

WRAP_AT = 30  # characters per line of a level's label


class FieldEditor(QFrame):
    """Emits `valueEdited(field, old, new)` and `justificationEdited(field, old, new)`; never writes."""

    valueEdited = Signal(str, object, object)
    justificationEdited = Signal(str, str, str)
    focused = Signal(str)  # focus entered one of this field's inputs (the help area follows)
    definitionsRequested = Signal(str)  # "?" on one of its choices: show this field's definitions

    def set_comments(self, open_count: int, total: int, tip: str) -> None:
        """Beside the field's name: how many review comments are about it (hidden when none)."""
        self.comments_button.setVisible(total > 0)
        self.comments_button.setText(self.tr("Comments: %d open") % open_count if open_count
                                     else self.tr("Comments: %d") % total)
        self.comments_button.setToolTip(tip)
        self.comments_button.setAccessibleName(self.tr("Comments on %s") % self.field.label)

    def __init__(self, field: FormField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.value: ScoreValue = None
        self.setObjectName(f"field-{field.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        # The levels reflow to the width (resizeEvent), so the layout must not pin the minimum
        # width to the widest row: minimumSizeHint asks for one column only.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._grid: QGridLayout | None = None
        self.columns = 0
        outer.setContentsMargins(8, 6, 8, 6)
        outer.setSpacing(4)

        head = self._head = QHBoxLayout()
        self.title = QLabel(f"<b>{_esc(field.label)}</b>")
        self.title.setToolTip(field.help)
        self.title.setWordWrap(True)  # a long field name must not widen the pane past a laptop's
        head.addWidget(self.title, 1)
        self.comments_button = QToolButton()  # the review's comments on this field (set_comments)
        self.comments_button.setObjectName(f"comments-{field.key}")
        self.comments_button.setAutoRaise(True)
        self.comments_button.hide()
        head.addWidget(self.comments_button)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Remove the answer to this field"))
        self.clear_button.setAccessibleName(self.tr("Clear %s") % field.label)
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(lambda: self._emit_value(None))
        head.addWidget(self.clear_button)
        outer.addLayout(head)

        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: palette(mid); font-style: italic;")
        self.reason.hide()
        outer.addWidget(self.reason)

        self.buttons: list[QAbstractButton] = []
        self.text_value: AutoSaveTextEdit | None = None
        self.group: QButtonGroup | None = None
        if field.kind == "text":
            self.text_value = AutoSaveTextEdit()
            self.text_value.setAccessibleName(field.label)
            self.text_value.setToolTip(field.help)
            self.text_value.setFixedHeight(70)
            self.text_value.committed.connect(lambda old, new: self.valueEdited.emit(field.key, old or None, new or None))
            outer.addWidget(self.text_value)
        else:
            grid = self._grid = QGridLayout()
            grid.setHorizontalSpacing(14)
            grid.setVerticalSpacing(2)
            if field.kind != "flags":
                self.group = QButtonGroup(self)
                self.group.setExclusive(True)
            for i, level in enumerate(field.levels):
                b: QAbstractButton
                text = _wrapped(level.label)
                b = QCheckBox(text) if field.kind == "flags" else QRadioButton(text)
                b.setToolTip(f"{i + 1}: {level.shown_definition}" if level.shown_definition else str(i + 1))
                b.setAccessibleName(f"{field.label}: {level.label}")
                b.setAccessibleDescription(level.shown_definition)
                b.setProperty("level", level.key)
                if self.group is not None:
                    self.group.addButton(b, i)
                b.clicked.connect(lambda _checked=False, n=i: self._clicked(n))
                self.buttons.append(b)
            self._place(1)
            outer.addLayout(grid)

        self.justification: AutoSaveTextEdit | None = None
        if field.kind != "text":
            self.justification = AutoSaveTextEdit()
            self.justification.setPlaceholderText(
                self.tr("Justification (required)") if field.justification_required else self.tr("Justification")
            )
            self.justification.setAccessibleName(self.tr("Justification for %s") % field.label)
            self.justification.setToolTip(self.tr("Why this level: cite the evidence. Saved as you type."))
            self.justification.setFixedHeight(58)
            self.justification.committed.connect(lambda old, new: self.justificationEdited.emit(field.key, old, new))
            outer.addWidget(self.justification)

        for w in [*self.buttons, self.text_value, self.justification]:
            if w is not None:
                w.installEventFilter(self)

    # -- layout: levels in as many columns as the width holds ---------------------------------
    def _cell_width(self) -> int:
        return max(b.sizeHint().width() for b in self.buttons)

    def _columns_for(self, width: int) -> int:
        assert self._grid is not None
        m = self.layout().contentsMargins()
        usable = width - m.left() - m.right() - 2 * self.frameWidth()
        spacing = self._grid.horizontalSpacing()
        fit = (usable + spacing) // (self._cell_width() + spacing)
        return max(1, min(len(self.buttons), 5, fit))

    def _place(self, columns: int) -> None:
        """Put the level buttons in rows of `columns`, in the form's order (row by row)."""
        assert self._grid is not None
        if columns == self.columns:
            return
        self.columns = columns
        for b in self.buttons:
            self._grid.removeWidget(b)
        for c in range(len(self.buttons)):
            self._grid.setColumnStretch(c, 1 if c < columns else 0)
        for i, b in enumerate(self.buttons):
            self._grid.addWidget(b, i // columns, i % columns)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if not self.buttons:
            return hint
        m = self.layout().contentsMargins()
        one_column = max(self._cell_width(), self._head.minimumSize().width())  # the name, comments, Clear
        return QSize(min(hint.width(), one_column + m.left() + m.right() + 2 * self.frameWidth()), hint.height())

    def resizeEvent(self, e: QResizeEvent) -> None:
        if self.buttons:
            self._place(self._columns_for(e.size().width()))
        super().resizeEvent(e)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.focused.emit(self.field.key)
        elif (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.text() == "?"
              and obj in self.buttons):  # in a text box "?" is text (F1, the page's button, works there)
            self.definitionsRequested.emit(self.field.key)
            return True
        return False

    # -- showing the library's state -----------------------------------------------------------
    def set_state(self, score: Score | None, reason: str | None) -> None:
        """Show a stored score; `reason` (from form.applies) disables the field and says why."""
        self.value = score.value if score else None
        for b in self.buttons:
            b.blockSignals(True)
        if self.group is not None:
            self.group.setExclusive(False)
        for b in self.buttons:
            key = b.property("level")
            v = self.value
            b.setChecked(key in v if isinstance(v, list) else key == v)
        if self.group is not None:
            self.group.setExclusive(True)
        for b in self.buttons:
            b.blockSignals(False)
        if self.text_value is not None:
            self.text_value.load(self.value if isinstance(self.value, str) else "")
        if self.justification is not None:
            self.justification.load(score.justification if score else "")
        applies = reason is None
        for w in [*self.buttons, self.clear_button, self.text_value, self.justification]:
            if w is not None:
                w.setEnabled(applies)
        self.reason.setText(self.tr("Does not apply: %s") % reason if reason else "")
        self.reason.setVisible(not applies)

    def flush(self) -> None:
        for w in (self.text_value, self.justification):
            if w is not None:
                w.flush()

    # -- editing -------------------------------------------------------------------------------
    def pick(self, n: int) -> bool:
        """Choose the n-th level (0-based) as a click would; False if there is none."""
        if not 0 <= n < len(self.buttons) or not self.buttons[n].isEnabled():
            return False
        self.buttons[n].setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.field.kind == "flags":
            self.buttons[n].toggle()
        else:
            self.buttons[n].setChecked(True)
        self._clicked(n)
        return True

    def _clicked(self, n: int) -> None:
        if self.field.kind == "flags":
            new: Any = [b.property("level") for b in self.buttons if b.isChecked()]
        else:
            new = self.field.levels[n].key
        self._emit_value(new)

    def _emit_value(self, new: ScoreValue) -> None:
        if new != self.value:
            self.valueEdited.emit(self.field.key, self.value, new)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        """1..9 pick the n-th level while focus is on this field's buttons."""
        key = e.key()
        plain = e.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and self.buttons:
            if self.pick(key - Qt.Key.Key_1):
                e.accept()
                return
        super().keyPressEvent(e)

    def help_html(self) -> str:
        """The focused field's levels and their definitions, for the help area."""
        f = self.field
        parts = [f"<b>{_esc(f.label)}</b>"]
        if f.statement:  # what a minimum requirement requires: the form's text, as the report prints it
            parts.append(f"<p><i>{_esc(f.statement)}</i></p>")
        if f.help:
            parts.append(f"<p>{_esc(f.help)}</p>")
        if f.levels:
            items = "".join(
                f"<li><b>{i + 1}. {_esc(lv.label)}</b>"
                + (f" &mdash; {_esc(lv.shown_definition)}" if lv.shown_definition else "")
                + (f" <i>({_esc(self.tr('note') if lv.confirmed else self.tr('unconfirmed'))}: {_esc(lv.note)})</i>"
                   if lv.note else "") + "</li>"
                for i, lv in enumerate(f.levels)
            )
            parts.append(f"<ol style='margin-left:0' type='none'>{items}</ol>")
        return "".join(parts)


def _wrapped(label: str) -> str:
    """A long level label on several lines (buttons do not wrap), so one column fits a laptop's pane:
    'Technology and innovation for transparency and accountability' is 430 px on one line."""
    return label if len(label) <= WRAP_AT else textwrap.fill(label, WRAP_AT)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
