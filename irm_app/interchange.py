"""The interchange document (`irm-app/1`): one snapshot of plans and assessments.

What `export-json` writes, what a package's `assessment.json` holds and what reports are built
from, so the three can never disagree. Reading it validates everything; writing it is
deterministic (sorted keys, stable order) so the same library state gives the same bytes.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

from .model import ActionPlan, Assessment, EvidenceItem, ImportFlag, ScoreValue

FORMAT = "irm-app/1"


class _Doc(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class CommitmentScores(_Doc):
    """The researcher's work on one commitment."""

    scores: dict[str, ScoreValue] = {}
    justifications: dict[str, str] = {}
    derived: dict[str, bool | None] = {}
    revisit: bool = False
    grand_challenges: list[str] = Field([], description="Tagged by the researcher")


class NarrativeEntry(_Doc):
    """One written section: of the plan, of one commitment, or of one cluster (by its name)."""

    section: str = Field(description="The form's [[narrative]] key")
    commitment_id: str | None = None
    cluster: str | None = None
    text: str = Field(description="The researcher's text in the report's simple markup (docs/reports.md)")
    author: str = ""
    updated: str = ""


TIME_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$"
SHA_OR_EMPTY = r"^([0-9a-f]{64})?$"
KEY_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"
AnchorKind = Literal["field", "commitment", "cluster", "section", "plan", "report"]
CommentSource = Literal["app", "irmreview", "docx", "public_csv", "package"]


class CommentDoc(_Doc):
    """One comment or reply of the review loop (docs/review-format.md). `id` is a UUID that stays
    the same in every file the comment travels in: that is what makes merging idempotent."""

    id: str = Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
    anchor: AnchorKind
    commitment_id: str | None = Field(None, max_length=64)
    field: str | None = Field(None, max_length=64)
    cluster: str | None = Field(None, max_length=200)
    section: str | None = Field(None, max_length=200)
    parent_id: str | None = Field(None, description="The comment this one answers (a reply)")
    author: str = Field(min_length=1, max_length=200)
    role: str = Field(description="A role of resources/review/review.toml", pattern=KEY_PATTERN)
    text: str = Field(min_length=1, max_length=100_000)
    about: str = Field("", max_length=2000, description="Public comments: what the commenter said it is about")
    created_at: str = Field(pattern=TIME_PATTERN)
    source: CommentSource = "app"
    source_ref: str = Field("", pattern=SHA_OR_EMPTY, description="sha256 of the file it came in (review file, .docx, CSV)")
    package_sha256: str = Field("", pattern=SHA_OR_EMPTY, description="sha256 of the package version it was made on")
    outdated: bool = Field(False, description="Made on an older package version than the last one exported")
    status: Literal["open", "resolved"] = "open"
    resolved_by: str | None = Field(None, max_length=200)
    resolved_at: str | None = Field(None, pattern=TIME_PATTERN)
    note: str = Field("", max_length=20_000, description="How it was handled (the public comments' annex)")
    # The schema written out, not generated: pydantic 2.10 (the floor) and 2.11+ word a free dict
    # differently, and the published schema must be the same whichever is installed.
    score_change: Annotated[dict[str, Any] | None, WithJsonSchema(
        {"anyOf": [{"type": "object", "additionalProperties": True}, {"type": "null"}]})] = Field(
        None, description="{field, commitment_id, old, new}: a score changed from it")


class ReviewStateDoc(_Doc):
    """A reviewer's state of one commitment, or of the report (commitment_id None)."""

    commitment_id: str | None = None
    reviewer: str = Field(min_length=1, max_length=200)
    role: str = Field(pattern=KEY_PATTERN)
    state: str = Field(description="A state of resources/review/review.toml", pattern=KEY_PATTERN)
    updated: str = Field(pattern=TIME_PATTERN)
    source: CommentSource = "app"


class AssessmentDoc(Assessment):
    plan_scores: dict[str, ScoreValue] = {}
    plan_justifications: dict[str, str] = {}
    commitments: dict[str, CommitmentScores] = {}
    evidence: list[EvidenceItem] = []
    import_flags: list[ImportFlag] = []
    narrative: list[NarrativeEntry] = []
    comments: list[CommentDoc] = Field([], description="The review loop's comments and replies, oldest first")
    review_states: list[ReviewStateDoc] = []
    exported: str | None = Field(None, description="When this snapshot was taken (UTC)")


class InterchangeDoc(_Doc):
    format: str = FORMAT
    plans: list[ActionPlan] = []
    assessments: list[AssessmentDoc] = []

    def plan(self, plan_id: str) -> ActionPlan:
        for p in self.plans:
            if p.id == plan_id:
                return p
        raise KeyError(plan_id)

    def assessment(self, assessment_id: str) -> AssessmentDoc:
        """KeyError when the snapshot does not hold it."""
        for a in self.assessments:
            if a.id == assessment_id:
                return a
        raise KeyError(assessment_id)


def dumps(doc: InterchangeDoc) -> str:
    """Serialise deterministically: the same content always gives the same text."""
    return json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def loads(text: str | bytes) -> InterchangeDoc:
    """Parse and validate; raises ValueError with a one-line reason."""
    data: Any = json.loads(text)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        found = data.get("format") if isinstance(data, dict) else type(data).__name__
        raise ValueError(f"not an {FORMAT} document (format: {found!r})")
    return InterchangeDoc.model_validate(data)
