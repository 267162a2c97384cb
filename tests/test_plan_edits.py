"""Plans edited by hand through operations.plans: audited, never touching scores, and a later
re-import of the document reconciling with the edits instead of duplicating them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from irm_app.errors import InvalidInput
from irm_app.library import Library, LibraryError
from irm_app.operations import assessments as assessment_ops
from irm_app.operations import plans as ops
from irm_app.operations.intake import read_plan
from tests.conftest import LEGACY, PLAN_ID
from tests.intake_docs import EN_LABELS, build_template_docx, english_commitments


@pytest.fixture
def lib(db_path: Path):
    lib = Library.open(db_path)
    yield lib
    lib.close()


def _hand_plan(lib: Library) -> str:
    pid = ops.new_plan(lib, member="Kenya", member_code="KE", number=5, period="2024-2026",
                       themes=["Open data"], who="ana").result.id
    for title in ("Beneficial ownership", "Open contracting", "Public participation"):
        ops.add_commitment(lib, pid, title=title, who="ana")
    return pid


def test_a_plan_from_nothing_with_commitments_milestones_and_order(lib: Library) -> None:
    pid = _hand_plan(lib)
    assert pid == "AP_KE05"
    plan = lib.plans.plan(pid)
    assert (plan.member, plan.period, plan.themes) == ("Kenya", "2024-2026", ["Open data"])
    assert [c.id for c in plan.commitments] == ["KE01", "KE02", "KE03"]
    ops.add_milestone(lib, pid, "KE02", title="Publish contracts in OCDS", fields={"end": "2025-06"}, who="ana")
    ops.add_milestone(lib, pid, "KE02", title="Train procuring entities", who="ana")
    ops.move_milestone(lib, pid, "KE02", "KE02.2", 0, who="ana")
    ops.move_commitment(lib, pid, "KE03", 0, who="ana")
    ops.edit_milestone(lib, pid, "KE02", "KE02.1", {"start": "2024-09"}, who="ana")
    plan = lib.plans.plan(pid)
    assert [c.id for c in plan.commitments] == ["KE03", "KE01", "KE02"]
    ms = plan.commitments[2].milestones
    assert [(m.id, m.title, m.start, m.end) for m in ms] == [
        ("KE02.2", "Train procuring entities", None, None),
        ("KE02.1", "Publish contracts in OCDS", "2024-09", "2025-06"),
    ]
    ops.delete_milestone(lib, pid, "KE02", "KE02.2", who="ana")
    assert [m.id for m in lib.plans.plan(pid).commitments[2].milestones] == ["KE02.1"]
    actions = [e.action for e in lib.history.audit(plan_id=pid)]
    assert actions[:2] == ["create-plan", "add-commitment"]
    assert {"move-commitment", "move-milestone", "edit-milestone", "delete-milestone"} <= set(actions)
    assert all(e.who == "ana" for e in lib.history.audit(plan_id=pid))


def test_bad_edits_say_one_line_and_change_nothing(lib: Library) -> None:
    pid = _hand_plan(lib)
    before = lib.plans.plan(pid)
    with pytest.raises(InvalidInput, match="period '24-26'"):
        ops.new_plan(lib, member="Chile", period="24-26", who="ana")
    with pytest.raises(LibraryError, match="already in the library"):
        ops.new_plan(lib, member="Kenya", member_code="KE", number=5, who="ana")
    with pytest.raises(LibraryError, match="title"):
        ops.edit_commitment(lib, pid, "KE01", {"title": ""}, who="ana")
    with pytest.raises(LibraryError, match="already has a commitment 'KE02'"):
        ops.edit_commitment(lib, pid, "KE01", {"id": "KE02"}, who="ana")
    with pytest.raises(LibraryError, match="period_end"):
        ops.edit_plan(lib, pid, {"period_end": 1800}, who="ana")
    assert lib.plans.plan(pid) == before


def test_editing_a_plan_never_touches_scores(scored_library) -> None:
    lib, aid = scored_library
    scores_before = lib.scores.all(aid)
    audit_before = len(lib.history.audit(aid))
    ops.edit_commitment(lib, PLAN_ID, "US0113", {"title": "A new title", "lead_institution": "GSA"}, who="ana")
    ops.move_commitment(lib, PLAN_ID, "US0113", 5, who="ana")
    ops.add_milestone(lib, PLAN_ID, "US0113", title="An added milestone", who="ana")
    ops.edit_plan(lib, PLAN_ID, {"title": "Fifth plan, retitled", "themes": ["Integrity"]}, who="ana")
    assert lib.scores.all(aid) == scores_before
    assert len(lib.history.audit(aid)) == audit_before  # the assessment's own trail is unchanged
    c = next(c for c in lib.plans.plan(PLAN_ID).commitments if c.id == "US0113")
    assert (c.title, c.lead_institution) == ("A new title", "GSA")
    edits = [(e.action, e.field) for e in lib.history.audit(plan_id=PLAN_ID)]
    assert ("edit-commitment", "title") in edits and ("edit-plan", "themes") in edits


def test_a_scored_commitment_is_deleted_only_when_confirmed_and_its_trail_stays(scored_library) -> None:
    lib, aid = scored_library
    with pytest.raises(ops.NeedsConfirmation, match=r"US0113 has 7 scores in 1 assessment.*1 evidence link"):
        ops.delete_commitment(lib, PLAN_ID, "US0113", who="ana")
    assert "US0113" in lib.plans.commitment_ids(PLAN_ID)
    with pytest.raises(LibraryError, match="id cannot change while 7 scores"):
        ops.edit_commitment(lib, PLAN_ID, "US0113", {"id": "US9999"}, who="ana")
    scores = lib.scores.all(aid)["US0113"]
    trail = lib.history.audit()
    gone = ops.delete_commitment(lib, PLAN_ID, "US0113", force=True, who="ana").result
    assert "US0113" not in lib.plans.commitment_ids(PLAN_ID)
    assert "US0113" not in lib.scores.all(aid)
    assert lib.scores.progress(aid).total == len(lib.plans.commitment_ids(PLAN_ID))
    after = lib.history.audit()
    assert after[:len(trail)] == trail and len(after) > len(trail)  # appended to, nothing rewritten
    assert sum(e.action == "delete-score" and e.commitment_id == "US0113" for e in after) == 7
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        lib.db.execute("DELETE FROM audit WHERE action = 'delete-commitment'")
    ops.restore_commitment(lib, gone, who="ana")  # what the GUI's undo does
    assert lib.plans.plan(PLAN_ID).commitments[gone.position].id == "US0113"
    assert lib.scores.all(aid)["US0113"] == scores
    assert [e.commitment_ids for e in lib.evidence.items(aid)] == [["US0113", "US0114"]]


def test_an_unscored_commitment_is_deleted_and_renamed_without_asking(lib: Library) -> None:
    pid = _hand_plan(lib)
    ops.add_milestone(lib, pid, "KE01", title="Publish the register", who="ana")
    ops.edit_commitment(lib, pid, "KE01", {"id": "KE0042"}, who="ana")
    plan = lib.plans.plan(pid)
    assert plan.commitments[0].id == "KE0042" and plan.commitments[0].milestones[0].id == "KE0042.1"
    ops.delete_commitment(lib, pid, "KE02", who="ana")
    assert [c.id for c in lib.plans.plan(pid).commitments] == ["KE0042", "KE03"]


def test_reimporting_the_document_reconciles_with_hand_edits(lib: Library, tmp_path: Path) -> None:
    path = build_template_docx(tmp_path / "plan.docx", english_commitments(4), EN_LABELS, plan_title="Fifth Plan",
                               intro="Introduction. The plan's context.", annex="Annex text.")
    args = {"plan_id": "AP_USA05", "member": "United States", "member_code": "US", "number": 5}
    first = assessment_ops.import_bundle(lib, read_plan(path, **args).bundle, who="ana").result
    assert first.commitments_added == 4
    a = lib.assessments.create_assessment("AP_USA05", LEGACY, researcher="Ana", who="ana")
    lib.scores.set_score(a.id, "US01", "specificity", "high", who="ana")
    ops.edit_commitment(lib, "AP_USA05", "US02", {"title": "Retitled by the researcher"}, who="ana")
    ops.add_commitment(lib, "AP_USA05", title="Typed by hand", who="ana")
    again = assessment_ops.import_bundle(lib, read_plan(path, **args).bundle, who="ana").result
    ids = lib.plans.commitment_ids("AP_USA05")
    assert sorted(ids) == ["US01", "US02", "US03", "US04", "US05"]  # no duplicates
    assert again.commitments_added == 0
    assert any("US02: title changed from 'Retitled by the researcher'" in c for c in again.conflicts)
    assert any("US05: not in the new source; kept" in c for c in again.conflicts)
    assert lib.scores.score(a.id, "US01", "specificity").value == "high"
