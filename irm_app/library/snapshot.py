"""The library to the interchange document (irm-app/1), and what changed between two documents.

`snapshot` is the single source for export-json, reports and packages. Packages come back in
through `review_copies.load_review_copy` (isolated ids, checked against the form).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..interchange import AssessmentDoc, CommitmentScores, InterchangeDoc
from ..model import utcnow
from .mutations import encode

if TYPE_CHECKING:
    from .library import Library


def snapshot(lib: Library, assessment_ids: list[str] | None = None) -> InterchangeDoc:
    """Plans and assessments as one document; no ids = the whole library."""
    if assessment_ids is None:
        assessments = lib.assessments.all()
        plan_ids = [p.id for p in lib.plans.summaries()]
    else:
        assessments = [lib.assessments.assessment(a) for a in assessment_ids]
        plan_ids = sorted({a.plan_id for a in assessments})
    review = lib.comments
    docs = []
    for a in assessments:
        form = lib.forms.get(a.form)
        scores = lib.scores.all(a.id)
        states = lib.scores.commitment_states(a.id)
        commitments: dict[str, CommitmentScores] = {}
        for c in lib.plans.commitments(a.plan_id):
            recorded = scores.get(c.id, {})
            values = {k: s.value for k, s in recorded.items()}
            state = states.get(c.id)
            commitments[c.id] = CommitmentScores(
                scores={k: v for k, v in values.items() if v is not None},
                justifications={k: s.justification for k, s in recorded.items() if s.justification},
                derived=form.derive(values),
                revisit=bool(state and state.revisit),
                grand_challenges=list(state.grand_challenges) if state else [],
            )
        plan_level = scores.get(None, {})
        docs.append(
            AssessmentDoc(
                **a.model_dump(),
                plan_scores={k: s.value for k, s in plan_level.items() if s.value is not None},
                plan_justifications={k: s.justification for k, s in plan_level.items() if s.justification},
                commitments=commitments,
                evidence=lib.evidence.items(a.id),
                import_flags=lib.plans.import_flags(a.plan_id),
                narrative=lib.narrative.sections(a.id),
                comments=review.comments(a.id),
                review_states=review.states(a.id),
                exported=utcnow(),
            )
        )
    return InterchangeDoc(plans=[lib.plans.plan(p) for p in plan_ids], assessments=docs)


def _write_score(lib: Library, aid: str, cid: str, field: str, value: object, justification: str, who: str) -> None:
    lib.db.execute(
        "INSERT INTO scores (assessment_id, commitment_id, field, value, justification, author, updated)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [aid, cid, field, encode(value), justification, who, utcnow()],
    )


def _diff(before: AssessmentDoc, after: AssessmentDoc) -> list[str]:
    """What a newer package changed, one line per score, justification or evidence change."""
    out = []
    for cid in sorted(set(before.commitments) | set(after.commitments)):
        b = before.commitments.get(cid, CommitmentScores())
        n = after.commitments.get(cid, CommitmentScores())
        for field in sorted(set(b.scores) | set(n.scores)):
            if b.scores.get(field) != n.scores.get(field):
                out.append(f"{cid} {field}: {b.scores.get(field)!r} -> {n.scores.get(field)!r}")
        for field in sorted(set(b.justifications) | set(n.justifications)):
            if b.justifications.get(field) != n.justifications.get(field):
                out.append(f"{cid} {field}: justification changed")
    for field in sorted(set(before.plan_scores) | set(after.plan_scores)):
        if before.plan_scores.get(field) != after.plan_scores.get(field):
            out.append(f"plan {field}: {before.plan_scores.get(field)!r} -> {after.plan_scores.get(field)!r}")
    old_ev = {e.id for e in before.evidence}
    new_ev = {e.id for e in after.evidence}
    if old_ev != new_ev:
        out.append(f"evidence: {len(new_ev - old_ev)} added, {len(old_ev - new_ev)} removed")
    if before.narrative != after.narrative:
        out.append("narrative: changed")
    if before.status != after.status:
        out.append(f"status: {before.status} -> {after.status}")
    return out or ["no changes since the previous copy"]
