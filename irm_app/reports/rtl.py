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
import unicodedata

from .fonts import string_width

_RTL_CLASS = "\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF"
_RTL_CHARS = re.compile(f"[{_RTL_CLASS}]")


def has_rtl(text: str) -> bool:
    return bool(_RTL_CHARS.search(text))


def base_is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (rule P2)."""
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
    GUI's FSI ... PDI): a bracket closing a right-to-left name then stays with the name. Both
    are plan text: their own controls and bidi overrides are dropped before the unit is made."""
    from ..text_safety import plain

    sentence, quoted = plain(sentence, multiline=True), plain(quoted)
    if not quoted or quoted not in sentence or not has_rtl(quoted):
        return sentence
    return sentence.replace(quoted, f"{RLE if base_is_rtl(quoted) else LRE}{quoted}{PDF}")


_OPENERS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
LRM, RLM = "\u200e", "\u200f"
_MARKS = str.maketrans("", "", LRM + RLM)


def _strong(ch: str) -> str | None:
    """A character's direction as rule N0 sees it (numbers count as right-to-left)."""
    kind = unicodedata.bidirectional(ch)
    return "L" if kind == "L" else "R" if kind in ("R", "AL", "EN", "AN") else None


def _bracket_pairs(text: str) -> list[tuple[int, int]]:
    """Paired brackets as rule BD16 finds them (a stack of 63 at most)."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if ch in _OPENERS:
            if len(stack) == 63:
                break
            stack.append((ch, i))
        elif ch in _CLOSERS:
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == _CLOSERS[ch]:
                    pairs.append((stack[k][1], i))
                    del stack[k:]
                    break
    return sorted(pairs)


def _resolve_brackets(text: str, base: str) -> str:
    """Rule N0 (bracket pairs take one direction: the paragraph's if they hold text of it, else
    that of the text before them), which python-bidi's Python algorithm predates: applied here
    by putting a mark of the resolved direction on each side of both brackets, so its rule N1
    resolves them alike. "الأردن (6 commitments)" in an English sentence keeps its brackets
    around "6 commitments"; without this the opening one joined the Arabic name."""
    pairs = _bracket_pairs(text)
    resolved: dict[int, str] = {}
    for o, c in pairs:
        inside = {d for ch in text[o + 1:c] if (d := _strong(ch))}
        if base in inside:
            resolved[o] = resolved[c] = base
        elif inside:
            before = next((d for ch in reversed(text[:o]) if (d := _strong(ch))), base)
            resolved[o] = resolved[c] = before
    if not resolved:
        return text
    out = []
    for i, ch in enumerate(text):
        mark = {"L": LRM, "R": RLM}.get(resolved.get(i, ""), "")
        out.append(f"{mark}{ch}{mark}")
    return "".join(out)


def _reorder(text: str, base_dir: str | None = None) -> str:
    from bidi.algorithm import get_display

    base = base_dir or ("R" if base_is_rtl(text) else "L")
    text = _resolve_brackets(_as_embeddings(text), base)
    return get_display(text, base_dir=base).translate(_MARKS)


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
    """Set right-to-left runs in `font` (the italic face has no Arabic glyphs); tags left whole."""
    return "".join(part if i % 2 else _RTL_RUN.sub(lambda m: f'<font name="{font}">{m.group(0)}</font>', part)
                   for i, part in enumerate(re.split(r"(<[^>]*>)", escaped)))
