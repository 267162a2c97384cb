"""Low-level WordprocessingML that python-docx has no API for: fields, bookmarks, repeated
table headers, right-to-left paragraphs, cell shading and "update fields on open"."""

from __future__ import annotations

import copy
import re
from typing import Any

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

_RUN_BREAKS = re.compile(r"(\t|\r|\n)")


def text_run(paragraph: Paragraph, text: str) -> Run:
    """`paragraph.add_run(text)`, the same XML (a tab a `w:tab`, a line end a `w:br`, the rest
    `w:t`), without python-docx's walk of the text one character at a time and the xpath with
    which its `run.text` setter first clears the new, empty run: ~30 % of a long Word report."""
    r = paragraph._p.add_r()
    for piece in _RUN_BREAKS.split(text):
        if piece == "\t":
            r.add_tab()
        elif piece in ("\r", "\n"):
            r.add_br()
        elif piece:
            r.add_t(piece)
    return Run(r, paragraph)


def add_field(paragraph: Paragraph, instruction: str, placeholder: str = "") -> None:
    """A complex field (PAGE, NUMPAGES, TOC ...) whose cached result is `placeholder`."""
    def fld(kind: str) -> OxmlElement:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        return el

    run = paragraph.add_run()
    run._r.append(fld("begin"))
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    paragraph.add_run()._r.append(fld("separate"))
    paragraph.add_run(placeholder)
    paragraph.add_run()._r.append(fld("end"))


def toc_entry(paragraph: Paragraph, text: str, bookmark: str, *, bold: bool, indent_cm: float,
              tab_cm: float) -> None:
    """One contents line as Word writes it in a TOC field's result: the heading's text as a
    hyperlink to its bookmark, a right tab with a dot leader, then `PAGEREF bookmark \\h`.
    The PAGEREF is a live reference: LibreOffice fills it in at layout, Word on open."""
    twips = lambda cm: str(round(cm * 567))  # noqa: E731
    ppr = paragraph._p.get_or_add_pPr()
    tabs = OxmlElement("w:tabs")
    tab = OxmlElement("w:tab")
    for k, v in (("w:val", "right"), ("w:leader", "dot"), ("w:pos", twips(tab_cm))):
        tab.set(qn(k), v)
    tabs.append(tab)
    ppr.append(tabs)
    if indent_cm:
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), twips(indent_cm))
        ppr.append(ind)
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), bookmark)
    link.set(qn("w:history"), "1")
    paragraph._p.append(link)

    def run(parent: Any, *children: Any) -> None:
        r = OxmlElement("w:r")
        if bold:
            rpr = OxmlElement("w:rPr")
            rpr.append(OxmlElement("w:b"))
            r.append(rpr)
        for c in children:
            r.append(c)
        parent.append(r)

    def el(tag: str, text: str | None = None, **attrs: str) -> Any:
        e = OxmlElement(tag)
        for k, v in attrs.items():
            e.set(qn(k), v)
        if text is not None:
            e.text = text
            e.set(qn("xml:space"), "preserve")
        return e

    run(link, el("w:t", text))
    run(link, el("w:tab"))
    run(link, el("w:fldChar", **{"w:fldCharType": "begin"}))
    run(link, el("w:instrText", f" PAGEREF {bookmark} \\h "))
    run(link, el("w:fldChar", **{"w:fldCharType": "separate"}))
    run(link, el("w:t", ""))
    run(link, el("w:fldChar", **{"w:fldCharType": "end"}))


def add_bookmark(paragraph: Paragraph, name: str, seq: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(seq))
    start.set(qn("w:name"), name[:40])
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(seq))
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(end)


def repeat_header(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)
    cant = OxmlElement("w:cantSplit")
    tr_pr.append(cant)


