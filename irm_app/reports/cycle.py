"""The OGP cycle around the assessment: the member's context and results by theme / grand challenge.

`context_section` states the plan, the member's minimum-eligibility values as recorded and
whether the government's self-assessment report is on record (an excerpt, marked as the
government's words). `results_section` tabulates the completion-like field and the
star / high-completion / strong-results indicators per theme and per grand challenge; the
field counts come from `irm_app.breakdowns`, so the dashboard and the report cannot disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..breakdowns import NOT_APPLICABLE_KEY, NOT_SCORED_KEY, breakdown, derived_breakdown, groups_of
from ..model import GRAND_CHALLENGES
from .blocks import Block, Heading, Paragraph, Table

if TYPE_CHECKING:
    from ..methodology import DerivedIndicator, Form, FormField
    from ..model import ActionPlan
    from .catalogue import Catalogue
    from .content import ReportContext

# Derived indicators a results table is drawn for: starred, high completion, strong results.
# Named by key prefix because a form says what an indicator means only in its key and label.
RESULT_INDICATOR_PREFIXES = ("starred", "high_completion", "strong_")
EXCERPT_CHARS = 600
NO_THEME = "(no theme)"  # the group names irm_app.breakdowns gives commitments without one
NO_GRAND_CHALLENGE = "(no grand challenge)"


# -- context -------------------------------------------------------------------------------------


def context_section(ctx: ReportContext) -> list[Block]:
    cat, plan = ctx.cat, ctx.plan
    n_milestones = sum(len(c.milestones) for c in plan.commitments)
    period = plan.period.replace("-", "–")
    key = "context.plan" if period else "context.plan_no_period"
    out: list[Block] = [
        Heading(1, cat.t("section.context", ctx.rt), "context"),
        Paragraph(cat.t(key, member=cat.member_in_text(plan.member), plan=plan.title or plan.id, period=period,
                        n=len(plan.commitments), m=n_milestones), "lead"),
        Heading(2, cat.t("section.eligibility"), "context-eligibility"),
    ]
    if plan.eligibility:
        out.append(Paragraph(cat.t("context.eligibility_intro", member=cat.member_in_text(plan.member))))
        n = ctx.next_table()
        out.append(Table(
            ((cat.t("table.eligibility_area"), cat.t("table.eligibility_value"), cat.t("table.year"),
              cat.t("table.source")),),
            tuple((cat.t(f"eligibility.{e.area}"), e.value, str(e.year) if e.year else "–", e.source or "–")
                  for e in plan.eligibility),
            (0.26, 0.2, 0.1, 0.44), cat.t("table.eligibility_caption", n=n, member=cat.member_in_text(plan.member)),
        ))
    else:
        out.append(Paragraph(cat.t("context.eligibility_none", member=cat.member_in_text(plan.member)), "note"))
    out.append(Heading(2, cat.t("section.self_assessment_report"), "context-self-assessment"))
    text = plan.self_assessment.strip()
    if text:
        out.append(Paragraph(cat.t("context.self_assessment", chars=f"{len(text):,}")))
        out.append(Paragraph(f"“{excerpt(text)}”", "justification", label=cat.t("context.government_text")))
    else:
        out.append(Paragraph(cat.t("context.no_self_assessment"), "note"))
    return out


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The opening of a text on one line: Markdown heading marks dropped, cut at a word, '…' if cut."""
    flat = " ".join(re.sub(r"(?m)^\s*#+\s*", "", text).split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0].rstrip(",;:-") + " …"


# -- results by theme and grand challenge --------------------------------------------------------


def completion_field(form: Form) -> FormField | None:
    """The field results are read from: the one the government's claim is compared with, else
    the first scored single-level field."""
    if form.self_report is not None:
        return form.field(form.self_report.field)
    return next((f for f in form.scored_fields if f.kind == "single"), None)


def result_indicators(form: Form) -> list[DerivedIndicator]:
    return [d for d in form.derived if d.key.startswith(RESULT_INDICATOR_PREFIXES)]


def _tags(ctx: ReportContext) -> dict[str, list[str]]:
    return {c.id: list(ctx.scores(c.id).grand_challenges) for c in ctx.plan.commitments}


def _values(ctx: ReportContext) -> dict[str, dict[str, Any]]:
    return {c.id: dict(ctx.scores(c.id).scores) for c in ctx.plan.commitments}


def theme_order(plan: ActionPlan, groups: list[str]) -> list[str]:
    """The plan's themes in the plan's order, then any other theme as met, 'no theme' last."""
    ordered = [t for t in plan.themes if t in groups]
    ordered += [g for g in groups if g not in ordered and g != NO_THEME]
    return ordered + ([NO_THEME] if NO_THEME in groups else [])


def grand_challenge_order(groups: list[str]) -> list[str]:
    ordered = [label for label in GRAND_CHALLENGES.values() if label in groups]
    return ordered + ([NO_GRAND_CHALLENGE] if NO_GRAND_CHALLENGE in groups else [])


