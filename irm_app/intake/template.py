"""Commitments in OGP's commitment template: a table of labelled rows per commitment, then milestones.

The row labels and milestone columns are data (resources/intake/ogp-template.toml), in English,
Spanish, French and Portuguese. Values are kept exactly as written; a row whose label is not
known is kept under its label, and paragraphs outside the tables become the plan's context.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache

from ..paths import resources_dir
from .detected import DetectedCommitment, DetectedContext, DetectedMilestone, DetectedPlan, Paragraph, Span
from .docx_text import DocParagraph, DocTable

ID_TITLE = re.compile(
    r"^(?:(?:commitment|compromiso|engagement|compromisso)\s*(?:n[°ºo.]\s*)?)?"
    r"([A-Z]{0,4}\d{1,4}(?:\.\d{1,3})?[A-Za-z]?)\s*(?:[.:)\-–—]\s*|\s+)(\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
DATE_SPLIT = re.compile(r"\s+(?:-|–|—|to|a|al|hasta|au|à|até|ate)\s+", re.IGNORECASE)


def norm(label: str) -> str:
    text = unicodedata.normalize("NFKD", label.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


@lru_cache(maxsize=1)
def labels() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(row phrase, field) and (milestone header phrase, column), longest phrase first."""
    data = tomllib.loads((resources_dir() / "intake" / "ogp-template.toml").read_text(encoding="utf-8"))
    rows = [(norm(p), f) for f, phrases in data["fields"].items() for p in phrases]
    cols = [(norm(p), c) for c, phrases in data["milestones"].items() for p in phrases]
    return sorted(rows, key=lambda x: -len(x[0])), sorted(cols, key=lambda x: -len(x[0]))


def row_field(label: str) -> str | None:
    key = norm(label)
    for phrase, f in labels()[0]:
        if key == phrase or key.startswith(phrase + " "):
            return f
    return None


def milestone_columns(cells: list[str]) -> dict[str, int] | None:
    """Column index of activity / start / end when these cells are a milestones header row."""
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        key = norm(cell)
        for phrase, col in labels()[1]:
            if (key == phrase or key.startswith(phrase + " ")) and col not in found:
                found[col] = i
                break
    if "activity" in found and ("start" in found or "end" in found):
        return found
    return None


def is_commitment_table(t: DocTable) -> bool:
    known = [row_field(r[0]) for r in t.rows if len(r) >= 2]
    return "id_title" in known and sum(1 for k in known if k) >= 3


def detect_template(name: str, items: list[DocParagraph | DocTable]) -> DetectedPlan | None:
    """The plan, or None when no table of the document is a commitment table."""
    if not any(isinstance(it, DocTable) and is_commitment_table(it) for it in items):
        return None
    plan = DetectedPlan(source=name, layout="ogp-template")
    n = 0
    cur: DetectedCommitment | None = None
    heading = ""
    theme = ""  # a heading directly above commitment tables (no text between) names their theme
    ctx: list[Paragraph] = []

    def para(text: str, page: int, kind: str) -> Paragraph:
        nonlocal n
        n += 1
        p = Paragraph(number=n, page=page, text=text, kind=kind)
        plan.paragraphs.append(p)
        return p

    def flush() -> None:
        if ctx:
            body = "\n\n".join(p.text for p in ctx if p.text != heading)
            plan.context.append(DetectedContext(heading=heading, text=body, span=Span.of(ctx)))
            ctx.clear()

    for it in items:
        if isinstance(it, DocParagraph):
            if not it.text:
                continue
            heading_like = it.style.casefold().startswith(("heading", "title", "título", "titre")) or (
                it.bold and len(it.text) < 200)
            p = para(it.text, it.page, "heading" if heading_like else "body")
            if heading_like:
                flush()
                heading = theme = it.text
            else:
                theme = ""
            ctx.append(p)
            continue
        if is_commitment_table(it):
            flush()
            cur = _commitment(it, para)
            cur.theme = theme if theme and not ID_TITLE.match(theme) else ""
            plan.commitments.append(cur)
            continue
        header = milestone_columns(it.rows[0]) if it.rows else None
        if header is not None and cur is not None:
            _milestones(it.rows[1:], header, cur, lambda t, _it=it: para(t, _it.page, "cell"))
            if cur.span and cur.milestones:
                last = cur.milestones[-1].span
                cur.span = Span(cur.span.first_paragraph, last.last_paragraph if last else cur.span.last_paragraph,
                                cur.span.first_page, it.page)
            continue
        flush()  # another table: its cells are context, row by row
        cells = [para(" | ".join(r), it.page, "cell") for r in it.rows if any(r)]
        if cells:
            plan.context.append(DetectedContext(heading=heading, text="\n".join(c.text for c in cells), span=Span.of(cells)))
    flush()
    plan.title = next((p.text for p in plan.paragraphs if p.kind == "heading"), "")
    return plan


def _commitment(t: DocTable, para) -> DetectedCommitment:  # noqa: ANN001 - a local callable
    c = DetectedCommitment(title="")
    made: list[Paragraph] = []
    unknown = []
    header: dict[str, int] | None = None
    ms_rows: list[list[str]] = []
    for row in t.rows:
        if header is not None:
            ms_rows.append(row)
            continue
        if milestone_columns(row) is not None:
            header = milestone_columns(row)
            continue
        if len(row) < 2:
            made.append(para(row[0] if row else "", t.page, "cell"))
            continue
        label, value = row[0], "\n".join(v for v in row[1:] if v)
        made.append(para(f"{label}: {value}", t.page, "cell"))
        f = row_field(label)
        if f == "id_title":
            m = ID_TITLE.match(value)
            c.number, c.title = (m.group(1), m.group(2).strip()) if m else (None, value)
        elif f == "dates":
            parts = DATE_SPLIT.split(value, maxsplit=1)
            c.start, c.end = (parts[0].strip(), parts[1].strip()) if len(parts) == 2 else (value, None)
        elif f in ("start", "end"):
            setattr(c, f, value or None)
        elif f == "supporting_institutions":
            c.supporting = [s.strip() for s in re.split(r"[\n;]+", value) if s.strip()]
        elif f:
            c.fields[f] = value
        else:
            c.other_fields[label.strip().rstrip(":?")] = value
            unknown.append(label.strip()[:40])
    if header is not None:
        _milestones(ms_rows, header, c, lambda text: made.append(para(text, t.page, "cell")) or made[-1])
    c.span = Span.of(made) if made else None
    c.note = "from OGP's commitment template (labelled table rows)"
    if not c.title:
        c.title = "(untitled commitment)"
        c.note += "; no title in its 'commitment' row: set one"
    if unknown:
        c.note += f"; rows kept by their own label: {', '.join(unknown)}"
    return c


def _milestones(rows: list[list[str]], header: dict[str, int], c: DetectedCommitment, para) -> None:  # noqa: ANN001
    for row in rows:
        if not any(row):
            continue
        def cell(key: str, row: list[str] = row) -> str:
            i = header.get(key)
            return row[i] if i is not None and i < len(row) else ""

        title = cell("activity")
        if not title:
            continue
        p = para(" | ".join(row))
        c.milestones.append(DetectedMilestone(title=title, start=cell("start") or None, end=cell("end") or None,
                                              span=Span(p.number, p.number, p.page, p.page)))
