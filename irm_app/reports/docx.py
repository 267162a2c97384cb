"""Render a Report as Word (.docx) with python-docx: a renderer only, it decides no content.

Uses Word's own styles (Title, Heading 1-3, Caption, List Bullet, a table style) so the
document stays editable; contents lines linked to the headings' bookmarks with live PAGEREF
page numbers (LibreOffice computes them, Word refreshes them on open), PAGE /
NUMPAGES fields in the footer, the running header with the DRAFT mark, and charts as PNG.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.table import CT_Tbl
from docx.shared import Cm, Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from ..text_safety import is_safe_link
from . import blocks as rb
from .anchors import ASSESSMENT_PROPERTY, Namer
from .charts import chart_png, label_width
from .docx_page import (
    ACCENT,
    GREY,
    NAVY,
    RED,
    TEXT_W_CM,
    doc_text,
    own_package_parts,
    setup_page,
    setup_styles,
)
from .docx_xml import (
    add_bookmark,
    add_hyperlink,
    cant_split,
    mark_rtl_runs,
    repeat_header,
    rule_borders,
    set_custom_properties,
    set_rtl,
    shade,
    text_run,
    toc_entry,
    update_fields_on_open,
)
from .scoring import is_rtl

TABLE_STYLE = "Table Grid"
CHART_W = TEXT_W_CM / 2.54 * 72  # points


def bookmark_name(anchor: str) -> str:
    return anchor.replace("-", "_")[:40]


class _Writer:
    def __init__(self, document: Document, report: rb.Report):
        self.d, self.report = document, report
        self.bookmarks = 0
        self.namer = Namer()
        self.pending: list[rb.Anchor] = []  # anchors waiting for the next paragraph
        self._style_ids: dict[str, str] = {}
        self._sect: Any = None
        self._block_width: Any = None
        self.chart_label_w = label_width([b.chart for b in report.blocks if isinstance(b, rb.Figure)], CHART_W)

    def style(self, p: DocxParagraph, name: str) -> DocxParagraph:
        """Set a paragraph style by cached id: python-docx's lookup scans every style, each call."""
        if name not in self._style_ids:
            self._style_ids[name] = self.d.styles[name].style_id
        p._p.style = self._style_ids[name]
        return p

    def _body_append(self, element: Any) -> Any:
        """Insert before the body's sectPr directly: python-docx's add_paragraph/add_table search
        the body's children for it on every call, which made long reports quadratic."""
        if self._sect is None:
            self._sect = self.d.element.body.sectPr
        self._sect.addprevious(element)
        return element

    def new_para(self) -> DocxParagraph:
        p = DocxParagraph(self._body_append(OxmlElement("w:p")), self.d._body)
        self.flush_anchors(p)
        return p

    def flush_anchors(self, p: DocxParagraph, anchors: list[rb.Anchor] | None = None) -> None:
        """Bookmark `p` with the pending anchors (or `anchors`): names from reports/anchors.py."""
        todo = self.pending if anchors is None else anchors
        for a in todo:
            self.bookmarks += 1
            add_bookmark(p, self.namer.name(a), self.bookmarks)
        if anchors is None:
            self.pending = []

    def new_table(self, cols: int) -> DocxTable:
        """A table as wide as the text block. python-docx's `_block_width` reads the last section
        with an xpath over every paragraph of the body, each call: read once, the page is fixed."""
        if self._block_width is None:
            self._block_width = self.d._block_width
        return DocxTable(self._body_append(CT_Tbl.new_tbl(0, cols, self._block_width)), self.d._body)

    def para(self, text: str = "", style: str = "Normal", container: object = None) -> DocxParagraph:
        p = container.add_paragraph() if container is not None else self.new_para()  # type: ignore[attr-defined]
        if text:
            text_run(p, doc_text(text))
        return self.style(p, style)

    def block(self, b: rb.Block) -> None:
        getattr(self, "_" + type(b).__name__.lower())(b)

    def _cover(self, c: rb.Cover) -> None:
        for _ in range(3):
            self.new_para()
        pub = self.new_para()
        r = text_run(pub, doc_text(c.publisher))
        r.bold, r.font.color.rgb, r.font.size = True, ACCENT, Pt(10)
        self.para(c.title, "Title")
        table = self.new_table(2)
        table.autofit = False
        table.columns[0].width, table.columns[1].width = Cm(4.2), Cm(TEXT_W_CM - 4.2)
        for label, value in c.facts:
            row = table.add_row()
            cant_split(row)
            cells = row.cells
            cells[0].width, cells[1].width = Cm(4.2), Cm(TEXT_W_CM - 4.2)
            lr = text_run(cells[0].paragraphs[0], doc_text(label))
            lr.font.color.rgb, lr.font.size = GREY, Pt(9)
            vr = text_run(cells[1].paragraphs[0], doc_text(value))
            vr.bold, vr.font.size = True, Pt(10.5)
            if is_rtl(value):  # plan text (member, plan title) in its own direction
                set_rtl(cells[1].paragraphs[0])
        self.new_para()
        stamp = self.new_para()
        sr = text_run(stamp, doc_text(c.status))
        sr.bold, sr.font.size = True, Pt(22)
        sr.font.color.rgb = RED if self.report.status == "draft" else NAVY
        self.para(c.note, "Note")

    def _toc(self, t: rb.Toc) -> None:
        self.para(t.title, "TOC Heading")
        # One line per heading of levels 1-2, as a TOC field's result reads (a link to the
        # heading's bookmark, a dotted tab, a PAGEREF), but NOT inside a TOC field: LibreOffice
        # shows a TOC field's stored result as it is (no page numbers in its PDF), while a
        # free-standing PAGEREF it computes at layout; Word updates the PAGEREFs on open
        # (`updateFields`). An editor who adds headings inserts Word's own table of contents.
        for h in (h for h in self.report.headings if h.level <= 2):
            q = self.new_para()
            toc_entry(q, doc_text(h.text), bookmark_name(h.anchor), bold=h.level == 1, indent_cm=0.5 * (h.level - 1),
                      tab_cm=TEXT_W_CM)
            q.paragraph_format.space_after = Pt(1)

    def _heading(self, h: rb.Heading) -> None:
        p = self.para(h.text, f"Heading {min(h.level, 3)}")
        self.bookmarks += 1
        add_bookmark(p, bookmark_name(h.anchor), self.bookmarks)

    def _anchor(self, a: rb.Anchor) -> None:
        self.pending.append(a)

    def _paragraph(self, b: rb.Paragraph) -> None:
        style = {"body": "Normal", "lead": "Normal", "justification": "Justification", "note": "Note",
                 "meta": "Meta", "caption": "Caption"}[b.style]
        p = self.para("", style)
        if b.label:
            text_run(p, doc_text(b.label)).bold = True
        text_run(p, doc_text(b.text))
        if b.style == "lead":
            p.paragraph_format.space_after = Pt(2)
            p.paragraph_format.keep_with_next = True
        if b.rtl:
            set_rtl(p)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def _richtext(self, b: rb.RichText) -> None:
        for para in b.paras:
            p = self.para("", "List Bullet" if para.bullet else "Normal")
            for r in para.runs:
                if r.url and is_safe_link(r.url):  # only http(s) and mailto become links
                    add_hyperlink(p, r.url, doc_text(r.text))
                    continue
                run = text_run(p, doc_text(r.text))
                run.bold = r.bold or None
                run.italic = r.italic or None

    def _bulletlist(self, b: rb.BulletList) -> None:
        for item in b.items:
            self.para(item, "List Bullet")

    def _keyfigures(self, k: rb.KeyFigures) -> None:
        per_row = min(len(k.items), 4) or 1
        table = self.new_table(per_row)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i in range(0, len(k.items), per_row):
            row = table.add_row()
            cant_split(row)
            cells = row.cells
            for cell, item in zip(cells, k.items[i:i + per_row], strict=False):
                shade(cell, "EEF3F8")
                self.style(cell.paragraphs[0], "Key Figure")
                text_run(cell.paragraphs[0], doc_text(item.value))
                lp = self.para(item.label, "Meta", cell)
                lp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def _table(self, t: rb.Table) -> None:
        if t.caption:
            cap = self.para(t.caption, "Caption")
            cap.paragraph_format.keep_with_next = True
        n_cols = len(t.widths)
        table = self.new_table(n_cols)
        if TABLE_STYLE not in self._style_ids:
            self._style_ids[TABLE_STYLE] = self.d.styles[TABLE_STYLE].style_id
        table._tbl.tblStyle_val = self._style_ids[TABLE_STYLE]
        rule_borders(table)
        table.autofit = False
        for col, w in zip(table.columns, t.widths, strict=True):
            col.width = Cm(w * TEXT_W_CM)
        size = Pt(7.5 if t.compact else 8.5)
        for r, row in enumerate((*t.header, *t.rows)):
            is_head = r < len(t.header)
            tr = table.add_row()
            if is_head and t.repeat_header:
                repeat_header(tr)
            else:
                cant_split(tr)
            body_row = r - len(t.header)
            for i, (cell, text, w) in enumerate(zip(tr.cells, row, t.widths, strict=True)):
                cell.width = Cm(w * TEXT_W_CM)
                p = self.style(cell.paragraphs[0], "Cell")
                if i == 0 and self.pending:
                    self.flush_anchors(p)  # an anchor before a table without a caption
                if i == 0 and 0 <= body_row < len(t.anchors) and t.anchors[body_row] is not None:
                    self.flush_anchors(p, [t.anchors[body_row]])  # type: ignore[list-item]
                if is_rtl(text):
                    set_rtl(p)
                run = text_run(p, doc_text(text))
                run.font.size = size
                if is_head:
                    run.bold = True
                    run.font.color.rgb = NAVY
                    shade(cell, "E3ECF4")
        self.new_para().paragraph_format.space_after = Pt(2)

    def _figure(self, f: rb.Figure) -> None:
        png = chart_png(f.chart, CHART_W, self.chart_label_w)
        holder = self.new_para()
        holder.add_run().add_picture(io.BytesIO(png), width=Cm(TEXT_W_CM))
        holder.paragraph_format.keep_with_next = True
        self.para(f.caption, "Caption")

    def _sourcelist(self, s: rb.SourceList) -> None:
        for src in s.sources:
            p = self.para(f"[{src.number}]\t{src.text}", "Source")
            if src.url and is_safe_link(src.url):  # only http(s) and mailto become links
                p.add_run(" ")
                add_hyperlink(p, src.url, doc_text(src.url))
            elif src.url:
                p.add_run(" " + doc_text(src.url))

    def _signaturespace(self, _: rb.SignatureSpace) -> None:
        """Nothing: only the PDF carries a PAdES signature (the package signs the Word file)."""

    def _pagebreak(self, _: rb.PageBreak) -> None:
        self.new_para().add_run().add_break(WD_BREAK.PAGE)


