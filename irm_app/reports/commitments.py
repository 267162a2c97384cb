"""One commitment's section: what the plan says, its milestones, what the government reported
(kept apart), the IRM scores, the evidence."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import GRAND_CHALLENGES, Commitment
from ..self_assessment import compare, latest_claim
from .blocks import Anchor, Block, BulletList, Heading, Paragraph, Table
from .scoring import derived_text, is_rtl, is_scored, slug, value_text

if TYPE_CHECKING:
    from ..interchange import CommitmentScores
    from ..methodology import FormField
    from .catalogue import Catalogue
    from .content import ReportContext


def _span(start: str | None, end: str | None) -> str:
    if start and end:
        return f"{start} – {end}"
    return start or end or ""


def _milestone_text(title: str, description: str) -> str:
    """Title and description, once: plans often use a truncated description as the title."""
    stem = title.rstrip(".…").strip()
    if not description or description.strip() == title.strip():
        return title
    if description.startswith(stem):
        return description
    return f"{title}\n{description}"


def supporting_institutions(lead: str, names: list[str]) -> list[str]:
    """Each supporting institution once: not the lead again, not twice, and a unit written as
    "Office X, Tech team" after "Office X" folded into it as "Office X (Tech team)"."""
    def key(name: str) -> str:
        return " ".join(name.casefold().split())

    out: list[str] = []
    for name in (n.strip() for n in names):
        if not name or key(name) == key(lead or "") or key(name) in map(key, out):
            continue
        parent = next((i for i, e in enumerate(out) if key(name).startswith(key(e) + ",")), None)
        if parent is not None:
            out[parent] = f"{out[parent]} ({name[len(out[parent]) + 1:].strip()})"
        else:
            out.append(name)
    return out


def commitment_section(ctx: ReportContext, c: Commitment) -> list[Block]:
    cat, form = ctx.cat, ctx.form
    cs = ctx.scores(c.id)
    out: list[Block] = [Anchor(commitment_id=c.id),
                        Heading(2, cat.t("commitment.heading", id=c.id, title=c.title), f"c-{slug(c.id)}")]
    meta = [
        ("commitment.lead", c.lead_institution),
        ("commitment.supporting", "; ".join(supporting_institutions(c.lead_institution, c.supporting_institutions))),
        ("commitment.theme", c.theme),
        ("commitment.period", _span(c.start, c.end)),
        ("commitment.ogp_values", ", ".join(_ogp_value(v, cat) for v in c.ogp_values)),
        ("commitment.grand_challenges", _grand_challenges(c, cs, cat)),
    ]
    out += [Paragraph(text, "meta", label=cat.t(key) + ": ") for key, text in meta if text]
    if c.problem:
        out.append(Paragraph(c.problem, label=cat.t("commitment.problem") + ": ", rtl=is_rtl(c.problem)))
    if c.description:
        out.append(Paragraph(c.description, label=cat.t("commitment.description") + ": ",
                             rtl=is_rtl(c.description)))

    out.append(Heading(3, cat.t("commitment.milestones"), f"c-{slug(c.id)}-milestones"))
    if c.milestones:
        n = ctx.next_table()
        dated = any(m.start or m.end for m in c.milestones)
        header = [cat.t("table.milestone_id"), cat.t("table.milestone"), cat.t("table.lead")]
        widths = [0.11, 0.66, 0.23]
        if dated:
            header.append(cat.t("table.dates"))
            widths = [0.11, 0.46, 0.23, 0.2]
        rows = tuple(
            (m.id, _milestone_text(m.title, m.description), m.lead or c.lead_institution,
             *([_span(m.start, m.end)] if dated else []))
            for m in c.milestones
        )
        out.append(Table((tuple(header),), rows, tuple(widths),
                         cat.t("table.milestones_caption", n=n, commitment=c.id), repeat_header=True, compact=True))
    else:
        out.append(Paragraph(cat.t("commitment.no_milestones"), "note"))

    out += government_blocks(ctx, c)

    out.append(Heading(3, cat.t("commitment.assessment"), f"c-{slug(c.id)}-assessment"))
    for f in form.commitment_fields:
        out += score_blocks(ctx, f, cs.scores, cs.justifications)
    if form.self_report is not None:
        [cmp] = compare(form, [c], {c.id: cs.scores})
        if cmp.claimed_more:
            field = form.field(form.self_report.field)
            out.append(Paragraph(cat.t("commitment.claimed_more", mark=cat.t("claim.mark"), claim=cmp.claimed,
                                       date=cmp.claimed_date or "–", field=field.label,
                                       level=value_text(field, cmp.assessed, cat)), "note"))
    if form.derived:
        d = ctx.derived(c.id)
        text = "; ".join(f"{ind.label}: {derived_text(d.get(ind.key), cat)}" for ind in form.derived)
        out.append(Paragraph(text, "meta", label=cat.t("commitment.indicators") + ": "))
    if cs.revisit and ctx.a.status == "draft":
        out.append(Paragraph(cat.t("commitment.revisit"), "note"))

    out.append(Heading(3, cat.t("commitment.evidence"), f"c-{slug(c.id)}-evidence"))
    cited = ctx.sources.for_commitment(c.id)
    if cited:
        out.append(BulletList(tuple(
            f"[{n}] {e.title}" + (f" ({cat.t('kind.' + e.kind)}, {cat.date(e.date)})" if e.date else f" ({cat.t('kind.' + e.kind)})")
            for n, e in cited
        )))
    else:
        out.append(Paragraph(cat.t("commitment.no_evidence"), "note"))
    return out


def government_blocks(ctx: ReportContext, c: Commitment) -> list[Block]:
    """What the government itself reported, under its own heading, apart from the IRM's scores:
    the latest status, each dated report on the commitment, then each milestone's reports."""
    cat = ctx.cat
    out: list[Block] = [Heading(3, cat.t("commitment.government"), f"c-{slug(c.id)}-government")]
    claimed, when = latest_claim(c)
    if claimed:
        out.append(Paragraph(f"{claimed} ({when})" if when else claimed, "lead",
                             label=cat.t("commitment.self_status") + ": "))
    reports = [("", r) for r in sorted(c.self_reports, key=lambda r: r.date)]
    for m in c.milestones:
        reports += [(m.id, r) for r in sorted(m.self_reports, key=lambda r: r.date)]
    for milestone, r in reports:
        label = cat.t("commitment.reported", date=cat.date(r.date))
        if milestone:
            label = f"{milestone} · {label}"
        text = re.sub(r"\s*\n\s*", "\n", r.text.strip())  # paragraphs as line breaks, no blank lines
        body = f"{r.status} — {text}" if r.status and text else r.status or text
        if r.source:
            body += " " + cat.t("commitment.reported_source", source=r.source)
        out.append(Paragraph(body, label=label + ": ", rtl=is_rtl(body)))
    if not claimed and not reports:
        out.append(Paragraph(cat.t("commitment.no_self_report"), "note"))
    return out


