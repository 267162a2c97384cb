"""Render a Report as PDF with reportlab platypus: a renderer only, it decides no content.

Page furniture: running header (member, report type) from page 2 on, "Page X of Y" on every
page (a two-pass canvas knows Y), a DRAFT watermark under the text of drafts, bookmarks that
match the headings, a linked table of contents, and only the bundled, embedded DejaVu font.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfdoc import PDFDictionary
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable
from reportlab.platypus.tableofcontents import TableOfContents

from ..text_safety import is_safe_link, markup_escape, plain
from . import blocks as rb
from .charts import chart_drawing, label_width
from .fonts import draw_string, fallback_markup, register_pdf_fonts
from .pdf_style import ACCENT, GREY, HEADER_BG, IT, NAVY, RULE, TILE, WATERMARK, ZEBRA, B, R, styles
from .pdf_text import markup
from .rtl import base_is_rtl, display, embed, has_rtl, lang_direction, visual_lines

PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 2.2 * cm, 2.4 * cm, 2.2 * cm
TEXT_W = PAGE_W - 2 * MARGIN_X
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
SOFT_BREAK = 0.6  # a section after the contents shares a page that is less than 40 % used


def _x(text: str, upright: bool = False, links: bool = True) -> str:
    """Escape for reportlab's mini-markup (see pdf_text.markup: controls and bidi overrides dropped,
    only http(s) URLs linked); `upright` for italic text."""
    return markup(text, upright_font=R if upright else None, links=links)


def _bidi_markup(text: str, style: Any, width: float, base: str | None = None) -> tuple[str, Any]:
    """(markup, style) of plain `text`; text holding right-to-left script is broken into lines
    at `width` in logical order and each line reordered, as reportlab would otherwise wrap an
    already reordered paragraph and print its lines in the wrong order. A paragraph whose first
    strong character is right-to-left (or `base` "R") is set flush right."""
    if not has_rtl(text):
        return _x(text), style
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    font = B if style.fontName == B else R  # the oblique face has no Arabic glyphs
    lines = visual_lines(text, font, style.fontSize, width - style.leftIndent - style.rightIndent, base_dir=base)
    if (base or ("R" if base_is_rtl(text) else "L")) == "R":
        style = ParagraphStyle(f"{style.name}-rtl", style, alignment=TA_RIGHT, fontName=font)
    elif font != style.fontName:
        style = ParagraphStyle(f"{style.name}-upright", style, fontName=font)
    return "<br/>".join(fallback_markup(markup_escape(plain(line))) for line in lines), style


def _para(text: str, style: Any, width: float = TEXT_W, prefix: str = "", base: str | None = None) -> RLParagraph:
    markup, style = _bidi_markup(text, style, width, base)
    return RLParagraph(prefix + markup, style)


class _HeadingPara(RLParagraph):
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
        self.total_pages = 0  # pages in the previous pass: what "of Y" prints in this one
        self.used_total = 0

    def build(self, flowables: list[Flowable], **kw: Any) -> None:
        """One layout pass; remember its page count so the next pass can print 'of Y'."""
        self.used_total = self.total_pages
        self._last_level = 0
        super().build(flowables, **kw)
        self.total_pages = self.page

    def _page_label(self, c: Canvas) -> None:
        c.saveState()
        c.setFillColor(GREY)
        label = self.report.page_label.format(page=self.page, pages=self.used_total or "?")
        draw_string(c, PAGE_W - MARGIN_X, MARGIN_BOTTOM - 1.1 * cm, display(label), R, 8, align="right")
        c.restoreState()

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
        base = lang_direction(self.report.lang)  # the header is the report's sentence
        # shaped, reordered, brackets mirrored; the member's name one unit in its own direction
        header = display(embed(self.report.running_header, self.report.member), base)
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
        if h.level <= 2:
            self.notify("TOCEntry", (h.level - 1, _x(h.text), self.page, h.anchor))


def _flowables(report: rb.Report, st: dict[str, Any]) -> list[Flowable]:
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
            out += _cover(block, st, report.status == "draft", lang_direction(report.lang), report.member)
        elif isinstance(block, rb.Toc):
            title, toc = _block(block, st)
            # Seed the entries (page numbers unknown) so the first pass already lays the TOC out
            # at its final size: the second pass then confirms instead of moving every page.
            toc._entries = [(h.level - 1, _x(h.text), 0, h.anchor) for h in report.headings if h.level <= 2]
            out += [title, toc]
        else:
            out += _block(block, st)
    return out


def _block(block: rb.Block, st: dict[str, Any]) -> list[Flowable]:
    if isinstance(block, rb.Toc):
        toc = TableOfContents(levelStyles=[st["toc1"], st["toc2"]], dotsMinLevel=0, tableStyle=TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), R), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return [RLParagraph(_x(block.title), st["h1"]), toc]
    if isinstance(block, rb.Heading):
        style = st[f"h{min(block.level, 3)}"]
        markup, style = _bidi_markup(block.text, style, TEXT_W)
        para = _HeadingPara(f'<a name="{block.anchor}"/>{markup}', style, heading=block)
        para.keepWithNext = 1
        # a heading needs room for what follows it: a table's caption, header and first rows too
        return [CondPageBreak({1: 3, 2: 5}.get(block.level, 4.5) * cm), para]
    if isinstance(block, rb.Anchor):
        return []  # for Word's bookmarks (a reviewed .docx read back); the PDF has its outline
    if isinstance(block, rb.Paragraph):
        return _paragraph(block, st)
    if isinstance(block, rb.RichText):
        return [RLParagraph(_rich(p.runs), st["bullet" if p.bullet else "body"], bulletText="•" if p.bullet else None)
                for p in block.paras]
    if isinstance(block, rb.BulletList):
        return [RLParagraph(_x(item), st["bullet"], bulletText="•") for item in block.items]
    if isinstance(block, rb.KeyFigures):
        return [_key_figures(block, st)]
    if isinstance(block, rb.Table):
        return _table(block, st)
    if isinstance(block, rb.Figure):
        chart = chart_drawing(block.chart, TEXT_W, st.get("chart_label_w"))
        return [KeepTogether([chart, RLParagraph(_x(block.caption, upright=True), st["caption"])])]
    if isinstance(block, rb.SourceList):
        return [_source(s, st) for s in block.sources]
    if isinstance(block, rb.PageBreak):
        return [RLPageBreak()]
    if isinstance(block, rb.SignatureSpace):
        return [KeepTogether([RLParagraph(_x(block.caption), st["h2"]), RLParagraph(_x(block.note), st["note"]),
                              SignatureBox()])]
    raise TypeError(f"no PDF rendering for {type(block).__name__}")


class SignatureBox(Flowable):
    """An empty framed rectangle, named `SIGNATURE_DEST` (a FitR destination) for pdf_sign.py.

    Sized for four lines of the signature's appearance; kept inside the text frame, so the
    signature can cover neither the footer nor the margin, and nothing else is drawn in it.
    """

    WIDTH, HEIGHT = 9.5 * cm, 2.1 * cm

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.WIDTH, self.HEIGHT + 6

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.rect(0, 0, self.WIDTH, self.HEIGHT, stroke=1, fill=0)
        c.restoreState()
        x0, y0 = c.absolutePosition(0, 0)
        x1, y1 = c.absolutePosition(self.WIDTH, self.HEIGHT)
        dest = c.bookmarkPage(rb.SIGNATURE_DEST, fit="FitR", left=round(x0, 2), bottom=round(y0, 2),
                              right=round(x1, 2), top=round(y1, 2))
        # reportlab writes only the destinations an outline or link refers to: name this one in
        # the catalogue's /Dests so a signer can find it
        c._doc.Catalog.Dests = PDFDictionary({rb.SIGNATURE_DEST: dest})


def _rich(runs: tuple[rb.Run, ...]) -> str:
    """The researcher's runs as reportlab markup: every piece escaped, tags only from the runs."""
    out = []
    for r in runs:
        text = _x(r.text, links=r.url is None)
        if r.url and is_safe_link(r.url):  # only http(s) and mailto become links; the rest stays text
            text = f'<link href="{markup_escape(r.url)}" color="#2E6E9E">{text}</link>'
        if r.italic:
            text = f"<i>{text}</i>"
        if r.bold:
            text = f"<b>{text}</b>"
        out.append(text)
    return "".join(out)


