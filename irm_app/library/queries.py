"""What the library's reads return (plan summaries, progress, commitment state) and the pure
counting the parts and the GUI's Store share; the reads themselves are the parts' methods."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..methodology.completeness import CompletenessRule
from ..model import Score

if TYPE_CHECKING:
    from ..methodology import Form


@dataclass(frozen=True)
class PlanSummary:
    id: str
    member: str
    title: str
    period: str
    commitments: int
    milestones: int | None  # None: not counted (`Plans.summaries(milestones=False)`)


@dataclass(frozen=True)
class Progress:
    """How far an assessment is: counts of commitments, not of fields."""

    total: int
    scored: int  # counted by irm_app.methodology.completeness (one rule everywhere)
    justified: int
    with_evidence: int
    revisit: int


@dataclass(frozen=True)
class CommitmentState:
    revisit: bool = False
    grand_challenges: tuple[str, ...] = ()


def decode(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def _score(assessment_id: str, commitment_id: str | None, r: dict[str, Any]) -> Score:
    return Score(
        assessment_id=assessment_id,
        commitment_id=commitment_id,
        field=r["field"],
        value=decode(r["value"]),
        justification=r["justification"],
        author=r["author"],
        updated=r["updated"],
    )


def compute_progress(form: Form, ids: list[str], scores: dict[str | None, dict[str, Score]],
                     states: dict[str, CommitmentState], evidenced: set[str]) -> Progress:
    """Progress from what was read (no query): the GUI's Store reuses reads other views made."""
    rule = CompletenessRule(form)
    scored = justified = 0
    for cid in ids:
        state = rule.of_scores(scores.get(cid, {}))
        scored += state.scored
        justified += state.justified
    return Progress(
        total=len(ids),
        scored=scored,
        justified=justified,
        with_evidence=len(evidenced & set(ids)),
        revisit=sum(1 for cid in ids if states.get(cid, CommitmentState()).revisit),
    )
