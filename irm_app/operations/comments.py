"""The review loop's actions: comment, reply, resolve / reopen, review states, a score changed
from a comment, and Word's comments filed as comments. Each returns a Change (COMMENTS).

Comments and states may be added on a review copy (that is the reviewer's whole job there);
its scores stay read-only (`Library.scores.set_score` refuses a copy), so a score change from a
comment only works on the researcher's own assessment.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..interchange import CommentDoc, ReviewStateDoc
from ..library.comments import CommentFilter, TrackedChangeRow
from ..library.errors import LibraryError, NotFound
from ..model import ScoreValue, utcnow
from ..review.section_keys import split_section_key
from ..review.vocabulary import vocabulary
from .change import Change, ChangeKind

if TYPE_CHECKING:
    from ..library import Library
    from ..review.docx_review import DocxReview

MAX_TEXT = 100_000
NAMESPACE = uuid.UUID("6f1d3c55-5a0e-4b5e-9d3a-1c0b7a1f2e11")
"""uuid5 namespace of comments that come from files without ids of ours (Word, CSV): the same
file always gives the same ids, so importing it twice files nothing twice."""


def derived_id(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "\x1f".join(parts)))


def _clean_text(text: str, what: str = "comment") -> str:
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        raise LibraryError(f"the {what} is empty: give its text")
    if len(text) > MAX_TEXT:
        raise LibraryError(f"the {what} is {len(text):,} characters; at most {MAX_TEXT:,}")
    return text


def anchor_of(commitment_id: str | None, field_key: str | None, cluster: str | None, section: str | None,
              plan: bool) -> str:
    """What a comment is about, from the most specific key given."""
    if field_key:
        return "field"
    if section:
        return "section"
    if commitment_id:
        return "commitment"
    if cluster:
        return "cluster"
    return "plan" if plan else "report"


def _check_anchor(lib: Library, aid: str, commitment_id: str | None, field_key: str | None,
                  cluster: str | None) -> None:
    a = lib.assessments.assessment(aid)
    if commitment_id and commitment_id not in set(lib.plans.commitment_ids(a.plan_id)):
        raise NotFound(f"no commitment {commitment_id!r} in plan {a.plan_id}")
    if field_key:
        f = lib.forms.get(a.form).field(field_key) if field_key in {x.key for x in lib.forms.get(a.form).fields} else None
        if f is None:
            raise NotFound(f"no field {field_key!r} in form {a.form}")
        if (f.scope == "plan") != (commitment_id is None):
            where = "the plan (give no commitment)" if f.scope == "plan" else "a commitment (name one)"
            raise LibraryError(f"field {field_key!r} is scored for {where}")
    if cluster and not commitment_id and cluster not in lib.narrative.clusters(aid):
        raise NotFound(f"no cluster {cluster!r} in assessment {aid[:8]} (see `irm-app cluster`)")


def add_comment(lib: Library, assessment_id: str, text: str, *, author: str, role: str | None = None,
                commitment_id: str | None = None, field_key: str | None = None, cluster: str | None = None,
                section: str | None = None, plan: bool = False, about: str = "", created_at: str | None = None,
                who: str, initiator: object | None = None) -> Change[CommentDoc]:
    """A new comment anchored to the most specific thing named (a field, a section, a commitment,
    a cluster, the plan-level assessment, else the whole report)."""
    a = lib.assessments.resolve_assessment(assessment_id)
    role = vocabulary().role(role or vocabulary().roles[0].key).key
    _check_anchor(lib, a.id, commitment_id, field_key, cluster)
    store = lib.comments
    c = CommentDoc(
        id=str(uuid.uuid4()), anchor=anchor_of(commitment_id, field_key, cluster, section, plan),  # type: ignore[arg-type]
        commitment_id=commitment_id or None, field=field_key or None, cluster=cluster or None,
        section=section or None, author=_clean_text(author, "author's name")[:200], role=role,
        text=_clean_text(text), about=about[:2000], created_at=created_at or utcnow(),
        package_sha256=store.copy_package_sha256(a.id),
    )
    store.insert(a.id, c, who=who)
    return Change(ChangeKind.COMMENTS, a.id, c.commitment_id, who, c, "comment", initiator)


def reply(lib: Library, parent_id: str, text: str, *, author: str, role: str | None = None, who: str,
          initiator: object | None = None) -> Change[CommentDoc]:
    """A reply sits in its parent's thread, under the same anchor."""
    store = lib.comments
    parent = store.comment(parent_id)
    aid = store.assessment_of(parent.id)
    role = vocabulary().role(role or vocabulary().roles[0].key).key
    c = parent.model_copy(update=dict(
        id=str(uuid.uuid4()), parent_id=parent.id, author=_clean_text(author, "author's name")[:200], role=role,
        text=_clean_text(text, "reply"), about="", created_at=utcnow(), source="app", source_ref="",
        package_sha256=store.copy_package_sha256(aid), outdated=False, status="open", resolved_by=None,
        resolved_at=None, note="", score_change=None))
    c = CommentDoc.model_validate(c.model_dump())
    store.insert(aid, c, who=who)
    return Change(ChangeKind.COMMENTS, aid, c.commitment_id, who, c, "reply", initiator)