def _grand_challenges(c: Commitment, cs: CommitmentScores, cat: Catalogue) -> str:
    """The plan's grand challenges and the researcher's tags, once each, in the model's order."""
    keys = {*c.grand_challenges, *cs.grand_challenges}
    return ", ".join(cat.t(f"grand_challenge.{g}") for g in GRAND_CHALLENGES if g in keys)


def _ogp_value(key: str, cat: Catalogue) -> str:
    return cat.t(f"ogp_value.{key}")


def score_blocks(ctx: ReportContext, field: FormField, scores: dict, justifications: dict) -> list[Block]:
    """One score as a report shows it: label and level, then the justification (or reason)."""
    cat = ctx.cat
    reason = ctx.form.applies(field.key, scores)
    value = scores.get(field.key)
    if field.kind == "text" and not is_scored(value):
        return []  # an empty free-text field (notes) prints nothing
    if reason and not is_scored(value):
        return [Paragraph(cat.t("score.not_applicable", reason=reason), "lead", label=field.label + ": ")]
    out: list[Block] = [Paragraph(value_text(field, value, cat), "lead", label=field.label + ": ")]
    just = (justifications.get(field.key) or "").strip()
    if field.kind != "text":
        if just:
            out.append(Paragraph(just, "justification", rtl=is_rtl(just)))
        elif is_scored(value):
            out.append(Paragraph(cat.t("score.no_justification"), "note"))
    return out
