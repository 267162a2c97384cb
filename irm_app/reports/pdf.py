"""Render a Report as PDF with reportlab platypus: a renderer only, it decides no content.

Page furniture: running header (member, report type) from page 2 on, "Page X of Y" on every
page, a DRAFT watermark under the text of drafts, bookmarks that match the headings, a linked
table of contents, and only the bundled, embedded DejaVu font. The document is laid out ONCE:
the contents' page numbers and the footers' "of Y" are drawn after the last page
(pdf_contents.py), not by laying everything out again until they settle.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak

from . import blocks as rb
from .charts import chart_drawing, label_width
from .fonts import draw_string, register_pdf_fonts
from .pdf_blocks import (
    FRAME_H,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_H,
    PAGE_W,
    TEXT_W,
    Para,
    SignatureBox,
    bidi_markup,
    cover,
    key_figures,
    paragraph,
    rich,
    source,
    table,
)
from .pdf_blocks import text_markup as _x
from .pdf_contents import Contents, DeferredCanvas
from .pdf_style import ACCENT, GREY, NAVY, RULE, WATERMARK, B, R, styles
from .rtl import display, embed, lang_direction

__all__ = ["SignatureBox", "render_pdf"]

SOFT_BREAK = 0.6  # a section after the contents shares a page that is less than 40 % used
TOC_TABLE = TableStyle([
    ("FONTNAME", (0, 0), (-1, -1), R), ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])


class _HeadingPara(Para):
    """A heading paragraph that remembers its level, text and anchor for the outline and TOC.

    A heading too tall for the space left is split by reportlab, which calls the class with
    Paragraph's own arguments: the first part keeps the heading (bookmark, TOC), the rest none.
    """

    def __init__(self, text: str | None, style: Any, heading: rb.Heading | None = None, **kw: Any):
        super().__init__(text, style, **kw)
        self.heading = heading

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = super().split(avail_width, avail_height)
        for i, part in enumerate(parts):
            part.heading = self.heading if i == 0 else None
        return parts


class _Doc(BaseDocTemplate):
    def __init__(self, path: str, report: rb.Report, **kw: Any):
        super().__init__(path, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                         bottomMargin=MARGIN_BOTTOM, title=report.title, author=report.author,
                         subject=report.subject, creator="IRM Assessor", lang=report.lang,
                         initialFontName=R, initialFontSize=9.5, **kw)
        self.report = report
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, TEXT_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [frame], onPage=self._cover_page),
            PageTemplate("body", [frame], onPage=self._body_page),
        ])
        self._last_level = 0
        self.heading_pages: dict[str, int] = {}  # anchor -> page, as each heading is placed
        self.last_page = 0

    def build(self, flowables: list[Flowable], **kw: Any) -> None:
        """The one layout pass, on a canvas that draws the numbers known only at its end."""
        self._last_level = 0
        self.heading_pages.clear()
        super().build(flowables, canvasmaker=DeferredCanvas, **kw)

    def _page_label(self, c: Canvas) -> None:
        """"Page X of Y", right-aligned as a whole: a form drawn once Y (the last page) is known."""
        page = self.last_page = self.page
        name = f"irm-page-label-{page}"
        c.doForm(name)

        def label(cv: Canvas) -> None:
            cv.saveState()
            cv.setFillColor(GREY)
            text = self.report.page_label.format(page=page, pages=self.last_page)
            draw_string(cv, PAGE_W - MARGIN_X, MARGIN_BOTTOM - 1.1 * cm, display(text), R, 8, align="right")
            cv.restoreState()

        c.defer(name, label)  # type: ignore[attr-defined]

    @cached_property
    def _header(self) -> tuple[str, str]:
        """(direction, text) of the running header, made once: every page draws the same."""
        base = lang_direction(self.report.lang)  # the header is the report's sentence
        # shaped, reordered, brackets mirrored; the member's name one unit in its own direction
        return base, display(embed(self.report.running_header, self.report.member), base)

    def _watermark(self, c: Canvas) -> None:
        if not self.report.watermark:
            return
        c.saveState()
        c.setFillColor(WATERMARK, alpha=0.10)
        c.setFont(B, 110)
        c.translate(PAGE_W / 2, PAGE_H / 2)
        c.rotate(52)
        c.drawCentredString(0, -38, self.report.watermark)
        c.restoreState()

    def _cover_page(self, c: Canvas, doc: Any) -> None:
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, PAGE_H - 1.3 * cm, PAGE_W, 1.3 * cm, stroke=0, fill=1)
        c.setFillColor(ACCENT)
        c.rect(0, PAGE_H - 1.5 * cm, PAGE_W, 0.2 * cm, stroke=0, fill=1)
        c.restoreState()
        self._watermark(c)
        self._page_label(c)

    def _body_page(self, c: Canvas, doc: Any) -> None:
        self._watermark(c)
        c.saveState()
        c.setFillColor(GREY)
        y = PAGE_H - MARGIN_TOP + 0.7 * cm
        base, header = self._header
        if base == "R":
            draw_string(c, PAGE_W - MARGIN_X, y, header, R, 8, align="right")
        else:
            draw_string(c, MARGIN_X, y, header, R, 8)
        if self.report.watermark:
            c.setFillColor(WATERMARK)
            c.setFont(B, 8)
            c.drawRightString(PAGE_W - MARGIN_X, y, self.report.watermark)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(MARGIN_X, y - 5, PAGE_W - MARGIN_X, y - 5)
        c.line(MARGIN_X, MARGIN_BOTTOM - 0.7 * cm, PAGE_W - MARGIN_X, MARGIN_BOTTOM - 0.7 * cm)
        c.restoreState()
        self._page_label(c)

    def afterFlowable(self, flowable: Flowable) -> None:  # reportlab's name
        h = getattr(flowable, "heading", None)
        if h is None:
            return
        level = min(h.level - 1, self._last_level + 1)
        self._last_level = level
        self.canv.bookmarkPage(h.anchor)
        self.canv.addOutlineEntry(h.text, h.anchor, level=level, closed=level >= 1)
        self.heading_pages.setdefault(h.anchor, self.page)


def _flowables(report: rb.Report, st: dict[str, Any], pages: dict[str, int]) -> list[Flowable]:
    """The story; `pages` (anchor -> page) is what the contents will read at the end of the build."""
    out: list[Flowable] = [NextPageTemplate("body")]
    st["base"] = lang_direction(report.lang)
    st["chart_label_w"] = label_width([b.chart for b in report.blocks if isinstance(b, rb.Figure)], TEXT_W)
    seen_toc = False
    for block in report.blocks:
        if isinstance(block, rb.PageBreak) and seen_toc:
            # after the cover and contents a section break starts a new page only when the
            # current one is well used: a last chart or table note is not left alone on a page
            out.append(CondPageBreak(SOFT_BREAK * FRAME_H))
            continue
        seen_toc = seen_toc or isinstance(block, rb.Toc)
        if isinstance(block, rb.Cover):
            out += cover(block, st, report.status == "draft", lang_direction(report.lang), report.member)
        elif isinstance(block, rb.Toc):
            # the entries are known before layout; only their page numbers are not
            entries = [(h.level - 1, _x(h.text), h.anchor) for h in report.headings if h.level <= 2]
            out += [Para(_x(block.title), st["h1"]), Contents(entries, [st["toc1"], st["toc2"]], TOC_TABLE, pages)]
        else:
            out += _block(block, st)
    return out


def _block(block: rb.Block, st: dict[str, Any]) -> list[Flowable]:
    if isinstance(block, rb.Heading):
        style = st[f"h{min(block.level, 3)}"]
        markup, style = bidi_markup(block.text, style, TEXT_W)
        para = _HeadingPara(f'<a name="{block.anchor}"/>{markup}', style, heading=block)
        para.keepWithNext = 1
        # a heading needs room for what follows it: a table's caption, header and first rows too
        return [CondPageBreak({1: 3, 2: 5}.get(block.level, 4.5) * cm), para]
    if isinstance(block, rb.Anchor):
        return []  # for Word's bookmarks (a reviewed .docx read back); the PDF has its outline
    if isinstance(block, rb.Paragraph):
        return paragraph(block, st)
    if isinstance(block, rb.RichText):
        return [Para(rich(p.runs), st["bullet" if p.bullet else "body"], bulletText="•" if p.bullet else None)
                for p in block.paras]
    if isinstance(block, rb.BulletList):
        return [Para(_x(item), st["bullet"], bulletText="•") for item in block.items]
    if isinstance(block, rb.KeyFigures):
        return [key_figures(block, st)]
    if isinstance(block, rb.Table):
        return table(block, st)
    if isinstance(block, rb.Figure):
        chart = chart_drawing(block.chart, TEXT_W, st.get("chart_label_w"))
        return [KeepTogether([chart, Para(_x(block.caption, upright=True), st["caption"])])]
    if isinstance(block, rb.SourceList):
        return [source(s, st) for s in block.sources]
    if isinstance(block, rb.PageBreak):
        return [RLPageBreak()]
    if isinstance(block, rb.SignatureSpace):
        return [KeepTogether([Para(_x(block.caption), st["h2"]), Para(_x(block.note), st["note"]),
                              SignatureBox()])]
    raise TypeError(f"no PDF rendering for {type(block).__name__}")




def render_pdf(report: rb.Report, out: Path) -> Path:
    """Write `report` to `out` (overwritten); returns `out`."""
    report = rb.renderable(report)
    register_pdf_fonts()
    doc = _Doc(str(out), report)
    doc.build(_flowables(report, styles(), doc.heading_pages))
    return out
