"""The parts of a refreshed IRM product that read the researcher's judgement: which commitments
are analysed in depth (promising ones, alone or in clusters), their short description, the
codes of every commitment in one annex, and the researcher's written sections.

Which field is the cluster and which indicator is "promising" are the form's `[report]`; a
Results Report reads them from the same plan's Action Plan Review (`ctx.linked`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..model import Commitment
from .blocks import Anchor, Block, Heading, Paragraph, Table
from .cycle import excerpt
from .markup import parse
from .scoring import derived_text, is_scored, slug, value_text

if TYPE_CHECKING:
    from .content import ReportContext

SHORT_JUSTIFICATION = 220  # characters of a justification kept in the coded annex


@dataclass(frozen=True)
class Unit:
    """What Section II analyses once: a promising commitment, or a cluster with a promising member."""

    name: str  # the cluster's name, "" for a single commitment
    members: tuple[Commitment, ...]

    @property
    def anchor(self) -> str:
        return f"unit-{slug(self.name or self.members[0].id)}"


def clusters(ctx: ReportContext, source: Any) -> dict[str, list[Commitment]]:
    """Cluster name -> members in plan order, from `source`'s cluster field (an AssessmentDoc
    and its form: this assessment, or the linked review)."""
    a, form = source
    key = form.report.cluster_field
    out: dict[str, list[Commitment]] = {}
    if not key:
        return out
    for c in ctx.plan.commitments:
        name = (a.commitments.get(c.id).scores.get(key) if c.id in a.commitments else None) or ""
        if isinstance(name, str) and name.strip():
            out.setdefault(name.strip(), []).append(c)
    return out


def is_promising(ctx: ReportContext, source: Any, cid: str) -> bool:
    a, form = source
    if not form.report.promising or cid not in a.commitments:
        return False
    cs = a.commitments[cid]
    derived = cs.derived if cs.derived else form.derive(cs.scores)
    return derived.get(form.report.promising) is True


def design_source(ctx: ReportContext) -> Any | None:
    """Where promising and clusters come from: this form, else the linked review."""
    if ctx.form.report.promising or ctx.form.report.cluster_field:
        return (ctx.a, ctx.form)
    return ctx.linked


def units(ctx: ReportContext) -> list[Unit]:
    """Clusters with a promising member first (in plan order of their first member), then each
    promising commitment that is in no cluster."""
    source = design_source(ctx)
    if source is None:
        return []
    groups = clusters(ctx, source)
    out: list[Unit] = []
    in_cluster: set[str] = set()
    for name, members in groups.items():
        if any(is_promising(ctx, source, c.id) for c in members):
            out.append(Unit(name, tuple(members)))
            in_cluster |= {c.id for c in members}
    for c in ctx.plan.commitments:
        if c.id not in in_cluster and is_promising(ctx, source, c.id):
            out.append(Unit("", (c,)))
    order = {c.id: i for i, c in enumerate(ctx.plan.commitments)}
    return sorted(out, key=lambda u: order[u.members[0].id])


def cluster_of(ctx: ReportContext, cid: str) -> str:
    source = design_source(ctx)
    if source is None:
        return ""
    return next((name for name, ms in clusters(ctx, source).items() if cid in {c.id for c in ms}), "")


def cite(ctx: ReportContext, evidence_id: str) -> str:
    return f"[{ctx.sources.number(evidence_id)}]" if evidence_id in ctx.sources.items else f"[{evidence_id}]"


def written(ctx: ReportContext, section: str, *, commitment_id: str | None = None, cluster: str | None = None) -> str:
    for n in ctx.a.narrative:
        if n.section == section and n.commitment_id == commitment_id and n.cluster == cluster:
            return n.text
    return ""


def narrative_blocks(ctx: ReportContext, place: str, *, level: int = 2, unit: Unit | None = None,
                     headed: bool = True) -> list[Block]:
    """Every section of the form placed at `place`: its title, then the researcher's words (or,
    in a draft, a note that it is not yet written)."""
    out: list[Block] = []
    for spec in ctx.form.narrative:
        if spec.place != place:
            continue
        if unit is None:
            text = written(ctx, spec.key)
        elif unit.name:
            text = written(ctx, spec.key, cluster=unit.name)
        else:
            text = written(ctx, spec.key, commitment_id=unit.members[0].id)
        anchor = f"n-{spec.key}" + (f"-{unit.anchor}" if unit else "")
        if unit is None:
            out.append(Anchor(section=spec.key))
        elif unit.name:
            out.append(Anchor(section=spec.key, cluster=unit.name))
        else:
            out.append(Anchor(commitment_id=unit.members[0].id, section=spec.key))
        if headed:
            out.append(Heading(level, spec.title, anchor))
        if text:
            out.append(parse(text, lambda e: cite(ctx, e)))
        elif ctx.a.status != "final":
            out.append(Paragraph(ctx.cat.t("narrative.not_written", title=spec.title), "note"))
    return out


def short_description(ctx: ReportContext, c: Commitment) -> list[Block]:
    """What the commitment sets out to do, in a few lines, with a link to the plan's full text."""
    cat = ctx.cat
    text = excerpt(c.description or c.problem or c.title, ctx.form.report.description_chars)
    out: list[Block] = [Paragraph(text, "body")]
    url = c.url or (ctx.plan.source if ctx.plan.source.startswith(("http://", "https://")) else "")
    where = url or ctx.plan.title or ctx.plan.id
    out.append(Paragraph(cat.t("analysis.full_text", plan=ctx.plan.title or ctx.plan.id, where=where), "meta"))
    return out