def _group_label(group: str, cat: Catalogue) -> str:
    if group == NO_THEME:
        return cat.t("breakdown.no_theme")
    if group == NO_GRAND_CHALLENGE:
        return cat.t("breakdown.no_grand_challenge")
    for key, label in GRAND_CHALLENGES.items():
        if label == group:
            return cat.t(f"grand_challenge.{key}")
    return group


def has_grand_challenges(ctx: ReportContext) -> bool:
    tags = _tags(ctx)
    return any(groups_of(c, "grand_challenge", tags) != [NO_GRAND_CHALLENGE] for c in ctx.plan.commitments)


def field_counts(ctx: ReportContext, field: FormField, by: str) -> dict[str, dict[str, int]]:
    """group -> {level key | NOT_APPLICABLE_KEY | NOT_SCORED_KEY: commitments}, from irm_app.breakdowns."""
    dists = breakdown(ctx.form, field.key, list(ctx.plan.commitments), _values(ctx), by, _tags(ctx))
    return {g: dict(d.counts) for g, d in dists.items()}


def indicator_counts(ctx: ReportContext, indicator: DerivedIndicator, by: str) -> dict[str, dict[str, int]]:
    """group -> {"true" | "false" | "none": commitments}, counted by irm_app.breakdowns."""
    derived = {c.id: ctx.derived(c.id) for c in ctx.plan.commitments}
    counts = derived_breakdown(ctx.plan.commitments, derived, indicator.key, by, _tags(ctx))
    return {g: {"true": n["yes"], "false": n["no"], "none": n["unknown"]} for g, n in counts.items()}


def results_section(ctx: ReportContext) -> list[Block]:
    cat, form = ctx.cat, ctx.form
    out: list[Block] = [Heading(1, cat.t("section.results_breakdown", ctx.rt), "results-breakdown")]
    field = completion_field(form)
    indicators = result_indicators(form)
    if field is None and not indicators:
        out.append(Paragraph(cat.t("breakdown.none"), "note"))
        return out
    out.append(Paragraph(cat.t("breakdown.intro"), "lead"))
    with_gc = has_grand_challenges(ctx)
    measures: list[tuple[str, str, list[tuple[str, str]], Callable[[str], dict[str, dict[str, int]]]]] = []
    if field is not None:
        columns = [(lv.key, lv.label) for lv in field.levels]
        columns += [(NOT_APPLICABLE_KEY, cat.t("chart.not_applicable")), (NOT_SCORED_KEY, cat.t("chart.not_scored"))]
        measures.append((field.key, field.label, columns, lambda by, f=field: field_counts(ctx, f, by)))
    for ind in indicators:
        columns = [("true", cat.t("derived.true")), ("false", cat.t("derived.false")),
                   ("none", cat.t("derived.none"))]
        measures.append((ind.key, ind.label, columns, lambda by, d=ind: indicator_counts(ctx, d, by)))
    for key, label, columns, count in measures:
        out.append(Heading(2, label, f"results-{key}"))
        out.append(_group_table(ctx, label, columns, count("theme"), "theme"))
        if with_gc:
            out.append(_group_table(ctx, label, columns, count("grand_challenge"), "grand_challenge"))
    if with_gc:
        out.append(Paragraph(cat.t("breakdown.gc_note"), "note"))
    else:
        out.append(Paragraph(cat.t("breakdown.no_gc"), "note"))
    return out


def _group_table(ctx: ReportContext, measure: str, columns: list[tuple[str, str]], counts: dict[str, dict[str, int]],
                 by: str) -> Table:
    """One row per group, one column per level; 'does not apply' only when some row has one."""
    cat = ctx.cat
    groups = theme_order(ctx.plan, list(counts)) if by == "theme" else grand_challenge_order(list(counts))
    shown = [(k, label) for k, label in columns
             if k != NOT_APPLICABLE_KEY or any(counts[g].get(k, 0) for g in groups)]
    head = cat.t("breakdown.group_theme" if by == "theme" else "breakdown.group_gc")
    label_w = 0.34 if len(shown) <= 5 else 0.28
    widths = (label_w, *((1 - label_w) / len(shown) for _ in shown))
    n = ctx.next_table()
    caption = cat.t("breakdown.theme_caption" if by == "theme" else "breakdown.gc_caption", n=n, measure=measure)
    return Table(
        ((head, *(label for _, label in shown)),),
        tuple((_group_label(g, cat), *(str(counts[g].get(k, 0)) for k, _ in shown)) for g in groups),
        widths, caption, repeat_header=True, compact=True,
    )


def claim_cell(claimed: str | None, when: str | None, more: bool | None, cat: Catalogue) -> str:
    """'Complete (2024-02) ▲': the government's latest status, marked when it claims more."""
    if not claimed:
        return cat.t("claim.none")
    text = f"{claimed} ({when})" if when else claimed
    return f"{text} {cat.t('claim.mark')}" if more else text
