"""What an importer produces: model objects only, never a write to the library."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import UserFacingError
from ..model import ActionPlan, ImportFlag, ScoreValue


class ImportFailed(UserFacingError, ValueError):
    """A file that cannot be imported; the message is one line naming the file and the place."""


@dataclass
class ImportedAssessment:
    """Earlier IRM codes found in a source, to become an assessment of the matching form."""

    plan_id: str
    form: str
    title: str
    researcher: str = ""
    scores: dict[str, dict[str, ScoreValue]] = field(default_factory=dict)  # commitment -> field -> value


@dataclass
class ImportBundle:
    source: str
    plans: list[ActionPlan] = field(default_factory=list)
    assessments: list[ImportedAssessment] = field(default_factory=list)
    flags: list[ImportFlag] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. disagreements with the source's own stars


@dataclass
class ImportResult:
    """What the library did with a bundle, for the user's import report."""

    source: str
    plans_added: list[str] = field(default_factory=list)
    plans_updated: list[str] = field(default_factory=list)
    commitments_added: int = 0
    commitments_updated: int = 0
    milestones: int = 0
    assessments_created: list[str] = field(default_factory=list)
    scores_set: int = 0
    flags: list[ImportFlag] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = []
        for pid in self.plans_added:
            out.append(f"added plan {pid}")
        for pid in self.plans_updated:
            out.append(f"updated plan {pid}")
        out.append(
            f"{self.commitments_added} commitments added, {self.commitments_updated} updated, "
            f"{self.milestones} milestones"
        )
        if self.assessments_created:
            out.append(
                f"{len(self.assessments_created)} assessments created from earlier IRM codes "
                f"({self.scores_set} scores)"
            )
        for c in self.conflicts:
            out.append(f"conflict: {c}")
        for f in self.flags:
            where = f"{f.plan_id}/{f.commitment_id}" if f.commitment_id else f.plan_id
            out.append(f"flagged: {where} {f.column}={f.raw!r}: {f.message}")
        out.extend(self.notes)
        return out
