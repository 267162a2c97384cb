"""The review step's document pane: the government's text, read-only and plain, with its pages and
paragraph numbers, where a commitment's source is tinted and a selection names its paragraphs."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from ...intake.detected import Paragraph, Span
from ..scripts import shown


class DocumentView(QPlainTextEdit):
    """One block per paragraph, so a block number names its paragraph (`block_para`, `para_block`)."""

    def __init__(self, paragraphs: list[Paragraph], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentText")
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.block_para: dict[int, int] = {}
        self.para_block: dict[int, int] = {}
        self._fill(paragraphs)

    def _fill(self, paragraphs: list[Paragraph]) -> None:
        """Pages as separator lines, each paragraph one block prefixed with its number."""
        lines: list[str] = []
        page = None
        separator = self.tr("\u2014\u2014 page %s \u2014\u2014")  # %s: the page number
        for p in paragraphs:
            if p.page != page:
                page = p.page
                lines.append(separator % page)
            self.block_para[len(lines)] = p.number
            # One block per paragraph (a cell's line breaks shown as line separators), so a block
            # number names its paragraph.
            lines.append(f"\u00b6{p.number}  {shown(p.text, multiline=True)}".replace("\n", "\u2028"))
        self.setPlainText("\n".join(lines))
        self.para_block = {v: k for k, v in self.block_para.items()}

    def highlight(self, span: Span | None) -> None:
        """The commitment's source paragraphs tinted, scrolled into view."""
        if span is None:
            self.setExtraSelections([])
            return
        first = self.para_block.get(span.first_paragraph)
        last = self.para_block.get(span.last_paragraph, first)
        if first is None:
            return
        doc = self.document()
        cur = QTextCursor(doc.findBlockByNumber(first))
        end = doc.findBlockByNumber(last if last is not None else first)
        cur.setPosition(end.position() + end.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        sel = QTextEdit.ExtraSelection()
        sel.cursor = cur
        sel.format.setBackground(QColor("#e6f0ff"))
        sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        self.setExtraSelections([sel])
        top = QTextCursor(doc.findBlockByNumber(first))
        self.setTextCursor(top)
        self.centerCursor()

    def selected_paragraphs(self) -> list[int]:
        """The numbers of the paragraphs the selection touches (none without a selection)."""
        cur = self.textCursor()
        if not cur.hasSelection():
            return []
        doc = self.document()
        first = doc.findBlock(cur.selectionStart()).blockNumber()
        last = doc.findBlock(cur.selectionEnd()).blockNumber()
        return [self.block_para[b] for b in range(first, last + 1) if b in self.block_para]
