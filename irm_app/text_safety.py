"""Text from outside (plans, packages, certificates) is text: it cannot steer where it is shown.

One place decides how a foreign string is neutralised, so the CLI, the GUI and the reports
agree:

- `for_terminal(s)`: control characters (ANSI escapes, CR, LF, backspace, C1 codes) and every
  bidi control become visible escapes like `\\x1b` or `<U+202E>`, so a crafted certificate
  name cannot erase or fake a status line, nor reverse what follows it.
- `plain(s)`: for Qt labels and reports: control characters dropped (newlines kept only when
  `multiline`), bidi embeddings / overrides / isolates removed; with `isolate=True` the result
  is wrapped in FSI ... PDI so right-to-left text still shows right, but cannot reorder the
  text around it.
- `is_safe_link(url)`: only http, https and mailto become clickable links.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

# Explicit embeddings, overrides, isolates and marks (Unicode bidi controls).
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
FSI, PDI = "\u2068", "\u2069"
SAFE_LINK_SCHEMES = frozenset({"http", "https", "mailto"})


def _is_control(ch: str) -> bool:
    """C0, DEL, C1, line/paragraph separators and other format-breaking code points."""
    cat = unicodedata.category(ch)
    return cat == "Cc" or ch in "\u2028\u2029\u0085" or (cat == "Cf" and ch in BIDI_CONTROLS)


def for_terminal(text: object) -> str:
    """One line that prints as exactly the characters it holds (controls shown escaped)."""
    s = "" if text is None else str(text)
    out = []
    for ch in s:
        if ch in BIDI_CONTROLS or ch in "\u2028\u2029":
            out.append(f"<U+{ord(ch):04X}>")
        elif unicodedata.category(ch) == "Cc":
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"<U+{ord(ch):04X}>")
        else:
            out.append(ch)
    return "".join(out)


def plain(text: object, *, multiline: bool = False, isolate: bool = False) -> str:
    """The text without control or bidi-override characters; optionally bidi-isolated.

    `multiline` keeps newlines and tabs (paragraph text); otherwise they become spaces.
    """
    s = "" if text is None else str(text)
    out = []
    for ch in s:
        if multiline and ch in "\n\t":
            out.append(ch)
        elif ch == "\t":
            out.append(" ")
        elif _is_control(ch):
            if ch in "\r\n\u2028\u2029\u0085":
                out.append(" ")
            continue
        else:
            out.append(ch)
    result = "".join(out)
    return f"{FSI}{result}{PDI}" if isolate and result else result


def is_safe_link(url: object) -> bool:
    """True only for http(s) URLs with a host, and mailto: (no javascript:, file:, data: ...)."""
    if not isinstance(url, str) or not url or url != url.strip() or any(_is_control(c) for c in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        return bool(parts.netloc)
    return scheme == "mailto" and bool(parts.path)


def markup_escape(text: object) -> str:
    """Escape for XML/HTML text AND attribute values (& < > " '): reportlab, Qt rich text."""
    s = "" if text is None else str(text)
    return (
        s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )
