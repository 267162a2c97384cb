"""Plans and assessments: import, new assessment, status, delete, and the OGP context."""

from __future__ import annotations

from pathlib import Path

from ..importers.bundle import ImportBundle, ImportResult
from ..library import Library
from ..model import Assessment, EligibilityValue
from .change import Change, ChangeKind

STATUSES = ("draft", "submitted", "final")  # submitted: for review (IRM staff, External Reviewers)


def read_plan_file(path: Path) -> ImportBundle:
    """Parse a plan file into model objects (no library: safe on a worker thread).
    Raises ImportFailed naming the file and the place."""
    from ..importers.registry import read_import

    return read_import(Path(path))


def import_bundle(lib: Library, bundle: ImportBundle, *, who: str,
                  initiator: object | None = None) -> Change[ImportResult]:
    """Write everything a parse produced in one transaction: all of it or nothing."""
    result = lib.imports.import_bundle(bundle, who=who)
    return Change(ChangeKind.LIBRARY, None, None, who, result, "import", initiator)


def import_file(lib: Library, path: Path, *, who: str, initiator: object | None = None) -> Change[ImportResult]:
    """Parse first (nothing is written on error), then write."""
    return import_bundle(lib, read_plan_file(path), who=who, initiator=initiator)


def new_assessment(lib: Library, plan_id: str, form_key: str, *, researcher: str, title: str = "", who: str = "",
                   initiator: object | None = None) -> Change[Assessment]:
    a = lib.assessments.create_assessment(plan_id, form_key, researcher=researcher, title=title, who=who or researcher)
    return Change(ChangeKind.LIBRARY, a.id, None, who or researcher, a, "new-assessment", initiator)


def set_status(lib: Library, assessment_id: str, status: str, *, who: str,
               initiator: object | None = None) -> Change[str]:
    """Draft -> submitted for review -> final (a new version number; scores and narrative locked).
    Leaving final is reopening, audited; a review copy cannot change."""
    lib.assessments.set_status(assessment_id, status, who=who)
    return Change(ChangeKind.ASSESSMENT, assessment_id, None, who, status, "status", initiator)


def delete_assessment(lib: Library, assessment_id: str, *, who: str,
                      initiator: object | None = None) -> Change[Assessment]:
    """Delete an assessment with its scores and evidence links; the audit log keeps the record."""
    a = lib.assessments.assessment(assessment_id)
    lib.assessments.delete_assessment(a.id, who=who)
    return Change(ChangeKind.LIBRARY, a.id, None, who, a, "delete-assessment", initiator)


def set_eligibility(lib: Library, plan_id: str, item: EligibilityValue, *, who: str,
                    initiator: object | None = None) -> Change[EligibilityValue]:
    lib.plans.set_eligibility(plan_id, item, who=who)
    return Change(ChangeKind.PLAN, None, None, who, item, "eligibility", initiator)


def set_researcher(lib: Library, assessment_id: str, researcher: str, *, who: str,
                   initiator: object | None = None) -> Change[str]:
    lib.assessments.set_researcher(assessment_id, researcher, who=who)
    return Change(ChangeKind.ASSESSMENT, assessment_id, None, who, researcher, "researcher", initiator)
