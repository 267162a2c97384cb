"""Counting for the dashboard, without Qt: how many commitments sit at each level, flag or indicator.

Every bucket is keyed by what the form calls it (level keys), plus two of our own: a field
switched off by its applies-when gate ("Does not apply") and an unanswered one ("Not scored").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..methodology import Form
from ..methodology.fields import FormField
from ..model import Commitment, Score

NOT_APPLICABLE = "Does not apply"
NOT_SCORED = "Not scored"
NO_THEME = "(no theme)"
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


def _values(scores: Scores, cid: str) -> dict[str, Any]:
    return {k: s.value for k, s in scores.get(cid, {}).items()}


def bucket_of(form: Form, field: FormField, values: dict[str, Any]) -> str:
    """A level key, NOT_APPLICABLE or NOT_SCORED for one commitment's answer to a field."""
    if form.applies(field.key, values) is not None:
        return NOT_APPLICABLE
    value = values.get(field.key)
    return value if isinstance(value, str) and field.level(value) else NOT_SCORED


def bucket_keys(fields: list[FormField]) -> list[str]:
    """Levels (form order), "does not apply" only if one of the fields can be switched off, then not scored."""
    gated = any(f.applies_when for f in fields)
    return [*fields[0].level_keys, *([NOT_APPLICABLE] if gated else []), NOT_SCORED]


def count_levels(
    form: Form,
    field: FormField,
    commitment_ids: list[str],
    scores: Scores,
    keys: list[str] | None = None,
) -> list[int]:
    """Counts per bucket, in the order of `keys` (default: bucket_keys([field]))."""
    keys = keys or bucket_keys([field])
    counts = dict.fromkeys(keys, 0)
    for cid in commitment_ids:
        counts[bucket_of(form, field, _values(scores, cid))] += 1
    return [counts[k] for k in keys]


def count_derived(
    form: Form, commitment_ids: list[str], scores: Scores
) -> list[list[int]]:
    """Per derived indicator: [yes, no, not enough data]."""
    rows = [[0, 0, 0] for _ in form.derived]
    for cid in commitment_ids:
        for i, truth in enumerate(form.derive(_values(scores, cid)).values()):
            rows[i][0 if truth is True else 1 if truth is False else 2] += 1
    return rows


def themes_of(commitments: list[Commitment]) -> list[str]:
    """Themes in plan order (first appearance); commitments without one share NO_THEME."""
    return list(dict.fromkeys(c.theme.strip() or NO_THEME for c in commitments))


def count_by_theme(
    form: Form, field: FormField, commitments: list[Commitment], scores: Scores
) -> list[list[int]]:
    """One row per theme (themes_of order), each as count_levels."""
    return [
        count_levels(form, field, [c.id for c in commitments if (c.theme.strip() or NO_THEME) == theme], scores)
        for theme in themes_of(commitments)
    ]


def count_flags(form: Form, field: FormField, commitment_ids: list[str], scores: Scores) -> list[list[int]]:
    """Per flag (form order): [marked, recorded without it, not scored]; gated-off counts as not scored."""
    rows = [[0, 0, 0] for _ in field.levels]
    for cid in commitment_ids:
        values = _values(scores, cid)
        value = values.get(field.key)
        recorded = isinstance(value, list) and form.applies(field.key, values) is None
        for i, level in enumerate(field.levels):
            rows[i][2 if not recorded else 0 if level.key in value else 1] += 1
    return rows
