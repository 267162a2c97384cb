"""Notes to the researcher about a level (a paraphrase, an unconfirmed level) live in `note`,
which the GUI may show; reports print `definition` to readers and must never carry them."""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

import pytest

from irm_app.library import Library
from irm_app.methodology import FormError, available_forms, load_form
from irm_app.methodology.i18n import localize, translation_languages
from irm_app.operations.assessments import read_plan_file
from irm_app.operations.reports import render_report, report_input
from irm_app.paths import forms_dir, sample_plan

INTERNAL = re.compile(r"unconfirmed|paraphrase|non confirm|sin confirmar|par[aá]frasis", re.IGNORECASE)
REFRESHED = ["irm-action-plan-review-2021", "irm-results-report-2021"]


def _unconfirmed(key: str) -> list[str]:
    form = load_form(key)
    return [lv.key for f in form.fields for lv in f.levels if not lv.confirmed]


def test_unconfirmed_levels_carry_their_note_outside_the_definition() -> None:
    assert _unconfirmed("irm-action-plan-review-2021") == [
        "access_to_information", "civic_participation", "public_accountability", "inclusion"]
    assert _unconfirmed("irm-results-report-2021") == ["outstanding"]
    for form in available_forms():
        key = form.key
        for lang in translation_languages():
            shown = localize(form, lang).form
            for f in shown.fields:
                for lv in f.levels:
                    assert not INTERNAL.search(lv.definition), (key, lang, f.key, lv.key)
                    assert lv.confirmed or lv.note, (key, lang, lv.key)


def test_a_note_left_in_a_definition_is_refused_with_its_place(tmp_path: Path) -> None:
    src = (forms_dir() / "irm-results-report-2021.toml").read_text(encoding="utf-8")
    bad = src.replace('definition = "Outstanding results in opening government.",',
                      'definition = "Outstanding results (unconfirmed level).",')
    assert bad != src
    path = tmp_path / "irm-results-report-2021.toml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(FormError) as e:
        load_form(path)
    assert "note" in str(e.value) and "irm-results-report-2021.toml" in str(e.value)
    assert len(str(e.value).splitlines()) == 1


def test_docs_list_every_unconfirmed_level() -> None:
    docs = (Path(__file__).parents[1] / "docs" / "forms.md").read_text(encoding="utf-8")
    for key in REFRESHED:
        for level in _unconfirmed(key):
            assert f"`{level}`" in docs, level


@pytest.mark.parametrize("form_key", REFRESHED)
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_no_report_prints_an_internal_note(tmp_path: Path, form_key: str, lang: str) -> None:
    with Library.open(tmp_path / "lib.db") as lib:
        lib.imports.import_bundle(read_plan_file(sample_plan()), who="t")
        a = lib.assessments.create_assessment("AP_USA05", form_key, researcher="Ana", who="t")
        inp = report_input(lib, a.id)
    for structure in ("product", "legacy"):
        pdf = render_report(inp, "pdf", tmp_path / f"{structure}.pdf", lang=lang, structure=structure)
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        found = INTERNAL.search(" ".join(text.split()))
        assert found is None, (structure, text[max(0, found.start() - 200):found.end() + 50])


def test_the_form_files_hold_notes_as_data() -> None:
    data = tomllib.loads((forms_dir() / "irm-action-plan-review-2021.toml").read_text(encoding="utf-8"))
    relevance = next(f for f in data["fields"] if f["key"] == "relevance")
    assert any(lv.get("confirmed") is False and lv.get("note") for lv in relevance["levels"])
