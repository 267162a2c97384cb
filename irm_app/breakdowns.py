"""Counting scores by level, overall and per theme or grand challenge.

One place for the numbers the dashboard and the report both show, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .methodology import Form
from .model import GRAND_CHALLENGES, Commitment

NOT_SCORED = "not_scored"
NOT_APPLICABLE = "not_applicable"


@dataclass
class Distribution:
    """Counts of one single-level field's levels (in form order), plus unscored / not applicable."""

    field: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _bucket(form: Form, field_key: str, values: Mapping[str, Any]) -> str:
    if form.applies(field_key, values) is not None:
        return NOT_APPLICABLE
    value = values.get(field_key)
    return value if isinstance(value, str) and form.field(field_key).level(value) else NOT_SCORED


def distribution(form: Form, field_key: str, commitments: list[Commitment],
                 values: Mapping[str, Mapping[str, Any]]) -> Distribution:
    f = form.field(field_key)
    counts = {lv.key: 0 for lv in f.levels} | {NOT_APPLICABLE: 0, NOT_SCORED: 0}
    for c in commitments:
        counts[_bucket(form, field_key, values.get(c.id, {}))] += 1
    return Distribution(field_key, counts)


def groups_of(c: Commitment, by: str, tagged: Mapping[str, list[str]] | None = None) -> list[str]:
    """A commitment's groups: its theme, or its grand challenges (the plan's and the researcher's)."""
    if by == "theme":
        return [c.theme or "(no theme)"]
    if by == "grand_challenge":
        keys = list(dict.fromkeys([*c.grand_challenges, *((tagged or {}).get(c.id, []))]))
        return [GRAND_CHALLENGES[k] for k in GRAND_CHALLENGES if k in keys] or ["(no grand challenge)"]
    raise ValueError(f"cannot break down by {by!r}; use theme or grand_challenge")


def breakdown(form: Form, field_key: str, commitments: list[Commitment], values: Mapping[str, Mapping[str, Any]],
              by: str, tagged: Mapping[str, list[str]] | None = None) -> dict[str, Distribution]:
    """field's distribution within each group, groups in first-seen order (a commitment may be in several)."""
    members: dict[str, list[Commitment]] = {}
    for c in commitments:
        for g in groups_of(c, by, tagged):
            members.setdefault(g, []).append(c)
    return {g: distribution(form, field_key, cs, values) for g, cs in members.items()}


TRUTHS = ("yes", "no", "unknown")


def truth_counts(values: Iterable[bool | None]) -> dict[str, int]:
    """How many derived values are yes / no / unknown (not enough data to decide)."""
    counts = dict.fromkeys(TRUTHS, 0)
    for v in values:
        counts["yes" if v is True else "no" if v is False else "unknown"] += 1
    return counts


def derived_breakdown(commitments: list[Commitment], derived: Mapping[str, Mapping[str, bool | None]], key: str,
                      by: str, tagged: Mapping[str, list[str]] | None = None) -> dict[str, dict[str, int]]:
    """One derived indicator's yes / no / unknown counts within each group, groups as `breakdown` forms them."""
    members: dict[str, list[bool | None]] = {}
    for c in commitments:
        for g in groups_of(c, by, tagged):
            members.setdefault(g, []).append(derived.get(c.id, {}).get(key))
    return {g: truth_counts(vs) for g, vs in members.items()}
