"""The bundled fonts (resources/fonts/) and the per-character fallback between them.

Shipping the fonts makes PDFs independent of the system and lets pdffonts list only embedded
fonts; reportlab's Helvetica covers Latin-1 only, and its CID fonts (STSong-Light, HeiseiMin...)
are never embedded. DejaVu Sans covers Latin, Greek, Cyrillic, Arabic, Hebrew and more; for
Chinese, Japanese and Korean, reportlab (which picks no fallback itself) is told to switch to
Droid Sans Fallback (Apache-2.0, TrueType outlines, so reportlab can subset and embed it) for
each run of characters DejaVu has no glyph for. The "Full" file has the Han extension A
ideographs, the other one the Hangul syllables: together they cover CJK (see resources/fonts/README.md).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..paths import resources_dir

FAMILY = "DejaVuSans"
FACES = {
    "regular": "DejaVuSans",
    "bold": "DejaVuSans-Bold",
    "italic": "DejaVuSans-Oblique",
    "bolditalic": "DejaVuSans-BoldOblique",
}
# Fallbacks in the order tried: Han (with extension A), kana, CJK punctuation, then Hangul.
FALLBACKS = ("DroidSansFallbackFull", "DroidSansFallback")
CJK_FAMILY = "Droid Sans Fallback"  # both files' family name, as Word and Qt see it


def font_file(face: str = "regular") -> Path:
    return resources_dir() / "fonts" / f"{FACES[face]}.ttf"


def fallback_files() -> list[Path]:
    return [resources_dir() / "fonts" / f"{name}.ttf" for name in FALLBACKS]


@lru_cache(maxsize=1)
def register_pdf_fonts() -> str:
    """Register the four faces once per process (later calls return at once); returns the
    family name. The fallbacks are registered on first use (`fallback_for`): reading their
    30,000-glyph tables costs every report that has no CJK about half a second otherwise."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    for face, name in FACES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(font_file(face))))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=FACES["regular"], bold=FACES["bold"], italic=FACES["italic"], boldItalic=FACES["bolditalic"]
    )
    addMapping(FAMILY, 0, 0, FACES["regular"])
    return FAMILY


def _register_fallback(name: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if name in pdfmetrics.getRegisteredFontNames():
        return
    font = TTFont(name, str(fallback_files()[FALLBACKS.index(name)]))
    # both files call themselves "DroidSansFallback", and reportlab takes two fonts with one
    # PostScript name for one font: give each its own
    font.face.name = name.encode("ascii")
    pdfmetrics.registerFont(font)
    # no bold or italic CJK face ships: <b> inside a fallback run keeps the regular one
    pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)


@lru_cache(maxsize=8)
def _cmap(name: str) -> Any:
    from reportlab.pdfbase import pdfmetrics

    if name in FALLBACKS:
        _register_fallback(name)
    else:
        register_pdf_fonts()
    return pdfmetrics.getFont(name).face.charToGlyph


@lru_cache(maxsize=65536)
def fallback_for(ch: str) -> str | None:
    """The fallback font for a character DejaVu cannot draw, or None (DejaVu draws it, or nobody can)."""
    if ch < "\u0080" or ord(ch) in _cmap(FACES["regular"]):
        return None
    return next((name for name in FALLBACKS if ord(ch) in _cmap(name)), None)


def runs(text: str) -> list[tuple[str, str | None]]:
    """`text` cut into (segment, fallback font or None) runs; a space between two characters of
    one fallback run stays in that run, so a CJK phrase is one run."""
    out: list[tuple[str, str | None]] = []
    for ch in text:
        font = fallback_for(ch)
        if out and (out[-1][1] == font or (ch == " " and out[-1][1] is not None)):
            out[-1] = (out[-1][0] + ch, out[-1][1])
        else:
            out.append((ch, font))
    # a trailing space of a fallback run belongs to the text after it
    fixed: list[tuple[str, str | None]] = []
    for seg, font in out:
        if font is not None and seg.endswith(" ") and seg.strip():
            stripped = seg.rstrip(" ")
            fixed += [(stripped, font), (seg[len(stripped):], None)]
        else:
            fixed.append((seg, font))
    return fixed


def needs_fallback(text: str) -> bool:
    return any(fallback_for(ch) for ch in text if ch >= "\u0080")


_TAG = re.compile(r"(<[^>]*>)")


def fallback_markup(escaped: str) -> str:
    """reportlab mini-markup with every fallback run of its text set in its font; tags (a
    link's href may hold CJK) and entities (ASCII) are left whole."""
    if not needs_fallback(escaped):
        return escaped
    return "".join(part if i % 2 else "".join(f'<font name="{font}">{seg}</font>' if font else seg
                                              for seg, font in runs(part))
                   for i, part in enumerate(_TAG.split(escaped)))


def string_width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(seg, fb or font, size) for seg, fb in runs(text))


def draw_string(canvas: Any, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> None:
    """canvas.drawString with the fallback: each run in the font that has its glyphs."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if align == "right":
        x -= string_width(text, font, size)
    elif align == "centre":
        x -= string_width(text, font, size) / 2
    for seg, fb in runs(text):
        canvas.setFont(fb or font, size)
        canvas.drawString(x, y, seg)
        x += stringWidth(seg, fb or font, size)
    canvas.setFont(font, size)
