"""The data model: what a plan, an assessment, a score and a piece of evidence are.

Pydantic v2 models, shared by the importers, the library, the interchange document, the
reports and the package. They carry no behaviour beyond validation, so every layer can trust
an instance it is handed.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"

OgpValue = Literal[
    "access_to_information",
    "civic_participation",
    "public_accountability",
    "technology_innovation",
]
OGP_VALUES: tuple[str, ...] = (
    "access_to_information",
    "civic_participation",
    "public_accountability",
    "technology_innovation",
)

GrandChallenge = Literal[
    "public_services",
    "public_integrity",
    "public_resources",
    "safer_communities",
    "corporate_accountability",
]
GRAND_CHALLENGES: dict[str, str] = {
    "public_services": "Improving public services",
    "public_integrity": "Increasing public integrity",
    "public_resources": "More effectively managing public resources",
    "safer_communities": "Creating safer communities",
    "corporate_accountability": "Increasing corporate accountability",
}

EvidenceKind = Literal["document", "interview", "website", "observation"]
AssessmentStatus = Literal["draft", "submitted", "final"]
ScoreValue = str | list[str] | None
"""A level key (single / yes-no), a list of flag keys (multi-flag), free text, or unset."""


def utcnow() -> str:
    """The current time as an ISO 8601 UTC string, to the second: what the library stores."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class _Model(BaseModel):
    # defer_build: a model's schema is built when first used, not at import (a CLI call uses few)
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False, defer_build=True)


class SelfReport(_Model):
    """What the government itself reported about a commitment or milestone (never an IRM score)."""

    date: str = Field(description="When it was reported, ISO date or year-month, e.g. 2023-08")
    status: str | None = Field(None, description="Reported status, e.g. 'Complete', 'In Progress'")
    text: str = ""
    source: str = ""


class SourceSpan(_Model):
    """Where a detected item came from in the government's document (pages and paragraphs, 1-based).

    Paragraph numbers count the document's paragraphs (table cells included) from its start, so a
    review step can show the very text a commitment was read from.
    """

    file: str = Field("", description="The document's file name")
    first_page: int = Field(ge=1)
    last_page: int = Field(ge=1)
    first_paragraph: int = Field(ge=1)
    last_paragraph: int = Field(ge=1)


class ContextSection(_Model):
    """Text of the plan that is not a commitment (introduction, efforts to date, annexes): kept, never dropped."""

    heading: str = ""
    text: str = ""
    source: SourceSpan | None = None


class Milestone(_Model):
    id: str = Field(pattern=ID_PATTERN, description="e.g. US0113.1")
    title: str = Field(min_length=1)
    description: str = ""
    lead: str = ""
    supporting: list[str] = []
    start: str | None = None
    end: str | None = None
    self_status: str | None = Field(None, description="The government's latest reported status")
    self_reports: list[SelfReport] = []
    source: SourceSpan | None = Field(None, description="Where an imported document stated it")


class Commitment(_Model):
    id: str = Field(pattern=ID_PATTERN, description="OGP commitment ID, e.g. US0139")
    number: str | None = None
    title: str = Field(min_length=1)
    short_title: str | None = None
    theme: str = ""
    lead_institution: str = ""
    supporting_institutions: list[str] = []
    problem: str = ""
    description: str = ""
    contribution: str = Field("", description="How the commitment will contribute to solve the public problem")
    relevance: str = Field("", description="Why the plan says it is relevant to OGP values (its own text)")
    additional_info: str = Field("", description="The template's 'Additional information'")
    other_fields: dict[str, str] = Field(
        {}, description="Labelled rows of the government's template that have no field of their own, by label"
    )
    milestones: list[Milestone] = []
    ogp_values: list[OgpValue] = Field([], description="OGP values the plan claims it serves")
    grand_challenges: list[GrandChallenge] = []
    policy_areas: list[str] = []
    url: str | None = None
    start: str | None = None
    end: str | None = None
    self_status: str | None = None
    self_reports: list[SelfReport] = []
    source: SourceSpan | None = Field(None, description="Where an imported document stated it")
    intake_note: str = Field("", description="How a document importer found it, e.g. 'title from a bold heading'")

    @field_validator("milestones")
    @classmethod
    def _unique_milestones(cls, value: list[Milestone]) -> list[Milestone]:
        seen: set[str] = set()
        for m in value:
            if m.id in seen:
                raise ValueError(f"duplicate milestone id {m.id!r}")
            seen.add(m.id)
        return value