def _paragraph(p: rb.Paragraph, st: dict[str, Any]) -> list[Flowable]:
    style = st[p.style]
    if p.rtl:
        from reportlab.lib.enums import TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        rstyle = ParagraphStyle(f"{style.name}-rtl", style, alignment=TA_RIGHT, leftIndent=0,
                                rightIndent=style.leftIndent)
        width = TEXT_W - style.leftIndent
        lines = visual_lines(plain(p.text, multiline=True), style.fontName, style.fontSize, width)
        label = [RLParagraph(f'<font name="{B}">{_x(p.label)}</font>', style)] if p.label else []
        return [*label, RLParagraph("<br/>".join(fallback_markup(markup_escape(plain(line))) for line in lines), rstyle)]
    label = f'<font name="{B}">{_x(p.label)}</font>' if p.label else ""
    if has_rtl(p.text) and not p.label:
        # a sentence quoting right-to-left text: lines made in logical order (see _bidi_markup)
        para = _para(p.text, style, TEXT_W, base=st["base"])
    else:
        para = RLParagraph(label + _x(p.text, upright=style.fontName == IT), style)
    if p.style == "lead":  # a run-in heading ("Potential for results: Substantial"): keep its text
        para.keepWithNext = 1
    return [para]


def _cover(c: rb.Cover, st: dict[str, Any], draft: bool, base: str, member: str) -> list[Flowable]:
    """The title is the report's sentence (set in its language's direction, whatever member
    name it quotes); a fact's value is plan text and takes its own direction."""
    facts = RLTable(
        [[_para(k, st["fact_label"], 4.2 * cm - 6), _para(v, st["fact_value"], TEXT_W - 4.2 * cm - 6)]
         for k, v in c.facts],
        colWidths=[4.2 * cm, TEXT_W - 4.2 * cm], splitInRow=1,
    )
    facts.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), R),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    colour = WATERMARK if draft else NAVY
    stamp = RLTable([[RLParagraph(f'<font color="#{colour.hexval()[2:]}">{_x(c.status)}</font>', st["stamp"])]],
                    colWidths=[5.5 * cm])
    stamp.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), R), ("BOX", (0, 0), (-1, -1), 2, colour), ("TOPPADDING", (0, 0), (-1, -1), 8),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    stamp.hAlign = "LEFT"
    return [
        Spacer(1, 2.2 * cm),
        RLParagraph(_x(c.publisher), st["publisher"]),
        _para(embed(c.title, member), st["title"], base=base),
        Spacer(1, 1.0 * cm),
        facts,
        Spacer(1, 1.6 * cm),
        stamp,
        Spacer(1, 0.4 * cm),
        RLParagraph(_x(c.note, upright=True), st["note"]),
    ]


