"""Review files (`.irmreview`, docs/review-format.md): the reviewer exports what they said on a
review copy, signed; the researcher verifies and merges it into their own assessment.

Merging is by the comments' own ids, so importing the same file twice, or two files that
repeat a comment, files each comment once; review states keep the newest per reviewer. Several
files given together are verified first (all of them, before anything is written), then merged
in a defined order: by signing time, then by the file's sha256. Only comments and states are
taken from a review file, never a score, and the author of its comments is the signer.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .. import __version__
from ..interchange import CommentDoc, ReviewStateDoc
from ..library.comments import CommentFilter
from ..library.errors import LibraryError, NotFound
from ..model import utcnow
from ..review.vocabulary import UnknownTerm, vocabulary
from .change import Change, ChangeKind

if TYPE_CHECKING:
    from ..library import Library
    from ..signing.continuity import KeyHistory
    from ..signing.package_read import PackageVerdict
    from ..signing.trust import TrustStore

MAX_COMMENTS = 20_000


class Reviewer(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=200)
    role: str = Field(max_length=64)
    subject: str = ""
    fingerprint: str


class ReviewFileDoc(BaseModel):
    """review.json (format irm-review/1)."""

    model_config = ConfigDict(extra="forbid")
    format: str
    app_version: str
    created: str
    assessment_id: str = Field(description="The researcher's assessment, as the reviewed package names it")
    package_sha256: str = Field(pattern=r"^([0-9a-f]{64})?$", description="sha256 of the package reviewed")
    package_name: str = ""
    reviewer: Reviewer
    comments: list[CommentDoc] = Field([], max_length=MAX_COMMENTS)
    states: list[ReviewStateDoc] = Field([], max_length=MAX_COMMENTS)


@dataclass(frozen=True)
class ReviewExport:
    out: Path
    sha256: str
    comments: int
    states: int
    package_sha256: str


def export_review(lib: Library, copy_ref: str, out: Path, passphrase: bytes, *, who: str,
                  role: str | None = None, home: Path | None = None,
                  initiator: object | None = None) -> Change[ReviewExport]:
    """Sign what the reviewer said on this review copy (comments, replies and states made here,
    not those that came in the package) into `out`, naming the package version by its hash."""
    from ..library.review_copies import resolve_copy
    from ..signing.identity import common_name_of
    from ..signing.review_file import FORMAT, write_review_file
    from .packaging import unlock_identity

    info = resolve_copy(lib, copy_ref)
    if info.assessment_id is None:
        raise LibraryError(f"review copy {info.id} is unreadable ({info.problem}): nothing to review")
    store = lib.comments
    comments = store.comments(info.assessment_id, CommentFilter(source="app"))
    states = [s for s in store.states(info.assessment_id) if s.source == "app"]
    if not comments and not states:
        raise LibraryError(f"review copy {info.id}: no comments or review states of yours to send yet "
                           "(irm-app comment / review-state)")
    ident = unlock_identity(passphrase, home)
    v = vocabulary()
    role = v.role(role or (comments[0].role if comments else states[0].role)).key
    doc = ReviewFileDoc(
        format=FORMAT, app_version=__version__, created=utcnow(), assessment_id=info.source_assessment_id,
        package_sha256=store.copy_package_sha256(info.assessment_id), package_name=info.package_name,
        reviewer=Reviewer(name=common_name_of(ident.cert) or ident.name, role=role, subject=ident.subject_str,
                          fingerprint=ident.fingerprint),
        comments=comments, states=states)
    content = (json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
    write_review_file(Path(out), content, ident, passphrase)
    sha = _sha256(Path(out))
    lib.history.record_export(info.assessment_id, kind="review", path=Path(out), sha256=sha,
                      content_sha256=hashlib.sha256(content).hexdigest(),
                      signer=f"{ident.subject_str} ({ident.fingerprint})", who=who)
    result = ReviewExport(Path(out), sha, len(comments), len(states), doc.package_sha256)
    return Change(ChangeKind.EXPORT, info.assessment_id, None, who, result, "review-export", initiator)


def _sha256(path: Path) -> str:
    from .comments import file_sha256

    return file_sha256(path)


@dataclass
class ReadReview:
    """A verified review file, parsed; nothing written yet."""

    path: Path
    sha256: str
    doc: ReviewFileDoc
    verdict: PackageVerdict
    signer_name: str


def read_review(path: Path, trust: set[str] | None = None, store: TrustStore | None = None) -> ReadReview:
    """Verify (PackageError 'NAME: refused: reason' for anything invalid), then parse."""
    from ..signing.errors import PackageError, SigningError
    from ..signing.identity import common_name_of, normalize_fingerprint
    from ..signing.review_file import verify_review_file
    from ..signing.verify import apply_trust

    path = Path(path)
    try:
        verified = verify_review_file(path)
    except SigningError as e:
        raise PackageError(f"{path.name}: refused: {e}", unreadable=getattr(e, "unreadable", False)) from e
    apply_trust(verified.verdict, store, {normalize_fingerprint(t) for t in trust or ()})
    try:
        doc = ReviewFileDoc.model_validate_json(verified.content)
        for c in doc.comments:
            vocabulary().role(c.role)
        for s in doc.states:
            vocabulary().role(s.role)
            vocabulary().state(s.state)
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise PackageError(f"{path.name}: refused: review.json {where}: {err['msg']}") from None
    except UnknownTerm as e:
        raise PackageError(f"{path.name}: refused: review.json: {e}") from None
    assert verified.verdict.cert is not None
    name = common_name_of(verified.verdict.cert) or doc.reviewer.name
    return ReadReview(path, _sha256(path), doc, verified.verdict, name)


@dataclass(frozen=True)
class ImportedReview:
    path: Path
    sha256: str
    assessment_id: str
    reviewer: str
    fingerprint: str
    trusted: bool
    trust_how: str
    comments_new: int
    comments_held: int
    states: int
    version: str  # "current" | "older" | "unknown": the package it reviews, against this library's exports
    already_imported: bool
    notes: list[str] = field(default_factory=list)


def import_review_files(lib: Library, reads: list[ReadReview], *, who: str, history: KeyHistory | None = None,
                        accept_new_key: bool = False,
                        initiator: object | None = None) -> Change[list[ImportedReview]]:
    """Merge verified review files into the researcher's assessments, in the defined order, in
    ONE transaction (all of them or none). Key continuity as for packages: a review under a
    name (or of an assessment by a name) last signed by another key is refused."""
    from ..signing.continuity import name_key

    ordered = sorted(reads, key=lambda r: (r.verdict.signing_time.isoformat() if r.verdict.signing_time else "",
                                           r.sha256))
    if history is not None:
        for r in ordered:
            history.check(f"review:{r.doc.assessment_id}:{name_key(r.signer_name)}", r.signer_name,
                          r.verdict.fingerprint or "", accept_new_key=accept_new_key or r.verdict.trusted)
    out: list[ImportedReview] = []
    with lib.tx.atomic():
        for r in ordered:
            out.append(_merge(lib, r, who))
    if history is not None:
        for r in ordered:
            history.remember(f"review:{r.doc.assessment_id}:{name_key(r.signer_name)}", r.signer_name,
                             r.verdict.fingerprint or "")
    aid = out[0].assessment_id if len({o.assessment_id for o in out}) == 1 else None
    return Change(ChangeKind.COMMENTS, aid, None, who, out, "import-review", initiator)


def _merge(lib: Library, r: ReadReview, who: str) -> ImportedReview:
    store = lib.comments
    doc = r.doc
    try:
        a = lib.assessments.assessment(doc.assessment_id)
    except NotFound:
        raise NotFound(f"{r.path.name}: reviews assessment {doc.assessment_id}, which is not in this library") from None
    if a.read_only:
        raise LibraryError(f"{r.path.name}: reviews {doc.assessment_id}, a review copy here, not your own assessment")
    versions = store.package_versions(a.id)
    version = "current" if versions and doc.package_sha256 == versions[-1] else (
        "older" if doc.package_sha256 in versions else "unknown")
    common: dict[str, Any] = dict(fp=r.verdict.fingerprint or "", trusted=r.verdict.trusted,
                                  how=r.verdict.trust_how)
    if store.imported(r.sha256) is not None:
        return ImportedReview(r.path, r.sha256, a.id, r.signer_name, common["fp"], common["trusted"], common["how"],
                              0, len(doc.comments), 0, version, True)
    known = set(lib.plans.commitment_ids(a.plan_id))
    notes: list[str] = []
    new = held = states = 0
    for c in doc.comments:
        update: dict[str, Any] = dict(author=r.signer_name, source="irmreview", source_ref=r.sha256,
                                      outdated=version != "current", status="open", resolved_by=None,
                                      resolved_at=None, score_change=None)
        if c.commitment_id and c.commitment_id not in known:
            notes.append(f"comment {c.id[:8]}: commitment {c.commitment_id!r} is no longer in the plan; "
                         "filed under the report")
            update.update(anchor="report", commitment_id=None, field=None)
        if store.insert(a.id, c.model_copy(update=update), who=who, imported=True):
            new += 1
        else:
            held += 1
    for s in doc.states:
        if s.commitment_id and s.commitment_id not in known:
            notes.append(f"review state for {s.commitment_id!r}: not a commitment of the plan; left out")
            continue
        states += store.set_state(a.id, s.model_copy(update=dict(reviewer=r.signer_name, source="irmreview")),
                                  who=who)
    store.record_import(sha256=r.sha256, kind="irmreview", assessment_id=a.id, who=who, reviewer=r.signer_name,
                        fingerprint=common["fp"], package_sha256=doc.package_sha256, outdated=version != "current",
                        comments=new, name=r.path.name)
    return ImportedReview(r.path, r.sha256, a.id, r.signer_name, common["fp"], common["trusted"], common["how"],
                          new, held, states, version, False, notes)
