"""A one-line value (a plan's title, its themes, a milestone's title) shown word-wrapped.

A QLineEdit cuts a long title at its right edge: the researcher reads "Fifth U.S. Open Government
National Acti" and has to scroll through the box. This box wraps the value over as many lines as
it needs, up to `max_lines` (then it scrolls), and keeps QLineEdit's ways: Enter adds no line
break (it finishes the edit), a pasted text's line breaks become spaces, Tab moves focus on,
`editingFinished` when Enter is pressed or focus leaves. Plain text only: never markup.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QResizeEvent,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget


class WrappingLineEdit(QPlainTextEdit):
    editingFinished = Signal()
    textEdited = Signal(str)  # the user's typing, not setText

    def __init__(self, parent: QWidget | None = None, max_lines: int = 3) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        self._value, self._shown, self._loading = "", "", False
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(2)
        self.textChanged.connect(self._changed)
        self.document().documentLayout().documentSizeChanged.connect(self._size_changed)  # bound: dropped with the box
        self._fit()

    def _size_changed(self, _size: object) -> None:
        self._fit()

    # -- QLineEdit's reading and writing ---------------------------------------------------------
    def text(self) -> str:
        """The value: as given to setText until the user changes it (Qt's document turns a
        no-break space into a space and a CR into a line break: viewing must not alter a value)."""
        shown = self._raw()
        return self._value if shown == self._shown else shown

    def setText(self, text: str) -> None:  # noqa: N802 - QLineEdit's name
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        self._value, self._shown = text, self._raw()
        self._fit()

    def setCursorPosition(self, position: int) -> None:  # noqa: N802 - QLineEdit's name
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self._raw())))
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(0)

    def _raw(self) -> str:
        return self.document().toRawText().replace("\u2029", "\n")

    # -- keys and pasting ------------------------------------------------------------------------
    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.editingFinished.emit()
            e.accept()
            return
        super().keyPressEvent(e)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt's name
        text = " ".join(source.text().split()) if source.hasText() else ""
        if text:
            self.textCursor().insertText(text)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt's name
        return source.hasText()

    def focusOutEvent(self, e: QFocusEvent) -> None:
        super().focusOutEvent(e)
        if e.reason() != Qt.FocusReason.PopupFocusReason:  # the context menu is not leaving
            self.editingFinished.emit()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _changed(self) -> None:
        self._fit()
        if not self._loading:
            self.textEdited.emit(self.text())

    # -- height: as many lines as the text needs at this width ---------------------------------
    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        if e.size().width() != e.oldSize().width():
            self._fit()

    def _fitted_height(self, lines: int) -> int:
        """The box's height showing `lines` lines of its text as laid out."""
        block = self.document().firstBlock()
        laid = block.layout().lineCount() if block.isValid() else 0
        line = self.blockBoundingRect(block).height() / laid if laid else self.fontMetrics().lineSpacing()
        line = max(line, self.fontMetrics().lineSpacing())
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        return math.ceil(lines * line + 2 * self.document().documentMargin()) + margins

    def _fit(self) -> None:
        count = sum(max(1, b.layout().lineCount()) for b in _blocks(self.document()))
        height = self._fitted_height(max(1, min(count, self.max_lines)))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if count > self.max_lines
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(200, self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(60, self._fitted_height(1))


def _blocks(doc: QTextDocument) -> Iterator[QTextBlock]:
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()
