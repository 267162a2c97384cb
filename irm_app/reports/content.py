"""`build_report`: decide the whole content of a report from one interchange snapshot.

The renderers (docx.py, pdf.py) decide nothing: every title, label, number, table cell and
source number is fixed here, from the plan, the assessment, the methodology form and the
strings catalogue. Sections follow the shape of an IRM report: cover, contents, executive
summary, results by theme and grand challenge, member context, co-creation, summary table, one
section per commitment, methodology annex, sources.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..interchange import AssessmentDoc, CommitmentScores, InterchangeDoc
from ..methodology.completeness import CompletenessRule
from ..methodology.i18n import localize
from ..model import ActionPlan
from .anchors import with_section_anchors
from .blocks import (
    Block,
    ChartSpec,
    Cover,
    Figure,
    Heading,
    KeyFigure,
    KeyFigures,
    PageBreak,
    Paragraph,
    Report,
    SignatureSpace,
    Source,
    SourceList,
    Table,
    Toc,
)
from .catalogue import Catalogue, load_catalogue
from .commitments import commitment_section, score_blocks
from .cycle import context_section, results_section
from .public_annex import public_comments_annex
from .scoring import is_scored, value_text
from .sources import SourceNumbers, number_sources
from .summary_table import summary_table

if TYPE_CHECKING:
    from ..methodology import Form, FormField

__all__ = ["build_report", "Report"]


class ReportContext:
    """What every section builder needs; counters keep figure and table numbers in order."""

    def __init__(self, doc: InterchangeDoc, a: AssessmentDoc, plan: ActionPlan, form: Form, cat: Catalogue):
        self.doc, self.a, self.plan, self.form, self.cat = doc, a, plan, form, cat
        self.rt = form.report_type
        self.figures = 0
        self.tables = 0
        self.sources: SourceNumbers = number_sources(a, plan)
        self.linked: tuple[AssessmentDoc, Form] | None = None  # the same plan's earlier review

    def next_figure(self) -> int:
        self.figures += 1
        return self.figures

    def next_table(self) -> int:
        self.tables += 1
        return self.tables

    def scores(self, cid: str) -> CommitmentScores:
        return self.a.commitments.get(cid) or CommitmentScores()

    def derived(self, cid: str) -> dict[str, bool | None]:
        cs = self.scores(cid)
        return cs.derived if cs.derived else self.form.derive(cs.scores)


def build_report(
    doc: InterchangeDoc, assessment_id: str, form: Form, *, lang: str = "en", today: date | None = None,
    summary_lang: str | None = None, linked: tuple[str, Form] | None = None, structure: str = "product",
) -> Report:
    """The report for one assessment; KeyError if the assessment or its plan is not in `doc`.

    The form's strings are shown in `lang` (keys never change); `summary_lang` adds the
    executive summary once more in that language, as the IRM publishes Spanish reports with an
    English executive summary. `linked` (assessment id, form) is the same plan's Action Plan
    Review a Results Report carries over (codes, clusters, promising); it must be in `doc`.
    The refreshed products (review, results report) have their own structure (product.py);
    the legacy progress report keeps the per-commitment one, which `structure="legacy"` gives
    for any form (every commitment's plan text, the government's reports, every score).
    """
    cat = load_catalogue(lang)
    english_form = form
    form = localize(form, lang).form
    a = doc.assessment(assessment_id)
    plan = doc.plan(a.plan_id)
    ctx = ReportContext(doc, a, plan, form, cat)
    if linked is not None:
        ctx.linked = (doc.assessment(linked[0]), localize(linked[1], lang).form)
    rt_label = cat.t(f"report_type.{form.report_type}")
    period = plan.period.replace("-", "–")
    if a.title:
        title = a.title
    elif period:
        title = cat.t("report.title", member=plan.member, report_type=rt_label, period=period)
    else:
        title = cat.t("report.title_no_period", member=plan.member, report_type=rt_label)
    day = (today or date.today()).isoformat()
    report = Report(
        title=title,
        author=a.researcher,
        subject=cat.t("report.subject", report_type=rt_label, plan=plan.title or plan.id),
        member=plan.member,
        report_type=rt_label,
        status=a.status,
        date=day,
        lang=lang,
        running_header=cat.t("report.running_header", member=plan.member, report_type=rt_label),
        page_label=cat.t("report.page", page="{page}", pages="{pages}"),
        watermark=cat.t("report.watermark") if a.status != "final" else None,
        assessment_id=assessment_id,
    )
    b = report.blocks
    b.append(_cover(ctx, title, rt_label, period, cat.date(day)))
    b.append(PageBreak())
    b.append(Toc(cat.t("toc.title")))
    b.append(PageBreak())
    if structure == "product" and form.report_type != "progress-report":
        from .product import product_body

        b += product_body(ctx, _chart)
        b += public_comments_annex(ctx)
        b += _sources(ctx)
        b.append(SignatureSpace(cat.t("signature.caption"), cat.t("signature.note")))
        report.blocks = with_section_anchors(b)
        return report
    b += _summary(ctx)
    if summary_lang and summary_lang != lang:
        other = ReportContext(doc, a, plan, localize(english_form, summary_lang).form, load_catalogue(summary_lang))
        other.figures, other.tables = ctx.figures, ctx.tables
        b += _summary(other, f"-{summary_lang}", f" ({other.cat.t('_language')})")
        ctx.figures, ctx.tables = other.figures, other.tables
    b.append(PageBreak())
    b += results_section(ctx)
    b += context_section(ctx)
    b += _cocreation(ctx)
    b += summary_table(ctx)
    b.append(PageBreak())
    b.append(Heading(1, cat.t("section.commitments", ctx.rt), "commitments"))
    for c in plan.commitments:
        b += commitment_section(ctx, c)
    b.append(PageBreak())
    b += _annex(ctx)
    b += public_comments_annex(ctx)
    b += _sources(ctx)
    b.append(SignatureSpace(cat.t("signature.caption"), cat.t("signature.note")))
    report.blocks = with_section_anchors(b)
    return report


def _cover(ctx: ReportContext, title: str, rt_label: str, period: str, day: str) -> Cover:
    cat, plan, a, form = ctx.cat, ctx.plan, ctx.a, ctx.form
    facts = [
        (cat.t("cover.member"), plan.member),
        (cat.t("cover.plan"), plan.title or plan.id),
        (cat.t("cover.period"), period),
        (cat.t("cover.report_type"), rt_label),
        (cat.t("cover.researcher"), a.researcher),
        (cat.t("cover.methodology"), f"{form.title} ({form.version})"),
        (cat.t("cover.date"), day),
        (cat.t("cover.status"), cat.t(f"status.{a.status}")),
        (cat.t("cover.version"), str(a.version) if a.status == "final" else ""),
    ]
    return Cover(
        title=title,
        publisher=cat.t("cover.publisher"),
        facts=tuple((k, v) for k, v in facts if v),
        status=cat.t(f"status.{a.status}"),
        note=cat.t("cover.final_note" if a.status == "final" else "cover.draft_note"),
    )


def _summary(ctx: ReportContext, anchor: str = "", heading_suffix: str = "") -> list[Block]:
    cat, plan, form = ctx.cat, ctx.plan, ctx.form
    fields = form.scored_fields
    n = len(plan.commitments)
    rule = CompletenessRule(form)
    states = [rule.of_texts(ctx.scores(c.id).scores, ctx.scores(c.id).justifications) for c in plan.commitments]
    with_scores = sum(st.started for st in states)
    figures = [
        KeyFigure(str(n), cat.t("kf.commitments")),
        KeyFigure(str(sum(st.scored for st in states)), cat.t("kf.scored")),
        KeyFigure(str(sum(st.justified for st in states)), cat.t("kf.justified")),
        KeyFigure(str(sum(st.complete for st in states)), cat.t("kf.complete")),
    ]
    for ind in form.derived:
        count = sum(1 for c in plan.commitments if ctx.derived(c.id).get(ind.key) is True)
        figures.append(KeyFigure(str(count), ind.label))
    figures.append(KeyFigure(str(len(ctx.sources.order)), cat.t("kf.sources")))
    out: list[Block] = [
        Heading(1, cat.t("section.summary", ctx.rt) + heading_suffix, "summary" + anchor),
        Paragraph(
            cat.t("summary.intro", plan=plan.title or plan.id, member=cat.member_in_text(plan.member), n=n,
                  form=form.title, version=form.version, scored=with_scores),
            "lead",
        ),
        Heading(2, cat.t("section.key_figures"), "key-figures" + anchor),
        KeyFigures(tuple(figures)),
        Paragraph(cat.t("summary.figures_note"), "note"),
        Heading(2, cat.t("section.distribution"), "distribution" + anchor),
    ]
    charted = False
    for f in fields:
        chart = _chart(ctx, f)
        if chart is not None:
            out.append(chart)
            charted = True
    if not charted:
        out.append(Paragraph(cat.t("summary.no_scored_fields"), "note"))
    return out


def _chart(ctx: ReportContext, field: FormField) -> Figure | None:
    """Commitments per level of one field, in the form's level order, plus the unscored."""
    if field.kind not in ("single", "yesno", "flags") or not field.levels:
        return None
    cat, form = ctx.cat, ctx.form
    counts = {lv.key: 0 for lv in field.levels}
    not_applicable = not_scored = 0
    for c in ctx.plan.commitments:
        s = ctx.scores(c.id).scores
        value = s.get(field.key)
        if not is_scored(value):
            if form.applies(field.key, s):
                not_applicable += 1
            else:
                not_scored += 1
            continue
        for key in value if isinstance(value, list) else [value]:
            if key in counts:
                counts[key] += 1
    cats = [lv.label for lv in field.levels]
    vals = [counts[lv.key] for lv in field.levels]
    muted = [False] * len(cats)
    for label, count in ((cat.t("chart.not_applicable"), not_applicable), (cat.t("chart.not_scored"), not_scored)):
        if count:
            cats.append(label)
            vals.append(count)
            muted.append(True)
    n = ctx.next_figure()
    key = "chart.flags_caption" if field.kind == "flags" else "chart.caption"
    return Figure(
        ChartSpec(field.label, tuple(cats), tuple(vals), cat.t("chart.axis"), tuple(muted)),
        cat.t(key, n=n, field=field.label),
    )


