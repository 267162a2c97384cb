"""Search every text of the library (plans, commitments, milestones, justifications, evidence,
narrative, review comments): the CLI's `search` and the GUI's search box both call `search`.

Reading only: nothing changes, so the result is not a Change. What the user typed is words,
never query syntax (irm_app.library.search.match_expression).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..library import Library
from ..library.search import HIT_END, HIT_START, SearchHit, SearchIndex

KIND_LABELS = {
    "plan": "plan text",
    "commitment": "commitment",
    "milestone": "milestone",
    "justification": "justification",
    "evidence": "evidence",
    "narrative": "narrative",
    "comment": "review comment",
}
"""How the CLI names each kind of text (the GUI translates its own)."""


@dataclass(frozen=True)
class SearchResults:
    query: str
    hits: list[SearchHit]
    total: int  # all the hits, also those past the limit

    @property
    def truncated(self) -> bool:
        return self.total > len(self.hits)


def search(lib: Library, text: str, *, plan_id: str | None = None, assessment_id: str | None = None,
           prefix: bool = False, limit: int = 200) -> SearchResults:
    """The hits for `text`, best first; scoped to a plan or an assessment (its plan's texts and its
    own) when given. An evidence hit names the first commitment it is linked to (where it leads)."""
    if assessment_id is not None:
        assessment_id = lib.assessments.resolve_assessment(assessment_id).id
    if plan_id is not None:
        lib.plans.plan(plan_id)  # an unknown plan is one line, not an empty answer
    index = SearchIndex(lib.db)
    hits, total = index.search(text, plan_id=plan_id, assessment_id=assessment_id, prefix=prefix, limit=limit)
    links = index.evidence_commitments([h.field for h in hits if h.kind == "evidence"])
    hits = [replace(h, commitment_id=links[h.field][0]) if h.kind == "evidence" and links.get(h.field) else h
            for h in hits]
    return SearchResults(text, hits, total)


def plain_snippet(hit: SearchHit, *, start: str = "[", end: str = "]") -> str:
    """The snippet on one line, its matched words between `start` and `end`."""
    return " ".join(hit.snippet.replace(HIT_START, start).replace(HIT_END, end).split())


def where(hit: SearchHit) -> str:
    """Where the hit is, in the CLI's words: plan, assessment, commitment and field."""
    parts = [hit.plan_id]
    if hit.assessment_id:
        parts.append(hit.assessment_id[:8])
    if hit.commitment_id:
        parts.append(hit.commitment_id)
    if hit.kind == "milestone":
        parts[-1] = hit.field
    elif hit.kind == "evidence":
        parts.append(f"evidence {hit.field[:8]}")
    elif hit.kind == "narrative":
        parts.append(f"section {hit.field}")
    elif hit.kind == "comment":
        parts.append(f"comment {hit.field[:8]}" + (f" on {hit.extra}" if hit.extra else ""))
    elif hit.kind == "plan" and hit.field == "context":
        parts.append(f"context section {int(hit.extra or 0) + 1}")
    elif hit.field:
        parts.append(hit.field)
    return " ".join(parts)
