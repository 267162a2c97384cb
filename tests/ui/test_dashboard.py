"""Dashboard: the numbers and bars a researcher reads equal what the library holds."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QUndoStack

from irm_app import breakdowns
from irm_app.model import GRAND_CHALLENGES
from irm_app.self_assessment import compare, latest_claim
from irm_app.ui.dashboard.page import (
    NOT_APPLICABLE_LABEL,
    NOT_SCORED_LABEL,
    DashboardWidget,
    charted_fields,
    field_groups,
)
from irm_app.ui.evidence.commands import add_evidence
from irm_app.ui.store import Store


@pytest.fixture
def dash(qtbot, scored_library):
    lib, aid = scored_library
    store = Store(lib, "Ana Researcher")
    widget = DashboardWidget(store)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    widget.set_assessment(aid)
    return lib, aid, store, widget


def expected_counts(lib, aid, field_key: str) -> dict[str, int]:
    """Computed independently of the dashboard: straight from library.scores.all()."""
    form = lib.forms.get(lib.assessments.assessment(aid).form)
    field = form.field(field_key)
    scores = lib.scores.all(aid)
    counts: Counter[str] = Counter()
    for c in lib.plans.commitments(lib.assessments.assessment(aid).plan_id):
        values = {k: s.value for k, s in scores.get(c.id, {}).items()}
        if form.applies(field_key, values) is not None:
            counts[NOT_APPLICABLE_LABEL] += 1
        elif values.get(field_key):
            counts[field.level(values[field_key]).label] += 1
        else:
            counts[NOT_SCORED_LABEL] += 1
    return {label: counts[label] for label in [*(lv.label for lv in field.levels), NOT_APPLICABLE_LABEL, NOT_SCORED_LABEL]}


def assert_bars_match(widget, lib, aid, key: str) -> None:
    """Every bucket shown equals the library's count, and the buckets cover every commitment."""
    shown = widget.field_values(key)
    expected = expected_counts(lib, aid, key)
    assert shown == {k: v for k, v in expected.items() if k in shown}, key
    assert sum(shown.values()) == sum(expected.values()) == 36, key


def progress_numbers(lib, aid) -> dict[str, tuple[int, int]]:
    p = lib.scores.progress(aid)
    return {k: (getattr(p, k), p.total) for k in ("scored", "justified", "with_evidence", "revisit")}


def test_numbers_equal_library_progress(dash):
    lib, aid, _store, widget = dash
    assert widget.numbers() == progress_numbers(lib, aid)
    assert widget.numbers()["justified"] == (2, 36)
    assert widget.tiles["with_evidence"].bar.value() == 2
    assert widget.tiles["scored"].bar.maximum() == 36


def test_a_level_called_not_applicable_shows_in_its_own_bar(dash):
    """The legacy open-government values have a "Not applicable" level: its bar counts it, not "Does not apply"."""
    lib, aid, store, widget = dash
    key = "did_it_open_government_access_to_information"
    store.set_score(aid, "US0115", key, "not_applicable")
    shown = widget.field_values(key)
    assert shown["Not applicable"] == 1 and shown[NOT_SCORED_LABEL] == 35
    assert NOT_APPLICABLE_LABEL not in shown  # the field has no applies-when gate
    assert_bars_match(widget, lib, aid, key)


def test_every_single_level_field_is_charted_with_form_labels(dash):
    lib, aid, _store, widget = dash
    form = lib.forms.get(lib.assessments.assessment(aid).form)
    keys = [f.key for f in charted_fields(form)]
    assert set(widget.field_charts) == set(keys)
    for key in keys:
        assert_bars_match(widget, lib, aid, key)
    spec = widget.field_values("specificity")
    assert spec["High"] == 2 and spec["Low"] == 1 and spec[NOT_SCORED_LABEL] == 33
    # fields on the same scale share one chart, one row each
    groups = {g.title: [f.key for f in g.fields] for g in field_groups(form)}
    shared = [keys for keys in groups.values() if len(keys) > 1]
    assert shared, "the legacy form has fields on a common scale"
    for keys in shared:
        assert len({id(widget.field_charts[k]) for k in keys}) == 1


def test_derived_indicators_are_counted(dash):
    lib, aid, _store, widget = dash
    form = lib.forms.get(lib.assessments.assessment(aid).form)
    scores = lib.scores.all(aid)
    ids = [c.id for c in lib.plans.commitments(lib.assessments.assessment(aid).plan_id)]
    derived = [form.derive({k: s.value for k, s in scores.get(cid, {}).items()}) for cid in ids]
    shown = widget.derived_chart.values()
    for row, d in enumerate(form.derived):
        truths = [x[d.key] for x in derived]
        assert shown["Yes"][row] == truths.count(True), d.key
        assert shown["No"][row] == truths.count(False), d.key
        assert shown["Not enough data"][row] == truths.count(None), d.key
    assert widget.derived_chart.categories[0].startswith(form.derived[0].label[:10])