def _cocreation(ctx: ReportContext) -> list[Block]:
    cat, a, form = ctx.cat, ctx.a, ctx.form
    out: list[Block] = [Heading(1, cat.t("section.cocreation", ctx.rt), "cocreation")]
    fields = form.plan_fields
    if not fields:
        out.append(Paragraph(cat.t("cocreation.none"), "note"))
    else:
        out.append(Paragraph(cat.t("cocreation.intro", plan=ctx.plan.title or ctx.plan.id), "lead"))
        for f in fields:
            out += score_blocks(ctx, f, a.plan_scores, a.plan_justifications)
    cited = ctx.sources.for_plan()
    if cited:
        out.append(Paragraph(" ".join(f"[{n}]" for n, _ in cited), "meta", label=cat.t("commitment.evidence") + ": "))
    return out


def _annex(ctx: ReportContext) -> list[Block]:
    cat, form = ctx.cat, ctx.form
    out: list[Block] = [
        Heading(1, cat.t("section.annex"), "annex"),
        Paragraph(cat.t("annex.intro", form=form.title, version=form.version, description=form.description).strip(),
                  "lead"),
    ]
    if form.source:
        out.append(Paragraph(cat.t("annex.source", source=form.source), "note"))
    for f in [*form.commitment_fields, *form.plan_fields]:
        out.append(Heading(2, f.label, f"annex-{f.key}"))
        if f.help:
            out.append(Paragraph(f.help))
        notes = [cat.t(f"annex.scope.{f.scope}"), cat.t(f"annex.kind.{f.kind}")]
        for cond in f.applies_when:
            other = form.field(cond.field)
            levels = cat.t("list.or").join(value_text(other, k, cat) for k in cond.in_)
            notes.append(cat.t("annex.applies_when", field=other.label, levels=levels, reason=cond.reason))
        if f.justification_required:
            notes.append(cat.t("annex.justification_required"))
        out.append(Paragraph(" ".join(notes), "note"))
        if f.levels:
            n = ctx.next_table()
            out.append(Table(
                ((cat.t("table.level"), cat.t("table.definition")),),
                tuple((lv.label, lv.definition) for lv in f.levels),
                (0.28, 0.72), cat.t("table.levels_caption", n=n, field=f.label), repeat_header=True,
            ))
    if form.derived:
        out.append(Heading(2, cat.t("section.derived"), "annex-derived"))
        for ind in form.derived:
            out.append(Paragraph(ind.description, label=ind.label + ": "))
    return out


def _sources(ctx: ReportContext) -> list[Block]:
    cat = ctx.cat
    out: list[Block] = [Heading(1, cat.t("section.sources"), "sources")]
    if not ctx.sources.order:
        out.append(Paragraph(cat.t("sources.none"), "note"))
        return out
    out.append(Paragraph(cat.t("sources.intro"), "note"))
    out.append(SourceList(tuple(
        Source(n, ctx.sources.describe(item, cat), item.url) for n, item in ctx.sources.numbered()
    )))
    return out


