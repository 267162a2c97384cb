"""Review copies: a verified package's assessment, read-only, isolated from the reviewer's work.

What a package claims is never used as an address into the reviewer's data: the copy gets its
own ids (`rc-<12 hex>` for the assessment, `rc-….<plan id>` for its plan, `rc-….<n>` for its
evidence), derived from the assessment id the package names, so a package cannot overwrite a
plan, add one under a reviewer's id, or put evidence into an editable assessment. Only the one
assessment the manifest names (and its plan) is taken; every score is checked against its
form and must be exactly one of the form's levels. A copy that fails those checks (an unknown
form, `<b>pwned</b>` as a level) is recorded as *unreadable* with the reason and nothing else.

Evidence files stay out of the database (and therefore out of every backup): they live,
read-only, in `<library>.review-copies/<copy folder>/`, and are deleted with the copy.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import utcnow
from .errors import LibraryError, NotFound
from .mutations import assessment_row
from .narrative import target_of

if TYPE_CHECKING:  # the interchange models are the caller's: loading a copy already holds a document
    from ..interchange import AssessmentDoc, InterchangeDoc
    from .library import Library


class ReviewCopyRefused(LibraryError):
    """The package's content does not fit its form; recorded as an unreadable copy."""


@dataclass(frozen=True)
class ReviewCopyInfo:
    id: str
    source_assessment_id: str
    assessment_id: str | None
    signer: str
    fingerprint: str
    status: str  # "ok" | "unreadable"
    problem: str
    opened: str
    package_name: str
    size: int


def copy_id_for(source_assessment_id: str) -> str:
    return "rc-" + hashlib.sha256(source_assessment_id.encode("utf-8")).hexdigest()[:12]


def review_root(lib: Library) -> Path:
    return lib.path.with_name(lib.path.name + ".review-copies")


def check_against_form(lib: Library, a: AssessmentDoc, commitment_ids: set[str], files: dict[str, Path]) -> str:
    """'' if every value in `a` is what its form allows, else the first problem (one line)."""
    from ..methodology import FormError

    try:
        form = lib.forms.get(a.form)
    except (FormError, KeyError, LibraryError, OSError) as e:
        return f"unknown form {a.form!r} ({str(e).splitlines()[0] if str(e) else 'not installed'})"
    scored = [(None, a.plan_scores, a.plan_justifications)]
    scored += [(cid, cs.scores, cs.justifications) for cid, cs in a.commitments.items()]
    for cid, scores, justifications in scored:
        where = "plan" if cid is None else cid
        if cid is not None and cid not in commitment_ids:
            return f"{cid}: not a commitment of the plan in the package"
        for key in sorted(set(scores) | set(justifications)):
            try:
                field = form.field(key)
            except KeyError:
                return f"{where} {key}: not a field of form {form.key}"
            if (field.scope == "plan") != (cid is None):
                return f"{where} {key}: a {field.scope}-level field of form {form.key}"
        for key, value in scores.items():
            try:
                normal = form.normalize(key, value)
            except ValueError as e:
                return f"{where} {key}: {str(e).splitlines()[0]}"
            if normal != value:
                return f"{where} {key}: {value!r} is not written as a level of form {form.key}"
    for entry in a.narrative:
        if entry.commitment_id and entry.commitment_id not in commitment_ids:
            return f"narrative {entry.section}: for {entry.commitment_id!r}, not a commitment of the plan"
        if entry.commitment_id and entry.cluster:
            return f"narrative {entry.section}: for a commitment and a cluster at once"
    for item in a.evidence:
        bad = [c for c in item.commitment_ids if c not in commitment_ids]
        if bad:
            return f"evidence {item.id}: links to {bad[0]!r}, not a commitment of the plan"
        if item.file_sha256 and item.file_sha256 not in files:
            return f"evidence {item.id}: its file is not in the package"
    from ..review.vocabulary import vocabulary

    roles, states = {t.key for t in vocabulary().roles}, {t.key for t in vocabulary().states}
    for c in a.comments:
        if c.commitment_id and c.commitment_id not in commitment_ids:
            return f"comment {c.id}: about {c.commitment_id!r}, not a commitment of the plan"
        if c.role not in roles:
            return f"comment {c.id}: role {c.role!r} is not one of {', '.join(sorted(roles))}"
    for s in a.review_states:
        if s.commitment_id and s.commitment_id not in commitment_ids:
            return f"review state: for {s.commitment_id!r}, not a commitment of the plan"
        if s.state not in states or s.role not in roles:
            return f"review state {s.state!r} ({s.role!r}): not a state and role of the review vocabulary"
    return ""