def test_relevance_flags_are_counted(dash):
    lib, aid, store, widget = dash
    store.set_score(aid, "US0116", "relevance", [])  # recorded: relevant to no OGP value
    shown = widget.flag_charts["relevance"].values()
    form = lib.forms.get(lib.assessments.assessment(aid).form)
    labels = [level.label for level in form.field("relevance").levels]
    assert widget.flag_charts["relevance"].categories[0].startswith(labels[0][:10])
    civic = labels.index("Civic participation")
    assert shown["Marked"][civic] == 2  # US0113, US0114
    assert shown["Not marked"][civic] == 1  # US0116
    assert shown["Not scored"][civic] == 33
    assert [sum(v[i] for v in shown.values()) for i in range(len(labels))] == [36] * len(labels)


def test_theme_breakdown_follows_the_combo(dash):
    lib, aid, _store, widget = dash
    plan = lib.plans.plan(lib.assessments.assessment(aid).plan_id)
    themes = list(dict.fromkeys(c.theme for c in plan.commitments))
    widget.breakdown_field.setCurrentIndex(widget.breakdown_field.findData("specificity"))
    assert widget.breakdown_chart.chart().title() == "Specificity by theme"
    assert widget.breakdown_groups == themes
    shown = widget.breakdown_values()
    scores = lib.scores.all(aid)
    for theme in themes:
        in_theme = [c.id for c in plan.commitments if c.theme == theme]
        high = sum(1 for cid in in_theme if scores.get(cid, {}).get("specificity") and
                   scores[cid]["specificity"].value == "high")
        assert shown[theme]["High"] == high
        assert sum(shown[theme].values()) == len(in_theme)


def _by(widget, key: str) -> None:
    widget.breakdown_by.setCurrentIndex(widget.breakdown_by.findData(key))


def test_grand_challenge_breakdown_equals_breakdowns_module(dash):
    lib, aid, store, widget = dash
    form = lib.forms.get(lib.assessments.assessment(aid).form)
    plan = lib.plans.plan(lib.assessments.assessment(aid).plan_id)
    widget.breakdown_field.setCurrentIndex(widget.breakdown_field.findData("potential_impact"))
    _by(widget, "grand_challenge")
    assert widget.breakdown_groups == ["(no grand challenge)"]  # the sample plan carries no grand challenges
    # tagging goes through the Store, as the commitments page does; the open chart follows
    store.set_grand_challenges(aid, "US0113", ["public_integrity", "public_services"])
    store.set_grand_challenges(aid, "US0115", ["public_services"])
    assert widget.breakdown_chart.chart().title() == "Potential impact by grand challenge"
    assert widget.breakdown_groups == [GRAND_CHALLENGES["public_services"], GRAND_CHALLENGES["public_integrity"],
                                       "(no grand challenge)"]
    tagged = {cid: list(s.grand_challenges) for cid, s in lib.scores.commitment_states(aid).items()}
    values = {cid: {k: s.value for k, s in f.items()} for cid, f in lib.scores.all(aid).items() if cid}
    expected = breakdowns.breakdown(form, "potential_impact", plan.commitments, values, "grand_challenge", tagged)
    labels = {lv.key: lv.label for lv in form.field("potential_impact").levels} | {
        breakdowns.NOT_SCORED_KEY: NOT_SCORED_LABEL, breakdowns.NOT_APPLICABLE_KEY: NOT_APPLICABLE_LABEL}
    shown = widget.breakdown_values()
    assert set(shown) == set(expected)
    for group, dist in expected.items():
        assert shown[group] == {labels[k]: n for k, n in dist.counts.items() if labels[k] in shown[group]}, group
        assert sum(shown[group].values()) == dist.total
    services = shown[GRAND_CHALLENGES["public_services"]]
    assert services["Transformative"] == 1 and services[NOT_SCORED_LABEL] == 1  # US0113 scored, US0115 not
    assert sum(shown["(no grand challenge)"].values()) == 34

    # untagging moves the commitment back, and the row of an empty challenge goes away
    store.set_grand_challenges(aid, "US0113", [])
    assert widget.breakdown_groups == [GRAND_CHALLENGES["public_services"], "(no grand challenge)"]
    assert sum(widget.breakdown_values()["(no grand challenge)"].values()) == 35


def test_switching_by_changes_the_rows(dash):
    lib, aid, store, widget = dash
    plan = lib.plans.plan(lib.assessments.assessment(aid).plan_id)
    store.set_grand_challenges(aid, "US0114", ["safer_communities"])
    assert widget.breakdown_groups == plan.themes
    assert widget.breakdown_chart.categories[0].startswith(plan.themes[0][:20])
    _by(widget, "grand_challenge")
    assert widget.breakdown_groups == [GRAND_CHALLENGES["safer_communities"], "(no grand challenge)"]
    assert widget.breakdown_chart.categories[0] == "Creating safer communities"
    assert widget.breakdown_chart.chart().title().endswith("by grand challenge")
    _by(widget, "theme")
    assert widget.breakdown_groups == plan.themes
    assert widget.breakdown_chart.chart().title().endswith("by theme")


