"""The refreshed IRM products' structure (docs/reports.md), beside the IRM's own:

Action Plan Review: at a glance; I. overview; II. promising commitments (alone or in
clusters: context and objectives, potential for results, opportunities, challenges and
recommendations); minimum requirements; III. methodology; Annex 1 (every commitment coded and
clustered); sources. Results Report: at a glance; factors that affected implementation;
completion (a chart); results of the promising commitments carried over from the review, then
of the others with significant results;
participation and co-creation; lessons and recommendations; methodology; the coded annex with
the review's earlier codes; sources. Concise by construction: a commitment's plan text is a
short description with a link; the government's reports appear only as the researcher quotes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .analysis import (
    Unit,
    cite,
    coded_annex,
    codes,
    glance_value,
    narrative_blocks,
    short_description,
    units,
)
from .blocks import Anchor, Block, Heading, KeyFigure, KeyFigures, PageBreak, Paragraph, Table
from .commitments import score_blocks
from .cycle import completion_field
from .markup import parse
from .scoring import value_text

if TYPE_CHECKING:
    from .content import ReportContext


def product_body(ctx: ReportContext, chart: Any) -> list[Block]:
    """Everything between the contents and the sources; `chart(ctx, field)` draws one field."""
    if ctx.rt == "results-report":
        return _results_report(ctx, chart)
    if ctx.rt == "midterm-review":
        return _midterm_review(ctx, chart)
    return _action_plan_review(ctx)


def _action_plan_review(ctx: ReportContext) -> list[Block]:
    cat = ctx.cat
    out = _glance(ctx)
    out.append(Heading(1, cat.t("section.overview"), "overview"))
    out += narrative_blocks(ctx, "overview", headed=False)
    out += _promising(ctx, "analysis")
    out.append(Heading(1, cat.t("section.requirements"), "requirements"))
    out += narrative_blocks(ctx, "requirements", headed=False)
    out += _requirements(ctx)
    out.append(PageBreak())
    out += _methodology(ctx)
    out += coded_annex(ctx)
    return out


def _results_report(ctx: ReportContext, chart: Any) -> list[Block]:
    cat = ctx.cat
    out = _glance(ctx)
    out.append(Heading(1, cat.t("section.implementation", ctx.rt), "implementation"))
    out += narrative_blocks(ctx, "implementation", headed=False)
    field = completion_field(ctx.form)
    out.append(Heading(1, cat.t("section.completion"), "completion"))
    if field is not None:
        figure = chart(ctx, field)
        if figure is not None:
            out.append(figure)
    out += _promising(ctx, "analysis")
    out += _significant(ctx, "analysis")
    out.append(Heading(1, cat.t("section.participation"), "participation"))
    out += narrative_blocks(ctx, "participation", headed=False)
    out += _requirements(ctx)
    out.append(Heading(1, cat.t("section.lessons"), "lessons"))
    out += narrative_blocks(ctx, "lessons", headed=False)
    out.append(PageBreak())
    out += _methodology(ctx)
    out += coded_annex(ctx, ctx.linked)
    return out


def _midterm_review(ctx: ReportContext, chart: Any) -> list[Block]:
    """A four-year plan at its midpoint: where it stands, why, the review's promising
    commitments and others with significant results so far, participation during
    implementation, and what to do in the remaining years."""
    cat = ctx.cat
    out = _glance(ctx)
    out.append(Heading(1, cat.t("section.overview.midterm-review"), "overview"))
    out += narrative_blocks(ctx, "overview", headed=False)
    out.append(Heading(1, cat.t("section.implementation", ctx.rt), "implementation"))
    out += narrative_blocks(ctx, "implementation", headed=False)
    field = completion_field(ctx.form)
    out.append(Heading(1, cat.t("section.completion.midterm-review"), "completion"))
    if field is not None:
        figure = chart(ctx, field)
        if figure is not None:
            out.append(figure)
    out += _promising(ctx, "analysis")
    out += _significant(ctx, "analysis")
    out.append(Heading(1, cat.t("section.participation.midterm-review"), "participation"))
    out += narrative_blocks(ctx, "participation", headed=False)
    out += _requirements(ctx)
    out.append(Heading(1, cat.t("section.recommendations"), "recommendations"))
    out += narrative_blocks(ctx, "recommendations", headed=False)
    out.append(PageBreak())
    out += _methodology(ctx)
    out += coded_annex(ctx, ctx.linked)
    return out


def _glance(ctx: ReportContext) -> list[Block]:
    """The "at a glance" box: commitments, each of the form's glance indicators as n and %,
    the promising commitments analysed, compliance with the minimum requirements."""
    cat, plan = ctx.cat, ctx.plan
    out: list[Block] = [Heading(1, cat.t("section.glance"), "glance"),
                        Paragraph(cat.t("glance.plan", plan=plan.title or plan.id,
                                        member=cat.member_in_text(plan.member)), "lead")]
    figures = [KeyFigure(str(len(plan.commitments)), cat.t("kf.commitments"))]
    for key in ctx.form.report.glance:
        count, n = glance_value(ctx, key)
        share = round(100 * count / n) if n else 0
        figures.append(KeyFigure(cat.t("glance.share", n=count, pct=share), ctx.form.derived_indicator(key).label))
    analysed = units(ctx)
    if ctx.form.report.promising or ctx.linked is not None:
        promising = sum(len(u.members) for u in analysed)
        figures.append(KeyFigure(str(promising), cat.t("glance.analysed", clusters=sum(1 for u in analysed if u.name))))
    out.append(KeyFigures(tuple(figures)))
    reqs = [ctx.form.field(k) for k in ctx.form.report.requirements]
    if reqs:
        n = ctx.next_table()
        out.append(Table(((cat.t("table.requirement"), cat.t("table.assessment")),),
                         tuple((f.label, value_text(f, ctx.a.plan_scores.get(f.key), cat)) for f in reqs),
                         (0.7, 0.3), cat.t("glance.requirements_caption", n=n), compact=True))
    return out


def _promising(ctx: ReportContext, place: str) -> list[Block]:
    cat = ctx.cat
    analysed = units(ctx)
    out: list[Block] = [Heading(1, cat.t("section.promising", ctx.rt), "promising")]
    if not analysed:
        out.append(Paragraph(cat.t("promising.none"), "note"))
        return out
    out.append(Paragraph(cat.t("promising.intro", n=sum(len(u.members) for u in analysed), units=len(analysed),
                               clusters=sum(1 for u in analysed if u.name)), "lead"))
    for unit in analysed:
        out += _unit(ctx, unit, place)
    return out


def _significant(ctx: ReportContext, place: str) -> list[Block]:
    """Others with significant results: commitments outside the promising ones and their
    clusters whose results the form's `significant` indicator finds (e.g. significant or
    outstanding early results), each with its description, codes and written results."""
    key = ctx.form.report.significant
    if not key:
        return []
    analysed = {c.id for u in units(ctx) for c in u.members}
    others = [c for c in ctx.plan.commitments if c.id not in analysed and ctx.derived(c.id).get(key) is True]
    cat = ctx.cat
    out: list[Block] = [Heading(1, cat.t("section.significant", ctx.rt), "significant")]
    if not others:
        out.append(Paragraph(cat.t("significant.none", indicator=ctx.form.derived_indicator(key).label), "note"))
        return out
    out.append(Paragraph(cat.t("significant.intro", n=len(others), indicator=ctx.form.derived_indicator(key).label),
                         "lead"))
    for c in others:
        out += _unit(ctx, Unit("", (c,)), place, context=False)
    return out


def _unit(ctx: ReportContext, unit: Unit, place: str, *, context: bool = True) -> list[Block]:
    cat = ctx.cat
    if unit.name:
        ids = ", ".join(c.id for c in unit.members)
        out: list[Block] = [Anchor(cluster=unit.name),
                            Heading(2, cat.t("promising.cluster", name=unit.name, ids=ids), unit.anchor)]
    else:
        c = unit.members[0]
        out = [Anchor(commitment_id=c.id), Heading(2, cat.t("commitment.heading", id=c.id, title=c.title), unit.anchor)]
    if context:
        out.append(Heading(3, cat.t("promising.context"), f"{unit.anchor}-context"))
    rationale = ctx.form.report.rationale_field or (ctx.linked[1].report.rationale_field if ctx.linked else "")
    for c in unit.members:
        if unit.name:
            out += [Anchor(commitment_id=c.id), Paragraph(c.title, "lead", label=f"{c.id}: ")]
        out += short_description(ctx, c)
        lines = codes(ctx, (ctx.a, ctx.form), c.id, with_justification=False)
        if ctx.linked is not None and ctx.linked[0] is not ctx.a:
            lines += [f"{cat.t('annex1.earlier')} {line}" for line in codes(ctx, ctx.linked, c.id,
                                                                              with_justification=False)]
        if lines:
            out.append(Paragraph("; ".join(lines), "meta", label=cat.t("promising.codes") + ": "))
        why = _rationale(ctx, c.id, rationale) if context else ""
        if why:
            out.append(Paragraph(why, "justification", label=cat.t("promising.why") + ": "))
    out += narrative_blocks(ctx, place, level=3, unit=unit)
    return out


def _rationale(ctx: ReportContext, cid: str, key: str) -> str:
    if not key:
        return ""
    for a, _form in ((ctx.a, ctx.form), ctx.linked or (None, None)):
        if a is not None and cid in a.commitments:
            text = (a.commitments[cid].justifications.get(key) or "").strip()
            if text:
                return text
    return ""


def _requirements(ctx: ReportContext) -> list[Block]:
    """Each minimum requirement: its level, what it requires (the form's `statement`, for
    readers), and the justification naming its evidence ([E:id] prints the source number)."""
    out: list[Block] = []
    a = ctx.a
    for key in ctx.form.report.requirements:
        f = ctx.form.field(key)
        blocks = score_blocks(ctx, f, a.plan_scores, a.plan_justifications)
        if f.statement:
            blocks.insert(1, Paragraph(f.statement, "meta", label=ctx.cat.t("requirements.statement") + ": "))
        just = (a.plan_justifications.get(key) or "").strip()
        if "[E:" in just:
            blocks = [parse(just, lambda e: cite(ctx, _by_prefix(ctx, e))) if isinstance(b, Paragraph)
                      and b.text == just else b for b in blocks]
        out += blocks
    return out


def _by_prefix(ctx: ReportContext, ref: str) -> str:
    """A justification's [E:...] may give an id's first characters (as the narrative does):
    the one evidence item it names, else the text as written."""
    found = [eid for eid in ctx.sources.items if eid.startswith(ref)]
    return found[0] if len(found) == 1 else ref


def _methodology(ctx: ReportContext) -> list[Block]:
    """For readers: what each indicator means, from the form's published level definitions
    (never the researcher's help text or internal notes)."""
    cat, form = ctx.cat, ctx.form
    out: list[Block] = [Heading(1, cat.t("section.methodology"), "methodology"),
                        Paragraph(cat.t("method.intro", form=form.title, version=form.version), "body")]
    rows: list[tuple[str, str, str]] = []
    groups: dict[tuple, list[str]] = {}  # fields sharing one scale (the five Standards) listed once
    for f in [*form.scored_fields, *(form.field(k) for k in form.report.requirements)]:
        groups.setdefault(tuple((lv.label, lv.definition) for lv in f.levels), []).append(f.label)
    for scale, labels in groups.items():
        for i, (label, definition) in enumerate(scale):
            rows.append(("\n".join(labels) if i == 0 else "", label, definition))
    if rows:
        n = ctx.next_table()
        out.append(Table(((cat.t("table.indicator"), cat.t("table.level"), cat.t("table.definition")),),
                         tuple(rows), (0.26, 0.2, 0.54), cat.t("method.caption", n=n), compact=True))
    for ind in form.derived:
        if ind.key in form.report.glance:
            out.append(Paragraph(ind.description, "body", label=ind.label + ": "))
    if form.source:
        out.append(Paragraph(cat.t("annex.source", source=", ".join(form.source)), "note"))
    return out
