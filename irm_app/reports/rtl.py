"""Right-to-left text for reportlab, which neither shapes Arabic nor reorders bidi runs.

Shape (arabic_reshaper), break into lines in logical order at the available width, then
reorder each line for display (python-bidi): reordering a whole paragraph first would put its
lines in the wrong order once reportlab wraps it.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth


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
