"""The report content model: a flat list of blocks that both renderers draw the same way.

`content.build_report` decides every word, number and order; docx.py and pdf.py only map each
block type to their own layout. That is what keeps the Word and PDF outputs identical in
content. Blocks are plain frozen dataclasses so tests can inspect a report without rendering.
"""

from __future__ import annotations

import copy as _copy
import re
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Literal

ParagraphStyle = Literal["body", "lead", "note", "justification", "meta", "caption"]


@dataclass(frozen=True)
class Cover:
    """The title page: title, the labelled facts, the status stamp and a note under it."""

    title: str
    publisher: str
    facts: tuple[tuple[str, str], ...]
    status: str
    note: str


@dataclass(frozen=True)
class Toc:
    title: str


@dataclass(frozen=True)
class Heading:
    level: int  # 1-3
    text: str
    anchor: str


@dataclass(frozen=True)
class Anchor:
    """Where the text about a commitment, a cluster or a section starts (reports/anchors.py).

    Draws nothing; the Word renderer puts a bookmark named from these ids on the next paragraph
    so a reviewed .docx can be read back (comments filed under what they sit in). Each anchor
    says everything the following text is about, until the next one.
    """

    commitment_id: str | None = None
    section: str | None = None  # a narrative section's key, or a report section's anchor
    cluster: str | None = None


@dataclass(frozen=True)
class Paragraph:
    """Running text; `label` (if any) is printed bold before the text, e.g. 'Lead: '."""

    text: str
    style: ParagraphStyle = "body"
    label: str = ""
    rtl: bool = False


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Run:
    """A piece of the researcher's text: bold / italic / a link (http, https or mailto only)."""

    text: str
    bold: bool = False
    italic: bool = False
    url: str | None = None


@dataclass(frozen=True)
class RichPara:
    runs: tuple[Run, ...]
    bullet: bool = False


@dataclass(frozen=True)
class RichText:
    """The researcher's own words (reports/markup.py parses them)."""

    paras: tuple[RichPara, ...]


@dataclass(frozen=True)
class KeyFigure:
    value: str
    label: str


@dataclass(frozen=True)
class KeyFigures:
    items: tuple[KeyFigure, ...]


@dataclass(frozen=True)
class Table:
    """A table; `widths` are fractions of the text width (they sum to 1)."""

    header: tuple[tuple[str, ...], ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    caption: str = ""
    repeat_header: bool = True
    compact: bool = False
    anchors: tuple[Anchor | None, ...] = ()  # per body row: what the row is about (Word bookmarks)


@dataclass(frozen=True)
class ChartSpec:
    """A horizontal bar chart: one bar per category, in order. Data only, no styling."""

    title: str
    categories: tuple[str, ...]
    values: tuple[int, ...]
    axis_label: str
    muted: tuple[bool, ...] = ()  # bars drawn grey (not scored / does not apply)


@dataclass(frozen=True)
class Figure:
    chart: ChartSpec
    caption: str


@dataclass(frozen=True)
class Source:
    number: int
    text: str
    url: str | None = None


@dataclass(frozen=True)
class SourceList:
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class PageBreak:
    pass


SIGNATURE_DEST = "irm-signature"  # the PDF's named destination (FitR) that pdf_sign.py signs into


@dataclass(frozen=True)
class SignatureSpace:
    """Room kept empty for the signature's appearance, so it never covers text or the footer.

    The PDF renderer draws a frame and names its rectangle `SIGNATURE_DEST`; pdf_sign.py puts
    the visible signature there. Word files are not PAdES-signed: docx.py leaves it out.
    """

    caption: str
    note: str


Block = (
    Cover | Toc | Heading | Anchor | Paragraph | RichText | BulletList | KeyFigures | Table | Figure | SourceList | PageBreak
    | SignatureSpace
)


@dataclass
class Report:
    """Everything a renderer needs, including the strings of its page furniture."""

    title: str
    author: str
    subject: str
    member: str
    report_type: str  # the translated label, e.g. "Action Plan Review"
    status: Literal["draft", "submitted", "final"]
    date: str  # ISO 8601
    lang: str
    running_header: str
    page_label: str  # "Page {page} of {pages}"
    watermark: str | None  # set for drafts only
    blocks: list[Block] = field(default_factory=list)
    assessment_id: str = ""  # recorded in the .docx so a reviewed copy finds its assessment

    @property
    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]


# Characters XML 1.0 (a .docx) cannot hold and a PDF font cannot draw: C0 controls other than
# tab / line breaks, lone surrogates, U+FFFE / U+FFFF. Import refuses them; text typed in the app
# or restored from an older library may still hold one, so both renderers draw a copy of the
# report where each becomes U+FFFD (visible, never a crash).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def renderable(report: Report) -> Report:
    """`report` with every string made safe to render (see _NOT_XML); the same object if clean."""
    return _clean(report)  # type: ignore[no-any-return]


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return _NOT_XML.sub("\ufffd", value) if _NOT_XML.search(value) else value
    if isinstance(value, list | tuple):
        items = [_clean(v) for v in value]
        changed = any(a is not b for a, b in zip(items, value, strict=True))
        return (type(value)(items) if isinstance(value, tuple) else items) if changed else value
    if isinstance(value, dict):
        out = {_clean(k): _clean(v) for k, v in value.items()}
        return out if any(a is not b for a, b in zip(out.values(), value.values(), strict=True)) else value
    if is_dataclass(value) and not isinstance(value, type):
        new = {f.name: _clean(getattr(value, f.name)) for f in fields(value)}
        if all(new[f.name] is getattr(value, f.name) for f in fields(value)):
            return value
        copy = _copy.copy(value)
        for name, v in new.items():
            object.__setattr__(copy, name, v)
        return copy
    return value
