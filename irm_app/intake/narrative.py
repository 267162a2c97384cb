"""Commitments in narrative plans: numbered headings, or titles at the head of a bullet.

Two layouts, chosen by what the document holds:
- "numbered": headings `1.`, `1)`, `Commitment 1:` (numbering may restart under each section
  heading; a title may wrap over two lines), the section heading above as the theme, the
  bullets under a commitment as its milestones;
- "bullet-titles": a bullet whose first sentence is in title case ("• Title. Text…", the Fifth
  U.S. plan, set in the body font), everything indented under it as its text, deeper bullets
  as milestones, the heading above as the theme.
Every other paragraph is kept as context under the heading it follows.
"""

from __future__ import annotations

import re

from .blocks import Block, body_size, build_blocks
from .detected import DetectedCommitment, DetectedContext, DetectedMilestone, DetectedPlan, Paragraph, Span
from .pdf_text import Line

NUMBERED = re.compile(
    r"^(?:(?:commitment|compromiso|engagement|compromisso)\s+(?:n[°ºo.]\s*)?)?(\d{1,3})\s*(?:[.):]|[-–—])\s*(\S.*)$",
    re.IGNORECASE,
)
LABELLED = re.compile(r"^(?:commitment|compromiso|engagement|compromisso)\s", re.IGNORECASE)
MINOR = {
    "a", "an", "the", "and", "or", "nor", "but", "of", "for", "to", "in", "on", "at", "by", "with", "through",
    "from", "under", "into", "as", "via", "per", "its", "their", "across", "over", "de", "del", "la", "las",
    "los", "el", "y", "e", "en", "para", "por", "con", "du", "des", "le", "les", "et", "da", "do", "das", "dos",
}
ABBREVIATIONS = ("U.S", "No", "Nos", "Mr", "Ms", "Dr", "St", "E.O", "Inc", "Jr", "vs", "e.g", "i.e", "etc")


def title_case(text: str) -> bool:
    """Most significant words capitalised: how a run-in title in the body font is recognised."""
    words = re.findall(r"[^\W\d_][\w'’\-]*", text)
    if len(words) < 2 or len(text) > 220:
        return False
    significant = [w for w in words if w.casefold() not in MINOR]
    if not significant:
        return False
    upper = sum(1 for w in significant if w[0].isupper())
    return upper / len(significant) >= 0.75 and words[0][0].isupper()


def lead_sentence(text: str) -> tuple[str, str]:
    """(first sentence without its full stop, the rest); ("", text) when there is no sentence break."""
    for m in re.finditer(r"\.\s+(?=[A-Z“\"(\[‘'])", text):
        before = text[: m.start()]
        if before.endswith(ABBREVIATIONS) or re.search(r"\b[A-Z]$", before):
            continue
        return before.strip(), text[m.end():].strip()
    return "", text


class _Doc:
    """Blocks with their numbers and kinds, the body size and the paragraphs for the result."""

    def __init__(self, name: str, lines: list[Line]) -> None:
        self.name = name
        self.blocks, self.furniture = build_blocks(lines)
        self.body = body_size(lines)
        self.kinds: list[str] = []
        self.paragraphs: list[Paragraph] = []
        for n, b in enumerate(self.blocks, start=1):
            b.number = n
            kind = self._kind(b)
            self.kinds.append(kind)
            self.paragraphs.append(Paragraph(number=n, page=b.page, text=b.text, kind=kind))

    def _kind(self, b: Block) -> str:
        if b.bullet:
            return "bullet"
        m = NUMBERED.match(b.text)
        if m and len(b.text) <= 250 and (
            b.bold > 0.6 or b.size > self.body + 0.6 or (LABELLED.match(b.text) and len(b.lines) <= 3)
            or (not b.text.endswith(".") and title_case(m.group(2)) and len(b.lines) <= 2)
        ):
            return "numbered"
        if b.size >= self.body + 1.5 and len(b.text) <= 300:
            return "heading"
        if b.bold > 0.9 and len(b.text) <= 200 and not b.text.endswith("."):
            return "heading"
        return "body"

    def span(self, blocks: list[Block]) -> Span:
        return Span(blocks[0].number, blocks[-1].number, blocks[0].page, blocks[-1].last_page)


def detect_narrative(name: str, lines: list[Line]) -> DetectedPlan:
    doc = _Doc(name, lines)
    numbered = sum(1 for k in doc.kinds if k == "numbered")
    bullet_titles = sum(1 for b, k in zip(doc.blocks, doc.kinds, strict=True) if k == "bullet" and _bullet_title(b)[0])
    if numbered >= 2 and numbered >= bullet_titles / 3:
        plan = _numbered(doc)
    elif bullet_titles >= 2:
        plan = _bullets(doc)
    else:
        plan = DetectedPlan(source=name, layout="none", paragraphs=doc.paragraphs)
        plan.context = _context(doc, set())
    plan.title = _title(doc)
    if doc.furniture:
        plan.notes.append(f"note: {doc.furniture} page numbers and running heads left out of the text")
    return plan


DISPLAY_SHARE = 0.7
"""A cover's title may be set in two sizes ("THE OPEN GOVERNMENT PARTNERSHIP" at 36 pt over "SECOND
OPEN GOVERNMENT NATIONAL ACTION PLAN FOR THE UNITED STATES OF AMERICA" at 26 pt, the date at 18)."""


def _title(doc: _Doc) -> str:
    """The first page's display text: every block from its first to its last at the largest size
    (a smaller word between them included: "PLAN" 36 pt, "of" 20 pt, "Ruritania" 36 pt), then the
    blocks right after at no less than DISPLAY_SHARE of that size (a smaller one, the date, ends it)."""
    first = [b for b in doc.blocks if b.page == 1]
    if not first:
        return ""
    top = max(b.size for b in first)
    at_top = [i for i, b in enumerate(first) if b.size == top]
    end = at_top[-1] + 1
    while end < len(first) and first[end].size >= top * DISPLAY_SHARE:
        end += 1
    return " ".join(b.text for b in first[at_top[0]:end])[:300]