def resolve(lib: Library, comment_id: str, *, who: str, note: str | None = None,
            initiator: object | None = None) -> Change[CommentDoc]:
    """Resolved, with who and when; `note` says how it was handled (printed in the annex)."""
    store = lib.comments
    c = store.set_status(comment_id, "resolved", who=who, note=None if note is None else note.strip()[:20_000])
    return Change(ChangeKind.COMMENTS, store.assessment_of(c.id), c.commitment_id, who, c, "resolve", initiator)


def reopen(lib: Library, comment_id: str, *, who: str, initiator: object | None = None) -> Change[CommentDoc]:
    store = lib.comments
    c = store.set_status(comment_id, "open", who=who)
    return Change(ChangeKind.COMMENTS, store.assessment_of(c.id), c.commitment_id, who, c, "reopen", initiator)


def set_review_state(lib: Library, assessment_id: str, state: str, *, reviewer: str, role: str | None = None,
                     commitment_id: str | None = None, who: str,
                     initiator: object | None = None) -> Change[ReviewStateDoc]:
    """A reviewer's state of one commitment (or, with none, of the report)."""
    a = lib.assessments.resolve_assessment(assessment_id)
    v = vocabulary()
    _check_anchor(lib, a.id, commitment_id, None, None)
    s = ReviewStateDoc(commitment_id=commitment_id or None, reviewer=_clean_text(reviewer, "reviewer's name")[:200],
                       role=v.role(role or v.roles[0].key).key, state=v.state(state).key, updated=utcnow())
    lib.comments.set_state(a.id, s, who=who)
    return Change(ChangeKind.COMMENTS, a.id, commitment_id, who, s, "review-state", initiator)


def list_comments(lib: Library, assessment_id: str, *, status: str | None = None, author: str | None = None,
                  role: str | None = None, commitment_id: str | None = None) -> list[CommentDoc]:
    """The comments of an assessment (or review copy), oldest first; filters combine. A filter on
    status, author or role keeps whole threads: a reply shows when its thread's first comment does."""
    a = lib.assessments.resolve_assessment(assessment_id)
    if role is not None:
        vocabulary().role(role)
    if status is not None and status not in ("open", "resolved"):
        raise LibraryError(f"status must be open or resolved, not {status!r}")
    everything = lib.comments.comments(a.id, CommentFilter(commitment_id=commitment_id))
    by_id = {c.id: c for c in everything}

    def root(c: CommentDoc) -> CommentDoc:
        seen = set()
        while c.parent_id and c.parent_id in by_id and c.id not in seen:
            seen.add(c.id)
            c = by_id[c.parent_id]
        return c

    def keep(c: CommentDoc) -> bool:
        r = root(c)
        return ((status is None or r.status == status) and (author is None or r.author == author)
                and (role is None or r.role == role))

    return [c for c in everything if keep(c)]


def threads(comments: list[CommentDoc]) -> Iterator[tuple[CommentDoc, int]]:
    """Each comment with its depth, replies right under what they answer (oldest first)."""
    ids = {c.id for c in comments}
    children: dict[str | None, list[CommentDoc]] = {}
    for c in comments:
        children.setdefault(c.parent_id if c.parent_id in ids else None, []).append(c)

    def walk(parent: str | None, depth: int, seen: set[str]) -> Iterator[tuple[CommentDoc, int]]:
        for c in children.get(parent, []):
            if c.id not in seen:
                seen.add(c.id)
                yield c, depth
                yield from walk(c.id, depth + 1, seen)

    yield from walk(None, 0, set())


def review_states(lib: Library, assessment_id: str) -> list[ReviewStateDoc]:
    return lib.comments.states(lib.assessments.resolve_assessment(assessment_id).id)


