"""Page numbers a PDF knows only after its last page, drawn in ONE layout pass.

The contents (page 2) lists headings that land on later pages, and every footer says "Page X
of Y". reportlab's usual answer is `multiBuild`: lay the whole document out again until the
numbers settle (two or three passes, 40-45 % of a report's time). Here the document is laid
out once: each number is a form XObject the page refers to (`doForm`) before it exists, and
the canvas defines every form just before it writes the file, when each heading's page and
the page count are known. Nothing a number's width could move is laid out around it: a
contents line's dots and number are drawn right-aligned after its text, as reportlab's own
TableOfContents draws them; a footer label is right-aligned as a whole.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from .pdf_blocks import Para

DOTS = " . "
_ENTRY_CB = "irmContentsEntry"


class DeferredCanvas(Canvas):
    """A canvas whose named forms may be drawn now and defined at `save`.

    `defer(name, draw)` registers `draw(canvas)` as the content of form `name`; `save()` runs
    every such function inside beginForm/endForm (so it may read what only the end of the
    layout knows), then writes the document."""

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._deferred: list[tuple[str, Callable[[Canvas], None]]] = []

    def defer(self, name: str, draw: Callable[[Canvas], None]) -> None:
        self._deferred.append((name, draw))

    def save(self) -> None:
        if len(self._code):  # reportlab's own save would show this page after the forms
            self.showPage()
        w, h = self._pagesize
        for name, draw in self._deferred:
            # the form is drawn in the user space of the place that refers to it, which may sit
            # anywhere on the page: a bounding box of three pages each way clips nothing
            self.beginForm(name, -2 * w, -2 * h, 3 * w, 3 * h)
            draw(self)
            self.endForm()
        self._deferred.clear()
        super().save()


class Contents(Flowable):
    """The contents: one line per heading, laid out before any heading is placed.

    `entries` are (level, markup, anchor); `pages` maps an anchor to its page and is filled
    during the same build (by the document's afterFlowable). Each line's text links to its
    heading; its dots and page number are a form defined once the page is known, and the
    dots-and-number area links to the heading too. The line layout is reportlab's
    TableOfContents' (one full-width column, a level's spaceBefore as a spacer row)."""

    def __init__(self, entries: list[tuple[int, str, str]], level_styles: list[Any], table_style: TableStyle,
                 pages: dict[str, int]) -> None:
        super().__init__()
        self.entries = entries
        self.level_styles = level_styles
        self.table_style = table_style
        self.pages = pages
        self._table: Table | None = None

    def _style(self, level: int) -> Any:
        return self.level_styles[min(level, len(self.level_styles) - 1)]

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        def entry_end(canvas: Canvas, _kind: str, label: str) -> None:
            self._entry_end(canvas, int(label), avail_w)

        if hasattr(self.canv, "setNamedCB"):  # reportlab >= 4.1 keeps named callbacks apart
            self.canv.setNamedCB(_ENTRY_CB, entry_end)
        else:  # the floor, 4.0.9, looks an <onDraw> name up as the canvas's attribute
            setattr(self.canv, _ENTRY_CB, entry_end)
        rows: list[list[Flowable]] = []
        for i, (level, text, anchor) in enumerate(self.entries):
            style = self._style(level)
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            rows.append([Para(f'<a href="#{anchor}">{text}</a><onDraw name="{_ENTRY_CB}" label="{i}"/>', style)])
        self._table = Table(rows, colWidths=(avail_w,), style=self.table_style)
        self.width, self.height = self._table.wrapOn(self.canv, avail_w, avail_h)
        return self.width, self.height

    def split(self, avail_w: float, avail_h: float) -> list[Flowable]:
        self.wrap(avail_w, avail_h)
        assert self._table is not None
        return self._table.splitOn(self.canv, avail_w, avail_h)

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # reportlab's name
        assert self._table is not None
        self._table.drawOn(canvas, x, y, _sW)

    def _entry_end(self, canvas: Canvas, i: int, avail_w: float) -> None:
        """Called while entry `i`'s text is drawn, at the end of its last line."""
        level, _text, anchor = self.entries[i]
        style = self._style(level)
        x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]  # as TableOfContents reads it
        name = f"irm-contents-{i}"
        canvas.doForm(name)
        canvas.linkRect("", anchor, (x, y, avail_w, y + style.leading), relative=1)

        def number(c: Canvas) -> None:
            if anchor not in self.pages:
                raise LookupError(f"contents entry {anchor!r}: its heading was never laid out")
            draw_page_number(c, style, str(self.pages[anchor]), x, y, avail_w)

        canvas.defer(name, number)  # type: ignore[attr-defined]


def draw_page_number(canvas: Canvas, style: Any, page: str, x: float, y: float, avail_w: float) -> None:
    """Dots from `x` then `page` flush with `avail_w`, as reportlab's drawPageNumbers draws them
    (a number too wide for the space left shrinks in 10 % steps)."""
    size = style.fontSize
    w = stringWidth(page, style.fontName, size)
    while w > avail_w - x and size >= 1.0:
        size *= 0.9
        w = stringWidth(page, style.fontName, size)
    dot_w = stringWidth(DOTS, style.fontName, size)
    n = int((avail_w - x - w) / dot_w)
    tx = canvas.beginText(avail_w - n * dot_w - w, y)
    tx.setFont(style.fontName, size)
    tx.setFillColor(style.textColor)
    tx.textLine(n * DOTS + page)
    canvas.drawText(tx)