class EligibilityValue(_Model):
    """One of the member's OGP minimum-eligibility areas, as recorded (value, source, year)."""

    area: Literal["fiscal_transparency", "access_to_information", "asset_disclosure", "citizen_engagement"]
    value: str
    source: str = ""
    year: int | None = None


class ActionPlan(_Model):
    id: str = Field(pattern=ID_PATTERN, description="OGP action plan ID, e.g. AP_USA05")
    member: str = Field(min_length=1, description="Country or locality")
    member_code: str | None = None
    number: int | None = Field(None, ge=1, le=99)
    title: str = ""
    period_start: int | None = Field(None, ge=1990, le=2100)
    period_end: int | None = Field(None, ge=1990, le=2100)
    national_or_local: str = "National"
    source: str = Field("", description="Where the plan text came from (provenance)")
    licence: str = ""
    themes: list[str] = []
    self_assessment: str = Field("", description="The government's self-assessment report text")
    eligibility: list[EligibilityValue] = []
    context: list[ContextSection] = Field([], description="The plan's text that is not a commitment")
    commitments: list[Commitment] = []

    @field_validator("commitments")
    @classmethod
    def _unique_commitments(cls, value: list[Commitment]) -> list[Commitment]:
        seen: set[str] = set()
        for c in value:
            if c.id in seen:
                raise ValueError(f"duplicate commitment id {c.id!r}")
            seen.add(c.id)
        return value

    @property
    def period(self) -> str:
        if self.period_start and self.period_end:
            return f"{self.period_start}-{self.period_end}"
        return str(self.period_start or self.period_end or "")


class Assessment(_Model):
    id: str = Field(pattern=ID_PATTERN, description="UUID")
    plan_id: str = Field(pattern=ID_PATTERN)
    form: str = Field(description="Methodology form key, e.g. irm-action-plan-review-2021")
    form_version: str
    researcher: str = ""
    title: str = ""
    status: AssessmentStatus = "draft"
    version: int = Field(0, ge=0, description="Counts the times the assessment was made final (1 = first final)")
    created: str = Field(default_factory=utcnow)
    read_only: bool = Field(False, description="A review copy opened from a package")
    signer: str | None = Field(None, description="For review copies: who signed the package")


class Score(_Model):
    """One scored field of one commitment (or of the plan, when commitment_id is None)."""

    assessment_id: str
    commitment_id: str | None
    field: str
    value: ScoreValue = None
    justification: str = ""
    author: str = ""
    updated: str = Field(default_factory=utcnow)


class EvidenceItem(_Model):
    id: str = Field(pattern=ID_PATTERN)
    assessment_id: str
    kind: EvidenceKind = "document"
    title: str = Field(min_length=1)
    date: str | None = None
    url: str | None = None
    file_sha256: str | None = Field(None, pattern=SHA256_PATTERN)
    file_name: str | None = None
    notes: str = ""
    commitment_ids: list[str] = []


class ImportFlag(_Model):
    """A value an importer could not map: kept raw, never turned into a score."""

    plan_id: str
    commitment_id: str | None
    column: str
    raw: str
    message: str


class AuditEntry(_Model):
    seq: int
    at: str
    who: str
    action: str
    assessment_id: str | None
    commitment_id: str | None
    field: str | None
    old: str | None
    new: str | None
    plan_id: str | None = None  # edits of a plan's text (no assessment)


def slug(text: str) -> str:
    """A stable, ID-safe slug (used for plans without an OGP action plan ID)."""
    s = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")
    return (s or "plan")[:64]
