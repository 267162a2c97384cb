"""Derived indicators, normalize and applies: what a researcher sees change as they score."""

from __future__ import annotations

from typing import Any

import pytest

from irm_app.methodology import Form, load_form

ATI, CP, PA, TECH = (
    "access_to_information",
    "civic_participation",
    "public_accountability",
    "technology_innovation",
)


@pytest.fixture(scope="module")
def legacy() -> Form:
    return load_form("irm-progress-report-legacy")


@pytest.fixture(scope="module")
def apr() -> Form:
    return load_form("irm-action-plan-review-2021")


@pytest.fixture(scope="module")
def results() -> Form:
    return load_form("irm-results-report-2021")


STAR = {
    "specificity": "high",
    "relevance": [CP],
    "potential_impact": "transformative",
    "completion_progress": "complete",
    "completion_end_of_term": "substantial",
}


def with_(**changes: Any) -> dict[str, Any]:
    scores = dict(STAR)
    for k, v in changes.items():
        if v is ...:
            scores.pop(k, None)
        else:
            scores[k] = v
    return scores


# -- verifiable -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        ({}, None),
        ({"specificity": "none"}, False),
        ({"specificity": "low"}, False),
        ({"specificity": "medium"}, True),
        ({"specificity": "high"}, True),
        ({"verifiable": "yes"}, True),
        ({"verifiable": "no"}, False),
        # the recorded answer wins over what specificity implies, both ways
        ({"verifiable": "no", "specificity": "high"}, False),
        ({"verifiable": "yes", "specificity": "low"}, True),
        ({"verifiable": None, "specificity": "medium"}, True),
        ({"verifiable": "", "specificity": "low"}, False),
    ],
)
def test_is_verifiable_recorded_or_implied_by_specificity(
    legacy: Form, scores: dict, expected: bool | None
) -> None:
    assert legacy.derive(scores)["is_verifiable"] is expected


@pytest.mark.parametrize(
    ("relevance", "expected"),
    [
        (None, None),
        ([], False),  # an empty set recorded means "relevant to nothing"
        ([TECH], False),  # technology alone does not make it relevant
        ([ATI], True),
        ([CP, TECH], True),
        ([PA], True),
    ],
)
def test_is_relevant_needs_one_of_the_first_three_values(legacy: Form, relevance: Any, expected: Any) -> None:
    scores = {} if relevance is None else {"relevance": relevance}
    assert legacy.derive(scores)["is_relevant"] is expected


# -- starred, both formulas -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scores", "current", "formula_2014"),
    [
        (STAR, True, True),
        (with_(potential_impact="moderate"), False, True),
        (with_(potential_impact="minor"), False, False),
        (with_(potential_impact=...), None, None),
        (with_(specificity="low"), False, False),
        (with_(specificity=..., verifiable="yes"), True, True),
        (with_(specificity="high", verifiable="no"), False, False),
        (with_(specificity=...), None, None),
        (with_(relevance=[TECH]), False, False),
        (with_(relevance=...), None, None),
        (with_(completion_progress="limited"), False, False),
        (with_(completion_progress="withdrawn"), False, False),
        (with_(completion_progress="substantial"), True, True),
        (with_(completion_progress=...), None, None),
        # one known failure decides even when other inputs are unknown
        (with_(specificity=..., potential_impact="none"), False, False),
        (with_(relevance=..., completion_progress="not_started"), False, False),
        # labels as an importer would pass them
        (
            with_(specificity="High", potential_impact="Transformative", completion_progress="Complete"),
            True,
            True,
        ),
    ],
)
def test_starred_progress_under_both_formulas(
    legacy: Form, scores: dict, current: Any, formula_2014: Any
) -> None:
    derived = legacy.derive(scores)
    assert derived["starred_progress"] is current
    assert derived["starred_progress_2014"] is formula_2014


@pytest.mark.parametrize(
    ("end_of_term", "current", "formula_2014", "high"),
    [
        ("substantial", True, True, True),
        ("complete", True, True, True),
        ("limited", False, False, False),
        ("not_started", False, False, False),
        (None, None, None, None),
    ],
)
def test_starred_end_of_term_is_computed_from_its_own_completion(
    legacy: Form, end_of_term: Any, current: Any, formula_2014: Any, high: Any
) -> None:
    scores = with_(completion_end_of_term=end_of_term, completion_progress="not_started")
    derived = legacy.derive(scores)
    assert derived["starred_end_of_term"] is current
    assert derived["starred_progress"] is False
    assert derived["high_completion_end_of_term"] is high
    scores_2014 = dict(scores, potential_impact="moderate")
    assert legacy.derive(scores_2014)["starred_end_of_term_2014"] is formula_2014
    assert legacy.derive(scores_2014)["starred_end_of_term"] is False  # moderate alone decides


