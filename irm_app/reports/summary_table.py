"""The report's summary table: every commitment with its codes and derived indicators, in parts when
a form has more code columns than a page holds, the government's claim beside the completion it
is compared with, and each "does not apply" reason explained once under the table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..self_assessment import compare
from .blocks import Block, Heading, Paragraph, Table
from .cycle import claim_cell
from .scoring import derived_text, is_scored, short_title, value_text

if TYPE_CHECKING:
    from ..methodology import DerivedIndicator, FormField
    from .content import ReportContext

MAX_CODE_COLUMNS = 5


def summary_table(ctx: ReportContext) -> list[Block]:
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
