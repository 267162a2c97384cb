"""Loading forms: every bundled form loads; every broken file gets one line naming file and place."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from irm_app.methodology import Form, FormError, available_forms, load_form
from irm_app.model import OGP_VALUES
from irm_app.paths import forms_dir

BROKEN = Path(__file__).parent / "data" / "forms"
BUNDLED = ["irm-action-plan-review-2021", "irm-midterm-review-2024", "irm-progress-report-legacy",
           "irm-results-report-2021"]


def test_every_bundled_form_loads_sorted_by_key() -> None:
    forms = available_forms()
    assert [f.key for f in forms] == BUNDLED
    for form in forms:
        assert form.version and form.source
        # OGP's commitments table has no Midterm Review columns: the importer never makes one from it
        assert bool(form.ogp_detect_columns) == (form.report_type != "midterm-review"), form.key
        assert all(url.startswith("https://www.opengovpartnership.org/") for url in form.source)


@pytest.mark.parametrize("key", BUNDLED)
def test_form_by_key_and_by_path_are_the_same(key: str) -> None:
    assert load_form(key) == load_form(forms_dir() / f"{key}.toml")


@pytest.mark.parametrize("key", BUNDLED)
def test_every_scored_commitment_field_requires_a_justification(key: str) -> None:
    form = load_form(key)
    assert form.scored_fields
    assert all(f.justification_required for f in form.scored_fields)
    assert all(not f.justification_required for f in form.fields if f.kind == "text")


@pytest.mark.parametrize("key", [k for k in BUNDLED if k != "irm-midterm-review-2024"])
def test_every_form_has_the_plan_level_fields(key: str) -> None:
    form = load_form(key)
    plan = {f.key: f for f in form.plan_fields}
    standards = [k for k in plan if k.startswith("standard_")]
    assert len(standards) == 5
    for k in standards:
        assert plan[k].level_keys == ["met", "partly_met", "not_met"]
        assert plan[k].justification_required
    iap2 = ["no_consultation", "inform", "consult", "involve", "collaborate", "empower"]
    assert plan["public_influence_development"].level_keys == iap2
    assert plan["public_influence_implementation"].level_keys == iap2
    assert "involve" in plan["public_influence_development"].help
    assert plan["acted_contrary_to_process"].kind == "yesno"
    assert plan["acted_contrary_to_process"].justification_required
    assert not any(f.scope == "plan" for f in form.commitment_fields)


REQUIREMENTS = {  # the minimum requirements each product can know when it is written
    "irm-action-plan-review-2021": ["1.1", "2.1", "2.2", "3.1", "3.2", "3.3", "4.1"],
    "irm-midterm-review-2024": ["1.1", "2.1", "2.2", "5.1"],
    "irm-results-report-2021": ["1.1", "2.1", "2.2", "3.1", "3.2", "3.3", "4.1", "5.1"],
}


@pytest.mark.parametrize("key", sorted(REQUIREMENTS))
def test_co_creation_is_assessed_per_minimum_requirement_when_it_can_be_known(key: str) -> None:
    form = load_form(key)
    reqs = [form.field(k) for k in form.report.requirements if k.startswith("mr_")]
    assert [f.label.split()[0] for f in reqs] == REQUIREMENTS[key]
    for f in reqs:
        assert f.scope == "plan" and f.level_keys == ["met", "not_met"] and f.justification_required
        assert f.statement and f.source  # the requirement's text for readers, and where it is published
    assert not any(k.startswith("standard_") for k in form.report.requirements)


def test_legacy_form_matches_the_ogp_table_columns() -> None:
    form = load_form("irm-progress-report-legacy")
    assert form.report_type == "progress-report"
    assert form.ogp_detect_columns == [
        "Specificity",
        "Potential Impact",
        "Completion (Progress Report)",
        "Did It Open Government (Overall)",
    ]
    relevance = form.field("relevance")
    assert relevance.kind == "flags"
    assert tuple(relevance.level_keys) == OGP_VALUES
    assert relevance.level("access_to_information").ogp_column == "OGP Value Access To Information"
    assert form.field("potential_impact").ogp_column == "Potential Impact"
    assert [lv.label for lv in form.field("potential_impact").levels] == [
        "None",
        "Minor",
        "Moderate",
        "Transformative",
    ]
    assert form.field("completion_progress").ogp_column == "Completion (Progress Report)"
    assert "withdrawn" in form.field("completion_progress").level_keys
    assert "withdrawn" not in form.field("completion_end_of_term").level_keys
    pa = form.field("did_it_open_government_public_accountability")
    assert pa.ogp_column == "Did It Open Government: Public Accountability"
    assert "not_applicable" in pa.level_keys
    assert "not_applicable" not in form.field("did_it_open_government").level_keys
    assert (
        form.derived_indicator("starred_progress").ogp_column == "Starred (Current Formula) Progress Report"
    )
    assert form.derived_indicator("starred_end_of_term").ogp_column == "Starred (Current Formula) End of Term"
    assert form.field("potential_impact").level("minor").definition == "An incremental but positive step."


def test_refreshed_forms_detect_columns_and_report_types() -> None:
    apr = load_form("irm-action-plan-review-2021")
    rr = load_form("irm-results-report-2021")
    assert (apr.report_type, apr.ogp_detect_columns) == ("action-plan-review", ["Potential for Results"])
    assert (rr.report_type, rr.ogp_detect_columns) == ("results-report", ["Early Results"])
    assert rr.field("completion").ogp_column == "Completion (End Of Term)"
    assert rr.field("completion").level_keys[0] == "no_evidence_available"
    assert apr.field("cluster").kind == "text"


def test_field_lookup_raises_keyerror_for_unknown_key() -> None:
    form = load_form("irm-results-report-2021")
    assert form.field("early_results").label == "Early results"
    with pytest.raises(KeyError):
        form.field("potential_impact")


def test_unknown_key_lists_available_forms() -> None:
    with pytest.raises(FormError) as err:
        load_form("irm-nonsense")
    msg = str(err.value)
    assert msg.startswith("forms/irm-nonsense.toml: unknown form 'irm-nonsense'; available: ")
    assert "irm-results-report-2021" in msg


def test_missing_path_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "gone.toml"
    with pytest.raises(FormError, match=r"gone\.toml: no such form file$"):
        load_form(path)


def test_bundled_form_copied_elsewhere_still_loads(tmp_path: Path) -> None:
    dest = tmp_path / "irm-results-report-2021.toml"
    shutil.copy(forms_dir() / dest.name, dest)
    assert isinstance(load_form(str(dest)), Form)


def test_bundled_form_errors_are_shown_as_forms_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "x.toml").write_text('key = "x"\nversion = "1"\ntitle = "X"\nreport_type = "results-report"\n')
    monkeypatch.setattr("irm_app.methodology.loader.forms_dir", lambda: folder)
    with pytest.raises(FormError) as err:
        load_form("x")
    assert str(err.value) == "forms/x.toml: top level: missing required key 'fields'"


CASES = {
    "bad-syntax": "line 4, column 16: TOML syntax error: ",
    "duplicate-field": "fields[2] (completion): duplicate field key 'completion'",
    "duplicate-level": "fields[1] (potential_impact).levels[2]: duplicate level key 'minor'",
    "unknown-kind": "fields[0] (early_results).kind: Input should be 'single', 'yesno', 'flags' or 'text' (got 'scale')",
    "rule-unknown-field": "derived[0] (high_completion).rule.any[1]: unknown field 'completon'; valid: completion",
    "applies-unknown-level": "fields[1] (promising).applies_when[0]: unknown level 'maybe' of field 'verifiable'; valid: yes, no",
    "derived-cycle": "derived[0] (a).rule: derived cycle a -> b -> c -> a",
    "missing-levels": "fields[1] (verifiable).levels: a yesno field needs at least 2 levels, found 1",
    "wrong-type": "fields[0] (completion).levels: Input should be a valid list (got 'limited, complete')",
    "bad-report-type": "report_type: Input should be 'action-plan-review', 'midterm-review', 'results-report' or 'progress-report' (got 'mid-term-report')",
    "missing-key": "fields[1] (completion): missing required key 'label'",
    "unknown-rule": "derived[0] (high_completion).rule.all[0]: unknown rule with keys some; expected one of",
    "key-mismatch": "key: 'another-name' does not match the file name 'key-mismatch.toml'",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_form_gives_one_line_naming_file_and_place(name: str) -> None:
    path = BROKEN / f"{name}.toml"
    with pytest.raises(FormError) as err:
        load_form(path)
    msg = str(err.value)
    assert "\n" not in msg
    assert msg.startswith(f"{path}: {CASES[name]}")
    assert isinstance(err.value, ValueError)


def test_every_fixture_is_covered() -> None:
    assert sorted(p.stem for p in BROKEN.glob("*.toml")) == sorted(CASES)


SINGLE_WITH_CODE = (
    '[[fields]]\nkey = "c"\nlabel = "C"\nkind = "single"\n'
    'levels = [{key = "done", label = "Done"}, {key = "open", label = "Open"}, '
    '{key = "unclear", label = "Unclear", assessed = false}]\n'
)


def _write(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / f"{name}.toml"
    path.write_text(f'key = "{name}"\nversion = "1"\ntitle = "T"\nreport_type = "results-report"\n' + body)
    return path


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '[[fields]]\nkey = "n"\nlabel = "N"\nkind = "text"\nlevels = [{key = "a", label = "A"}]\n',
            "fields[0] (n).levels: a text field has no levels",
        ),
        (
            '[[fields]]\nkey = "f"\nlabel = "F"\nkind = "flags"\n',
            "fields[0] (f).levels: a flags field needs at least 1 flags, found 0",
        ),
        (
            '[[fields]]\nkey = "s"\nlabel = "S"\nkind = "single"\n'
            'levels = [{key = "a", label = "Alpha"}, {key = "b", label = "B", aliases = ["alpha"]}]\n',
            "fields[0] (s).levels[1]: name 'alpha' already names level 'a'",
        ),
        (
            '[[fields]]\nkey = "Bad Key"\nlabel = "S"\nkind = "text"\n',
            "fields[0] (Bad Key).key: String should match pattern",
        ),
        (
            'colour = "red"\n[[fields]]\nkey = "n"\nlabel = "N"\nkind = "text"\n',
            "top level: unknown key 'colour'",
        ),
        (
            '[[fields]]\nkey = "n"\nlabel = "N"\nkind = "text"\n'
            '[[derived]]\nkey = "d"\nlabel = "D"\nrule = {field = "n", in = ["x"]}\n',
            "derived[0] (d).rule: field 'n' is text; this needs single or yesno",
        ),
        (
            '[[fields]]\nkey = "n"\nlabel = "N"\nkind = "text"\n'
            '[[derived]]\nkey = "d"\nlabel = "D"\nrule = {derived = "d"}\n',
            "derived[0] (d).rule: derived cycle d -> d",
        ),
        (
            '[[fields]]\nkey = "n"\nlabel = "N"\nkind = "text"\n'
            '[[derived]]\nkey = "d"\nlabel = "D"\nrule = {derived = "e"}\n',
            "derived[0] (d).rule: unknown derived indicator 'e'; valid: d",
        ),
        (
            SINGLE_WITH_CODE + '[[derived]]\nkey = "d"\nlabel = "D"\n'
            'rule = {field = "c", in = ["done"], not_assessed = "false"}\n',
            'derived[0] (d).rule: not_assessed = "false" needs a reason shown to the researcher',
        ),
        (
            SINGLE_WITH_CODE + '[[derived]]\nkey = "d"\nlabel = "D"\n'
            'rule = {field = "c", in = ["done"], not_assessed = "no", reason = "r"}\n',
            'derived[0] (d).rule.not_assessed: expected "unknown" or "false", got \'no\'',
        ),
        (
            SINGLE_WITH_CODE + '[[derived]]\nkey = "d"\nlabel = "D"\nrule = {field = "c", in = ["unclear"]}\n',
            "derived[0] (d).rule: level 'unclear' of field 'c' is a not-assessed code; it cannot satisfy a rule",
        ),
        (
            '[[fields]]\nkey = "c"\nlabel = "C"\nkind = "single"\n'
            'levels = [{key = "a", label = "A"}, {key = "b", label = "B"}]\n'
            '[[derived]]\nkey = "d"\nlabel = "D"\nrule = {field = "c", in = ["a"], not_assessed = "false", reason = "r"}\n',
            "derived[0] (d).rule: not_assessed = \"false\": field 'c' has no level with assessed = false",
        ),
        (
            '[[fields]]\nkey = "f"\nlabel = "F"\nkind = "flags"\nlevels = [{key = "a", label = "A", assessed = false}]\n',
            "fields[0] (f).levels: a flags field cannot have a level with assessed = false",
        ),
    ],
)
def test_more_broken_shapes(tmp_path: Path, body: str, expected: str) -> None:
    path = _write(tmp_path, "form", body)
    with pytest.raises(FormError) as err:
        load_form(path)
    assert str(err.value).startswith(f"{path}: {expected}")
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("key", [f.key for f in available_forms()])
def test_level_lookup_by_any_name_matches_a_scan_of_the_levels(key) -> None:
    """The folded-name map built at load gives what scanning every level's names gave."""
    from irm_app.methodology.fields import fold

    form = load_form(key)

    def scan(f, name):
        for level in f.levels:
            if any(fold(n) == fold(name) for n in level.names()):
                return level.key
        return None

    for f in form.fields:
        if f.kind not in ("single", "yesno", "flags"):
            continue
        names = [n for level in f.levels for n in level.names()]
        tries = names + [n.upper() for n in names] + [f"  {n.replace(' ', '_')} " for n in names] + ["nonsense"]
        for name in tries:
            expected = scan(f, name)
            if expected is None:
                with pytest.raises(ValueError, match="unknown level"):
                    form._level_key(f, name)
            else:
                assert form._level_key(f, name) == expected, (f.key, name)
    with pytest.raises(ValueError, match="unknown level"):
        form._level_key(form.fields[0], 3)