def codes(ctx: ReportContext, source: Any, cid: str, *, with_justification: bool) -> list[str]:
    """'Label: level — short justification' for each scored field of `source` (one line each)."""
    a, form = source
    cs = a.commitments.get(cid)
    scores = cs.scores if cs else {}
    justs = cs.justifications if cs else {}
    lines = []
    for f in form.scored_fields:
        value = scores.get(f.key)
        if not is_scored(value):
            continue
        line = f"{f.label}: {value_text(f, value, ctx.cat)}"
        just = (justs.get(f.key) or "").strip()
        if with_justification and just and is_scored(value):
            line += " — " + excerpt(just, SHORT_JUSTIFICATION)
        lines.append(line)
    return lines


def coded_annex(ctx: ReportContext, extra_source: Any | None = None) -> list[Block]:
    """Annex 1: every commitment once, full title, its cluster, its codes with the researcher's
    short justification (and, in a Results Report, the review's earlier codes)."""
    cat = ctx.cat
    out: list[Block] = [Heading(1, cat.t("section.coded_annex"), "coded-annex"),
                        Paragraph(cat.t("annex1.intro"), "note")]
    earlier = cat.t("annex1.earlier")
    rows = []
    for c in ctx.plan.commitments:
        lines = codes(ctx, (ctx.a, ctx.form), c.id, with_justification=True)
        if extra_source is not None:
            lines += [f"{earlier} {line}" for line in codes(ctx, extra_source, c.id, with_justification=False)]
        rows.append((c.id, c.title, cluster_of(ctx, c.id) or "–", "\n".join(lines) or cat.t("score.not_scored")))
    n = ctx.next_table()
    out.append(Table(((cat.t("table.id"), cat.t("table.commitment"), cat.t("table.cluster"), cat.t("table.codes")),),
                     tuple(rows), (0.09, 0.33, 0.14, 0.44), cat.t("annex1.caption", n=n), compact=True,
                     anchors=tuple(Anchor(commitment_id=c.id) for c in ctx.plan.commitments)))
    return out


def glance_value(ctx: ReportContext, key: str) -> tuple[int, int]:
    """(commitments for which the derived indicator is True, all commitments)."""
    n = len(ctx.plan.commitments)
    return sum(1 for c in ctx.plan.commitments if ctx.derived(c.id).get(key) is True), n


def derived_line(ctx: ReportContext, cid: str) -> str:
    d = ctx.derived(cid)
    return "; ".join(f"{ind.label}: {derived_text(d.get(ind.key), ctx.cat)}" for ind in ctx.form.derived)