def load_review_copy(
    lib: Library, doc: InterchangeDoc, files: dict[str, Path], *, source_assessment_id: str,
    signer: str, fingerprint: str, package_name: str, size: int, who: str, package_sha256: str = "",
) -> tuple[str, list[str]]:
    """Write (or replace) the copy of `source_assessment_id`; returns (local assessment id, changes).

    `files` maps sha256 -> a verified file on disk; they are moved into the copy's folder.
    Raises ReviewCopyRefused (after recording the copy as unreadable) if the content is invalid.
    """
    from .snapshot import _diff, snapshot

    cid = copy_id_for(source_assessment_id)
    a = next((x for x in doc.assessments if x.id == source_assessment_id), None)
    plan = next((p for p in doc.plans if a is not None and p.id == a.plan_id), None)
    problem = ""
    if a is None or plan is None:
        problem = "assessment.json does not hold the assessment (and plan) the manifest names"
    else:
        problem = check_against_form(lib, a, {c.id for c in plan.commitments}, files)
    existing = lib.db.execute("SELECT folder, assessment_id FROM review_copies WHERE id = ?", [cid]).fetchone()
    before = snapshot(lib, [cid]).assessments[0] if existing and existing[1] else None
    folder = f"{cid}-{uuid.uuid4().hex[:8]}"
    row: dict[str, Any] = dict(
        id=cid, source_assessment_id=source_assessment_id, source_plan_id=plan.id if plan else "",
        assessment_id=None if problem else cid, signer=signer, fingerprint=fingerprint,
        package_name=package_name, size=size, folder="" if problem else folder,
        status="unreadable" if problem else "ok", problem=problem, opened=utcnow(), package_sha256=package_sha256,
    )
    target = review_root(lib) / folder
    sizes = {sha: p.stat().st_size for sha, p in files.items()}
    if not problem:
        _move_files(files, target)
    try:
        with lib.tx.atomic():
            _delete_rows(lib, cid)
            lib.db.table("review_copies").insert(row)
            if not problem:
                assert a is not None and plan is not None
                _write_rows(lib, cid, a, plan, sizes, signer, who)
                _write_review(lib, cid, a, who)
            lib.history.record(who, "open-package", cid if not problem else None, new=f"{signer} {problem}".strip())
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    if existing and existing[0]:
        _remove_folder(review_root(lib) / existing[0])
    if problem:
        raise ReviewCopyRefused(f"{package_name}: refused as unreadable: {problem}")
    after = snapshot(lib, [cid]).assessments[0]
    return cid, (_diff(before, after) if before else [_new_copy_line(a, plan)])


def _new_copy_line(a: AssessmentDoc | None, plan: Any) -> str:
    """Names what was opened in words (plan, title, researcher): an id means nothing to a reader."""
    assert a is not None and plan is not None
    what = a.title or a.form
    by = f", by {a.researcher}" if a.researcher else ""
    return f"new review copy of {plan.id} {plan.title}: {what}{by}".replace("  ", " ")


def _write_rows(lib: Library, cid: str, a: AssessmentDoc, plan: Any, sizes: dict[str, int], signer: str,
                who: str) -> None:
    from .snapshot import _write_score

    local_plan = f"{cid}.{plan.id}"[:64]
    lib.plans.write_plan(plan.model_copy(update={"id": local_plan}), who=who)
    header = a.model_dump(include={"form", "form_version", "researcher", "title", "status", "version", "created"})
    header.update(id=cid, plan_id=local_plan, read_only=1, signer=signer)
    lib.db.table("assessments").insert(assessment_row(header))  # the lifecycle step in `stage`
    for field, value in a.plan_scores.items():
        _write_score(lib, cid, "", field, value, a.plan_justifications.get(field, ""), who)
    for field, text in a.plan_justifications.items():
        if field not in a.plan_scores:
            _write_score(lib, cid, "", field, None, text, who)
    for commitment, cs in a.commitments.items():
        for field in sorted(set(cs.scores) | set(cs.justifications)):
            _write_score(lib, cid, commitment, field, cs.scores.get(field), cs.justifications.get(field, ""), who)
        if cs.revisit or cs.grand_challenges:
            import json

            lib.db.execute(
                "INSERT INTO commitment_state (assessment_id, commitment_id, revisit, grand_challenges)"
                " VALUES (?, ?, ?, ?)", [cid, commitment, int(cs.revisit), json.dumps(cs.grand_challenges)],
            )
    lib.progress_index.refresh(cid, form_key=a.form)  # the tree's counts of the copy (library/progress.py)
    for entry in a.narrative:
        lib.db.execute(
            "INSERT INTO narrative (assessment_id, section, target, text, author, updated) VALUES (?, ?, ?, ?, ?, ?)",
            [cid, entry.section, target_of(entry.commitment_id, entry.cluster), entry.text, entry.author,
             entry.updated or utcnow()],
        )
    for n, item in enumerate(a.evidence, 1):
        local = item.model_copy(update={"id": f"{cid}.{n}", "assessment_id": cid, "file_sha256": None})
        lib.evidence.insert_item(local)
        if item.file_sha256:
            lib.db.execute("INSERT INTO review_files (evidence_id, copy_id, sha256, size) VALUES (?, ?, ?, ?)",
                           [local.id, cid, item.file_sha256, sizes[item.file_sha256]])