@pytest.mark.parametrize("key", [f.key for f in available_forms()])
def test_every_scored_field_and_indicator_names_its_source(key: str) -> None:
    form = load_form(key)
    assert [f.key for f in form.fields if f.kind != "text" and not f.source] == []
    assert [d.key for d in form.derived if not d.source] == []


def test_the_published_scales_and_what_stays_unconfirmed() -> None:
    legacy = load_form("irm-progress-report-legacy")
    dio = legacy.field("did_it_open_government")
    assert [lv.key for lv in dio.assessed_levels] == ["worsened", "did_not_change", "marginal", "major", "outstanding"]
    assert [lv.key for lv in dio.levels if not lv.assessed] == ["no_early_results_yet"]
    apr = load_form("irm-action-plan-review-2021")
    assert apr.field("potential_for_results").level_keys == ["unclear", "modest", "substantial"]
    assert all(f.applies_when[0].reason.startswith("Not reviewable")
               for f in apr.commitment_fields if f.key in ("relevance", "potential_for_results", "promising"))
    results = load_form("irm-results-report-2021")
    assert [lv.key for lv in results.field("completion").assessed_levels] == [
        "no_evidence_available", "not_started", "limited", "substantial", "complete"]
    outstanding = results.field("early_results").level("outstanding")
    assert not outstanding.confirmed and "not confirmed" in outstanding.note
    assert "unconfirmed" not in outstanding.definition
