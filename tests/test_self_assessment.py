"""The government's claims beside the IRM's completion: kept apart, compared, filtered."""

from __future__ import annotations

from irm_app.methodology import load_form
from irm_app.self_assessment import compare

from .conftest import PLAN_ID


def test_sample_keeps_every_milestones_reported_status_and_dates(sample_library) -> None:
    plan = sample_library.plans.plan(PLAN_ID)
    milestones = [m for c in plan.commitments for m in c.milestones]
    assert len(milestones) == 70
    assert all(m.self_status for m in milestones)
    dates = {r.date for m in milestones for r in m.self_reports}
    assert {"2023-08", "2024-02"} <= dates
    assert "Mid-Term Self-Assessment" in plan.self_assessment


def test_claimed_more_than_assessed(sample_library) -> None:
    lib = sample_library
    a = lib.assessments.create_assessment(PLAN_ID, "irm-results-report-2021", researcher="R", who="R")
    plan = lib.plans.plan(PLAN_ID)
    claims = {c.id: c.self_status for c in plan.commitments}
    complete = next(cid for cid, s in claims.items() if s == "Complete")
    in_progress = next(cid for cid, s in claims.items() if s == "In Progress")
    lib.scores.set_score(a.id, complete, "completion", "limited", who="R")  # IRM found less than claimed
    lib.scores.set_score(a.id, in_progress, "completion", "substantial", who="R")  # IRM found more
    values = {cid: {k: s.value for k, s in f.items()} for cid, f in lib.scores.all(a.id).items() if cid}
    rows = {r.commitment_id: r for r in compare(lib.forms.get(a.form), plan.commitments, values)}
    assert rows[complete].claimed_more is True and rows[complete].assessed == "limited"
    assert rows[in_progress].claimed_more is False
    unscored = next(cid for cid in claims if cid not in (complete, in_progress))
    assert rows[unscored].claimed_more is None and rows[unscored].claimed is not None
    assert [r.commitment_id for r in rows.values() if r.claimed_more] == [complete]
    # the comparison never wrote anything: the government's claim is not a score
    assert set(lib.scores.values(a.id, complete)) == {"completion"}


def test_form_without_rule_compares_nothing(sample_library) -> None:
    form = load_form("irm-action-plan-review-2021")
    plan = sample_library.plans.plan(PLAN_ID)
    assert all(r.claimed_more is None for r in compare(form, plan.commitments, {}))


def test_cli_filter_lists_only_claimed_more(sample_library, capsys) -> None:
    from irm_app.cli import main

    lib = sample_library
    a = lib.assessments.create_assessment(PLAN_ID, "irm-results-report-2021", researcher="R", who="R")
    lib.scores.set_score(a.id, "US0113", "completion", "not_started", who="R")
    lib.close()
    assert main(["show", a.id, "--claimed-more", "--db", str(lib.path)]) == 0
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.startswith("US0")]
    assert len(rows) == 1 and rows[0].startswith("US0113") and "(more than assessed)" in rows[0]


def test_eligibility_and_grand_challenge_tags_round_trip(sample_library, capsys) -> None:
    from irm_app.cli import main

    lib = sample_library
    aid = lib.assessments.create_assessment(PLAN_ID, "irm-results-report-2021", researcher="R", who="R").id
    lib.close()
    db = ["--db", str(lib.path)]
    assert main(["eligibility", PLAN_ID, "fiscal_transparency", "4 of 4", "--source", "OGP eligibility", "--year", "2022", *db]) == 0
    assert main(["eligibility", PLAN_ID, "fiscal_transparency", "3 of 4", "--year", "2023", *db]) == 0
    assert main(["tag", aid, "US0113", "--grand-challenge", "public_integrity", *db]) == 0
    assert main(["eligibility", PLAN_ID, "nonsense", "x", *db]) == 2
    capsys.readouterr()
    from irm_app.library import Library

    with Library.open(lib.path) as again:
        [e] = again.plans.plan(PLAN_ID).eligibility
        assert (e.value, e.year) == ("3 of 4", 2023)  # replaced, not duplicated
        doc = again.snapshot([aid])
        assert doc.assessment(aid).commitments["US0113"].grand_challenges == ["public_integrity"]
        assert doc.plan(PLAN_ID).eligibility[0].area == "fiscal_transparency"
        assert [x.action for x in again.history.audit()[-2:]] == ["eligibility", "grand-challenges"]