def _key_figures(k: rb.KeyFigures, st: dict[str, Any]) -> Flowable:
    per_row = min(len(k.items), 4) or 1
    rows, row = [], []
    for item in k.items:
        row.append([RLParagraph(_x(item.value), st["kf_value"]), RLParagraph(_x(item.label), st["kf_label"])])
        if len(row) == per_row:
            rows.append(row)
            row = []
    if row:
        rows.append(row + [""] * (per_row - len(row)))
    gap = 6
    t = RLTable(rows, colWidths=[TEXT_W / per_row] * per_row)
    style = [("FONTNAME", (0, 0), (-1, -1), R), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 9),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]
    for r, cells in enumerate(rows):
        for ci, cell in enumerate(cells):
            if cell != "":
                style.append(("BACKGROUND", (ci, r), (ci, r), TILE))
    style.append(("GRID", (0, 0), (-1, -1), gap, "white"))
    t.setStyle(TableStyle(style))
    return t


def _table(t: rb.Table, st: dict[str, Any]) -> list[Flowable]:
    cell, head = (st["cell_small"], st["head_cell_small"]) if t.compact else (st["cell"], st["head_cell"])
    inner = [w * TEXT_W - 8 for w in t.widths]  # less the cells' left and right padding
    data = [[_para(v, head, w) for v, w in zip(row, inner, strict=True)] for row in t.header]
    data += [[_para(v, cell, w) for v, w in zip(row, inner, strict=True)] for row in t.rows]
    # splitInRow: a row taller than a page (a 100,000-character justification) continues on the
    # next page instead of failing the whole report with LayoutError.
    table = RLTable(data, colWidths=[w * TEXT_W for w in t.widths], repeatRows=len(t.header) if t.repeat_header else 0,
                    splitInRow=1)
    n_head = len(t.header)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), R),
        ("BACKGROUND", (0, 0), (-1, n_head - 1), HEADER_BG),
        ("LINEBELOW", (0, n_head - 1), (-1, n_head - 1), 1, NAVY),
        ("LINEBELOW", (0, n_head), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    style += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(n_head + 1, len(data), 2)]
    table.setStyle(TableStyle(style))
    # not keepWithNext: that would move a whole page-long table to the next page, leaving a gap;
    # room for the caption, the header and a few rows is enough
    caption = RLParagraph(_x(t.caption, upright=True), st["table_caption"])
    return [CondPageBreak(3.5 * cm), caption, table] if t.caption else [table]


def _source(s: rb.Source, st: dict[str, Any]) -> Flowable:
    if s.url and is_safe_link(s.url):  # only http(s) and mailto become links; the rest stays text
        url = f' <link href="{markup_escape(s.url)}" color="#2E6E9E">{_x(s.url, links=False)}</link>'
    else:
        url = f" {_x(s.url, links=False)}" if s.url else ""
    return RLParagraph(f'<a name="src-{s.number}"/>[{s.number}]\u00a0{_x(s.text)}{url}', st["source"])


def render_pdf(report: rb.Report, out: Path) -> Path:
    """Write `report` to `out` (overwritten); returns `out`."""
    report = rb.renderable(report)
    register_pdf_fonts()
    st = styles()
    doc = _Doc(str(out), report)
    story = _flowables(report, st)
    doc.multiBuild(story)
    for _ in range(3):  # the last pass printed a stale total: lay out once more
        if doc.used_total == doc.total_pages:
            break
        doc.multiBuild(story)
    return out
