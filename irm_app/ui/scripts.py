"""Plan text in any script inside the GUI's own sentences: bidi isolation and CJK glyphs.

A plan title or member name quoted in a label, the status bar or a dialog is text from outside:
when it is right-to-left, the Unicode bidi algorithm lets it swallow the neutral characters
around it (a period's digits, a parenthesised ID, a dash) and reorders the sentence. Wrapping
it in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE keeps it one unit in its own direction.
Qt draws no CJK with DejaVu alone: the bundled Droid Sans Fallback is the family's fallback.
Nor Arabic in italic: DejaVu Sans Oblique has no Arabic letters, and Qt never falls back from a
family's italic face to its own upright one, so the bundled Noto Sans Arabic is a fallback too.
"""

from __future__ import annotations

import html
import unicodedata

from PySide6.QtGui import QFont, QFontDatabase, Qt
from PySide6.QtWidgets import QApplication

from ..paths import resources_dir
from ..text_safety import plain

FSI, PDI = "\u2068", "\u2069"
# Qt takes one file per family and style: both Droid files are "Droid Sans Fallback", so only
# the one with the Hangul syllables is loaded (the PDF uses both: docs/reports.md)
CJK_FONT_FILE = "DroidSansFallback.ttf"
# DejaVu Sans (upright, bold) draws Arabic itself; its Oblique faces have none, so italic Arabic
# (the derived line's count, a level's note, a plan's quoted source) falls back to this one
ARABIC_FONT_FILE = "NotoSansArabic-Regular.ttf"
FALLBACK_FONT_FILES = (ARABIC_FONT_FILE, CJK_FONT_FILE)


def isolate(text: str) -> str:
    """`text` as one line quoted in a sentence: control characters and bidi overrides dropped
    (a U+202E cannot reverse what follows), wrapped in FSI ... PDI when it holds right-to-left
    script, else unchanged (so Latin-only strings, and the tests that read them, stay as they are)."""
    text = plain(text)
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return f"{FSI}{text}{PDI}"
    return text


def shown(text: object, *, multiline: bool = False) -> str:
    """Outside text as a cell or a line shows it: controls and bidi overrides dropped."""
    return plain(text, multiline=multiline)


def escape_html(text: object, quote: bool = True) -> str:
    """Outside text for rich text the app writes: neutralised (controls, bidi overrides), then
    every character that means something in HTML escaped."""
    return html.escape(plain(text, multiline=True), quote)


def tooltip(text: str) -> str:
    """A tooltip holding outside text: Qt renders a tooltip as rich text when it *looks* like
    HTML (`<b>…` in a title would be bold, `<img src="file:///…">` read from disk), so such a
    text is handed over escaped, line breaks kept; any other text as it is."""
    text = plain(text, multiline=True)
    if Qt.mightBeRichText(text):
        return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"
    return text


def add_script_fallback(app: QApplication, family: str) -> list[str]:
    """Load the bundled Arabic and CJK fonts and make them the fallbacks of `family` in the app
    font; returns the families in the order Qt tries them."""
    families = [family]
    for name in FALLBACK_FONT_FILES:
        path = resources_dir() / "fonts" / name
        if path.is_file():
            fid = QFontDatabase.addApplicationFont(str(path))
            families += [f for f in QFontDatabase.applicationFontFamilies(fid) if f not in families] if fid >= 0 else []
    font = QFont(app.font())
    font.setFamilies(families)
    app.setFont(font)
    return families
