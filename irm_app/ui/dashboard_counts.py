"""Counting for the dashboard, without Qt: how many commitments sit at each level, flag or indicator.

Every bucket is keyed by what the form calls it (level keys), plus two of our own: a field
switched off by its applies-when gate ("Does not apply") and an unanswered one ("Not scored").
Level counts, theme and grand-challenge breakdowns come from `irm_app.breakdowns` and the
government's claims from `irm_app.self_assessment`, the same code the report uses, so the two
cannot disagree; only what those modules do not count (derived indicators, flags) is counted here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .. import breakdowns
from ..methodology import Form
from ..methodology.fields import FormField
from ..model import GRAND_CHALLENGES, Commitment, Score
from ..self_assessment import compare

NOT_APPLICABLE = "Does not apply"
NOT_SCORED = "Not scored"
Scores = dict[str | None, dict[str, Score]]


def charted_fields(form: Form) -> list[FormField]:
    """Commitment fields with one level per answer (single and yes/no), in form order."""
    return [f for f in form.scored_fields if f.kind in ("single", "yesno")]


@dataclass(frozen=True)
class FieldGroup:
    """Fields answered on the same scale share one chart, one row each, so they compare at a glance."""

    title: str
    fields: list[FormField]


def field_groups(form: Form) -> list[FieldGroup]:
    by_scale: dict[tuple[str, ...], list[FormField]] = {}
    for f in charted_fields(form):
        by_scale.setdefault(tuple(level.label for level in f.levels), []).append(f)
    out = []
    for fields in by_scale.values():
        groups = {f.group for f in fields}
        if len(fields) == 1:
            title = fields[0].label
        elif len(groups) == 1 and fields[0].group:
            title = fields[0].group
        else:
            title = " · ".join(f.label for f in fields)
        out.append(FieldGroup(title, fields))
    return out


def values_of(scores: Scores) -> dict[str, dict[str, Any]]:
    """Commitment id -> field key -> value: what irm_app.breakdowns and irm_app.self_assessment read."""
    return {cid: {k: s.value for k, s in fields.items()} for cid, fields in scores.items() if cid}


# breakdowns.py names its two extra buckets by key; the dashboard shows them by label.
_LABELS = {breakdowns.NOT_APPLICABLE: NOT_APPLICABLE, breakdowns.NOT_SCORED: NOT_SCORED}


def _row(dist: breakdowns.Distribution, keys: list[str]) -> list[int]:
    counts = {_LABELS.get(k, k): n for k, n in dist.counts.items()}
    return [counts.get(k, 0) for k in keys]


def bucket_keys(fields: list[FormField]) -> list[str]:
    """Levels (form order), "does not apply" only if one of the fields can be switched off, then not scored."""
    gated = any(f.applies_when for f in fields)
    return [*fields[0].level_keys, *([NOT_APPLICABLE] if gated else []), NOT_SCORED]


def count_levels(
    form: Form,
    field: FormField,
    commitments: list[Commitment],
    values: Mapping[str, Mapping[str, Any]],
    keys: list[str] | None = None,
) -> list[int]:
    """Counts per bucket, in the order of `keys` (default: bucket_keys([field])); counted by breakdowns.distribution."""
    return _row(breakdowns.distribution(form, field.key, commitments, values), keys or bucket_keys([field]))


def count_derived(form: Form, commitment_ids: list[str], values: Mapping[str, Mapping[str, Any]]) -> list[list[int]]:
    """Per derived indicator: [yes, no, not enough data] (irm_app.breakdowns counts)."""
    derived = [form.derive(dict(values.get(cid, {}))) for cid in commitment_ids]
    out = []
    for d in form.derived:
        n = breakdowns.truth_counts(x[d.key] for x in derived)
        out.append([n["yes"], n["no"], n["unknown"]])
    return out


def count_flags(
    form: Form, field: FormField, commitment_ids: list[str], values: Mapping[str, Mapping[str, Any]]
) -> list[list[int]]:
    """Per flag (form order): [marked, recorded without it, not scored]; gated-off counts as not scored."""
    rows = [[0, 0, 0] for _ in field.levels]
    for cid in commitment_ids:
        answers = values.get(cid, {})
        value = answers.get(field.key)
        recorded = isinstance(value, list) and form.applies(field.key, answers) is None
        for i, level in enumerate(field.levels):
            rows[i][2 if not recorded else 0 if level.key in value else 1] += 1
    return rows


# -- breakdown by theme or grand challenge ---------------------------------------------------------------

BREAKDOWNS = (("theme", "Theme"), ("grand_challenge", "Grand challenge"))
_CHALLENGE_ORDER = list(GRAND_CHALLENGES.values())


def count_breakdown(
    form: Form,
    field: FormField,
    commitments: list[Commitment],
    values: Mapping[str, Mapping[str, Any]],
    by: str,
    tagged: Mapping[str, list[str]] | None = None,
) -> tuple[list[str], list[list[int]]]:
    """(group names, one count_levels row per group), counted by breakdowns.breakdown.

    Themes keep plan order; grand challenges keep the model's order, "(no grand challenge)" last.
    A commitment with two grand challenges is counted in both.
    """
    groups = breakdowns.breakdown(form, field.key, commitments, values, by, tagged)
    names = list(groups)
    if by == "grand_challenge":
        names.sort(key=lambda g: _CHALLENGE_ORDER.index(g) if g in _CHALLENGE_ORDER else len(_CHALLENGE_ORDER))
    keys = bucket_keys([field])
    return names, [_row(groups[g], keys) for g in names]


def tagged_challenges(states: Mapping[str, Any]) -> dict[str, list[str]]:
    """library.commitment_states(aid) -> commitment id -> the researcher's grand-challenge keys."""
    return {cid: list(s.grand_challenges) for cid, s in states.items() if s.grand_challenges}


# -- the government's claims beside the IRM's completion ------------------------------------------------


@dataclass(frozen=True)
class ClaimCounts:
    """What the government reports, in three steps, and where it claimed more than the IRM assessed."""

    complete: int
    in_progress: int
    not_started: int
    other: int  # no reported status, or one the form's rule does not know
    claimed_more: int
    compared: int  # commitments with both a known claim and an IRM completion score
    field: str  # the completion field the claims are compared with


def count_claims(
    form: Form, commitments: list[Commitment], values: Mapping[str, Mapping[str, Any]]
) -> ClaimCounts | None:
    """None when the form has no self_report rule; otherwise counted through self_assessment.compare."""
    rule = form.self_report
    if rule is None:
        return None
    top = max(rule.claims.values(), default=0)
    steps = [0, 0, 0, 0]  # complete, in progress, not started, other
    more = compared = 0
    for c in compare(form, commitments, values):
        rank = rule.claim_rank(c.claimed)
        steps[3 if rank is None else 0 if rank >= top else 2 if rank <= 0 else 1] += 1
        more += c.claimed_more is True
        compared += c.claimed_more is not None
    return ClaimCounts(*steps, claimed_more=more, compared=compared, field=rule.field)
