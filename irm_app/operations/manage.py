"""Managing work: rename, duplicate and delete assessments and plans (the GUI's context menus
and File / Plan menus). Each is audited; a plan's deletion writes a backup of the library first.
"""

from __future__ import annotations

from pathlib import Path

from ..library import Library, manage
from ..model import Assessment
from .change import Change, ChangeKind


def rename_assessment(lib: Library, assessment_id: str, title: str, *, who: str,
                      initiator: object | None = None) -> Change[str]:
    manage.rename_assessment(lib, assessment_id, title, who=who)
    return Change(ChangeKind.LIBRARY, assessment_id, None, who, title, "rename-assessment", initiator)


def duplicate_assessment(lib: Library, assessment_id: str, *, title: str, who: str,
                         researcher: str | None = None, initiator: object | None = None) -> Change[Assessment]:
    """A new draft with everything of the original (scores, justifications, evidence, narrative)."""
    a = manage.duplicate_assessment(lib, assessment_id, title=title, researcher=researcher, who=who)
    return Change(ChangeKind.LIBRARY, a.id, None, who, a, "duplicate-assessment", initiator)


def duplicate_plan(lib: Library, plan_id: str, new_id: str, *, who: str,
                   initiator: object | None = None) -> Change[str]:
    manage.duplicate_plan(lib, plan_id, new_id, who=who)
    return Change(ChangeKind.LIBRARY, None, None, who, new_id, "duplicate-plan", initiator)


def plan_usage(lib: Library, plan_id: str) -> tuple[int, int]:
    """(assessments, recorded fields) deleting the plan would take with it (for the question)."""
    return manage.plan_usage(lib, plan_id)


def delete_plan(lib: Library, plan_id: str, *, who: str, initiator: object | None = None) -> Change[Path]:
    """Delete the plan with its assessments; the result is the backup written just before."""
    backup = manage.delete_plan(lib, plan_id, who=who)
    return Change(ChangeKind.LIBRARY, None, None, who, backup, "delete-plan", initiator)


def delete_assessment(lib: Library, assessment_id: str, *, who: str,
                      initiator: object | None = None) -> Change[Assessment]:
    """As assessments.delete_assessment, with a backup of the library written just before."""
    a = lib.assessments.assessment(assessment_id)
    manage.delete_assessment(lib, a.id, who=who)
    return Change(ChangeKind.LIBRARY, a.id, None, who, a, "delete-assessment", initiator)