def cant_split(row: object) -> None:
    """Word keeps the row on one page (a cell's text is never cut across a page break)."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # type: ignore[attr-defined]


def add_hyperlink(paragraph: Paragraph, url: str, text: str) -> None:
    """A real external hyperlink (Word's Hyperlink style: blue, underlined)."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    r_pr = OxmlElement("w:rPr")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "2E6E9E")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    r_pr.append(colour)
    r_pr.append(underline)
    run.append(r_pr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def shade(cell: object, hex_fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    el = OxmlElement("w:shd")
    el.set(qn("w:val"), "clear")
    el.set(qn("w:color"), "auto")
    el.set(qn("w:fill"), hex_fill)
    tc_pr.append(el)


def set_rtl(paragraph: Paragraph) -> None:
    """A right-to-left paragraph (w:bidi); its runs of right-to-left script are marked by
    mark_rtl_runs."""
    p_pr = paragraph._p.get_or_add_pPr()
    if p_pr.find(qn("w:bidi")) is None:  # in the schema's order: Word refuses a file otherwise
        p_pr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)


_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
               "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
               "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_AFTER_RTL = ("w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
_RTL_CLASS = "\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF"
# a run of right-to-left script, with the spaces, digits and punctuation between its letters
_RTL = re.compile(f"([{_RTL_CLASS}](?:[\\s\\d.,:;()\\-\u2013\u060C\u061B\u066B\u066C]*[{_RTL_CLASS}])*)")


def mark_rtl_runs(root: Any) -> int:
    """Split every text run holding right-to-left script so that script is in runs of its own
    marked w:rtl (Word then lays them right to left and sets them in the w:cs font); the
    other runs stay as they are. Returns the number of runs marked."""
    marked = 0
    for r in list(root.iter(qn("w:r"))):
        texts = [c for c in r if c.tag == qn("w:t")]
        if len(texts) != 1 or len(r) - (r.find(qn("w:rPr")) is not None) != 1 or not _RTL.search(texts[0].text or ""):
            continue
        for i, part in enumerate(_RTL.split(texts[0].text)):  # odd items: the RTL runs
            if not part:
                continue
            new = copy.deepcopy(r)
            t = new.find(qn("w:t"))
            t.text = part
            t.set(qn("xml:space"), "preserve")
            if i % 2:
                r_pr = new.find(qn("w:rPr"))
                if r_pr is None:
                    r_pr = OxmlElement("w:rPr")
                    new.insert(0, r_pr)
                r_pr.insert_element_before(OxmlElement("w:rtl"), *_AFTER_RTL)
                marked += 1
            r.addprevious(new)
        r.getparent().remove(r)
    return marked


def update_fields_on_open(document: object) -> None:
    settings = document.settings.element  # type: ignore[attr-defined]
    el = OxmlElement("w:updateFields")
    el.set(qn("w:val"), "true")
    settings.append(el)


def set_fonts(r_pr: Any, latin: str, east_asian: str) -> None:
    """rFonts of one rPr: `latin` for Latin, Greek, Cyrillic and complex scripts (Arabic,
    Hebrew: w:cs), `east_asian` for CJK (w:eastAsia). Theme attributes go: they would win."""
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), latin)
    fonts.set(qn("w:eastAsia"), east_asian)


def set_cs_font(style: object, name: str, east_asian: str) -> None:
    """A style's fonts for every script, not only Latin (see set_fonts)."""
    set_fonts(style.element.get_or_add_rPr(), name, east_asian)  # type: ignore[attr-defined]


def set_default_fonts(document: object, name: str, east_asian: str, lang: str) -> None:
    """The document defaults (w:docDefaults): the template's theme fonts replaced, so a style
    or run without fonts of its own still finds the bundled ones; the language marks."""
    styles = document.styles.element  # type: ignore[attr-defined]
    r_pr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(r_pr, name, east_asian)
    for el in styles.iter(qn("w:rFonts")):  # heading styles name the theme's major fonts
        if any(k.endswith("Theme") or k.endswith("theme") for k in el.attrib):
            set_fonts(el.getparent(), name, east_asian)
    lang_el = r_pr.find(qn("w:lang"))
    if lang_el is not None:
        lang_el.set(qn("w:val"), lang)


_VML = "urn:schemas-microsoft-com:vml"
_OFFICE = "urn:schemas-microsoft-com:office:office"


def add_watermark(paragraph: Paragraph, text: str, font: str) -> None:
    """Word's own kind of text watermark (a VML text path in the header), behind the page text."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = (
        f'<w:r xmlns:w="{w}" xmlns:v="{_VML}" xmlns:o="{_OFFICE}"><w:pict>'
        '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
        'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
        '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
        '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
        'style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:110pt;rotation:315;'
        "z-index:-251654144;mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
        'mso-position-vertical:center;mso-position-vertical-relative:margin" '
        'o:allowincell="f" fillcolor="#C8102E" stroked="f">'
        '<v:fill opacity=".12"/>'
        f'<v:textpath on="t" fitshape="t" style="font-family:&quot;{font}&quot;;font-size:1pt" string="{text}"/>'
        "</v:shape></w:pict></w:r>"
    )
    paragraph._p.append(parse_xml(xml))


def rule_borders(table: object, rule: str = "C9D3DD", edge: str = "1B365D") -> None:
    """Horizontal rules only (as in the PDF): navy top and bottom, light lines between rows."""
    tbl_pr = table._tbl.tblPr  # type: ignore[attr-defined]
    borders = OxmlElement("w:tblBorders")
    for side, val, size, colour in (("top", "single", 8, edge), ("left", "nil", 0, "auto"),
                                    ("bottom", "single", 8, edge), ("right", "nil", 0, "auto"),
                                    ("insideH", "single", 4, rule), ("insideV", "nil", 0, "auto")):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(size))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), colour)
        borders.append(el)
    tbl_pr.append(borders)


_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"


def set_custom_properties(document: object, values: dict[str, str]) -> None:
    """docProps/custom.xml (File > Properties > Custom in Word and LibreOffice, both keep it on
    save): text properties, e.g. which assessment the report shows. python-docx has no API."""
    if not values:
        return
    from xml.sax.saxutils import escape, quoteattr

    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    props = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name={quoteattr(name)}>'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(sorted(values.items()), start=2)
    )
    blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">{props}</Properties>').encode()
    pkg = document.part.package  # type: ignore[attr-defined]
    part = Part(PackURI("/docProps/custom.xml"), _CUSTOM_CT, blob, pkg)
    pkg.relate_to(part, _CUSTOM_RT)