def _write_review(lib: Library, cid: str, a: AssessmentDoc, who: str) -> None:
    """The package's comments (the researcher's answers among them) and states into the copy:
    the package is the authority on what was answered, so a held comment takes its status."""
    store = lib.comments
    for c in a.comments:
        store.insert(cid, c.model_copy(update={"source": "package"}), who=who, replace=True)
    for s in a.review_states:
        store.set_state(cid, s.model_copy(update={"source": "package"}), who=who)


def _delete_rows(lib: Library, cid: str) -> None:
    row = lib.db.execute("SELECT plan_id FROM assessments WHERE id = ?", [cid]).fetchone()
    lib.db.execute("DELETE FROM review_files WHERE copy_id = ?", [cid])
    lib.db.execute("DELETE FROM assessments WHERE id = ? AND read_only = 1", [cid])
    if row is not None and row[0].startswith(f"{cid}."):
        lib.db.execute("DELETE FROM plans WHERE id = ?", [row[0]])
    lib.db.execute("DELETE FROM review_copies WHERE id = ?", [cid])


def _move_files(files: dict[str, Path], target: Path) -> None:
    target.mkdir(parents=True, exist_ok=False)
    for sha, src in files.items():
        dst = target / sha
        shutil.move(str(src), dst)  # a rename on one file system; a streamed copy otherwise
        os.chmod(dst, 0o444)


def _remove_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def review_copies(lib: Library) -> list[ReviewCopyInfo]:
    rows = lib.db.query("SELECT * FROM review_copies ORDER BY opened, id")
    return [ReviewCopyInfo(**{k: r[k] for k in ReviewCopyInfo.__dataclass_fields__}) for r in rows]


def resolve_copy(lib: Library, ref: str) -> ReviewCopyInfo:
    """A copy by its id, a unique prefix of it, or the assessment id the package named."""
    found = [c for c in review_copies(lib) if c.id.startswith(ref) or c.source_assessment_id == ref]
    if not found:
        raise NotFound(f"no review copy {ref!r} (see `irm-app review-copies`)")
    if len(found) > 1:
        raise LibraryError(f"{ref!r} matches {len(found)} review copies: give more of the id")
    return found[0]


def remove_review_copy(lib: Library, ref: str, *, who: str) -> ReviewCopyInfo:
    info = resolve_copy(lib, ref)
    folder = lib.db.execute("SELECT folder FROM review_copies WHERE id = ?", [info.id]).fetchone()[0]
    with lib.tx.atomic():
        _delete_rows(lib, info.id)
        lib.comments.delete_for(info.id)
        lib.history.record(who, "remove-review-copy", None, new=f"{info.id} {info.signer}")
    if folder:
        _remove_folder(review_root(lib) / folder)
    return info


class ReviewCopies:
    """`lib.review_copies`: the one part that works across the whole library (a copy is read
    back as a snapshot of it), so it holds the Library, not just the connection."""

    def __init__(self, lib: Library) -> None:
        self._lib = lib

    def all(self) -> list[ReviewCopyInfo]:
        return review_copies(self._lib)

    def load(self, doc: InterchangeDoc, files: dict[str, Path], *, source_assessment_id: str, signer: str,
             fingerprint: str, package_name: str = "", size: int = 0, who: str,
             package_sha256: str = "") -> tuple[str, list[str]]:
        """A verified package's assessment as an isolated read-only copy: (local id, what changed)."""
        return load_review_copy(self._lib, doc, files, source_assessment_id=source_assessment_id, signer=signer,
                                fingerprint=fingerprint, package_name=package_name, size=size, who=who,
                                package_sha256=package_sha256)

    def remove(self, ref: str, *, who: str) -> ReviewCopyInfo:
        """Delete a review copy, its plan copy and its files; the reviewer's own work is untouched."""
        return remove_review_copy(self._lib, ref, who=who)


def review_file(lib: Library, evidence_id: str) -> tuple[str, Path] | None:
    """(sha256, path) of a review copy's evidence file, or None if the item has none."""
    row = lib.db.execute(
        "SELECT f.sha256, c.folder FROM review_files f JOIN review_copies c ON c.id = f.copy_id"
        " WHERE f.evidence_id = ?", [evidence_id]).fetchone()
    if row is None:
        return None
    return row[0], review_root(lib) / row[1] / row[0]
