"""`build_report`: decide the whole content of a report from one interchange snapshot.

The renderers (docx.py, pdf.py) decide nothing: every title, label, number, table cell and
source number is fixed here, from the plan, the assessment, the methodology form and the
strings catalogue. Sections follow the shape of an IRM report: cover, contents, executive
summary, results by theme and grand challenge, member context, co-creation, summary table, one
section per commitment, methodology annex, sources.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Literal

from ..interchange import AssessmentDoc, CommitmentScores, InterchangeDoc
from ..methodology.completeness import CompletenessRule
from ..methodology.i18n import localize
from ..model import ActionPlan
from ..self_assessment import compare
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
from .cycle import claim_cell, context_section, results_section
from .public_annex import public_comments_annex
from .scoring import derived_text, is_scored, short_title, value_text
from .sources import SourceNumbers, number_sources

if TYPE_CHECKING:
    from ..methodology import DerivedIndicator, Form, FormField

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
    b += _summary_table(ctx)
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


MAX_CODE_COLUMNS = 5


def _summary_table(ctx: ReportContext) -> list[Block]:
    """All commitments with their codes; split in parts when a form has too many columns.

    When the form compares the government's claim with a completion field, the claim and that
    field lead the table side by side, and rows where the claim ranks higher are marked.
    """
    cat, form, plan = ctx.cat, ctx.form, ctx.plan
    rule = form.self_report
    scored = list(form.scored_fields)
    columns: list[tuple[str, FormField | DerivedIndicator | Literal["claim"]]] = []
    if rule is not None:
        completion = form.field(rule.field)
        scored = [completion, *(f for f in scored if f.key != completion.key)]
        columns.append((cat.t("table.claim"), "claim"))
    columns += [(f.label, f) for f in scored]
    columns += [(d.label, d) for d in form.derived]
    claims = {cmp.commitment_id: cmp for cmp in compare(
        form, list(plan.commitments), {c.id: ctx.scores(c.id).scores for c in plan.commitments})}
    cells: dict[str, list[str]] = {}
    reasons: list[str] = []  # each distinct "does not apply" reason, explained once under the table

    def not_applicable(reason: str) -> str:
        if reason not in reasons:
            reasons.append(reason)
        return cat.t("table.not_applicable", n=reasons.index(reason) + 1)

    for c in plan.commitments:
        cs = ctx.scores(c.id)
        d = ctx.derived(c.id)
        row = []
        for _, col in columns:
            if col == "claim":
                cmp = claims[c.id]
                row.append(claim_cell(cmp.claimed, cmp.claimed_date, cmp.claimed_more, cat))
            elif hasattr(col, "kind"):
                value = cs.scores.get(col.key)
                reason = form.applies(col.key, cs.scores)
                row.append(not_applicable(reason) if reason and not is_scored(value) else value_text(col, value, cat))
            else:
                row.append(derived_text(d.get(col.key), cat))
        cells[c.id] = row
    chunks = [list(range(i, i + MAX_CODE_COLUMNS)) for i in range(0, len(columns), MAX_CODE_COLUMNS)] or [[]]
    chunks = [[k for k in chunk if k < len(columns)] for chunk in chunks]
    out: list[Block] = [Heading(1, cat.t("section.summary_table"), "summary-table")]
    for part, chunk in enumerate(chunks, 1):
        header = (cat.t("table.id"), cat.t("table.commitment"), *(columns[k][0] for k in chunk))
        rows = tuple(
            (c.id, short_title(c.title, c.short_title, 60), *(cells[c.id][k] for k in chunk))
            for c in plan.commitments
        )
        rest = len(chunk)
        with_claims = rule is not None and 0 in chunk
        id_w, title_w = (0.1, 0.3) if rest <= 3 else (0.09, 0.2) if with_claims else (0.1, 0.24)
        if not rest:
            title_w = 1 - id_w
        # the claim and the completion level it is compared with get room to sit side by side
        weights = [(1.6, 1.4)[k] if with_claims and k < 2 else _weight(columns[k][1]) for k in chunk]
        widths = tuple((1 - id_w - title_w) * w / sum(weights) for w in weights)
        n = ctx.next_table()
        caption = cat.t("table.claim_caption" if with_claims else "table.caption", n=n, plan=plan.title or plan.id)
        if len(chunks) > 1:
            caption += " " + cat.t("table.part", part=part, parts=len(chunks))
        out.append(Table((header,), rows, (id_w, title_w, *widths), caption,
                         repeat_header=True, compact=True))
        if with_claims:
            marked = sum(1 for cmp in claims.values() if cmp.claimed_more)
            out.append(Paragraph(cat.t("table.claim_legend", mark=cat.t("claim.mark"), field=columns[1][0],
                                       n=marked, total=len(plan.commitments)), "note"))
        used = [i for i, _ in enumerate(reasons) if any(
            cells[c.id][k] == cat.t("table.not_applicable", n=i + 1) for c in plan.commitments for k in chunk)]
        if used:
            out.append(Paragraph(" ".join(cat.t("table.reason", n=i + 1, reason=reasons[i]) for i in used), "note"))
    return out


def _weight(column: FormField | DerivedIndicator | str) -> float:
    """Relative width of a code column: flag lists need room, yes/no and indicators little."""
    kind = getattr(column, "kind", "derived")
    return 2.0 if kind == "flags" else 1.25


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


