"""Fidelity to OGP's own table: its recorded stars, its codes, and assessments of older forms.

The fixture (tests/data/ogp/commitments-sample.csv) is OGP-shaped and covers the readings whose
completion was not assessed (ND, NR, "Unclear"), OGP's "No early results to report yet", and
truly unknown values (misspellings) that must stay flagged.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from irm_app.importers.registry import read_import
from irm_app.library import Library
from irm_app.methodology import available_forms, load_form

DATA = Path(__file__).parent / "data"
OGP_CSV = DATA / "ogp" / "commitments-sample.csv"
STARS = {
    "starred_progress": "Starred (Current Formula) Progress Report",
    "starred_end_of_term": "Starred (Current Formula) End of Term",
}
# The fixture's deliberate misspellings: values OGP's scales do not have.
UNKNOWN = {
    ("AL0008", "Specificity", "Hgih"),
    ("AL0012", "Completion (End Of Term)", "Compelte"),
    ("AL0012", "Did It Open Government (Overall)", "Majr"),
}


def rows() -> list[dict[str, str]]:
    with open(OGP_CSV, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    bundle = read_import(OGP_CSV)
    with Library.open(tmp_path_factory.mktemp("lib") / "lib.db") as lib:
        lib.imports.import_bundle(bundle, who="t")
        doc = lib.snapshot()
    return bundle, doc


def test_only_truly_unknown_values_are_flagged(imported) -> None:  # noqa: ANN001
    bundle, _ = imported
    assert {(f.commitment_id, f.column, f.raw) for f in bundle.flags} == UNKNOWN
    assert all("kept raw" in f.message for f in bundle.flags)


def test_ogps_own_codes_are_known_to_the_forms(imported) -> None:  # noqa: ANN001
    bundle, _ = imported
    legacy = next(a for a in bundle.assessments if a.form == "irm-progress-report-legacy")
    results = next(a for a in bundle.assessments if a.form == "irm-results-report-2021")
    assert legacy.scores["AL0007"]["did_it_open_government"] == "no_early_results_yet"
    assert legacy.scores["AL0011"]["did_it_open_government"] == "no_early_results_yet"  # any case
    assert legacy.scores["AL0010"]["completion_progress"] == "unclear"
    assert legacy.scores["AL0009"]["completion_progress"] == "not_assessed"  # ND
    assert legacy.scores["AL0010"]["completion_end_of_term"] == "not_assessed"  # NR
    assert results.scores["BR0104"]["completion"] == "unclear"
    assert results.scores["BR0104"]["early_results"] == "no_early_results_yet"
    # a missing-value code is still nothing where the field has no such level
    assert "specificity" not in legacy.scores["AL0006"]
    assert "did_it_open_government_public_accountability" not in legacy.scores["AL0001"]  # NA


def test_derived_stars_agree_with_ogp_on_every_reading(imported) -> None:  # noqa: ANN001
    bundle, doc = imported
    legacy = next(a for a in doc.assessments if a.form == "irm-progress-report-legacy")
    flagged = {cid for cid, _, _ in UNKNOWN}
    readings, not_assessed = 0, 0
    for row in rows():
        cid = row["Commitment Unique Identifier"]
        if row["Action Plan ID"] != "AP_ALB01" or cid in flagged:
            continue
        derived = legacy.commitments[cid].derived
        for key, column in STARS.items():
            assert row[column] in ("0", "1")
            assert derived[key] == (row[column] == "1"), (cid, key, derived[key], row[column])
            readings += 1
        completions = (row["Completion (Progress Report)"], row["Completion (End Of Term)"])
        not_assessed += sum(c in ("ND", "NR", "Unclear") for c in completions)
    assert readings == 2 * 10 and not_assessed >= 5
    # the only disagreements the import reports are the rows with a flagged (misspelt) value
    assert {n.split(" ")[1].split("/")[1] for n in bundle.notes} <= flagged


def test_not_starred_says_why(imported) -> None:  # noqa: ANN001
    bundle, _ = imported
    form = load_form("irm-progress-report-legacy")
    legacy = next(a for a in bundle.assessments if a.form == "irm-progress-report-legacy")
    unclear = form.explain(legacy.scores["AL0010"])["starred_progress"]
    assert unclear.value is False
    assert unclear.reason.startswith("not starred: completion not assessed")
    assert "Unclear" in unclear.reason
    nd = form.explain(legacy.scores["AL0009"])
    assert nd["starred_progress"].value is False and "Not assessed" in nd["starred_progress"].reason
    assert nd["starred_end_of_term"].value is True and nd["starred_end_of_term"].reason == ""
    # high completion has no OGP convention: a not-assessed reading is unknown, not "low"
    assert nd["high_completion_progress"].value is None
    # a misspelt value was never stored: not enough data, and it says what is missing
    typo = form.explain(legacy.scores["AL0012"])["starred_end_of_term"]
    assert typo.value is None and typo.reason == "Completion (end of term) not scored"


def test_import_notes_name_the_reason_when_a_star_cannot_be_computed(imported) -> None:  # noqa: ANN001
    bundle, _ = imported
    [note] = [n for n in bundle.notes if "AL0012" in n]
    assert "is 1, computed Starred (end of term): not enough data (Completion (end of term) not scored)" in note


def test_every_key_of_the_1_0_forms_is_still_there() -> None:
    """Assessments store keys: a 1.0 assessment opens under 1.1 only if none was removed."""
    old = json.loads((DATA / "forms-1.0-keys.json").read_text(encoding="utf-8"))
    for form in available_forms():
        if form.key not in old:  # a form new since 1.0 (the Midterm Review) has nothing to keep
            continue
        before = old[form.key]
        assert form.version != before["version"]  # the bump is recorded
        for field, levels in before["fields"].items():
            assert set(levels) <= set(form.field(field).level_keys), (form.key, field)
        assert set(before["derived"]) <= {d.key for d in form.derived}


@pytest.mark.parametrize("form_key", ["irm-progress-report-legacy", "irm-action-plan-review-2021",
                                      "irm-results-report-2021"])
def test_an_assessment_made_under_1_0_opens_and_keeps_its_scores(tmp_path: Path, form_key: str) -> None:
    old = json.loads((DATA / "forms-1.0-keys.json").read_text(encoding="utf-8"))[form_key]
    bundle = read_import(OGP_CSV)
    with Library.open(tmp_path / "lib.db") as lib:
        lib.imports.import_bundle(bundle, who="t")
        plan = "AP_ALB01" if form_key == "irm-progress-report-legacy" else "AP_BRA05"
        a = lib.assessments.create_assessment(plan, form_key, researcher="r", who="t")
        lib.db.execute("UPDATE assessments SET form_version = '1.0' WHERE id = ?", [a.id])
        cid = lib.plans.plan(plan).commitments[0].id
        form = lib.forms.get(form_key)
        for field, levels in old["fields"].items():
            if form.field(field).scope != "commitment" or not levels:
                continue
            value = levels if form.field(field).kind == "flags" else levels[-1]
            lib.scores.set_score(a.id, cid, field, value, who="t")
    with Library.open(tmp_path / "lib.db") as lib:
        reopened = lib.assessments.assessment(a.id)
        assert reopened.form_version == "1.0"
        values = lib.scores.values(a.id, cid)
        form = lib.forms.get(form_key)
        for field, value in values.items():
            assert form.normalize(field, value) == value  # every stored 1.0 score is valid
        derived = lib.snapshot([a.id]).assessments[0].commitments[cid].derived
        assert set(derived) == {d.key for d in form.derived}
