"""Managing work: rename or duplicate an assessment, duplicate or delete a plan.

Each is one transaction with its audit entry. A deletion first writes a backup copy of the
whole library into its backups folder (`irm-app backups` lists it, `irm-app restore` puts it
back; it is kept by the usual rotation: the last ten, and one a day for a week), so what was
deleted is recoverable however recently the automatic backup ran.
Functions, not methods: they take the Library, as review_copies.py does.
"""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import ID_PATTERN, Assessment, utcnow
from .backups import make_backup
from .errors import LibraryError, NotFound

if TYPE_CHECKING:
    from .library import Library

MAX_TITLE = 200


def _title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise LibraryError("a title cannot be empty")
    if len(title) > MAX_TITLE:
        raise LibraryError(f"a title is at most {MAX_TITLE} characters (this one has {len(title)})")
    return title


def rename_assessment(lib: Library, assessment_id: str, title: str, *, who: str) -> str:
    """Give the assessment a new title (what the tree and its report show); returns the old one."""
    a = lib.assessments.check_writable(assessment_id)  # a final report's title does not change behind it
    title = _title(title)
    with lib.tx.atomic():
        lib.db.execute("UPDATE assessments SET title = ? WHERE id = ?", [title, a.id])
        lib.history.record(who, "rename-assessment", a.id, old=a.title, new=title)
    return a.title


def duplicate_assessment(lib: Library, assessment_id: str, *, title: str, researcher: str | None = None,
                         who: str) -> Assessment:
    """A new draft of the same plan and form with a copy of the scores, justifications, revisit
    flags, tags, evidence (the files are shared) and narrative: e.g. an end-of-term review
    started from the progress assessment. A review copy can be duplicated (into your own work)."""
    src = lib.assessments.assessment(assessment_id)
    new = Assessment(id=str(uuid.uuid4()), plan_id=src.plan_id, form=src.form, form_version=src.form_version,
                     researcher=src.researcher if researcher is None else researcher, title=_title(title))
    q = lib.db.execute
    with lib.tx.atomic():
        lib.assessments.insert(new)
        now = utcnow()
        q("INSERT INTO scores (assessment_id, commitment_id, field, value, justification, author, updated)"
          " SELECT ?, commitment_id, field, value, justification, author, ? FROM scores WHERE assessment_id = ?",
          [new.id, now, src.id])
        lib.progress_index.refresh(new.id, form_key=new.form)  # the copied scores' progress (library/progress.py)
        q("INSERT INTO commitment_state (assessment_id, commitment_id, revisit, grand_challenges)"
          " SELECT ?, commitment_id, revisit, grand_challenges FROM commitment_state WHERE assessment_id = ?",
          [new.id, src.id])
        q("INSERT INTO narrative (assessment_id, section, target, text, author, updated)"
          " SELECT ?, section, target, text, author, ? FROM narrative WHERE assessment_id = ?", [new.id, now, src.id])
        for (eid,) in q("SELECT id FROM evidence WHERE assessment_id = ? ORDER BY created, id", [src.id]).fetchall():
            copy = str(uuid.uuid4())
            q("INSERT INTO evidence (id, assessment_id, kind, title, date, url, file_sha256, file_name, notes, created)"
              " SELECT ?, ?, kind, title, date, url, file_sha256, file_name, notes, created FROM evidence WHERE id = ?",
              [copy, new.id, eid])
            q("INSERT INTO evidence_links (evidence_id, commitment_id) SELECT ?, commitment_id FROM evidence_links"
              " WHERE evidence_id = ?", [copy, eid])
            _copy_review_file(lib, eid, copy)
        lib.history.record(who, "duplicate-assessment", new.id, old=src.id, new=new.title)
    return new


