"""The government's self-assessment beside the IRM's own completion score, kept apart.

`compare` answers, per commitment, what the government reported, what the IRM scored, and
whether the government claimed more than the IRM assessed: the cases a researcher must
justify with evidence.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .methodology import Form
from .model import Commitment


@dataclass(frozen=True)
class ClaimComparison:
    commitment_id: str
    claimed: str | None  # the government's latest reported status
    claimed_date: str | None
    assessed: str | None  # the IRM completion level key
    claimed_more: bool | None  # None: not comparable (no claim, no score, or no rule in the form)


def latest_claim(c: Commitment) -> tuple[str | None, str | None]:
    """The commitment's reported status, else the newest dated report that carries one."""
    dated = sorted((r for r in c.self_reports if r.status), key=lambda r: r.date)
    if c.self_status:
        return c.self_status, dated[-1].date if dated else None
    if dated:
        return dated[-1].status, dated[-1].date
    return None, None


def compare(form: Form, commitments: list[Commitment], values: Mapping[str, Mapping[str, Any]]) -> list[ClaimComparison]:
    rule = form.self_report
    out = []
    for c in commitments:
        claimed, when = latest_claim(c)
        level = values.get(c.id, {}).get(rule.field) if rule else None
        more = rule.claimed_more(level, claimed) if rule else None
        out.append(ClaimComparison(c.id, claimed, when, level, more))
    return out
