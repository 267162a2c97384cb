"""The methodology and the reports in Spanish, French and Portuguese; the pseudo-locale check."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date
from pathlib import Path

import docx
import pytest

from irm_app.cli import main
from irm_app.methodology import FormError, available_forms, load_form
from irm_app.methodology.i18n import PSEUDO, localize
from irm_app.paths import resources_dir
from irm_app.reports import export_report
from irm_app.reports.catalogue import load_catalogue

from .report_fixtures import ASSESSMENT_ID, scored_doc, synthetic_plan

APR = "irm-action-plan-review-2021"
TODAY = date(2026, 3, 14)
EN = json.loads((resources_dir() / "translations" / "en.json").read_text(encoding="utf-8"))


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True)
    return re.sub(r"\s+", " ", out.stdout)


def docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    parts += [c.text for t in d.tables for row in t.rows for c in row.cells]
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return re.sub(r"\s+", " ", "\n".join(parts))


@pytest.mark.parametrize("lang", ["es", "fr", "pt"])
def test_every_catalogue_has_every_english_key_with_the_same_placeholders(lang):
    strings = json.loads((resources_dir() / "translations" / f"{lang}.json").read_text(encoding="utf-8"))
    # per-member variants ("member.in_text.United States": "the United States") are the grammar
    # of one language: another language has its own, or none
    assert sorted(k for k in set(EN) - set(strings) if not k.startswith("member.in_text.")) == []
    for key, text in EN.items():
        if key not in strings:
            continue
        assert set(re.findall(r"{\w+}", strings[key])) == set(re.findall(r"{\w+}", text)), key


@pytest.mark.parametrize("lang", ["es", "fr", "pt", "ar"])
def test_every_bundled_form_is_fully_translated_and_keeps_its_keys(lang):
    for form in available_forms():
        loc = localize(form, lang)
        assert loc.missing == []
        assert [f.key for f in loc.form.fields] == [f.key for f in form.fields]
        for f, g in zip(form.fields, loc.form.fields, strict=True):
            assert g.level_keys == f.level_keys
            assert g.label != f.label or f.label in ("Participation", "Ambition", "Notes", "Cluster")


def test_a_translation_of_a_level_the_form_lacks_names_the_file_and_place(tmp_path):
    form = load_form(APR)
    bad = tmp_path / f"{APR}.es.toml"
    bad.write_text(f'form = "{APR}"\nlang = "es"\nlanguage = "Español"\n'
                   '[fields.verifiable]\nlevels.maybe = { label = "Quizás" }\n', encoding="utf-8")
    with pytest.raises(FormError, match=r"\.es\.toml: fields\.verifiable\.levels\.maybe: .*no level 'maybe'"):
        localize(form, "es", bad)
    bad.write_text(f'form = "{APR}"\nlang = "es"\nlanguage = "Español"\n[fields.nope]\nlabel = "X"\n', encoding="utf-8")
    with pytest.raises(FormError, match=r"fields\.nope: the form .* has no field 'nope'"):
        localize(form, "es", bad)
    bad.write_text(f'form = "{APR}"\nlang = "es"\nlanguage = "Español"\n'
                   '[fields.verifiable]\nfollows = "glosario"\n', encoding="utf-8")
    with pytest.raises(FormError, match=r"fields\.verifiable\.follows: unknown source 'glosario'"):
        localize(form, "es", bad)


def test_a_missing_translation_is_a_warning_and_falls_back_to_english(tmp_path):
    form = load_form(APR)
    part = tmp_path / f"{APR}.es.toml"
    part.write_text(f'form = "{APR}"\nlang = "es"\nlanguage = "Español"\n'
                    '[fields.verifiable]\nlabel = "Verificable"\n', encoding="utf-8")
    loc = localize(form, "es", part)
    assert loc.form.field("verifiable").label == "Verificable"
    assert loc.form.field("verifiable").help == form.field("verifiable").help
    assert any("fields.verifiable.help: no translation (English shown)" in m for m in loc.missing)
    assert localize(form, "de", tmp_path / f"{APR}.de.toml").missing == [
        f"{tmp_path / APR}.de.toml: no translation file; the whole form shows in English"]


def test_check_translations_finds_nothing_missing_in_the_shipped_languages(capsys):
    assert main(["forms", "--check-translations"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == "0 error(s), 0 missing translation(s) in ar, es, fr, pt"


def test_scores_given_in_spanish_export_the_same_codes_as_in_english(tmp_path, capsys):
    sample = str(resources_dir() / "samples" / "us-nap5-2022.json")
    exports = []
    for lang, values in (("en", ["verifiable=Yes", "relevance=Civic participation", "potential_for_results=Substantial"]),
                         ("es", ["verifiable=Sí", "relevance=Participación cívica", "potential_for_results=Sustancial"])):
        db = str(tmp_path / f"{lang}.db")
        assert main(["import", sample, "--db", db]) == 0
        assert main(["new-assessment", "AP_USA05", "--form", APR, "--researcher", "Ana", "--db", db]) == 0
        aid = capsys.readouterr().out.strip().splitlines()[-1]
        assert main(["score", aid, "US0139", *values, "--justification", "Ver hitos", "--lang", lang, "--db", db]) == 0
        out = tmp_path / f"{lang}.json"
        assert main(["export-json", "--out", str(out), "--db", db]) == 0
        doc = json.loads(out.read_text(encoding="utf-8"))
        exports.append(doc["assessments"][0]["commitments"]["US0139"]["scores"])
    assert exports[0] == exports[1] == {"verifiable": "yes", "relevance": ["civic_participation"],
                                         "potential_for_results": "substantial"}


def test_dates_are_written_with_the_languages_month_names():
    assert load_catalogue("es").date("2026-03-14") == "14 de marzo de 2026"
    assert load_catalogue("fr").date("2026-03-01") == "1er mars 2026"
    assert load_catalogue("pt").date("2026-12-01") == "1º de dezembro de 2026"
    assert load_catalogue("en").date("2026-03") == "2026-03"  # partial dates stay as recorded


@pytest.fixture(scope="module")
def localized_reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("i18n")
    plan = synthetic_plan(4)
    form = load_form(APR)
    doc = scored_doc(plan, form)
    paths = {}
    for lang in ("es", "fr", "pt"):
        paths[lang] = export_report(doc, ASSESSMENT_ID, form, "pdf", out / f"{lang}.pdf", lang=lang, today=TODAY, structure="legacy")
    paths["es-en"] = export_report(doc, ASSESSMENT_ID, form, "pdf", out / "es-en.pdf", lang="es",
                                   summary_lang="en", today=TODAY, structure="legacy")
    return paths


EXPECTED = {
    "es": ["Resumen ejecutivo", "Revisión del Plan de Acción", "Mecanismo de Revisión Independiente",
           "Anexo I. Metodología", "Potencial de resultados", "Sustancial", "Lente de gobierno abierto",
           "Prometedor", "14 de marzo de 2026", "Análisis de los compromisos", "Página 1 de"],
    "fr": ["Résumé analytique", "Examen du plan d'action", "Mécanisme de rapport indépendant",
           "Annexe I. Méthodologie", "Potentiel de résultats", "Substantiel", "Prisme du gouvernement ouvert",
           "Prometteur", "14 mars 2026", "Analyse des engagements", "Page 1 sur"],
    "pt": ["Resumo executivo", "Revisão do Plano de Ação", "Mecanismo Independente de Avaliação",
           "Potencial de resultados", "Substancial", "Lente de governo aberto", "Promissor",
           "14 de março de 2026"],
}
ENGLISH_FIXED = ["Executive summary", "Annex I. Methodology", "Potential for results", "Analysis of commitments",
                 "Scored for each commitment.", "Independent Reporting Mechanism", "Key figures", "Page 1 of"]


@pytest.mark.parametrize("lang", ["es", "fr", "pt"])
def test_report_in_the_language_uses_the_irms_terms_and_no_english_fixed_text(localized_reports, lang):
    text = pdf_text(localized_reports[lang])
    for term in EXPECTED[lang]:
        assert term in text, term
    for english in ENGLISH_FIXED:
        assert english not in text, english


def test_bilingual_report_adds_the_english_executive_summary_only(localized_reports):
    text = pdf_text(localized_reports["es-en"])
    assert "Resumen ejecutivo" in text and "Executive summary (English)" in text
    assert "Key figures" in text and "Cifras clave" in text
    assert "Annex I. Methodology" not in text and "Anexo I. Metodología" in text


# -- the pseudo-locale -----------------------------------------------------------------------

def _english_words(form) -> set[str]:
    """Every ASCII word of 3+ letters the catalogue or the form could print in English."""
    texts = [v for k, v in EN.items() if not k.startswith("_")]
    texts += [form.title, form.description]
    for f in form.fields:
        texts += [f.label, f.help, *(c.reason for c in f.applies_when)]
        texts += [x for lv in f.levels for x in (lv.label, lv.definition)]
    texts += [x for d in form.derived for x in (d.label, d.description)]
    words = set()
    for t in texts:
        words |= set(re.findall(r"(?<![\w{])[A-Za-z]{3,}(?![\w}])", re.sub(r"{\w+}", " ", t)))
    return words


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_pseudo_locale_leaves_no_raw_english_in_a_report(tmp_path, fmt):
    """Every catalogue and form string goes through translation: none is printed raw."""
    form = load_form(APR)
    plan = synthetic_plan(3).model_copy(update={"member": "Zyxlandia", "title": "Ñandú"})
    plan = plan.model_copy(update={"commitments": [c.model_copy(update={
        "title": "Ñandú ñandú", "lead_institution": "Ñandú", "supporting_institutions": [], "problem": "ñ",
        "description": "ñ", "milestones": [m.model_copy(update={"title": "ñ", "lead": "ñ"}) for m in c.milestones],
    }) for c in plan.commitments]})
    doc = scored_doc(plan, form, arabic=False)
    doc = _without_researcher_text(doc)
    out = export_report(doc, ASSESSMENT_ID, form, fmt, tmp_path / f"pseudo.{fmt}", lang=PSEUDO, today=TODAY)
    text = pdf_text(out) if fmt == "pdf" else docx_text(out)
    assert text.count("[!!") > 100
    words = _english_words(form)
    # the form's source addresses are data, not prose (wrapped URLs continue on the next line)
    text = re.sub(r"\S*/\S*", " ", text)
    raw = sorted({w for w in re.findall(r"\b[A-Za-z]{3,}\b", text) if w in words})
    assert raw == [], f"raw English in the {fmt}: {raw[:20]}"


def _without_researcher_text(doc):
    """Justifications and evidence replaced by non-English text: they are the researcher's."""
    a = doc.assessments[0]
    commitments = {cid: cs.model_copy(update={
        "justifications": {k: "ñ" for k in cs.justifications}, "evidence": [],
        "scores": {k: "ñ" if isinstance(v, str) and v.startswith("Cluster") else v for k, v in cs.scores.items()}})
                   for cid, cs in a.commitments.items()}
    a = a.model_copy(update={"commitments": commitments, "researcher": "Ñandú",
                             "plan_justifications": {k: "ñ" for k in a.plan_justifications}, "evidence": []})
    return doc.model_copy(update={"assessments": [a]})


def test_cli_report_in_spanish_with_an_english_summary(tmp_path, capsys):
    db = str(tmp_path / "lib.db")
    assert main(["import", str(resources_dir() / "samples" / "us-nap5-2022.json"), "--db", db]) == 0
    assert main(["new-assessment", "AP_USA05", "--form", APR, "--researcher", "Ana", "--db", db]) == 0
    aid = capsys.readouterr().out.strip().splitlines()[-1]
    out = tmp_path / "es.docx"
    assert main(["report", aid, "--out", str(out), "--lang", "es", "--summary-lang", "en", "--legacy", "--db", db]) == 0
    text = docx_text(out)
    assert "Resumen ejecutivo" in text and "Executive summary (English)" in text
    assert main(["report", aid, "--out", str(out), "--lang", "xx", "--db", db]) == 2
    assert "no report language 'xx'; available: en, es, fr, pt" in capsys.readouterr().err
