"""The review step's corrections to a DetectedPlan: split, merge, move text, text to milestones.

Pure functions over the editable data (no Qt, no library), so the GUI's review dialog is only
widgets over them and each correction is tested on its own. Nothing a correction removes from
one place is dropped: text cut from a field lands in another field or a milestone, and a merge
keeps both commitments' text and milestones.
"""

from __future__ import annotations

import re
from copy import deepcopy

from .detected import DetectedCommitment, DetectedMilestone, DetectedPlan, Span

FIELD_LABELS = {
    "description": "What the commitment is",
    "problem": "Public problem",
    "contribution": "How it contributes",
    "relevance": "Relevance to OGP values",
    "additional_info": "Additional information",
    "lead_institution": "Lead institution",
}
"""The text fields a reviewer edits, in the order the review dialog shows them."""

EDIT_FIELDS = tuple(FIELD_LABELS)
_BULLET = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2023\u2043\u2219\u00b7*\-\u2013\u2014]|\(?[0-9ivxa-h]{1,3}[.)])\s+")


def _join(a: str, b: str) -> str:
    a, b = a.strip(), b.strip()
    return f"{a}\n\n{b}" if a and b else a or b


def _span_union(a: Span | None, b: Span | None) -> Span | None:
    if a is None or b is None:
        return a or b
    return Span(min(a.first_paragraph, b.first_paragraph), max(a.last_paragraph, b.last_paragraph),
                min(a.first_page, b.first_page), max(a.last_page, b.last_page))


def first_line_title(text: str, limit: int = 160) -> tuple[str, str]:
    """(title, rest): the first line (bullet mark removed; cut at a sentence end past `limit`)."""
    text = text.strip()
    line, _, rest = text.partition("\n")
    line = _BULLET.sub("", line).strip()
    if len(line) > limit:
        cut = line.rfind(". ", 0, limit)
        cut = cut + 1 if cut > 20 else limit
        line, rest = line[:cut].strip(), _join(line[cut:], rest)
    return line, rest.strip()


def split(plan: DetectedPlan, index: int, field: str, offset: int, *, milestones_from: int | None = None) -> int:
    """Split commitment `index` where `field`'s text reaches `offset`: that field's remainder (its
    first line the new title), the later fields and the milestones from `milestones_from` on go to a
    new commitment after it. Returns the new commitment's index."""
    c = plan.commitments[index]
    text = c.fields.get(field, "")
    head, tail = text[:offset].rstrip(), text[offset:].strip()
    if not tail and milestones_from is None:
        raise ValueError("nothing after the cursor to split off")
    title, rest = first_line_title(tail) if tail else ("", "")
    new = DetectedCommitment(title=title or f"{c.title} (part 2)", theme=c.theme, span=deepcopy(c.span),
                             start=c.start, end=c.end,
                             note=f"split from #{index + 1} in the review step; {c.note}".rstrip("; "))
    new.fields = {field: rest}
    c.fields[field] = head
    later = EDIT_FIELDS[EDIT_FIELDS.index(field) + 1:] if field in EDIT_FIELDS else ()
    for k in later:
        if k != "lead_institution" and c.fields.get(k):
            new.fields[k] = c.fields.pop(k)
    if "lead_institution" in c.fields:
        new.fields["lead_institution"] = c.fields["lead_institution"]
    if milestones_from is not None:
        new.milestones, c.milestones = c.milestones[milestones_from:], c.milestones[:milestones_from]
    plan.commitments.insert(index + 1, new)
    return index + 1


def merge(plan: DetectedPlan, index: int) -> None:
    """Commitment `index + 1` into `index`: its title into the description, every field and milestone kept."""
    if index + 1 >= len(plan.commitments):
        raise ValueError("no next commitment to merge with")
    a, b = plan.commitments[index], plan.commitments.pop(index + 1)
    a.fields["description"] = _join(a.fields.get("description", ""), _join(b.title, b.fields.get("description", "")))
    for k, v in b.fields.items():
        if k == "description":
            continue
        if k == "lead_institution":
            a.fields[k] = a.fields.get(k) or v
        else:
            a.fields[k] = _join(a.fields.get(k, ""), v)
    a.milestones.extend(b.milestones)
    a.supporting.extend(x for x in b.supporting if x not in a.supporting)
    for k, v in b.other_fields.items():
        a.other_fields[k] = _join(a.other_fields.get(k, ""), v)
    a.span = _span_union(a.span, b.span)
    a.end = b.end or a.end
    a.note = f"{a.note}; merged with the next in the review step".lstrip("; ")


def move_text(c: DetectedCommitment, source: str, start: int, end: int, target: str) -> str:
    """Cut `source`[start:end] and append it to `target`; returns the text moved."""
    text = c.fields.get(source, "")
    moved = text[start:end]
    if not moved.strip():
        raise ValueError("select the text to move first")
    c.fields[source] = (text[:start].rstrip() + ("\n\n" if text[:start].strip() and text[end:].strip() else "")
                        + text[end:].lstrip()).strip()
    c.fields[target] = _join(c.fields.get(target, ""), moved)
    return moved


def text_to_milestones(c: DetectedCommitment, text: str, *, at: int | None = None,
                       span: Span | None = None) -> list[DetectedMilestone]:
    """Each non-empty line (paragraph or bullet) of `text` becomes a milestone (bullet marks removed)."""
    made = []
    for line in text.splitlines():
        title, rest = first_line_title(line)
        if title:
            made.append(DetectedMilestone(title=title, description=rest, span=deepcopy(span or c.span)))
    if not made:
        raise ValueError("select the paragraphs or bullets to turn into milestones")
    pos = len(c.milestones) if at is None else at
    c.milestones[pos:pos] = made
    return made


def field_to_milestones(c: DetectedCommitment, field: str, start: int, end: int) -> list[DetectedMilestone]:
    """Cut a selection of a field and make milestones of it (the bullets a detector left in the text)."""
    text = c.fields.get(field, "")
    made = text_to_milestones(c, text[start:end])
    c.fields[field] = (text[:start].rstrip() + "\n" + text[end:].lstrip()).strip()
    return made


def milestone_to_text(c: DetectedCommitment, index: int, field: str = "description") -> None:
    """Undo of a wrong milestone: its title and text back at the end of a field."""
    m = c.milestones.pop(index)
    c.fields[field] = _join(c.fields.get(field, ""), _join(m.title, m.description))


def ids_from_number(plan: DetectedPlan, member_code: str) -> list[str]:
    """Every commitment's id as member code + its number; by position when the numbers repeat
    (plans that restart numbering under each section)."""
    code = member_code.strip().upper() or "C"
    numbers = [int(re.sub(r"\D", "", c.number or "") or 0) for c in plan.commitments]
    if 0 in numbers or len(set(numbers)) != len(numbers):
        numbers = list(range(1, len(plan.commitments) + 1))
    for c, n in zip(plan.commitments, numbers, strict=True):
        c.id = f"{code}{n:02d}"
    return [c.id or "" for c in plan.commitments]