@pytest.mark.parametrize(
    ("completion", "expected"),
    [
        ("not_started", False),
        ("limited", False),
        ("substantial", True),
        ("complete", True),
        ("withdrawn", False),
        (None, None),
    ],
)
def test_high_completion_progress(legacy: Form, completion: Any, expected: Any) -> None:
    assert legacy.derive({"completion_progress": completion})["high_completion_progress"] is expected


def test_derive_returns_every_indicator_in_form_order(legacy: Form) -> None:
    assert list(legacy.derive({})) == [d.key for d in legacy.derived]
    assert set(legacy.derive({}).values()) == {None}


def test_invalid_stored_values_count_as_unknown_not_as_errors(legacy: Form) -> None:
    derived = legacy.derive(with_(potential_impact="huge"))
    assert derived["starred_progress"] is None


# -- refreshed methodology ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        ({"completion": "no_evidence_available"}, False),
        ({"completion": "not_started"}, False),
        ({"completion": "limited"}, False),
        ({"completion": "substantial"}, True),
        ({"completion": "Complete"}, True),
        ({}, None),
    ],
)
def test_results_high_completion(results: Form, scores: dict, expected: Any) -> None:
    assert results.derive(scores)["high_completion"] is expected


@pytest.mark.parametrize(
    ("early", "expected"),
    [
        ("no_notable_results", False),
        ("Moderate", False),
        ("Significant", True),
        ("Outstanding results", True),
        (None, None),
    ],
)
def test_results_strong_early_results(results: Form, early: Any, expected: Any) -> None:
    assert results.derive({"early_results": early})["strong_early_results"] is expected


@pytest.mark.parametrize(
    ("scores", "verifiable", "relevant", "promising"),
    [
        ({}, None, None, None),
        ({"verifiable": "yes", "relevance": [ATI], "promising": "yes"}, True, True, True),
        ({"verifiable": "yes", "promising": "no"}, True, None, False),
        ({"verifiable": "yes"}, True, None, None),
        # not verifiable: not reviewable, so never promising, and leftovers are ignored
        ({"verifiable": "no"}, False, None, False),
        ({"verifiable": "no", "relevance": [ATI], "promising": "yes"}, False, None, False),
    ],
)
def test_action_plan_review_derived(
    apr: Form, scores: dict, verifiable: Any, relevant: Any, promising: Any
) -> None:
    derived = apr.derive(scores)
    assert {k: derived[k] for k in ("is_verifiable", "is_relevant", "promising")} == {
        "is_verifiable": verifiable,
        "is_relevant": relevant,
        "promising": promising,
    }


# -- applies ------------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["relevance", "potential_for_results", "promising"])
def test_not_verifiable_means_not_reviewable(apr: Form, field: str) -> None:
    assert apr.applies(field, {"verifiable": "no"}) == "Not reviewable: the commitment is not verifiable"
    assert apr.applies(field, {"verifiable": "No"}) == "Not reviewable: the commitment is not verifiable"
    assert apr.applies(field, {"verifiable": "yes"}) is None
    # not answered yet: do not disable anything before the gate is answered
    assert apr.applies(field, {}) is None
    assert apr.applies(field, {"verifiable": None}) is None


def test_ungated_fields_always_apply(apr: Form, legacy: Form) -> None:
    assert apr.applies("verifiable", {"verifiable": "no"}) is None
    assert apr.applies("cluster", {"verifiable": "no"}) is None
    assert all(legacy.applies(f.key, {"verifiable": "no"}) is None for f in legacy.fields)


def test_applies_unknown_field_is_keyerror(apr: Form) -> None:
    with pytest.raises(KeyError):
        apr.applies("specificity", {})


# -- normalize ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("potential_impact", "transformative", "transformative"),
        ("potential_impact", "Transformative", "transformative"),
        ("potential_impact", "  MINOR ", "minor"),
        ("completion_progress", "Not Started", "not_started"),
        ("completion_progress", "completed", "complete"),
        ("did_it_open_government", "Did Not Change", "did_not_change"),
        ("did_it_open_government_civic_participation", "Not Applicable", "not_applicable"),
        ("verifiable", "YES", "yes"),
        ("relevance", ["Public Accountability", "access_to_information", "ATI"], [ATI, PA]),
        ("relevance", [TECH, CP], [CP, TECH]),
        ("relevance", "Technology, Civic Participation", [CP, TECH]),
        ("relevance", [], []),
        ("notes", "Interviewed the lead agency.", "Interviewed the lead agency."),
        ("notes", "", None),
        ("specificity", None, None),
        ("specificity", "", None),
    ],
)
def test_normalize_accepts_keys_labels_and_aliases(
    legacy: Form, field: str, value: Any, expected: Any
) -> None:
    assert legacy.normalize(field, value) == expected


