"""Text for reportlab's paragraph mini-markup: escaping, links, URL line breaks, scripts, fonts.

Plans quote long URLs in running text. Left alone, reportlab breaks a URL that does not fit
anywhere (mid-word) and prints it as plain text; here every http(s) URL becomes a link, and
reportlab's own URL splitting (`uriWasteReduce`) is taught more break points than the slash:
after / & =, and before . - ? # _ ~ (as the Chicago Manual advises: a line ending in "." or "-"
reads as the end of a sentence or a hyphenated word; reportlab also re-wraps such heads
differently, which broke its paragraph splitting).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reportlab.platypus import paragraph as _rl_paragraph

from ..text_safety import BIDI_CONTROLS, markup_escape, plain
from .fonts import fallback_markup
from .rtl import display, rtl_runs

# a URL ends at white space, markup or CJK punctuation (、。「」（）, full-width forms): Chinese
# and Japanese text puts no space after an address
URL = re.compile(r"https?://[^\s<>\"'\u3000-\u303f\uff00-\uff65]+", re.I)
_TRAILING = ".,;:!?)]}’”"  # punctuation that ends a sentence, not the URL
_BREAK_AFTER = "/&="
_BREAK_BEFORE = ".-?#_~"
_URL_TAIL = re.compile(r"^[\w%~.\-]+(?:/[\w%~.\-?=&#+]*){2,}$")
_SCHEME = re.compile(r"(?<![a-z0-9+.\-])(?:https?|ftp)://", re.I)


def urls(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each URL in `text`, without the sentence's closing punctuation."""
    for m in URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in _TRAILING:
            if text[end - 1] == ")" and text[m.start():end].count("(") >= text[m.start():end].count(")"):
                break  # a URL's own parenthesis, as in Wikipedia links
            end -= 1
        yield m.start(), end


def _url_split_pairs(uri: str) -> list[tuple[str, str]] | None:
    """Every (head, tail) split of a word holding a URL at a sensible point, longest head first.

    The word may start before the URL ("report:https://..." when the text has no space)."""
    m = _SCHEME.search(uri)
    if m:
        cut = m.end()
    elif _URL_TAIL.match(uri):  # the rest of a URL already broken once: break it again
        cut = 0
    else:
        return None
    points = sorted({i + 1 for i in range(cut, len(uri) - 1) if uri[i] in _BREAK_AFTER}
                    | {i for i in range(cut + 1, len(uri)) if uri[i] in _BREAK_BEFORE and uri[i - 1] not in _BREAK_BEFORE})
    if m and m.start() > 0:
        points.insert(0, m.start())
    pairs = [(uri[:i], uri[i:]) for i in points]
    pairs.reverse()
    return pairs


# What `plain(text, multiline=True)` drops or changes: C0 but tab and newline, DEL, C1, the line
# and paragraph separators, the bidi controls. Text with none of them is already plain (most
# text is), and one regex search is cheaper than plain's walk over every character.
_NOT_PLAIN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029" + re.escape("".join(sorted(BIDI_CONTROLS))) + "]")


def plain_text(text: str) -> str:
    """`plain(text, multiline=True)`, without its per-character walk when nothing would change."""
    return plain(text, multiline=True) if _NOT_PLAIN.search(text) else text


_orig = _rl_paragraph._uri_split_pairs
_rl_paragraph._uri_split_pairs = _url_split_pairs  # reportlab looks it up at call time


def markup(text: str, *, upright_font: str | None = None, links: bool = True) -> str:
    """`text` escaped for reportlab; newlines become line breaks; URLs become links; RTL script
    shaped (and set in `upright_font` when given: DejaVu's oblique face has no Arabic); runs
    DejaVu has no glyphs for (CJK) set in the fallback font."""
    text = plain_text(text)  # text from outside is text: no controls, no bidi overrides
    shown = display(text)
    if shown != text or not links:  # reordered right-to-left text: leave URLs as they stand
        out = markup_escape(shown)
    else:
        parts, pos = [], 0
        for start, end in urls(text):
            url = text[start:end]
            parts.append(markup_escape(text[pos:start]))
            parts.append(f'<link href="{markup_escape(url)}" color="#2E6E9E">{markup_escape(url)}</link>')
            pos = end
        parts.append(markup_escape(text[pos:]))
        out = "".join(parts)
    out = out.replace("\n", "<br/>")
    out = fallback_markup(out)
    return rtl_runs(out, upright_font) if upright_font else out
