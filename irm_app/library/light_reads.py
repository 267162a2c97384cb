"""What the light reads return (`lib.plans.commitment_rows`, `plan_heading`; `lib.scores.score_rows`,
`score_values`): rows shaped for what a view shows instead of pydantic models.

Why: one plan of 5,000 commitments at start-up parsed its commitments three times (~60 MB of
descriptions and milestones nobody on screen reads) and built ~51,000 `Score` models; these
reads give the table, the lists and the headings what they show, and the detail views read the
one selected commitment in full (docs/performance.md, third round).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..model import SelfReport


@dataclass(slots=True)  # not frozen: a frozen dataclass sets each field through object.__setattr__
class ScoreRow:
    """A stored score as a plain row, with Score's attribute names: what a view reads (never changed).

    Why: the table of one 5,000-commitment plan holds ~51,000 scores; built as pydantic `Score`
    models they took ~0.5 s and most of the start-up's memory. They were validated when written.
    """

    assessment_id: str
    commitment_id: str | None
    field: str
    value: Any = None
    justification: str = ""
    author: str = ""
    updated: str = ""


class CommitmentRow:
    """What a table row and a list show of a commitment, with Commitment's attribute names;
    the long texts (description, milestones, ...) are left in the library (`lib.plans.commitment`).

    Why: one plan of 5,000 commitments parsed whole was ~60 MB and ~0.5 s at start-up.
    The government's reports (for the claim column) are parsed on first use."""

    __slots__ = ("id", "title", "short_title", "theme", "lead_institution", "supporting_institutions",
                 "self_status", "_reports", "_validated")

    def __init__(self, id: str, title: str, short_title: str | None, theme: str | None, lead: str | None,
                 supporting: list[str] | None, self_status: str | None,
                 reports: str | list[dict[str, Any]] | None) -> None:
        self.id = id
        self.title = title
        self.short_title = short_title
        self.theme = theme or ""
        self.lead_institution = lead or ""
        self.supporting_institutions: list[str] = supporting or []
        self.self_status = self_status
        self._reports: str | list[Any] | None = reports  # JSON text, or the parsed list (heads index)
        self._validated = False

    @property
    def self_reports(self) -> list[SelfReport]:
        if not self._validated:
            raw = json.loads(self._reports) if isinstance(self._reports, str) else self._reports or []
            self._reports = [SelfReport.model_validate(r) for r in raw]
            self._validated = True
        return self._reports  # type: ignore[return-value]

    def __repr__(self) -> str:
        return f"CommitmentRow({self.id!r}, {self.title!r})"


@dataclass(frozen=True)
class PlanHeading:
    """What a page's heading shows of a plan, without parsing its commitments."""

    id: str
    member: str
    title: str
    period_start: int | None
    period_end: int | None

    @property
    def period(self) -> str:  # as ActionPlan.period
        if self.period_start and self.period_end:
            return f"{self.period_start}-{self.period_end}"
        return str(self.period_start or self.period_end or "")


ScoreValues = tuple[dict[str, Any], set[str]]
"""A commitment's recorded values by field, and the fields with a non-blank justification."""