def score_from_comment(lib: Library, comment_id: str, value: ScoreValue, *, field_key: str | None = None,
                       justification: str | None = None, resolve_it: bool = False, who: str,
                       initiator: object | None = None) -> Change[CommentDoc]:
    """Change the score a comment is about, right there; the comment records the change (old and
    new) and, with `resolve_it`, is resolved. A review copy refuses (its scores are read-only)."""
    store = lib.comments
    c = store.comment(comment_id)
    aid = store.assessment_of(c.id)
    key = field_key or c.field
    if not key:
        raise LibraryError(f"comment {c.id[:8]} is not about a field: name the field (--field)")
    old = lib.scores.score(aid, c.commitment_id, key)
    with lib.tx.atomic():
        new = lib.scores.set_score(aid, c.commitment_id, key, value, who=who)
        if justification is not None:
            lib.scores.set_justification(aid, c.commitment_id, key, justification, who=who)
        out = store.link_score_change(c.id, {"commitment_id": c.commitment_id, "field": key,
                                             "old": old.value if old else None, "new": new}, who=who)
        if resolve_it:
            out = store.set_status(c.id, "resolved", who=who)
    return Change(ChangeKind.SCORES, aid, c.commitment_id, who, out, "score-from-comment", initiator)


# -- Word ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class WordImport:
    path: Path
    sha256: str
    comments_new: int
    comments_held: int
    tracked_changes: int
    already_imported: bool = False
    notes: list[str] = field(default_factory=list)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1024 * 1024):
            h.update(chunk)
    return h.hexdigest()


def _when(d: datetime | None) -> str:
    if d is None:
        return utcnow()
    if d.tzinfo is None:
        d = d.replace(tzinfo=UTC)
    return d.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def import_word_review(lib: Library, review: DocxReview, *, assessment_id: str, who: str,
                       role: str | None = None, initiator: object | None = None) -> Change[WordImport]:
    """File each Word comment as a comment by its Word author (under `role`, default the
    vocabulary's word_role), replies in their threads, under the commitment or section it sits
    in; idempotent by (the .docx's sha256, Word's comment id). Tracked changes are recorded for
    listing, never applied. All in one transaction."""
    a = lib.assessments.resolve_assessment(assessment_id)
    v = vocabulary()
    role = v.role(role or v.word_role).key
    sha = file_sha256(review.path)
    store = lib.comments
    known = set(lib.plans.commitment_ids(a.plan_id))
    notes: list[str] = []
    ids = {w.comment_id: derived_id("docx", sha, w.comment_id) for w in review.comments}
    new = held = changes = 0
    with lib.tx.atomic():
        for w in review.comments:
            cid = w.commitment_id if w.commitment_id in known else None
            if w.commitment_id and cid is None:
                notes.append(f"comment {w.comment_id}: commitment {w.commitment_id!r} is not in the plan; "
                             "filed under the report")
            section, cluster = split_section_key(w.section_key)
            text = w.text.strip() or "(empty comment)"
            if w.quoted.strip() and not w.parent_id:
                text = f"{text}\n\n> {w.quoted.strip()[:2000]}"
            c = CommentDoc(
                id=ids[w.comment_id], anchor=anchor_of(cid, None, cluster, section, False),  # type: ignore[arg-type]
                commitment_id=cid, section=section, cluster=cluster,
                parent_id=ids.get(w.parent_id) if w.parent_id else None,
                author=(w.author.strip() or w.initials.strip() or "Word user")[:200], role=role, text=text[:MAX_TEXT],
                created_at=_when(w.date), source="docx", source_ref=sha)
            if store.insert(a.id, c, who=who, imported=True):
                new += 1
            else:
                held += 1
        for seq, t in enumerate(review.changes):
            row = TrackedChangeRow(sha, seq, a.id, t.kind, t.author, _when(t.date) if t.date else None, t.text,
                                   t.commitment_id if t.commitment_id in known else "", t.section_key or "")
            changes += store.add_tracked_change(row)
        again = store.imported(sha) is not None
        if not again:
            store.record_import(sha256=sha, kind="docx", assessment_id=a.id, who=who, comments=new,
                                name=review.path.name)
    result = WordImport(review.path, sha, new, held, changes, again, notes)
    return Change(ChangeKind.COMMENTS, a.id, None, who, result, "import-word-review", initiator)


def tracked_changes(lib: Library, assessment_id: str) -> list[TrackedChangeRow]:
    return lib.comments.tracked_changes(lib.assessments.resolve_assessment(assessment_id).id)