def test_normalize_results_aliases(results: Form) -> None:
    assert results.normalize("early_results", "Moderate results") == "moderate"
    assert results.normalize("early_results", "Moderate") == "moderate"
    assert results.normalize("completion", "No Evidence Available") == "no_evidence_available"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        (
            "potential_impact",
            "huge",
            "potential_impact: unknown level 'huge'; valid: none, minor, moderate, transformative",
        ),
        (
            "completion_end_of_term",
            "withdrawn",
            "completion_end_of_term: unknown level 'withdrawn'; valid: not_started, limited, substantial, complete",
        ),
        (
            "relevance",
            ["open data"],
            "relevance: unknown level 'open data'; valid: access_to_information, civic_participation, public_accountability, technology_innovation",
        ),
        ("specificity", ["high"], "specificity: expected one level, got list ['high']"),
        ("specificity", 3, "specificity: expected one level, got int 3"),
        ("notes", 3, "notes: expected text, got int"),
        ("relevance", 1, "relevance: expected a list of flags, got int"),
        (
            "ambition",
            "high",
            "unknown field 'ambition' in form irm-progress-report-legacy; valid: specificity, verifiable,",
        ),
    ],
)
def test_normalize_rejects_bad_values_with_one_line(
    legacy: Form, field: str, value: Any, message: str
) -> None:
    with pytest.raises(ValueError) as err:
        legacy.normalize(field, value)
    assert str(err.value).startswith(message)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(
    "key", ["irm-progress-report-legacy", "irm-action-plan-review-2021", "irm-results-report-2021"]
)
def test_every_level_name_round_trips_to_its_key(key: str) -> None:
    """What a report prints (label) or an import reads (alias) always maps back to one level."""
    form = load_form(key)
    for f in form.fields:
        for level in f.levels:
            for name in level.names():
                expected = [level.key] if f.kind == "flags" else level.key
                assert form.normalize(f.key, name) == expected, (f.key, name)
                assert form.normalize(f.key, form.normalize(f.key, name)) == expected


# -- not assessed: OGP's convention for the star, as a rule option -----------------------------


@pytest.mark.parametrize("code", ["unclear", "not_assessed", "Unclear", "ND", "NR"])
def test_a_reading_whose_completion_was_not_assessed_is_not_starred_and_says_why(legacy: Form, code: str) -> None:
    scores = {**STAR, "completion_progress": legacy.normalize("completion_progress", code)}
    outcome = legacy.explain(scores)["starred_progress"]
    assert outcome.value is False
    assert outcome.reason.startswith("not starred: completion not assessed (Completion (progress report): ")
    assert legacy.derive(scores)["starred_progress_2014"] is False
    # the other reading is unaffected, and "high completion" does not pretend to know
    assert legacy.derive(scores)["starred_end_of_term"] is True
    assert legacy.derive(scores)["high_completion_progress"] is None


def test_a_completion_not_yet_scored_is_still_not_enough_data(legacy: Form) -> None:
    scores = {k: v for k, v in STAR.items() if k != "completion_progress"}
    outcome = legacy.explain(scores)["starred_progress"]
    assert outcome.value is None and outcome.reason == "Completion (progress report) not scored"


def test_not_starred_for_a_criterion_names_it(legacy: Form) -> None:
    outcome = legacy.explain({**STAR, "potential_impact": "moderate"})["starred_progress"]
    assert outcome.value is False and outcome.reason == "Potential impact: Moderate"
    assert legacy.explain(STAR)["starred_progress"].reason == ""


def test_no_early_results_yet_is_not_a_result(legacy: Form, results: Form) -> None:
    assert legacy.normalize("did_it_open_government", "No early results to report yet") == "no_early_results_yet"
    assert legacy.derive({"did_it_open_government": "no_early_results_yet"})["strong_early_results"] is None
    assert legacy.derive({"did_it_open_government": "major"})["strong_early_results"] is True
    assert results.derive({"early_results": "no_early_results_yet"})["strong_early_results"] is None


def test_not_reviewable_says_so(apr: Form) -> None:
    outcome = apr.explain({"verifiable": "no", "relevance": [ATI]})["is_relevant"]
    assert outcome.value is None and outcome.reason == "Not reviewable: the commitment is not verifiable"


@pytest.mark.parametrize(
    ("flags", "expected"),
    [([TECH], False), (["inclusion"], False), ([TECH, "inclusion"], False), (["inclusion", CP], True),
     ([PA], True), ([], False)],
)
def test_open_government_lens_technology_and_inclusion_only_on_top(apr: Form, flags: list, expected: bool) -> None:
    assert apr.derive({"verifiable": "yes", "relevance": flags})["is_relevant"] is expected


def test_promising_is_a_judgement_with_a_required_rationale(apr: Form) -> None:
    f = apr.field("promising")
    assert f.kind == "yesno" and f.justification_required
    # no formula: substantial potential and a lens do not make a commitment promising
    scores = {"verifiable": "yes", "relevance": [ATI], "potential_for_results": "substantial"}
    assert apr.derive(scores)["promising"] is None
    assert apr.derive(scores)["substantial_potential"] is True
