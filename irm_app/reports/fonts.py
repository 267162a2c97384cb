"""The bundled Unicode font (DejaVu Sans, resources/fonts/) and its registration in reportlab.

Shipping the font makes PDFs independent of the system and lets pdffonts list only embedded
fonts; reportlab's Helvetica covers Latin-1 only.
"""

from __future__ import annotations

from pathlib import Path

from ..paths import resources_dir

FAMILY = "DejaVuSans"
FACES = {
    "regular": "DejaVuSans",
    "bold": "DejaVuSans-Bold",
    "italic": "DejaVuSans-Oblique",
    "bolditalic": "DejaVuSans-BoldOblique",
}


def font_file(face: str = "regular") -> Path:
    return resources_dir() / "fonts" / f"{FACES[face]}.ttf"


def register_pdf_fonts() -> str:
    """Register the four faces once per process (idempotent); returns the family name."""
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
