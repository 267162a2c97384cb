"""Stable names for what a part of an exported report is about (a commitment, a cluster, a
narrative section, a report section), so a reviewed Word file can be read back.

Why: the government and civil society comment in Word; an import must file each comment under
the commitment or section it sits in. Every `Anchor` becomes a Word bookmark whose name is made
only from the ids it stands for (the same in every export, whatever the language or the text),
and `decode` turns such a name back into the ids without any library.

A bookmark name is at most 40 characters of [A-Za-z0-9_] starting with a letter (Word's rule):
`irmC<id>` a commitment, `irmS<key>` a report or plan-level section, `irmN<key>_x<id>` a
commitment's narrative section, `irmG<name>` a cluster, `irmM<key>_x<name>` a cluster's section.
Inside a field: letters and digits as they are, `_d` '-', `_p` '.', `_u` '_', `_s` ' '.
An id that does not fit (too long, other characters: a cluster named in any language) gets
`irmH` + a hash of its ids; the document then carries the hash's meaning in a custom property
named `HASH_PROPERTY_PREFIX + hash` (see `hashed_properties`).
"""

from __future__ import annotations

import hashlib
import json
import re

from .blocks import Anchor

MAX_NAME = 40
ASSESSMENT_PROPERTY = "IRM assessment"  # docProps/custom.xml: which assessment the file shows
HASH_PROPERTY_PREFIX = "IRM anchor "
_ESCAPES = {"-": "_d", ".": "_p", "_": "_u", " ": "_s"}
_UNESCAPE = {v[1]: k for k, v in _ESCAPES.items()}
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
_SEP = "_x"
_OCCURRENCE = "_o"  # then a number: the anchor's second, third... bookmark in one document


def _enc(text: str) -> str | None:
    out = []
    for ch in text:
        if _ASCII_ALNUM.fullmatch(ch):
            out.append(ch)
        elif ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        else:
            return None
    return "".join(out)


def _dec(text: str) -> str | None:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch != "_":
            if not _ASCII_ALNUM.fullmatch(ch):
                return None  # not a name this module made
            out.append(ch)
            i += 1
            continue
        code = text[i + 1:i + 2]
        if code not in _UNESCAPE:
            return None
        out.append(_UNESCAPE[code])
        i += 2
    return "".join(out)


def _fields(a: Anchor) -> tuple[str, list[str]]:
    if a.cluster is not None:
        return ("M", [a.section, a.cluster]) if a.section else ("G", [a.cluster])
    if a.commitment_id is not None:
        return ("N", [a.section, a.commitment_id]) if a.section else ("C", [a.commitment_id])
    return "S", [a.section or ""]


def _hash(a: Anchor) -> str:
    raw = json.dumps([a.commitment_id, a.section, a.cluster], ensure_ascii=False)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:20]


def bookmark_name(a: Anchor) -> str:
    """The anchor's bookmark name: the same for the same ids in every export."""
    kind, parts = _fields(a)
    encoded = [_enc(p) for p in parts]
    if all(e is not None and e for e in encoded):
        name = "irm" + kind + _SEP.join(encoded)  # type: ignore[arg-type]
        if len(name) <= MAX_NAME:
            return name
    return "irmH" + _hash(a)


class Namer:
    """Unique bookmark names for one document (Word keeps only the first of two with one name):
    a commitment's second anchor (its row in the annex after its analysis) gets `_o2`, and so on.
    `properties` collects the custom properties that hashed names need."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}
        self.properties: dict[str, str] = {}

    def name(self, a: Anchor) -> str:
        base = bookmark_name(a)
        n = self.seen[base] = self.seen.get(base, 0) + 1
        suffix = f"{_OCCURRENCE}{n}" if n > 1 else ""
        if len(base) + len(suffix) > MAX_NAME:
            base = "irmH" + _hash(a)
        if base.startswith("irmH"):
            self.properties[HASH_PROPERTY_PREFIX + base[4:]] = property_value(a)
        return base + suffix


def property_value(a: Anchor) -> str:
    """What a hashed bookmark stands for, as the custom property's text (JSON)."""
    return json.dumps({"commitment": a.commitment_id, "section": a.section, "cluster": a.cluster},
                      ensure_ascii=False, sort_keys=True)


def decode(name: str, hashed: dict[str, str] | None = None) -> Anchor | None:
    """The anchor a bookmark name stands for; None for any other bookmark (a heading's, the
    reviewer's own, a damaged name). `hashed` maps custom property names to their values."""
    if not name.startswith("irm") or len(name) < 5:
        return None
    kind, body = name[3], re.sub(r"_o[0-9]+$", "", name[4:])
    if kind == "H":
        value = (hashed or {}).get(HASH_PROPERTY_PREFIX + body)
        if value is None:
            return None
        try:
            data = json.loads(value)
            a = Anchor(commitment_id=_opt(data.get("commitment")), section=_opt(data.get("section")),
                       cluster=_opt(data.get("cluster")))
        except (ValueError, AttributeError, TypeError):
            return None
        return a if _hash(a) == body else None
    parts = [_dec(p) for p in body.split(_SEP)]
    if any(p is None or p == "" for p in parts):
        return None
    if kind == "C" and len(parts) == 1:
        return Anchor(commitment_id=parts[0])
    if kind == "S" and len(parts) == 1:
        return Anchor(section=parts[0])
    if kind == "N" and len(parts) == 2:
        return Anchor(commitment_id=parts[1], section=parts[0])
    if kind == "G" and len(parts) == 1:
        return Anchor(cluster=parts[0])
    if kind == "M" and len(parts) == 2:
        return Anchor(section=parts[0], cluster=parts[1])
    return None


def _opt(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError("not a string")
    return value


def with_section_anchors(blocks: list) -> list:
    """`blocks` with an Anchor(section=its anchor) before every level-1 heading that has no
    anchor of its own: a top-level section ends whatever commitment came before it."""
    from .blocks import Heading

    out: list = []
    for b in blocks:
        if isinstance(b, Heading) and b.level == 1 and not (out and isinstance(out[-1], Anchor)):
            out.append(Anchor(section=b.anchor))
        out.append(b)
    return out