def _copy_review_file(lib: Library, source_evidence: str, copy: str) -> None:
    """A review copy's files live outside the database: the copy's evidence reads the same file
    into the database, so the duplicate does not depend on the review copy staying."""
    row = lib.db.execute("SELECT sha256 FROM review_files WHERE evidence_id = ?", [source_evidence]).fetchone()
    if row is None:
        return
    path = lib.evidence.review_file_path(row[0])
    if path is None:
        return
    data = Path(path).read_bytes()
    lib.db.execute("INSERT INTO files (sha256, size, data, added) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                   [row[0], len(data), data, utcnow()])


def duplicate_plan(lib: Library, plan_id: str, new_id: str, *, who: str) -> str:
    """A copy of the plan and its commitments under a new id (no assessments: those are work on
    the original); e.g. to type the next plan starting from this one."""
    from ..importers.bundle import ImportBundle

    plan = lib.plans.plan(plan_id)
    if not re.match(ID_PATTERN, new_id):
        raise LibraryError(f"{new_id!r} cannot be a plan id: letters, digits, _ . and - (e.g. {plan_id}_2)")
    if lib.plans.has_plan(new_id):
        raise LibraryError(f"there is already a plan {new_id!r} in the library: choose another id")
    copy = plan.model_validate({**plan.model_dump(mode="json"), "id": new_id})
    with lib.tx.atomic():
        lib.imports.import_bundle(ImportBundle(source=f"copy of {plan_id}", plans=[copy]), who=who)
        lib.plan_edits.plan_audit(who, "duplicate-plan", new_id, None, None, plan_id, new_id)
    return new_id


def plan_usage(lib: Library, plan_id: str) -> tuple[int, int]:
    """(assessments, recorded fields) a deletion of the plan takes with it."""
    n_assessments = lib.db.execute("SELECT count(*) FROM assessments WHERE plan_id = ?", [plan_id]).fetchone()[0]
    n_scores = lib.db.execute("SELECT count(*) FROM scores WHERE assessment_id IN"
                              " (SELECT id FROM assessments WHERE plan_id = ?)", [plan_id]).fetchone()[0]
    return int(n_assessments), int(n_scores)


def delete_assessment(lib: Library, assessment_id: str, *, who: str) -> Path:
    """Delete an assessment (Library.assessments.delete_assessment) after a backup; returns the backup."""
    lib.assessments.assessment(assessment_id)
    backup = make_backup(lib.db, lib.path)
    lib.assessments.delete_assessment(assessment_id, who=who)
    return backup


def delete_plan(lib: Library, plan_id: str, *, who: str) -> Path:
    """Delete a plan, its commitments and every assessment of it; a backup of the library is
    written first (its path returned). A plan holding a review copy is refused: remove the copy
    (`irm-app remove-review-copy`) so its files go with it."""
    if not lib.plans.has_plan(plan_id):
        raise NotFound(f"no plan {plan_id!r} in the library (see `irm-app plans`)")
    copies = lib.db.execute("SELECT count(*) FROM assessments WHERE plan_id = ? AND read_only = 1",
                            [plan_id]).fetchone()[0]
    if copies:
        raise LibraryError(f"plan {plan_id} holds {copies} review cop{'y' if copies == 1 else 'ies'}: "
                           "remove them first (they have files of their own)")
    plan = lib.plans.plan(plan_id)
    backup = make_backup(lib.db, lib.path)
    with lib.tx.atomic():
        for (aid,) in lib.db.execute("SELECT id FROM assessments WHERE plan_id = ?", [plan_id]).fetchall():
            lib.history.record(who, "delete-assessment", aid)
            lib.comments.delete_for(aid)  # its review loop goes with it (no foreign key: see comments.py)
        lib.db.execute("DELETE FROM plans WHERE id = ?", [plan_id])
        lib.db.execute("DELETE FROM import_flags WHERE plan_id = ?", [plan_id])
        lib.plan_edits.plan_audit(who, "delete-plan", plan_id, None, None,
                                  json.loads(plan.model_dump_json(include={"id", "member", "title", "period_start",
                                                                 "period_end"})), backup.name)
    return backup