def test_claims_tile_counts_equal_compare(qtbot, sample_library):
    lib = sample_library
    a = lib.assessments.create_assessment("AP_USA05", "irm-results-report-2021", researcher="Ana Researcher", who="Ana Researcher")
    commitments = lib.plans.commitments("AP_USA05")
    claims = {c.id: latest_claim(c)[0] for c in commitments}
    complete = [cid for cid, s in claims.items() if s == "Complete"]
    in_progress = [cid for cid, s in claims.items() if s == "In Progress"]
    for cid, level in [(complete[0], "substantial"), (complete[1], "complete"), (complete[2], "no_evidence_available"),
                       (in_progress[0], "not_started"), (in_progress[1], "limited"), (in_progress[2], "complete")]:
        lib.scores.set_score(a.id, cid, "completion", level, who="Ana Researcher")
    store = Store(lib, "Ana Researcher")
    widget = DashboardWidget(store)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    widget.set_assessment(a.id)
    assert widget.claims.isVisible()

    def expected():
        values = {cid: {k: s.value for k, s in f.items()} for cid, f in lib.scores.all(a.id).items() if cid}
        rows = compare(lib.forms.get(a.form), commitments, values)
        status = Counter(r.claimed for r in rows)
        return {"complete": status["Complete"], "in_progress": status["In Progress"],
                "not_started": status["Not Started"], "other": status[None],
                "claimed_more": sum(r.claimed_more is True for r in rows)}

    assert widget.claim_numbers() == expected()
    assert widget.claim_numbers() == {"complete": 14, "in_progress": 22, "not_started": 0, "other": 0,
                                      "claimed_more": 3}  # substantial, no evidence, not started
    assert "of 6 compared" in widget.claims.compared.text()
    store.set_score(a.id, complete[0], "completion", "complete")  # the claim is met after all
    assert widget.claim_numbers()["claimed_more"] == 2 == expected()["claimed_more"]


def test_claims_tile_is_hidden_for_forms_without_a_self_report_rule(qtbot, sample_library):
    lib = sample_library
    a = lib.assessments.create_assessment("AP_USA05", "irm-action-plan-review-2021", researcher="R", who="R")
    assert lib.forms.get(a.form).self_report is None
    widget = DashboardWidget(Store(lib, "R"))
    qtbot.addWidget(widget)
    widget.show()
    widget.set_assessment(a.id)
    assert widget.claim_numbers() is None and not widget.claims.isVisible()


def test_scoring_a_new_commitment_updates_the_dashboard(dash):
    lib, aid, store, widget = dash
    before = widget.field_values("potential_impact")
    store.set_score(aid, "US0120", "potential_impact", "moderate")
    after = widget.field_values("potential_impact")
    assert after["Moderate"] == before["Moderate"] + 1
    assert after[NOT_SCORED_LABEL] == before[NOT_SCORED_LABEL] - 1
    assert_bars_match(widget, lib, aid, "potential_impact")

    for field, value in {"specificity": "high", "relevance": ["civic_participation"], "on_time": "yes",
                         "completion_progress": "substantial", "completion_end_of_term": "complete",
                         "did_it_open_government": "marginal"}.items():
        store.set_score(aid, "US0120", field, value)
    store.set_revisit(aid, "US0121", True)
    assert widget.numbers() == progress_numbers(lib, aid)
    assert widget.numbers()["justified"] == (2, 36), "US0120 has scores without justifications"
    assert widget.numbers()["revisit"] == (1, 36)
    for field in ("specificity", "potential_impact"):
        store.set_justification(aid, "US0115" if field == "specificity" else "US0120", field, "Seen in the tracker")
    assert widget.numbers()["justified"] == (3, 36) == progress_numbers(lib, aid)["justified"]


def test_evidence_change_updates_with_evidence(dash):
    lib, aid, store, widget = dash
    add_evidence(QUndoStack(), store, aid, title="Hearing record", commitment_ids=["US0130", "US0131"])
    assert widget.numbers()["with_evidence"] == (4, 36) == progress_numbers(lib, aid)["with_evidence"]


def test_hidden_dashboard_catches_up_when_shown(dash):
    lib, aid, store, widget = dash
    widget.hide()
    store.set_score(aid, "US0122", "specificity", "medium")
    widget.show()
    assert_bars_match(widget, lib, aid, "specificity")


def test_other_assessments_do_not_disturb(dash):
    lib, aid, store, widget = dash
    other = lib.assessments.create_assessment("AP_USA05", "irm-progress-report-legacy", who="x")
    store.set_score(other.id, "US0113", "specificity", "low")
    assert_bars_match(widget, lib, aid, "specificity")


def test_charts_are_built_when_first_shown(qtbot, scored_library):
    lib, aid = scored_library
    store = Store(lib, "Ana Researcher")
    widget = DashboardWidget(store)
    qtbot.addWidget(widget)
    widget.set_assessment(aid)  # hidden, as the tab is at start-up
    assert widget.field_charts == {} and widget.derived_chart is None
    store.set_score(aid, "US0122", "specificity", "medium")
    widget.resize(1000, 800)
    widget.show()
    assert widget.field_charts and widget.derived_chart is not None
    assert widget.numbers() == progress_numbers(lib, aid)
    assert_bars_match(widget, lib, aid, "specificity")
