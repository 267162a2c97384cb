"""What plan intake found in a document: pure data a review step can edit, then turn into a bundle.

Nothing here reads a file or writes the library. A `DetectedPlan` keeps the document's paragraphs
(with their pages), the commitments found in them with their fields, milestones, source spans and
a confidence note each, and every paragraph that is not a commitment as the plan's context.
`to_bundle` makes the `ImportBundle` the library imports all-or-nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import ValidationError

from ..importers.bundle import ImportBundle, ImportFailed
from ..importers.text import check_texts, validation_message
from ..model import ActionPlan, ContextSection, SourceSpan, slug

TEXT_FIELDS = ("lead_institution", "problem", "description", "contribution", "relevance", "additional_info")
"""Commitment fields a detector fills from the document's own text."""


@dataclass
class Paragraph:
    """One paragraph (or table cell) of the document, numbered from 1 in reading order."""

    number: int
    page: int
    text: str
    kind: str = "body"  # body | heading | bullet | numbered | cell


@dataclass
class Span:
    """Paragraphs first..last (inclusive) of the document, on pages first_page..last_page."""

    first_paragraph: int
    last_paragraph: int
    first_page: int
    last_page: int

    @classmethod
    def of(cls, paragraphs: list[Paragraph]) -> Span:
        return cls(paragraphs[0].number, paragraphs[-1].number, paragraphs[0].page, paragraphs[-1].page)

    def model(self, file: str) -> SourceSpan:
        return SourceSpan(file=file, first_page=self.first_page, last_page=self.last_page,
                          first_paragraph=self.first_paragraph, last_paragraph=self.last_paragraph)

    def label(self) -> str:
        pages = f"p. {self.first_page}" if self.first_page == self.last_page else f"pp. {self.first_page}-{self.last_page}"
        return f"{pages}, ¶ {self.first_paragraph}-{self.last_paragraph}"


@dataclass
class DetectedMilestone:
    title: str
    description: str = ""
    start: str | None = None
    end: str | None = None
    span: Span | None = None


@dataclass
class DetectedCommitment:
    title: str
    number: str | None = None
    theme: str = ""
    fields: dict[str, str] = field(default_factory=dict)  # TEXT_FIELDS -> the document's text
    supporting: list[str] = field(default_factory=list)
    other_fields: dict[str, str] = field(default_factory=dict)  # template rows with no field, by label
    start: str | None = None
    end: str | None = None
    milestones: list[DetectedMilestone] = field(default_factory=list)
    span: Span | None = None
    note: str = ""  # how it was found and how sure the detector is
    id: str | None = None  # set in the review step (an OGP id, or member code + number); None: generated


@dataclass
class DetectedContext:
    heading: str
    text: str
    span: Span | None = None


@dataclass
class DetectedPlan:
    source: str  # the document's file name
    layout: str  # "ogp-template", "numbered", "bullet-titles" or "none"
    paragraphs: list[Paragraph] = field(default_factory=list)
    commitments: list[DetectedCommitment] = field(default_factory=list)
    context: list[DetectedContext] = field(default_factory=list)
    title: str = ""
    notes: list[str] = field(default_factory=list)

    def to_plan(self, *, plan_id: str | None = None, member: str | None = None,
                member_code: str | None = None, number: int | None = None,
                period_start: int | None = None, period_end: int | None = None,
                themes: list[str] | None = None) -> ActionPlan:
        """The plan as the model holds it; ids are `<member code or C><nn>` until a researcher sets OGP ids."""
        if not self.commitments:
            raise ImportFailed(f"{self.source}: no commitments found ({self.layout} layout); nothing imported")
        prefix = (member_code or "C").upper()
        pid = plan_id or slug(f"plan-{self.source.rsplit('.', 1)[0]}")
        commitments = []
        for i, c in enumerate(self.commitments, start=1):
            cid = c.id or f"{prefix}{i:02d}"
            commitments.append({
                "id": cid,
                "number": c.number,
                "title": c.title,
                "theme": c.theme,
                **{k: v for k, v in c.fields.items() if k in TEXT_FIELDS},
                "supporting_institutions": c.supporting,
                "other_fields": c.other_fields,
                "start": c.start,
                "end": c.end,
                "source": c.span.model(self.source).model_dump() if c.span else None,
                "intake_note": c.note,
                "milestones": [
                    {
                        "id": f"{cid}.{j}",
                        "title": m.title,
                        "description": m.description,
                        "start": m.start,
                        "end": m.end,
                        "source": m.span.model(self.source).model_dump() if m.span else None,
                    }
                    for j, m in enumerate(c.milestones, start=1)
                ],
            })
        data = {
            "id": pid,
            "member": member or "Unknown member",
            "member_code": member_code,
            "number": number,
            "title": self.title or self.source,
            "source": f"imported from the government's document {self.source} ({self.layout} layout)",
            "period_start": period_start,
            "period_end": period_end,
            "themes": themes if themes is not None else list(dict.fromkeys(c.theme for c in self.commitments if c.theme)),
            "context": [
                ContextSection(heading=x.heading, text=x.text,
                               source=x.span.model(self.source) if x.span else None).model_dump()
                for x in self.context
            ],
            "commitments": commitments,
        }
        try:
            return ActionPlan.model_validate(data)
        except ValidationError as e:
            raise ImportFailed(validation_message(self.source, e, "detected plan", data)) from e

    def to_bundle(self, **plan_args: object) -> ImportBundle:
        plan = self.to_plan(**plan_args)  # type: ignore[arg-type]
        problem = check_texts(plan, "plan")  # the same text limits as every importer
        if problem:
            raise ImportFailed(f"{self.source}: {problem}; nothing imported")
        notes = list(self.notes)
        if plan.member == "Unknown member":
            notes.append("note: the member was not given (irm-app import --member NAME --member-code XX)")
        for c, d in zip(plan.commitments, self.commitments, strict=True):
            notes.append(f"{c.id}: {d.note}")
        return ImportBundle(source=self.source, plans=[plan], notes=notes)

    def summary_lines(self) -> list[str]:
        """What a dry run prints: one line per commitment, then the context kept."""
        out = [f"{self.source}: {self.layout} layout, {len(self.commitments)} commitments, "
               f"{sum(len(c.milestones) for c in self.commitments)} milestones, "
               f"{len(self.context)} context sections, {len(self.paragraphs)} paragraphs"]
        for i, c in enumerate(self.commitments, start=1):
            where = c.span.label() if c.span else "no source"
            num = f"{c.number} " if c.number else ""
            out.append(f"  #{i:02d} {num}{c.title} | {len(c.milestones)} milestones | {where} | {c.note}")
        for x in self.context:
            where = x.span.label() if x.span else ""
            out.append(f"  context: {x.heading or '(untitled)'} | {len(x.text):,} characters | {where}")
        out.extend(f"  {n}" for n in self.notes)
        return out
