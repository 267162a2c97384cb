"""Deterministic scored assessments for report tests and the report benchmark.

Every level of every field is used somewhere, justifications are in several scripts (Spanish,
French, Portuguese, Cyrillic, one Arabic) and a few evidence items are linked, so a report
built from it exercises every path a real one can take.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from irm_app.interchange import AssessmentDoc, CommitmentScores, InterchangeDoc
from irm_app.model import ActionPlan, Commitment, EvidenceItem, Milestone

ASSESSMENT_ID = "a-report-test"
ARABIC = "يهدف هذا الالتزام إلى نشر بيانات الميزانية العامة بصيغة مفتوحة وإشراك المجتمع المدني في متابعتها"
CYRILLIC = "Обязательство предусматривает публикацию открытых данных о бюджете"
_PHRASES = [
    "La comisión verificó los hitos con el ministerio y la sociedad civil",
    "L'engagement prévoit une consultation publique et un rapport d'étape",
    "O compromisso não define metas mensuráveis para a participação cívica",
    CYRILLIC,
    "The milestones are verifiable and the lead agency published the data",
]


def justification(cid: str, field_key: str, n: int) -> str:
    """A unique, non-ASCII justification (unique so tests can look each one up)."""
    return f"{_PHRASES[n % len(_PHRASES)]} ({cid}, {field_key})."


def load_sample_plan(path: Path) -> ActionPlan:
    data: Any = json.loads(path.read_text(encoding="utf-8"))
    return ActionPlan.model_validate(data["plan"])


def synthetic_plan(n: int) -> ActionPlan:
    """A plan of `n` commitments shaped like a real one (milestones, leads, long text)."""
    commitments = []
    for i in range(1, n + 1):
        cid = f"XX{i:04d}"
        commitments.append(Commitment(
            id=cid,
            title=f"Commitment {i}: open data on public procurement and budget execution, phase {i % 7}",
            lead_institution=f"Ministry of Finance, department {i % 11}",
            supporting_institutions=["Civil society coalition", "National statistics office"],
            problem="Citizens cannot follow how public money is spent. " * 3,
            description="Publish contracts and budget execution data in open formats every quarter. " * 4,
            milestones=[
                Milestone(id=f"{cid}.{k}", title=f"Milestone {k} of commitment {i}", lead="Treasury",
                          start="2022-01", end="2024-06")
                for k in range(1, 4)
            ],
            ogp_values=["access_to_information", "public_accountability"],
            start="2022-01", end="2024-06",
        ))
    return ActionPlan(id="AP_SYN01", member="Syntheria", number=1, title="Synthetic action plan",
                      period_start=2022, period_end=2024, commitments=commitments)


def _value_for(field: Any, counter: int) -> Any:
    if field.kind == "text":
        return f"Cluster {counter % 4 + 1}"
    levels = field.levels
    if field.kind == "flags":
        first = levels[counter % len(levels)].key
        second = levels[(counter + 1) % len(levels)].key
        return [first] if counter % 3 == 0 else [first, second]
    return levels[counter % len(levels)].key


def scored_doc(plan: ActionPlan, form: Any, *, status: str = "draft", arabic: bool = True) -> InterchangeDoc:
    """An interchange document: one assessment of `plan` scoring every commitment."""
    counters: dict[str, int] = {}
    commitments: dict[str, CommitmentScores] = {}
    n_just = 0
    for ci, c in enumerate(plan.commitments):
        scores: dict[str, Any] = {}
        justs: dict[str, str] = {}
        for f in form.commitment_fields:
            if form.applies(f.key, scores):
                continue
            k = counters.get(f.key, ci)
            counters[f.key] = k + 1
            scores[f.key] = _value_for(f, k)
            if f.kind != "text":
                justs[f.key] = justification(c.id, f.key, n_just)
                n_just += 1
        commitments[c.id] = CommitmentScores(
            scores=scores, justifications=justs, derived=form.derive(scores), revisit=ci == 1,
            grand_challenges=["public_integrity"] if ci % 5 == 0 else [],
        )
    if arabic and len(plan.commitments) > 2:
        cs = commitments[plan.commitments[2].id]
        key = next(iter(cs.justifications))
        cs.justifications[key] = ARABIC
    plan_scores: dict[str, Any] = {}
    plan_justs: dict[str, str] = {}
    for i, f in enumerate(form.plan_fields):
        if form.applies(f.key, plan_scores):
            continue
        plan_scores[f.key] = _value_for(f, i + 1)
        if f.kind != "text":
            plan_justs[f.key] = justification("plan", f.key, i)
    ids = [c.id for c in plan.commitments]
    evidence = [
        EvidenceItem(id="ev-plan", assessment_id=ASSESSMENT_ID, kind="interview",
                     title="Entrevista con la Mesa de Gobierno Abierto", date="2023-03-14"),
        EvidenceItem(id="ev-1", assessment_id=ASSESSMENT_ID, kind="document",
                     title="Отчёт о ходе выполнения плана", date="2023-09-01",
                     file_name="otchet.pdf", file_sha256=hashlib.sha256(b"otchet").hexdigest(),
                     commitment_ids=ids[:2]),
        EvidenceItem(id="ev-2", assessment_id=ASSESSMENT_ID, kind="website",
                     title="Portail des données ouvertes", url="https://data.example.org/budget",
                     commitment_ids=ids[1:3]),
        EvidenceItem(id="ev-3", assessment_id=ASSESSMENT_ID, kind="observation",
                     title="Observação da audiência pública", date="2023-05-20", commitment_ids=ids[-1:]),
    ]
    a = AssessmentDoc(
        id=ASSESSMENT_ID, plan_id=plan.id, form=form.key, form_version=str(form.version),
        researcher="Ana Pérez-Łukasiewicz", status=status, created="2026-01-01T00:00:00Z",
        plan_scores=plan_scores, plan_justifications=plan_justs, commitments=commitments, evidence=evidence,
    )
    return InterchangeDoc(plans=[plan], assessments=[a])
