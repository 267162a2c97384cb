"""Numbering of evidence as sources [n], in order of first citation in the report.

The co-creation section cites evidence linked to no commitment; each commitment section cites
the evidence linked to it, in plan order. Evidence linked only to commitments that are not in
the plan is still listed (numbered last) so nothing recorded silently disappears.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..interchange import AssessmentDoc
from ..model import ActionPlan, EvidenceItem
from .catalogue import Catalogue


@dataclass
class SourceNumbers:
    items: dict[str, EvidenceItem]
    order: list[str] = field(default_factory=list)
    plan_level: list[str] = field(default_factory=list)
    by_commitment: dict[str, list[str]] = field(default_factory=dict)

    def number(self, evidence_id: str) -> int:
        return self.order.index(evidence_id) + 1

    def _cite(self, ids: list[str]) -> list[tuple[int, EvidenceItem]]:
        return sorted(((self.number(i), self.items[i]) for i in ids), key=lambda p: p[0])

    def for_plan(self) -> list[tuple[int, EvidenceItem]]:
        return self._cite(self.plan_level)

    def for_commitment(self, cid: str) -> list[tuple[int, EvidenceItem]]:
        return self._cite(self.by_commitment.get(cid, []))

    def numbered(self) -> list[tuple[int, EvidenceItem]]:
        return [(n, self.items[i]) for n, i in enumerate(self.order, 1)]

    def describe(self, item: EvidenceItem, cat: Catalogue) -> str:
        """The reference as listed: title. Kind, date. Notes. File. Where it was cited."""
        parts = [item.title.rstrip(".") + "."]
        meta = cat.t(f"kind.{item.kind}") + (f", {cat.date(item.date)}" if item.date else "")
        parts.append(meta + ".")
        if item.notes:
            parts.append(item.notes.rstrip(".") + ".")
        if item.file_name or item.file_sha256:
            parts.append(cat.t("sources.file", name=item.file_name or "-", digest=(item.file_sha256 or "")[:12]))
        cited = list(item.commitment_ids) or [cat.t("sources.plan_level")]
        parts.append(cat.t("sources.cited_in", ids=", ".join(cited)))
        return " ".join(parts)


def number_sources(a: AssessmentDoc, plan: ActionPlan) -> SourceNumbers:
    nums = SourceNumbers({e.id: e for e in a.evidence})
    seen: set[str] = set()

    def take(eid: str) -> None:
        if eid not in seen:
            seen.add(eid)
            nums.order.append(eid)

    for e in a.evidence:
        if not e.commitment_ids:
            nums.plan_level.append(e.id)
            take(e.id)
    for c in plan.commitments:
        linked = [e.id for e in a.evidence if c.id in e.commitment_ids]
        nums.by_commitment[c.id] = linked
        for eid in linked:
            take(eid)
    for e in a.evidence:
        take(e.id)
    return nums
