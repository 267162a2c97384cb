"""The public comments as the final report's annex lists them (pure: from the snapshot).

The IRM publishes the comments received in the public period with the final report, and looks
into each one; a row is a comment of the vocabulary's public role that starts a thread, with
how it was handled: its resolution note, else the last reply in its thread, else nothing yet.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..interchange import AssessmentDoc, CommentDoc
from .vocabulary import vocabulary


@dataclass(frozen=True)
class AnnexRow:
    number: int
    name: str
    date: str  # YYYY-MM-DD
    about: str
    text: str
    handling: str
    resolved: bool


def public_annex_rows(a: AssessmentDoc) -> list[AnnexRow]:
    public = vocabulary().public_role
    replies: dict[str, list[CommentDoc]] = {}
    for c in a.comments:
        if c.parent_id:
            replies.setdefault(c.parent_id, []).append(c)
    roots = sorted((c for c in a.comments if c.role == public and not c.parent_id), key=lambda c: (c.created_at, c.id))
    out = []
    for n, c in enumerate(roots, 1):
        thread = sorted(_descendants(c.id, replies), key=lambda r: (r.created_at, r.id))
        handled = c.note or (thread[-1].text if thread else "")
        out.append(AnnexRow(n, c.author, c.created_at[:10], c.about or (c.commitment_id or ""), c.text, handled,
                            c.status == "resolved"))
    return out


def _descendants(cid: str, replies: dict[str, list[CommentDoc]]) -> list[CommentDoc]:
    out, todo, seen = [], [cid], {cid}
    while todo:
        for r in replies.get(todo.pop(), []):
            if r.id not in seen:
                seen.add(r.id)
                out.append(r)
                todo.append(r.id)
    return out
