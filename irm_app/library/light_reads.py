"""Reads shaped for what a view shows: light rows instead of pydantic models.

Why: one plan of 5,000 commitments at start-up parsed its commitments three times (~60 MB of
descriptions and milestones nobody on screen reads) and built ~51,000 `Score` models; these
reads give the table, the lists and the headings what they show, and the detail views read the
one selected commitment in full (docs/performance.md, third round).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..model import Commitment, SelfReport
from .errors import NotFound

if TYPE_CHECKING:
    import sqlite_utils


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
    the long texts (description, milestones, ...) are left in the library (`Queries.commitment`).

    Why: one plan of 5,000 commitments parsed whole was ~60 MB and ~0.5 s at start-up.
    The government's reports (for the claim column) are parsed on first use."""

    __slots__ = ("id", "title", "short_title", "theme", "lead_institution", "supporting_institutions",
                 "self_status", "_reports")

    def __init__(self, id: str, title: str, short_title: str | None, theme: str | None, lead: str | None,
                 supporting: str | None, self_status: str | None, reports: str | None) -> None:
        self.id = id
        self.title = title
        self.short_title = short_title
        self.theme = theme or ""
        self.lead_institution = lead or ""
        self.supporting_institutions: list[str] = json.loads(supporting) if supporting else []
        self.self_status = self_status
        self._reports: str | list[SelfReport] | None = reports

    @property
    def self_reports(self) -> list[SelfReport]:
        if not isinstance(self._reports, list):
            self._reports = [SelfReport.model_validate(r) for r in json.loads(self._reports or "[]")]
        return self._reports

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


class LightReads:
    """Mixed into `Queries` (the library's reads)."""

    db: sqlite_utils.Database

    def plan_heading(self, plan_id: str) -> PlanHeading:
        row = self.db.execute(
            "SELECT id, member, title, period_start, period_end FROM plans WHERE id = ?", [plan_id]).fetchone()
        if row is None:
            raise NotFound(f"no plan {plan_id!r} in the library")
        return PlanHeading(*row)

    def commitment_rows(self, plan_id: str) -> list[CommitmentRow]:
        """The plan's commitments in plan order as light rows (SQLite picks the fields out)."""
        return [CommitmentRow(*r) for r in self.db.execute(
            "SELECT id, json_extract(data, '$.title'), json_extract(data, '$.short_title'),"
            " json_extract(data, '$.theme'), json_extract(data, '$.lead_institution'),"
            " json_extract(data, '$.supporting_institutions'), json_extract(data, '$.self_status'),"
            " json_extract(data, '$.self_reports') FROM commitments WHERE plan_id = ? ORDER BY position",
            [plan_id])]

    def commitment(self, plan_id: str, commitment_id: str) -> Commitment:
        """One commitment in full: what a detail view shows."""
        row = self.db.execute(
            "SELECT data FROM commitments WHERE plan_id = ? AND id = ?", [plan_id, commitment_id]).fetchone()
        if row is None:
            raise NotFound(f"no commitment {commitment_id!r} in plan {plan_id!r}")
        return Commitment.model_validate_json(row[0])

    def score_rows(self, assessment_id: str) -> dict[str | None, dict[str, ScoreRow]]:
        """As `scores`, as plain rows; a value text repeated across fields is decoded once
        (lists, the only mutable values, are decoded for each row)."""
        out: dict[str | None, dict[str, ScoreRow]] = {}
        decoded: dict[str, Any] = {}
        for cid, fld, raw, just, author, updated in self.db.execute(
            "SELECT commitment_id, field, value, justification, author, updated FROM scores"
            " WHERE assessment_id = ?", [assessment_id]
        ):
            if raw is None:
                value = None
            elif raw[:1] == "[":
                value = json.loads(raw)
            else:
                value = decoded.get(raw, decoded)
                if value is decoded:
                    value = decoded[raw] = json.loads(raw)
            cid = cid or None
            out.setdefault(cid, {})[fld] = ScoreRow(assessment_id, cid, fld, value, just, author, updated)
        return out

    def score_values(self, assessment_id: str | None = None) -> dict[str, dict[str, ScoreValues]]:
        """aid -> commitment id -> (field -> value, fields with a non-blank justification), for
        one assessment or all (commitment level only): what completeness needs, without Score
        models or justification texts. Values are decoded once per distinct text (lists, the
        only mutable values, once per row); a justification with any printable ASCII character
        is not blank, so SQLite answers for it instead of sending its text (the rest, e.g.
        whitespace-only or non-Latin text, is stripped here as `justified_keys` does)."""
        decoded: dict[str, Any] = {}
        scores: dict[str, dict[str, ScoreValues]] = {}
        last_aid = last_cid = None
        values: dict[str, Any] = {}
        justified_fields: set[str] = set()
        sql = ("SELECT assessment_id, commitment_id, field, value,"
               " CASE WHEN justification GLOB '*[!-~]*' THEN 'x' ELSE justification END"
               " FROM scores WHERE commitment_id != ''")
        args: list[Any] = []
        if assessment_id is not None:
            sql += " AND assessment_id = ?"
            args.append(assessment_id)
        for aid, cid, fld, raw, just in self.db.execute(sql, args):
            if cid != last_cid or aid != last_aid:
                last_aid, last_cid = aid, cid
                entry = scores.setdefault(aid, {}).get(cid)
                if entry is None:
                    entry = scores[aid][cid] = ({}, set())
                values, justified_fields = entry
            if raw is None:
                values[fld] = None
            elif raw[:1] == "[":
                values[fld] = json.loads(raw)
            else:
                value = decoded.get(raw, decoded)
                if value is decoded:
                    value = decoded[raw] = json.loads(raw)
                values[fld] = value
            if just.strip():
                justified_fields.add(fld)
        return scores
