"""The PDF's blocks as platypus flowables: text, tables, key figures, cover, sources, the
signature's box. Layout only: what each block says was decided by content.py."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfdoc import PDFDictionary
from reportlab.platypus import CondPageBreak, Flowable, Spacer, TableStyle
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from ..text_safety import is_safe_link, markup_escape, plain
from . import blocks as rb
from .fonts import fallback_markup
from .pdf_style import HEADER_BG, IT, NAVY, RULE, TILE, WATERMARK, ZEBRA, B, R
from .pdf_text import markup
from .rtl import base_is_rtl, embed, has_rtl, visual_lines

PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 2.2 * cm, 2.4 * cm, 2.2 * cm
TEXT_W = PAGE_W - 2 * MARGIN_X
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
_NO_ROOM = 0x7FFFFFFF  # the height reportlab's Paragraph.wrap answers for a width it cannot use


class Para(RLParagraph):
    """A Paragraph that keeps its lines per width: reportlab wraps one paragraph many times at
    the same width (a table for its row heights, then again to draw each cell; a keepWithNext
    group, then the frame; a frame before a split), and breaking lines is most of a report's
    time. A wrap depends only on the width (the style and text do not change), so the lines
    of a width seen before are reused, exactly as they were made."""

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        memo = self.__dict__.setdefault("_lines_at", {})
        hit = memo.get(avail_w)
        if hit is None:
            size = super().wrap(avail_w, avail_h)
            if size[1] != _NO_ROOM:
                memo[avail_w] = (self.blPara, self._wrapWidths, self.width, self.height)
            return size
        self.blPara, self._wrapWidths, self.width, self.height = hit
        return self.width, self.height


def text_markup(text: str, upright: bool = False, links: bool = True) -> str:
    """Escape for reportlab's mini-markup (see pdf_text.markup: controls and bidi overrides dropped,
    only http(s) URLs linked); `upright` for italic text."""
    return markup(text, upright_font=R if upright else None, links=links)


def bidi_markup(text: str, style: Any, width: float, base: str | None = None) -> tuple[str, Any]:
    """(markup, style) of plain `text`; text holding right-to-left script is broken into lines
    at `width` in logical order and each line reordered, as reportlab would otherwise wrap an
    already reordered paragraph and print its lines in the wrong order. A paragraph whose first
    strong character is right-to-left (or `base` "R") is set flush right."""
    if not has_rtl(text):
        return text_markup(text), style
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    font = B if style.fontName == B else R  # the oblique face has no Arabic glyphs
    lines = visual_lines(text, font, style.fontSize, width - style.leftIndent - style.rightIndent, base_dir=base)
    if (base or ("R" if base_is_rtl(text) else "L")) == "R":
        style = ParagraphStyle(f"{style.name}-rtl", style, alignment=TA_RIGHT, fontName=font)
    elif font != style.fontName:
        style = ParagraphStyle(f"{style.name}-upright", style, fontName=font)
    return "<br/>".join(fallback_markup(markup_escape(plain(line))) for line in lines), style


def bidi_para(text: str, style: Any, width: float = TEXT_W, prefix: str = "", base: str | None = None) -> Para:
    markup, style = bidi_markup(text, style, width, base)
    return Para(prefix + markup, style)


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


def rich(runs: tuple[rb.Run, ...]) -> str:
    """The researcher's runs as reportlab markup: every piece escaped, tags only from the runs."""
    out = []
    for r in runs:
        text = text_markup(r.text, links=r.url is None)
        if r.url and is_safe_link(r.url):  # only http(s) and mailto become links; the rest stays text
            text = f'<link href="{markup_escape(r.url)}" color="#2E6E9E">{text}</link>'
        if r.italic:
            text = f"<i>{text}</i>"
        if r.bold:
            text = f"<b>{text}</b>"
        out.append(text)
    return "".join(out)


