"""The review loop through the GUI's Store: comments, replies, states and Word imports.

Why a door and not more Store methods: every write still runs through `Store.run` (so it is
announced as a Change, its errors become one line, the views refresh from it), while the
review loop's code stays in its own room. Reads are operations.comments' own queries.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ...interchange import CommentDoc, ReviewStateDoc
from ...operations import comments as ops
from ...operations.change import ChangeKind
from ...review.vocabulary import Vocabulary, vocabulary

if TYPE_CHECKING:
    from ...library.comments import TrackedChangeRow
    from ...model import ScoreValue
    from ...operations.comments import WordImport
    from ...review.docx_review import DocxReview
    from ..store import Store



def is_review_change(change: object, aid: str | None) -> bool:
    """Does `change` (a Store announcement) change the comments or states of `aid`? A comment,
    a state, an import, or a score changed from a comment (a SCORES change carrying the comment):
    plain score edits are not, so scoring pays no comment queries."""
    if not aid or getattr(change, "assessment_id", None) != aid:
        return False
    kind = getattr(change, "kind", None)
    return kind is ChangeKind.COMMENTS or (kind is ChangeKind.SCORES
                                           and isinstance(getattr(change, "result", None), CommentDoc))


class ReviewDoor:
    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def vocabulary(self) -> Vocabulary:
        return vocabulary()

    # -- reads ---------------------------------------------------------------------------------
    def comments(self, aid: str, **filters: str | None) -> list[CommentDoc]:
        return ops.list_comments(self.store.library, aid, **filters)  # type: ignore[arg-type]

    def states(self, aid: str) -> list[ReviewStateDoc]:
        return ops.review_states(self.store.library, aid)

    def tracked_changes(self, aid: str) -> list[TrackedChangeRow]:
        return ops.tracked_changes(self.store.library, aid)

    def read_only(self, aid: str) -> bool:
        return self.store.assessment(aid).read_only

    # -- writes (each one Change, announced by the Store) --------------------------------------
    def add_comment(self, aid: str, text: str, *, role: str, commitment_id: str | None = None,
                    field_key: str | None = None) -> CommentDoc:
        s = self.store
        return s.run(lambda: ops.add_comment(s.library, aid, text, author=s.who or "?", role=role,
                                             commitment_id=commitment_id, field_key=field_key,
                                             plan=commitment_id is None and field_key is not None,
                                             who=s.who)).result

    def reply(self, parent_id: str, text: str, *, role: str | None = None) -> CommentDoc:
        s = self.store
        return s.run(lambda: ops.reply(s.library, parent_id, text, author=s.who or "?", role=role,
                                       who=s.who)).result

    def resolve(self, comment_id: str, note: str | None = None) -> CommentDoc:
        s = self.store
        return s.run(lambda: ops.resolve(s.library, comment_id, who=s.who, note=note)).result

    def reopen(self, comment_id: str) -> CommentDoc:
        s = self.store
        return s.run(lambda: ops.reopen(s.library, comment_id, who=s.who)).result

    def set_state(self, aid: str, state: str, *, role: str, commitment_id: str | None) -> ReviewStateDoc:
        s = self.store
        return s.run(lambda: ops.set_review_state(s.library, aid, state, reviewer=s.who or "?", role=role,
                                                  commitment_id=commitment_id, who=s.who)).result

    def score_from_comment(self, comment_id: str, value: ScoreValue, *, resolve_it: bool) -> CommentDoc:
        s = self.store
        return s.run(lambda: ops.score_from_comment(s.library, comment_id, value, resolve_it=resolve_it,
                                                    who=s.who)).result

    def import_word(self, review: DocxReview, aid: str) -> WordImport:
        s = self.store
        return s.run(lambda: ops.import_word_review(s.library, review, assessment_id=aid, who=s.who)).result


def read_word(path: Path) -> DocxReview:
    """Parse a reviewed .docx (pure work: run it on the TaskRunner)."""
    from ...review.docx_review import read_docx_review

    return read_docx_review(path)


def field_counts(door: ReviewDoor, aid: str, cid: str) -> dict[str, tuple[int, int, str]]:
    """Per field of one commitment: (open threads, threads, a plain tooltip of their first lines);
    under "" the commitment's threads in all."""
    from html import escape

    out: dict[str, list] = {}
    for c in door.comments(aid, commitment_id=cid):
        if c.parent_id:
            continue
        every = out.setdefault("", [0, 0, []])  # "": every thread of the commitment
        every[0] += c.status == "open"
        every[1] += 1
        if not c.field:
            continue
        got = out.setdefault(c.field, [0, 0, []])
        got[0] += c.status == "open"
        got[1] += 1
        got[2].append(f"{c.author}: {c.text.splitlines()[0] if c.text else ''}"[:160])
    # a tooltip that looks like markup is shown as rich text by Qt: escaped, and kept as lines
    return {k: (o, t, "<p style='white-space:pre'>" + escape("\n".join(lines[:8])) + "</p>")
            for k, (o, t, lines) in out.items()}
