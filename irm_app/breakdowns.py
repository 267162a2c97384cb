"""Counting scores by level, overall and per theme or grand challenge, and what the dashboard charts.

One place, without Qt, for the numbers the dashboard and the report both show, so they cannot
disagree. Every bucket is keyed by what the form calls it (level keys), plus two keys of our own:
`NOT_APPLICABLE_KEY` (the field is switched off by its applies-when gate) and `NOT_SCORED_KEY`
(unanswered). Each front end labels those two itself (the report from its catalogue, the
dashboard in English).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .methodology import Form
from .methodology.fields import FormField
from .model import GRAND_CHALLENGES, Commitment
from .self_assessment import compare

# A form's level keys match methodology KEY_PATTERN (a lower-case letter first), which these two cannot,
# so a level called "not_applicable" (the legacy form's open-government values) is never merged with them.
NOT_SCORED_KEY = "_not_scored"  # the bucket of an unanswered field
NOT_APPLICABLE_KEY = "_does_not_apply"  # the bucket of a field its applies-when gate switches off
Values = Mapping[str, Mapping[str, Any]]  # commitment id -> field key -> value


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
        return NOT_APPLICABLE_KEY
    value = values.get(field_key)
    return value if isinstance(value, str) and form.field(field_key).level(value) else NOT_SCORED_KEY


def distribution(form: Form, field_key: str, commitments: list[Commitment],
                 values: Mapping[str, Mapping[str, Any]]) -> Distribution:
    f = form.field(field_key)
    counts = {lv.key: 0 for lv in f.levels} | {NOT_APPLICABLE_KEY: 0, NOT_SCORED_KEY: 0}
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


# -- what the dashboard charts (its drawing is in ui/; the counting is here, beside the report's) ---------

Scores = Mapping[str | None, Mapping[str, Any]]  # library.scores.all(aid): commitment id (None: plan) -> key -> Score


def values_of(scores: Scores) -> dict[str, dict[str, Any]]:
    """Commitment id -> field key -> value (plan-level scores left out): what the counts here read."""
    return {cid: {k: s.value for k, s in fields.items()} for cid, fields in scores.items() if cid}


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


def bucket_keys(fields: list[FormField]) -> list[str]:
    """Level keys (form order), NOT_APPLICABLE_KEY only if one of the fields can be switched off, NOT_SCORED_KEY."""
    gated = any(f.applies_when for f in fields)
    return [*fields[0].level_keys, *([NOT_APPLICABLE_KEY] if gated else []), NOT_SCORED_KEY]


def count_levels(form: Form, field: FormField, commitments: list[Commitment], values: Values,
                 keys: list[str] | None = None) -> list[int]:
    """Counts per bucket, in the order of `keys` (default: bucket_keys([field])), counted by `distribution`."""
    counts = distribution(form, field.key, commitments, values).counts
    return [counts.get(k, 0) for k in keys or bucket_keys([field])]


def count_derived(form: Form, commitment_ids: list[str], values: Values) -> list[list[int]]:
    """Per derived indicator: [yes, no, not enough data] (`truth_counts`)."""
    derived = [form.derive(dict(values.get(cid, {}))) for cid in commitment_ids]
    out = []
    for d in form.derived:
        n = truth_counts(x[d.key] for x in derived)
        out.append([n["yes"], n["no"], n["unknown"]])
    return out


def count_flags(form: Form, field: FormField, commitment_ids: list[str], values: Values) -> list[list[int]]:
    """Per flag (form order): [marked, recorded without it, not scored]; gated-off counts as not scored."""
    rows = [[0, 0, 0] for _ in field.levels]
    for cid in commitment_ids:
        answers = values.get(cid, {})
        value = answers.get(field.key)
        recorded = isinstance(value, list) and form.applies(field.key, answers) is None
        for i, level in enumerate(field.levels):
            rows[i][2 if not recorded else 0 if level.key in value else 1] += 1
    return rows


BREAKDOWNS = (("theme", "Theme"), ("grand_challenge", "Grand challenge"))  # what `groups_of` can group by
_CHALLENGE_ORDER = list(GRAND_CHALLENGES.values())


def count_breakdown(form: Form, field: FormField, commitments: list[Commitment], values: Values, by: str,
                    tagged: Mapping[str, list[str]] | None = None) -> tuple[list[str], list[list[int]]]:
    """(group names, one count_levels row per group), counted by `breakdown`.

    Themes keep plan order; grand challenges keep the model's order, "(no grand challenge)" last.
    A commitment with two grand challenges is counted in both.
    """
    groups = breakdown(form, field.key, commitments, values, by, tagged)
    names = list(groups)
    if by == "grand_challenge":
        names.sort(key=lambda g: _CHALLENGE_ORDER.index(g) if g in _CHALLENGE_ORDER else len(_CHALLENGE_ORDER))
    keys = bucket_keys([field])
    return names, [[groups[g].counts.get(k, 0) for k in keys] for g in names]


def tagged_challenges(states: Mapping[str, Any]) -> dict[str, list[str]]:
    """library.scores.commitment_states(aid) -> commitment id -> the researcher's grand-challenge keys."""
    return {cid: list(s.grand_challenges) for cid, s in states.items() if s.grand_challenges}


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


def count_claims(form: Form, commitments: list[Commitment], values: Values) -> ClaimCounts | None:
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
