"""The Word report's look, apart from its content: fonts and paragraph styles, the A4 page with its
running header, watermark and page numbers, and the package's own parts (app.xml, no thumbnail)."""

from __future__ import annotations

import re

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Inches, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from ..text_safety import plain
from . import blocks as rb
from .docx_xml import add_field, add_watermark, set_cs_font, set_default_fonts
from .fonts import CJK_FAMILY

FONT = "DejaVu Sans"  # Latin, Greek, Cyrillic, Arabic, Hebrew (w:ascii, w:hAnsi, w:cs)
EAST_ASIAN = CJK_FAMILY  # w:eastAsia: Chinese, Japanese, Korean (resources/fonts, docs/reports.md)
NAVY = RGBColor(0x1B, 0x36, 0x5D)
ACCENT = RGBColor(0x2E, 0x6E, 0x9E)
GREY = RGBColor(0x5B, 0x67, 0x70)
RED = RGBColor(0xC8, 0x10, 0x2E)
MARGIN_X, TEXT_W_CM = 2.2, 21.0 - 2 * 2.2


def doc_text(text: str) -> str:
    """Text from a plan or package: no control or bidi-override characters in the document."""
    return plain(text, multiline=True)


def setup_styles(document: Document, lang: str) -> None:
    """The fonts (CJK in w:eastAsia) and the paragraph styles the writer names."""
    set_default_fonts(document, FONT, EAST_ASIAN, lang)
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(9.5)
    set_cs_font(normal, FONT, EAST_ASIAN)
    normal.paragraph_format.space_after = Pt(5)
    normal.paragraph_format.line_spacing = 1.15
    for name, size, colour in (("Title", 26, NAVY), ("Heading 1", 17, NAVY), ("Heading 2", 12.5, NAVY),
                               ("Heading 3", 10.5, ACCENT)):
        st = styles[name]
        st.font.name = FONT
        set_cs_font(st, FONT, EAST_ASIAN)
        st.font.size = Pt(size)
        st.font.bold = True
        st.font.color.rgb = colour
        st.paragraph_format.keep_with_next = True
    styles["Heading 1"].paragraph_format.space_before = Pt(12)
    styles["Heading 1"].paragraph_format.space_after = Pt(8)
    cap = styles["Caption"]
    cap.font.name = FONT
    set_cs_font(cap, FONT, EAST_ASIAN)
    cap.font.size = Pt(8)
    cap.font.italic = True
    cap.font.bold = False
    cap.font.color.rgb = GREY
    for name, size, italic, indent in (("Justification", 9.5, False, 0.45), ("Note", 8.5, True, 0),
                                       ("Meta", 8.5, False, 0), ("Source", 8.5, False, 0.8),
                                       ("Key Figure", 20, False, 0), ("Cell", 8, False, 0)):
        st = styles.add_style(name, 1)
        st.base_style = normal
        st.font.size = Pt(size)
        st.font.italic = italic
        if name in ("Note", "Meta"):
            st.font.color.rgb = GREY
        if indent:
            st.paragraph_format.left_indent = Cm(indent)
        if name == "Source":
            st.paragraph_format.first_line_indent = Cm(-indent)
        if name in ("Meta", "Cell"):
            st.paragraph_format.space_after = Pt(1)
        if name == "Key Figure":
            st.font.bold = True
            st.font.color.rgb = NAVY
            st.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
            st.paragraph_format.space_after = Pt(0)


def setup_page(document: Document, report: rb.Report) -> None:
    """A4 portrait; the running header (with the draft watermark) and the page-number footer."""
    sec = document.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(MARGIN_X)
    sec.top_margin, sec.bottom_margin = Cm(2.4), Cm(2.2)
    sec.different_first_page_header_footer = True
    head = sec.header.paragraphs[0]
    head.style = document.styles["Header"]
    tabs = head.paragraph_format.tab_stops
    for inches in (3.25, 6.5):  # the Header style's own centre and right tabs
        tabs.add_tab_stop(Inches(inches), WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop(Cm(TEXT_W_CM), WD_TAB_ALIGNMENT.RIGHT)
    run = head.add_run(doc_text(report.running_header))
    run.font.size, run.font.color.rgb = Pt(8), GREY
    if report.watermark:
        mark = head.add_run(doc_text("\t" + report.watermark))
        mark.font.size, mark.font.bold, mark.font.color.rgb = Pt(8), True, RED
        add_watermark(head, report.watermark, FONT)
        first = sec.first_page_header.paragraphs[0]
        add_watermark(first, report.watermark, FONT)
    for footer in (sec.footer, sec.first_page_footer):
        _page_label(footer.paragraphs[0], report.page_label)


def _page_label(p: DocxParagraph, label: str) -> None:
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for part in re.split(r"(\{page\}|\{pages\})", label):
        if part == "{page}":
            add_field(p, "PAGE", "1")
        elif part == "{pages}":
            add_field(p, "NUMPAGES", "1")
        elif part:
            p.add_run(doc_text(part))
    for run in p.runs:
        run.font.size, run.font.color.rgb = Pt(8), GREY


def own_package_parts(document: Document) -> None:
    """python-docx's template says "Microsoft Macintosh Word" in app.xml and ships a blank
    thumbnail: name this application instead, and ship no thumbnail."""
    pkg = document.part.package
    for rel in list(pkg.rels.values()):
        if rel.reltype.endswith("/thumbnail"):
            pkg.rels.pop(rel.rId)
        elif rel.reltype.endswith("/extended-properties"):
            part = rel.target_part
            part._blob = re.sub(rb"<Application>[^<]*</Application>", b"<Application>IRM Assessor</Application>",
                                part.blob)