def render_docx(report: rb.Report, out: Path) -> Path:
    """Write `report` to `out` (overwritten); returns `out`."""
    report = rb.renderable(report)
    document = Document()
    setup_styles(document, report.lang)
    setup_page(document, report)
    props = document.core_properties
    # core properties are limited to 255 characters each (python-docx raises beyond)
    props.title, props.author, props.subject = report.title[:255], report.author[:255], report.subject[:255]
    props.language, props.keywords = report.lang, report.report_type
    props.comments = report.status.upper()
    now = datetime.now(UTC).replace(microsecond=0)  # not the template's 2013 dates
    props.created = props.modified = now
    props.last_modified_by, props.revision = report.author, 1
    props.identifier = report.assessment_id[:255]
    own_package_parts(document)
    first = document.paragraphs[0] if document.paragraphs else None
    writer = _Writer(document, report)
    for b in report.blocks:
        writer.block(b)
    if first is not None and not first.text:
        first._p.getparent().remove(first._p)
    for part in (document.element.body, *(h._element for s in document.sections
                                          for h in (s.header, s.first_page_header, s.footer, s.first_page_footer))):
        mark_rtl_runs(part)
    update_fields_on_open(document)
    custom = {ASSESSMENT_PROPERTY: report.assessment_id} if report.assessment_id else {}
    set_custom_properties(document, {**custom, **writer.namer.properties})
    document.save(str(out))
    return out
