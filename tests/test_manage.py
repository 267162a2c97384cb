"""Managing work: rename and duplicate assessments, duplicate and delete plans (audited; a
deletion is backed up first)."""

from __future__ import annotations

import pytest

from irm_app.errors import UserFacingError
from irm_app.library import Library
from irm_app.library.backups import list_backups
from irm_app.operations import manage
from irm_app.operations.search import search

from .conftest import PLAN_ID


def test_rename_is_audited_and_refuses_an_empty_title(scored_library) -> None:
    lib, aid = scored_library
    manage.rename_assessment(lib, aid, "  Progress   review 2024 ", who="Ana")
    assert lib.assessments.assessment(aid).title == "Progress review 2024"
    assert lib.history.audit(aid)[-1].action == "rename-assessment"
    with pytest.raises(UserFacingError, match="empty"):
        manage.rename_assessment(lib, aid, "   ", who="Ana")
    lib.assessments.set_status(aid, "final", who="Ana")
    with pytest.raises(UserFacingError, match="final"):
        manage.rename_assessment(lib, aid, "Other", who="Ana")


def test_duplicate_copies_everything_recorded(scored_library) -> None:
    lib, aid = scored_library
    lib.scores.set_revisit(aid, "US0115", True, who="Ana")
    copy = manage.duplicate_assessment(lib, aid, title="End of term", who="Bo", researcher="Bo").result
    assert copy.id != aid and copy.title == "End of term" and copy.researcher == "Bo" and copy.status == "draft"
    def recorded(a: str) -> dict:
        return {(c, f): (s.value, s.justification) for c, fs in lib.scores.all(a).items() for f, s in fs.items()}

    assert recorded(copy.id) == recorded(aid) and len(recorded(aid)) == 15
    assert lib.scores.progress(copy.id) == lib.scores.progress(aid)
    assert lib.scores.commitment_states(copy.id)["US0115"].revisit
    [ev] = lib.evidence.items(copy.id)
    [orig] = lib.evidence.items(aid)
    assert ev.id != orig.id and ev.title == orig.title and ev.commitment_ids == orig.commitment_ids
    # the copy is work of its own: editing it leaves the original alone, and search sees both
    lib.scores.set_justification(copy.id, "US0113", "specificity", "changed in the copy", who="Bo")
    assert lib.scores.score(aid, "US0113", "specificity").justification != "changed in the copy"
    assert {h.assessment_id for h in search(lib, "tracker specificity").hits} == {aid, copy.id}


def test_duplicate_plan_and_refuse_a_taken_id(sample_library: Library) -> None:
    lib = sample_library
    manage.duplicate_plan(lib, PLAN_ID, "AP_USA06", who="Ana")
    assert lib.plans.commitment_ids("AP_USA06") == lib.plans.commitment_ids(PLAN_ID)
    with pytest.raises(UserFacingError, match="already a plan 'AP_USA06'"):
        manage.duplicate_plan(lib, PLAN_ID, "AP_USA06", who="Ana")
    with pytest.raises(UserFacingError, match="cannot be a plan id"):
        manage.duplicate_plan(lib, PLAN_ID, "bad id with spaces", who="Ana")


def test_delete_plan_takes_its_assessments_after_a_backup(scored_library) -> None:
    lib, aid = scored_library
    before = len(list_backups(lib.path))
    assert manage.plan_usage(lib, PLAN_ID) == (1, len([1 for v in lib.scores.all(aid).values() for _ in v]))
    backup = manage.delete_plan(lib, PLAN_ID, who="Ana").result
    assert not lib.plans.has_plan(PLAN_ID) and not lib.assessments.all()
    assert len(list_backups(lib.path)) == before + 1 and backup.exists()
    assert not search(lib, "Executive Order 13985").hits  # the index let go of its texts
    assert any(e.action == "delete-plan" for e in lib.history.audit(limit=None))
    old = Library.open(backup, readonly=True)  # the backup still holds all of it
    try:
        assert old.plans.has_plan(PLAN_ID) and old.assessments.assessment(aid)
    finally:
        old.close()


def test_delete_assessment_is_backed_up(scored_library) -> None:
    lib, aid = scored_library
    before = len(list_backups(lib.path))
    manage.delete_assessment(lib, aid, who="Ana")
    assert not lib.assessments.all() and len(list_backups(lib.path)) == before + 1
