"""Right-to-left text for reportlab, which neither shapes Arabic nor reorders bidi runs.

Shape (arabic_reshaper), break into lines in logical order at the available width, then
reorder each line for display (python-bidi): reordering a whole paragraph first would put its
lines in the wrong order once reportlab wraps it.
"""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth

_RTL_CHARS = re.compile("[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]")


def display(text: str) -> str:
    """A short string (cell, heading, label) ready for reportlab: shaped and reordered if it
    holds right-to-left script, else unchanged."""
    if not _RTL_CHARS.search(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return get_display(arabic_reshaper.reshape(text))


def visual_lines(text: str, font: str, size: float, width: float) -> list[str]:
    import arabic_reshaper
    from bidi import get_display

    shaped = arabic_reshaper.reshape(text)
    lines: list[str] = []
    line = ""
    for word in shaped.split():
        trial = f"{line} {word}" if line else word
        if line and stringWidth(trial, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return [get_display(ln, base_dir="R") for ln in lines]


_RTL_RUN = re.compile("[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF][\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\\s]*")


def rtl_runs(escaped: str, font: str) -> str:
    """Set right-to-left runs in `font` (the italic face has no Arabic glyphs)."""
    return _RTL_RUN.sub(lambda m: f'<font name="{font}">{m.group(0)}</font>', escaped)
