"""Typography and colours of the PDF: one place, so the publication looks the same throughout."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from .fonts import FACES

NAVY = HexColor("#1B365D")
ACCENT = HexColor("#2E6E9E")
INK = HexColor("#1F2D3D")
GREY = HexColor("#5B6770")
RULE = HexColor("#C9D3DD")
HEADER_BG = HexColor("#E3ECF4")
ZEBRA = HexColor("#F5F8FA")
TILE = HexColor("#EEF3F8")
WATERMARK = HexColor("#C8102E")

R, B, IT = FACES["regular"], FACES["bold"], FACES["italic"]


def styles() -> dict[str, ParagraphStyle]:
    """The styles by name: a fresh dict (a renderer may add its own keys) of styles built once
    per process (never changed: a variant is a new ParagraphStyle with one as its parent)."""
    return dict(_styles())


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=R, bulletFontName=R, fontSize=9.5, leading=13.5, textColor=INK, spaceAfter=5,
                          uriWasteReduce=0.3)  # break a URL (at / . - ...) rather than leave a gap
    s: dict[str, ParagraphStyle] = {"body": base}
    s["lead"] = ParagraphStyle("lead", base, spaceBefore=4, spaceAfter=2)
    s["justification"] = ParagraphStyle("justification", base, leftIndent=12, textColor=INK, spaceAfter=6)
    s["note"] = ParagraphStyle("note", base, fontName=IT, fontSize=8.5, leading=12, textColor=GREY)
    s["meta"] = ParagraphStyle("meta", base, fontSize=8.5, leading=11.5, textColor=GREY, spaceAfter=1)
    s["caption"] = ParagraphStyle("caption", base, fontName=IT, fontSize=8, leading=10.5, textColor=GREY,
                                  spaceBefore=3, spaceAfter=10)
    s["table_caption"] = ParagraphStyle("table_caption", s["caption"], spaceBefore=6, spaceAfter=4)
    s["cell"] = ParagraphStyle("cell", base, fontSize=8.5, leading=10.5, spaceAfter=0)
    s["cell_small"] = ParagraphStyle("cell_small", base, fontSize=7.5, leading=9.2, spaceAfter=0)
    s["head_cell"] = ParagraphStyle("head_cell", s["cell"], fontName=B, textColor=NAVY)
    s["head_cell_small"] = ParagraphStyle("head_cell_small", s["cell_small"], fontName=B, textColor=NAVY)
    s["h1"] = ParagraphStyle("h1", base, fontName=B, fontSize=17, leading=21, textColor=NAVY, spaceBefore=6,
                             spaceAfter=10)
    s["h2"] = ParagraphStyle("h2", base, fontName=B, fontSize=12.5, leading=16, textColor=NAVY, spaceBefore=14,
                             spaceAfter=6)
    s["h3"] = ParagraphStyle("h3", base, fontName=B, fontSize=10, leading=13, textColor=ACCENT, spaceBefore=8,
                             spaceAfter=4)
    s["title"] = ParagraphStyle("title", base, fontName=B, fontSize=28, leading=34, textColor=NAVY, spaceAfter=14)
    s["publisher"] = ParagraphStyle("publisher", base, fontName=B, fontSize=10, textColor=ACCENT, spaceAfter=30)
    s["fact_label"] = ParagraphStyle("fact_label", base, fontSize=9, textColor=GREY, spaceAfter=0)
    s["fact_value"] = ParagraphStyle("fact_value", base, fontName=B, fontSize=10.5, spaceAfter=0)
    s["stamp"] = ParagraphStyle("stamp", base, fontName=B, fontSize=20, leading=24, alignment=TA_CENTER)
    s["kf_value"] = ParagraphStyle("kf_value", base, fontName=B, fontSize=20, leading=23, textColor=NAVY,
                                   alignment=TA_CENTER, spaceAfter=0)
    s["kf_label"] = ParagraphStyle("kf_label", base, fontSize=7.5, leading=9, textColor=GREY, alignment=TA_CENTER,
                                   spaceAfter=0)
    s["source"] = ParagraphStyle("source", base, fontSize=8.5, leading=11.5, leftIndent=22, firstLineIndent=-22,
                                 spaceAfter=4)
    s["bullet"] = ParagraphStyle("bullet", base, fontSize=9, leftIndent=14, bulletIndent=2, spaceAfter=2,
                                 alignment=TA_LEFT)
    s["toc_title"] = s["h1"]
    s["toc1"] = ParagraphStyle("toc1", base, fontName=B, fontSize=10, leading=15, leftIndent=0, spaceBefore=4)
    s["toc2"] = ParagraphStyle("toc2", base, fontSize=8.8, leading=11.5, leftIndent=14, spaceAfter=0)
    return s