def _bullet_title(b: Block) -> tuple[str, str, str]:
    """(title, text, how) for a bullet that opens with a title; ("", text, "") otherwise."""
    if b.title_run and len(b.title_run) >= 3:
        title = b.title_run.rstrip(" .:")
        rest = b.text[len(b.title_run):].lstrip(" .:") if b.text.startswith(b.title_run) else b.text
        return title, rest, "title from the bold run-in text of a bullet"
    first, rest = lead_sentence(b.text)
    if first and rest and title_case(first):
        return first, rest, "title from the title-case first sentence of a bullet (body font)"
    return "", b.text, ""


def _milestone(doc: _Doc, b: Block) -> DetectedMilestone:
    title, rest, _how = _bullet_title(b)
    if not title:
        title, rest = b.text.rstrip(" ;,."), ""
        for tail in (" and", " or"):
            title = title.removesuffix(tail).rstrip(" ;,")
    return DetectedMilestone(title=title, description=rest, span=doc.span([b]))


def _numbered(doc: _Doc) -> DetectedPlan:
    plan = DetectedPlan(source=doc.name, layout="numbered", paragraphs=doc.paragraphs)
    used: set[int] = set()
    section = ""
    cur: DetectedCommitment | None = None
    cur_blocks: list[Block] = []
    body: list[str] = []
    restarted = False
    last_n = 0

    def close() -> None:
        if cur is not None:
            cur.fields["description"] = "\n\n".join(body)
            cur.span = doc.span(cur_blocks)
            ms = len(cur.milestones)
            cur.note += f"; {ms} bullets as milestones" if ms else "; no bullets (no milestones)"

    for b, kind in zip(doc.blocks, doc.kinds, strict=True):
        if kind == "heading":
            close()
            cur, cur_blocks, body = None, [], []
            section = b.text
            continue
        if kind == "numbered":
            close()
            m = NUMBERED.match(b.text)
            assert m is not None
            n = int(m.group(1))
            restarted = restarted or n <= last_n
            last_n = n
            how = "title from a bold numbered heading" if b.bold > 0.6 else "title from a numbered heading (not bold)"
            if len(b.lines) > 1:
                how += f", wrapped over {len(b.lines)} lines"
            cur = DetectedCommitment(title=m.group(2).strip().rstrip(":"), number=str(n), theme=section, note=how)
            if section:
                cur.note += f"; under section {section[:60]!r}"
            plan.commitments.append(cur)
            cur_blocks, body = [b], []
            used.add(b.number)
            continue
        if cur is None:
            continue
        if kind == "bullet":
            cur.milestones.append(_milestone(doc, b))
        else:
            body.append(b.text)
        cur_blocks.append(b)
        used.add(b.number)
    close()
    if restarted:
        plan.notes.append("note: numbering restarts under section headings; the section is each commitment's theme")
    plan.context = _context(doc, used)
    return plan


def _bullets(doc: _Doc) -> DetectedPlan:
    plan = DetectedPlan(source=doc.name, layout="bullet-titles", paragraphs=doc.paragraphs)
    used: set[int] = set()
    section = ""
    cur: DetectedCommitment | None = None
    cur_blocks: list[Block] = []
    body: list[str] = []
    marker_x = min((b.x0 for b, k in zip(doc.blocks, doc.kinds, strict=True)
                    if k == "bullet" and _bullet_title(b)[0]), default=0.0)

    def close() -> None:
        if cur is not None:
            cur.fields["description"] = "\n\n".join(body)
            cur.span = doc.span(cur_blocks)

    for b, kind in zip(doc.blocks, doc.kinds, strict=True):
        if kind in ("heading", "numbered"):
            close()
            cur, cur_blocks, body = None, [], []
            section = b.text
            continue
        if kind == "bullet" and b.x0 <= marker_x + 4:
            title, rest, how = _bullet_title(b)
            close()
            if not title:
                cur, cur_blocks, body = None, [], []
                continue
            cur = DetectedCommitment(title=title, theme=section, note=how)
            if section:
                cur.note += f"; under heading {section[:60]!r}"
            plan.commitments.append(cur)
            cur_blocks, body = [b], [rest]
            used.add(b.number)
            continue
        if cur is None:
            continue
        if b.x0 <= marker_x + 4 and not b.bullet:
            close()  # back at the margin: the bullet's text has ended
            cur, cur_blocks, body = None, [], []
            continue
        if kind == "bullet":
            cur.milestones.append(_milestone(doc, b))
        else:
            body.append(b.text)
        cur_blocks.append(b)
        used.add(b.number)
    close()
    for i, c in enumerate(plan.commitments, start=1):
        c.number = str(i)
    plan.context = _context(doc, used)
    return plan


def _context(doc: _Doc, used: set[int]) -> list[DetectedContext]:
    """Paragraphs outside every commitment, grouped under the heading they follow."""
    out: list[DetectedContext] = []
    heading = ""
    group: list[Block] = []

    def flush() -> None:
        if group:
            text = "\n\n".join(b.text for b in group if b.text != heading)
            out.append(DetectedContext(heading=heading, text=text, span=doc.span(group)))

    for b, kind in zip(doc.blocks, doc.kinds, strict=True):
        if b.number in used:
            flush()
            group = []
            continue
        if kind == "heading":
            flush()
            heading, group = b.text, [b]
            continue
        group.append(b)
    flush()
    return out
