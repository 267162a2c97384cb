"""Right-to-left text for reportlab, which neither shapes Arabic nor reorders bidi runs.

Shape (arabic_reshaper), break into lines in logical order at the available width, then
reorder each line for display (python-bidi): reordering a whole paragraph first would put its
lines in the wrong order once reportlab wraps it.

Reordering uses python-bidi's Python implementation (`bidi.algorithm`): the default one (Rust,
python-bidi >= 0.5) does not apply rule L4, so a parenthesis inside Arabic came out facing the
wrong way ("خطة )2021–2025(" on the cover); the Python one mirrors brackets at odd levels.
"""

from __future__ import annotations

import re

from .fonts import string_width

_RTL_CLASS = "\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF"
_RTL_CHARS = re.compile(f"[{_RTL_CLASS}]")


def has_rtl(text: str) -> bool:
    return bool(_RTL_CHARS.search(text))


def base_is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (rule P2)."""
    import unicodedata

    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


RLE, LRE, PDF = "\u202b", "\u202a", "\u202c"
_ISOLATES = re.compile("[\u2066-\u2069]")


def _as_embeddings(text: str) -> str:
    """Isolates (LRI, RLI, FSI ... PDI) as the embeddings python-bidi's Python algorithm knows
    (it predates isolates and stops at them); a close enough approximation on one line."""
    if not _ISOLATES.search(text):
        return text
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\u2066":
            out.append(LRE)
        elif ch == "\u2067":
            out.append(RLE)
        elif ch == "\u2068":
            end = text.find("\u2069", i)
            out.append(RLE if base_is_rtl(text[i + 1:end if end >= 0 else None]) else LRE)
        elif ch == "\u2069":
            out.append(PDF)
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def embed(sentence: str, quoted: str) -> str:
    """`sentence` with the plan text `quoted` in it made one unit in its own direction (as the
    GUI's FSI ... PDI): a bracket closing a right-to-left name then stays with the name."""
    if not quoted or quoted not in sentence or not has_rtl(quoted):
        return sentence
    return sentence.replace(quoted, f"{RLE if base_is_rtl(quoted) else LRE}{quoted}{PDF}")


def _reorder(text: str, base_dir: str | None = None) -> str:
    from bidi.algorithm import get_display

    return get_display(_as_embeddings(text), base_dir=base_dir)


_RTL_LANGS = {"ar", "arc", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi"}


def lang_direction(lang: str) -> str:
    """"R" or "L": the direction of sentences the report writes in `lang` (its own texts,
    whatever plan text they quote)."""
    return "R" if lang.split("-")[0].lower() in _RTL_LANGS else "L"


def display(text: str, base_dir: str | None = None) -> str:
    """A short string (cell, heading, label) ready for reportlab: shaped and reordered if it
    holds right-to-left script, else unchanged. `base_dir` None takes the direction from the
    text (plan text); a sentence of the report's own passes its language's."""
    if not has_rtl(text):
        return text
    import arabic_reshaper

    return _reorder(arabic_reshaper.reshape(text), base_dir or ("R" if base_is_rtl(text) else "L"))


def visual_lines(text: str, font: str, size: float, width: float, base_dir: str | None = "R") -> list[str]:
    """`text` broken into lines of at most `width` in logical order, each then reordered for
    display; `base_dir` None takes the paragraph direction from the text."""
    import arabic_reshaper

    base = base_dir or ("R" if base_is_rtl(text) else "L")
    lines: list[str] = []
    for part in text.split("\n"):
        shaped = arabic_reshaper.reshape(part)
        line = ""
        for word in shaped.split():
            trial = f"{line} {word}" if line else word
            if line and string_width(trial, font, size) > width:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return [_reorder(ln, base) if has_rtl(ln) else ln for ln in lines]


_RTL_RUN = re.compile(f"[{_RTL_CLASS}][{_RTL_CLASS}\\s]*")


def rtl_runs(escaped: str, font: str) -> str:
    """Set right-to-left runs in `font` (the italic face has no Arabic glyphs)."""
    return _RTL_RUN.sub(lambda m: f'<font name="{font}">{m.group(0)}</font>', escaped)
