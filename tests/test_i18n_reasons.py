"""Derived indicators' reasons in the form's language (issue 17): "not scored", "not starred:
completion not assessed" and the field names they quote come from the form and its translation,
so `show --lang es` and a Spanish report carry no English reason."""

from __future__ import annotations

from datetime import date

import pytest

from irm_app.cli import main
from irm_app.methodology import FormError, available_forms, load_form
from irm_app.methodology.i18n import localize
from irm_app.paths import resources_dir
from irm_app.reports import export_report

from .report_fixtures import ASSESSMENT_ID, scored_doc, synthetic_plan
from .test_i18n import pdf_text

LEGACY = "irm-progress-report-legacy"
APR = "irm-action-plan-review-2021"


def english_reasons() -> set[str]:
    """Every reason text of the English forms, and the stems of the phrases that name a field."""
    out = {"not scored", ": none", "not starred", "Not reviewable", "Not applicable"}
    for form in available_forms():
        out |= {c.reason for f in form.fields for c in f.applies_when}
    return out


def test_explain_in_spanish_names_fields_levels_and_reasons_in_spanish():
    form = localize(load_form(LEGACY), "es").form
    why = form.explain({"specificity": "high", "relevance": ["civic_participation"],
                        "potential_impact": "transformative", "completion_progress": "unclear"})
    assert why["starred_progress"].value is False
    assert why["starred_progress"].reason == (
        "no es estelar: cumplimiento no evaluado (Nivel de cumplimiento (informe de avances): Poco claro)")
    assert why["starred_end_of_term"].reason == "Nivel de cumplimiento (fin de término) sin calificar"
    assert why["is_relevant"].value is True
    none = form.explain({"specificity": "high", "relevance": []})["is_relevant"]
    assert none.value is False and none.reason.endswith(": ninguno")
    # English is unchanged
    assert load_form(LEGACY).explain({})["starred_progress"].reason.endswith("not scored")


@pytest.mark.parametrize("lang", ["es", "fr", "pt", "ar"])
def test_every_shipped_translation_words_every_reason(lang):
    for form in available_forms():
        loc = localize(form, lang)
        assert [m for m in loc.missing if ".reason" in m or "reasons." in m] == []
        values = {f.key: None for f in form.fields}
        for outcome in loc.form.explain(values).values():
            assert not any(e in outcome.reason for e in english_reasons()), outcome.reason


def test_a_translated_reason_phrase_must_keep_its_placeholders(tmp_path):
    bad = tmp_path / f"{APR}.es.toml"
    bad.write_text(f'form = "{APR}"\nlang = "es"\nlanguage = "Español"\n'
                   '[reasons]\nnot_scored = "sin calificar"\n', encoding="utf-8")
    with pytest.raises(FormError, match=r"\.es\.toml: reasons\.not_scored: 'sin calificar' must name exactly \{field\}"):
        localize(load_form(APR), "es", bad)
    bad.write_text(f'form = "{APR}"\nlang = "es"\nlanguage = "Español"\n'
                   '[derived.is_verifiable]\nreason = "x"\n', encoding="utf-8")
    with pytest.raises(FormError, match=r"derived\.is_verifiable\.reason: the indicator's rule gives no reason"):
        localize(load_form(APR), "es", bad)


def test_show_in_spanish_has_no_english_reason(tmp_path, capsys):
    db = str(tmp_path / "lib.db")
    assert main(["import", str(resources_dir() / "samples" / "us-nap5-2022.json"), "--db", db]) == 0
    assert main(["new-assessment", "AP_USA05", "--form", LEGACY, "--researcher", "Ana", "--db", db]) == 0
    aid = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["score", aid, "US0113", "specificity=high", "potential_impact=transformative",
                 "completion_progress=unclear", "--db", db]) == 0
    capsys.readouterr()
    assert main(["show", aid, "US0113", "--lang", "es", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Estelar (informe de avances): no (no es estelar: cumplimiento no evaluado" in out
    assert "Relevante: unknown (Relevancia para los valores de OGP sin calificar)" in out
    assert not [e for e in english_reasons() if e in out]
    assert main(["show", aid, "US0113", "--lang", "xx", "--db", db]) != 0
    assert "no methodology translation for --lang 'xx'" in capsys.readouterr().err


def test_spanish_report_has_no_english_reason(tmp_path):
    form = load_form(APR)
    doc = scored_doc(synthetic_plan(4), form)  # commitment 2 is not verifiable: its fields do not apply
    pdf = export_report(doc, ASSESSMENT_ID, form, "pdf", tmp_path / "es.pdf", lang="es",
                        today=date(2026, 3, 14), structure="legacy")
    text = pdf_text(pdf)
    assert "No revisable: el compromiso no es verificable" in text
    assert not [e for e in english_reasons() if e in text]


def test_score_and_show_in_arabic(tmp_path, capsys):
    """`--lang ar` now that the forms ship in Arabic: a level typed in Arabic stores the same code,
    and `show` gives the form's labels and reasons in Arabic, no English reason left."""
    db = str(tmp_path / "lib.db")
    assert main(["import", str(resources_dir() / "samples" / "us-nap5-2022.json"), "--db", db]) == 0
    assert main(["new-assessment", "AP_USA05", "--form", LEGACY, "--researcher", "Ana", "--db", db]) == 0
    aid = capsys.readouterr().out.strip().splitlines()[-1]
    ar = localize(load_form(LEGACY), "ar").form
    high = ar.field("specificity").level("high").label
    assert high != "High"
    assert main(["score", aid, "US0113", f"specificity={high}", "--lang", "ar", "--db", db]) == 0
    capsys.readouterr()
    assert main(["show", aid, "US0113", "--lang", "ar", "--db", db]) == 0
    out = capsys.readouterr().out
    assert f"{ar.field('specificity').label}: {high}" in out
    assert not [e for e in english_reasons() if e in out]