def paragraph(p: rb.Paragraph, st: dict[str, Any]) -> list[Flowable]:
    style = st[p.style]
    if p.rtl:
        from reportlab.lib.enums import TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        rstyle = ParagraphStyle(f"{style.name}-rtl", style, alignment=TA_RIGHT, leftIndent=0,
                                rightIndent=style.leftIndent)
        width = TEXT_W - style.leftIndent
        lines = visual_lines(plain(p.text, multiline=True), style.fontName, style.fontSize, width)
        label = [Para(f'<font name="{B}">{text_markup(p.label)}</font>', style)] if p.label else []
        return [*label, Para("<br/>".join(fallback_markup(markup_escape(plain(line))) for line in lines), rstyle)]
    label = f'<font name="{B}">{text_markup(p.label)}</font>' if p.label else ""
    if has_rtl(p.text) and not p.label:
        # a sentence quoting right-to-left text: lines made in logical order (see bidi_markup)
        out = bidi_para(p.text, style, TEXT_W, base=st["base"])
    else:
        out = Para(label + text_markup(p.text, upright=style.fontName == IT), style)
    if p.style == "lead":  # a run-in heading ("Potential for results: Substantial"): keep its text
        out.keepWithNext = 1
    return [out]


def cover(c: rb.Cover, st: dict[str, Any], draft: bool, base: str, member: str) -> list[Flowable]:
    """The title is the report's sentence (set in its language's direction, whatever member
    name it quotes); a fact's value is plan text and takes its own direction."""
    facts = RLTable(
        [[bidi_para(k, st["fact_label"], 4.2 * cm - 6), bidi_para(v, st["fact_value"], TEXT_W - 4.2 * cm - 6)]
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
    stamp = RLTable([[Para(f'<font color="#{colour.hexval()[2:]}">{text_markup(c.status)}</font>', st["stamp"])]],
                    colWidths=[5.5 * cm])
    stamp.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), R), ("BOX", (0, 0), (-1, -1), 2, colour), ("TOPPADDING", (0, 0), (-1, -1), 8),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    stamp.hAlign = "LEFT"
    return [
        Spacer(1, 2.2 * cm),
        Para(text_markup(c.publisher), st["publisher"]),
        bidi_para(embed(c.title, member), st["title"], base=base),
        Spacer(1, 1.0 * cm),
        facts,
        Spacer(1, 1.6 * cm),
        stamp,
        Spacer(1, 0.4 * cm),
        Para(text_markup(c.note, upright=True), st["note"]),
    ]


def key_figures(k: rb.KeyFigures, st: dict[str, Any]) -> Flowable:
    per_row = min(len(k.items), 4) or 1
    rows, row = [], []
    for item in k.items:
        row.append([Para(text_markup(item.value), st["kf_value"]), Para(text_markup(item.label), st["kf_label"])])
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


def table(t: rb.Table, st: dict[str, Any]) -> list[Flowable]:
    cell, head = (st["cell_small"], st["head_cell_small"]) if t.compact else (st["cell"], st["head_cell"])
    inner = [w * TEXT_W - 8 for w in t.widths]  # less the cells' left and right padding
    data = [[bidi_para(v, head, w) for v, w in zip(row, inner, strict=True)] for row in t.header]
    data += [[bidi_para(v, cell, w) for v, w in zip(row, inner, strict=True)] for row in t.rows]
    # splitInRow: a row taller than a page (a 100,000-character justification) continues on the
    # next page instead of failing the whole report with LayoutError.
    grid = RLTable(data, colWidths=[w * TEXT_W for w in t.widths], repeatRows=len(t.header) if t.repeat_header else 0,
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
    grid.setStyle(TableStyle(style))
    # not keepWithNext: that would move a whole page-long table to the next page, leaving a gap;
    # room for the caption, the header and a few rows is enough
    caption = Para(text_markup(t.caption, upright=True), st["table_caption"])
    return [CondPageBreak(3.5 * cm), caption, grid] if t.caption else [grid]


def source(s: rb.Source, st: dict[str, Any]) -> Flowable:
    if s.url and is_safe_link(s.url):  # only http(s) and mailto become links; the rest stays text
        url = f' <link href="{markup_escape(s.url)}" color="#2E6E9E">{text_markup(s.url, links=False)}</link>'
    else:
        url = f" {text_markup(s.url, links=False)}" if s.url else ""
    return Para(f'<a name="src-{s.number}"/>[{s.number}]\u00a0{text_markup(s.text)}{url}', st["source"])


