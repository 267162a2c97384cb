"""Distributions and breakdowns by theme and grand challenge, on the sample."""

from __future__ import annotations

from irm_app.breakdowns import NOT_APPLICABLE_KEY, NOT_SCORED_KEY, breakdown, distribution

from .conftest import PLAN_ID


def test_distribution_counts_every_commitment_once(scored_library) -> None:
    lib, aid = scored_library
    plan = lib.plans.plan(PLAN_ID)
    values = {cid: {k: s.value for k, s in f.items()} for cid, f in lib.scores.all(aid).items() if cid}
    d = distribution(lib.forms.get("irm-progress-report-legacy"), "specificity", plan.commitments, values)
    assert d.total == 36
    assert (d.counts["high"], d.counts["low"], d.counts[NOT_SCORED_KEY]) == (2, 1, 33)
    assert list(d.counts)[:4] == ["none", "low", "medium", "high"]  # form order


def test_breakdown_by_theme_and_grand_challenge(scored_library) -> None:
    lib, aid = scored_library
    plan = lib.plans.plan(PLAN_ID)
    lib.scores.set_grand_challenges(aid, "US0113", ["public_integrity", "public_services"], who="t")
    tagged = {cid: list(s.grand_challenges) for cid, s in lib.scores.commitment_states(aid).items()}
    values = {cid: {k: s.value for k, s in f.items()} for cid, f in lib.scores.all(aid).items() if cid}
    form = lib.forms.get("irm-progress-report-legacy")
    by_theme = breakdown(form, "potential_impact", plan.commitments, values, "theme")
    assert list(by_theme) == plan.themes
    assert sum(d.total for d in by_theme.values()) == 36
    first_theme = plan.commitments[0].theme
    assert by_theme[first_theme].counts["transformative"] == 2  # US0113 and US0114 share the first theme
    by_gc = breakdown(form, "potential_impact", plan.commitments, values, "grand_challenge", tagged)
    assert by_gc["Improving public services"].counts["transformative"] == 1
    assert by_gc["Increasing public integrity"].total == 1
    assert by_gc["(no grand challenge)"].total == 35


def test_not_applicable_is_its_own_bucket(sample_library) -> None:
    lib = sample_library
    a = lib.assessments.create_assessment(PLAN_ID, "irm-action-plan-review-2021", researcher="R", who="R")
    lib.scores.set_score(a.id, "US0113", "verifiable", "no", who="R")
    plan = lib.plans.plan(PLAN_ID)
    values = {"US0113": lib.scores.values(a.id, "US0113")}
    d = distribution(lib.forms.get(a.form), "potential_for_results", plan.commitments, values)
    assert d.counts[NOT_APPLICABLE_KEY] == 1 and d.counts[NOT_SCORED_KEY] == 35


def test_a_level_called_not_applicable_is_not_the_does_not_apply_bucket(scored_library) -> None:
    """The legacy form's open-government values have a level keyed "not_applicable": counted as that level only."""
    lib, aid = scored_library
    lib.scores.set_score(aid, "US0115", "did_it_open_government_access_to_information", "not_applicable", who="t")
    values = {cid: {k: s.value for k, s in f.items()} for cid, f in lib.scores.all(aid).items() if cid}
    d = distribution(lib.forms.get("irm-progress-report-legacy"), "did_it_open_government_access_to_information",
                     lib.plans.plan(PLAN_ID).commitments, values)
    assert d.counts["not_applicable"] == 1 and d.counts[NOT_APPLICABLE_KEY] == 0 and d.counts[NOT_SCORED_KEY] == 35
    assert d.total == 36


def test_derived_breakdown_counts_yes_no_unknown_per_group(scored_library) -> None:
    from irm_app.breakdowns import derived_breakdown, truth_counts

    lib, aid = scored_library
    plan = lib.plans.plan(PLAN_ID)
    doc = lib.snapshot([aid]).assessment(aid)
    derived = {cid: cs.derived for cid, cs in doc.commitments.items()}
    overall = truth_counts(derived[c.id]["starred_progress"] for c in plan.commitments)
    assert overall == {"yes": 2, "no": 1, "unknown": 33}  # US0113/US0114 starred; US0115 not verifiable
    by_theme = derived_breakdown(plan.commitments, derived, "starred_progress", "theme")
    assert by_theme[plan.commitments[0].theme]["yes"] == 2
    assert sum(n["yes"] + n["no"] + n["unknown"] for n in by_theme.values()) == 36
