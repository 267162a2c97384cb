"""The final report's annex of public comments: each comment with how it was handled.

Only a final report carries it (the IRM publishes the comments with the final report), and
only when comments of the public period were recorded. Every cell is the commenter's text as
text: the renderers escape it like any other table cell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..review.annex import public_annex_rows
from .blocks import Block, Heading, Paragraph, Table

if TYPE_CHECKING:
    from .content import ReportContext


def public_comments_annex(ctx: ReportContext) -> list[Block]:
    if ctx.a.status != "final":
        return []
    rows = public_annex_rows(ctx.a)
    if not rows:
        return []
    cat = ctx.cat
    header = tuple(cat.t(f"public_comments.col.{k}") for k in ("number", "name", "date", "about", "comment",
                                                               "handling"))
    body = tuple((str(r.number), r.name, r.date, r.about, r.text, r.handling or cat.t("public_comments.pending"))
                 for r in rows)
    return [
        Heading(1, cat.t("section.public_comments"), "public-comments"),
        Paragraph(cat.t("public_comments.intro", count=len(rows)), "note"),
        Table((header,), body, (0.05, 0.14, 0.11, 0.14, 0.30, 0.26),
              caption=cat.t("public_comments.caption", n=ctx.next_table()), compact=True),
    ]
