"""The researcher's words: written sections, clusters of commitments (one action each).

A section's text uses the report's simple markup (docs/reports.md); a citation `[E:<id>]` must
name an evidence item of the assessment, checked here so a typo is one clear line at once,
not a silent hole in the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import UserFacingError
from ..library import Library
from .change import Change, ChangeKind

CITATION = re.compile(r"\[E:([^\]\s]+)\]")
WORD = re.compile(r"\w+(?:[’'\-]\w+)*")


class NarrativeError(UserFacingError):
    """A section that cannot be written as given (an unknown citation, an unknown cluster member)."""


def word_count(text: str) -> int:
    """Words as a reader counts them: markup and citations are not words."""
    return len(WORD.findall(CITATION.sub(" ", re.sub(r"\(https?://[^)]*\)|\(mailto:[^)]*\)", " ", text))))


@dataclass(frozen=True)
class SectionState:
    section: str
    title: str
    target: str  # "" (the plan), a commitment id or "cluster: name"
    words: int
    suggested: int


def set_narrative(lib: Library, assessment_id: str, section: str, text: str, *, commitment_id: str | None = None,
                  cluster: str | None = None, who: str, initiator: object | None = None) -> Change[str]:
    """Write one section (empty text removes it); every citation must be an evidence item."""
    a = lib.assessments.check_writable(assessment_id)
    known = {e.id for e in lib.evidence.items(a.id)}
    for m in CITATION.finditer(text):
        if m.group(1) not in known and not any(k.startswith(m.group(1)) for k in known):
            raise NarrativeError(f"section {section}: [E:{m.group(1)}] is not an evidence item of assessment "
                                 f"{a.id[:8]} (see `irm-app show {a.id[:8]}`)")
    text = CITATION.sub(lambda m: f"[E:{_full_id(m.group(1), known)}]", text)
    lib.narrative.set_narrative(a.id, section, text, commitment_id=commitment_id, cluster=cluster, who=who)
    return Change(ChangeKind.SCORES, a.id, commitment_id, who, text, "narrative", initiator)


def _full_id(ref: str, known: set[str]) -> str:
    if ref in known:
        return ref
    matches = [k for k in known if k.startswith(ref)]
    if len(matches) > 1:
        raise NarrativeError(f"[E:{ref}] matches {len(matches)} evidence items: give more of the id")
    return matches[0]


def sections(lib: Library, assessment_id: str) -> list[SectionState]:
    """Every section the form asks for (plan-scope ones even when empty) and every one written,
    in the form's order, with its word count and the suggested length."""
    a = lib.assessments.assessment(assessment_id)
    form = lib.forms.get(a.form)
    written = lib.narrative.sections(a.id)
    out: list[SectionState] = []
    for spec in form.narrative:
        mine = [n for n in written if n.section == spec.key]
        if spec.scope == "plan":
            text = mine[0].text if mine else ""
            out.append(SectionState(spec.key, spec.title, "", word_count(text), spec.words))
            continue
        for n in mine:
            target = n.commitment_id or f"cluster: {n.cluster}"
            out.append(SectionState(spec.key, spec.title, target, word_count(n.text), spec.words))
    return out


def set_cluster(lib: Library, assessment_id: str, name: str, members: list[str], *, who: str,
                initiator: object | None = None) -> Change[list[str]]:
    """Make `members` exactly the commitments of cluster `name` (an empty list dissolves it):
    the form's cluster field is set on each member and cleared on former ones, in ONE transaction."""
    a = lib.assessments.assessment(assessment_id)
    form = lib.forms.get(a.form)
    key = form.report.cluster_field
    name = " ".join(name.split())
    if not key:
        raise NarrativeError(f"form {form.key} has no clusters (its [report] names no cluster_field)")
    if not name:
        raise NarrativeError("a cluster needs a name")
    plan_ids = [c.id for c in lib.plans.commitments(a.plan_id)]
    unknown = [m for m in members if m not in plan_ids]
    if unknown:
        raise NarrativeError(f"cluster {name!r}: no commitment {unknown[0]!r} in plan {a.plan_id}")
    before = lib.narrative.clusters(a.id).get(name, [])
    with lib.tx.atomic():
        for cid in before:
            if cid not in members:
                lib.scores.set_score(a.id, cid, key, None, who=who)
        for cid in members:
            lib.scores.set_score(a.id, cid, key, name, who=who)
    ordered = [c for c in plan_ids if c in members]
    return Change(ChangeKind.SCORES, a.id, None, who, ordered, "cluster", initiator)
