"""The researcher's simple, safe markup, parsed into runs both renderers draw the same way.

Paragraphs are separated by a blank line; a line starting "- " or "* " is a bullet;
**bold**, *italic*, [text](url) with http, https or mailto only (anything else stays the
literal text), and [E:<evidence id>] a citation that becomes the source's number "[n]".
Nothing else means anything: the text is text (no HTML, no reportlab or Word markup).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .blocks import RichPara, RichText, Run

_TOKEN = re.compile(
    r"\*\*(?P<bold>.+?)\*\*"
    r"|(?<![\w*])\*(?P<italic>[^*\s](?:[^*]*[^*\s])?)\*(?![\w*])"
    r"|\[(?P<label>[^\]\n]+)\]\((?P<url>[^)\s]+)\)"
    r"|\[E:(?P<cite>[^\]\s]+)\]"
)
SAFE_SCHEMES = ("http://", "https://", "mailto:")
_BULLET = re.compile(r"^\s*[-*]\s+")


def parse(text: str, cite: Callable[[str], str]) -> RichText:
    """`cite(evidence_id)` gives what a citation prints (e.g. "[3]")."""
    paras: list[RichPara] = []
    for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()):
        lines = [ln for ln in chunk.split("\n") if ln.strip()]
        plain: list[str] = []
        for line in lines:
            if _BULLET.match(line):
                if plain:
                    paras.append(RichPara(runs(" ".join(plain), cite)))
                    plain = []
                paras.append(RichPara(runs(_BULLET.sub("", line, count=1).strip(), cite), bullet=True))
            elif paras and paras[-1].bullet and not plain and line.startswith((" ", "\t")):
                last = paras.pop()  # an indented line continues the bullet above
                paras.append(RichPara(last.runs + runs(" " + line.strip(), cite), bullet=True))
            else:
                plain.append(line.strip())
        if plain:
            paras.append(RichPara(runs(" ".join(plain), cite)))
    return RichText(tuple(paras))


def runs(text: str, cite: Callable[[str], str]) -> tuple[Run, ...]:
    out: list[Run] = []
    pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() > pos:
            out.append(Run(text[pos:m.start()]))
        if m.group("bold") is not None:
            out += [Run(r.text, bold=True, italic=r.italic, url=r.url) for r in runs(m.group("bold"), cite)]
        elif m.group("italic") is not None:
            out.append(Run(m.group("italic"), italic=True))
        elif m.group("cite") is not None:
            out.append(Run(cite(m.group("cite"))))
        else:
            url = m.group("url")
            if url.lower().startswith(SAFE_SCHEMES):
                out.append(Run(m.group("label"), url=url))
            else:
                out.append(Run(m.group(0)))  # an unsafe link is shown as written, never followed
        pos = m.end()
    if pos < len(text):
        out.append(Run(text[pos:]))
    return tuple(r for r in out if r.text)


def plain_text(rich: RichText) -> str:
    """What a reader reads (tests, word counts)."""
    return "\n".join("".join(r.text for r in p.runs) for p in rich.paras)
