"""Reports: what a reader of the Word and PDF outputs would check, on the real sample plan."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from irm_app.methodology import available_forms, load_form
from irm_app.paths import sample_plan
from irm_app.reports import available_languages, build_report, export_report
from irm_app.reports.blocks import Figure, Heading, Table
from irm_app.reports.scoring import value_text

from .report_fixtures import ARABIC, ASSESSMENT_ID, CYRILLIC, load_sample_plan, scored_doc

APR = "irm-action-plan-review-2021"
TODAY = date(2026, 3, 1)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def squash(text: str) -> str:
    """No whitespace at all: line wrapping and hyphen-free breaks cannot split a match."""
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path, *pages: int) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return subprocess.run([*args, str(path), "-"], check=True, capture_output=True, text=True).stdout


def docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def docx_headings(path: Path) -> list[str]:
    d = docx.Document(str(path))
    return [norm(p.text) for p in d.paragraphs if p.style.name == "Heading 1"]


@pytest.fixture(scope="module")
def plan():
    return load_sample_plan(sample_plan())


@pytest.fixture(scope="module")
def form():
    return load_form(APR)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory, plan, form):
    """(doc, report, pdf path, docx path) for a draft action plan review of the sample."""
    out = tmp_path_factory.mktemp("reports")
    doc = scored_doc(plan, form)
    report = build_report(doc, ASSESSMENT_ID, form, today=TODAY)
    pdf = export_report(doc, ASSESSMENT_ID, form, "pdf", out / "report.pdf", today=TODAY)
    word = export_report(doc, ASSESSMENT_ID, form, "docx", out / "report.docx", today=TODAY)
    return doc, report, pdf, word


def expected_strings(doc, form) -> tuple[list[str], list[str], list[str]]:
    """Commitment IDs, level labels of every score, and every justification in the doc."""
    a = doc.assessments[0]
    ids = [c.id for c in doc.plans[0].commitments]
    labels, justs = [], []
    for cs in a.commitments.values():
        for key, value in cs.scores.items():
            labels.append(value_text(form.field(key), value, _Cat()))
        justs += cs.justifications.values()
    for key, value in a.plan_scores.items():
        labels.append(value_text(form.field(key), value, _Cat()))
    justs += a.plan_justifications.values()
    return ids, labels, justs


class _Cat:
    def t(self, key: str, *_: object, **__: object) -> str:
        return {"score.none_flagged": "None", "score.not_scored": "Not scored"}[key]


def test_both_outputs_hold_every_commitment_score_and_justification(outputs, form):
    doc, _, pdf, word = outputs
    ids, labels, justs = expected_strings(doc, form)
    ptext, wtext = squash(pdf_text(pdf)), squash(docx_text(word))
    for text in ids + labels:
        assert squash(text) in ptext, f"PDF lacks {text!r}"
        assert squash(text) in wtext, f"Word lacks {text!r}"
    for just in justs:
        assert squash(just) in wtext, f"Word lacks justification {just[:40]!r}"
        if just != ARABIC:  # Arabic is drawn shaped and reordered for display in the PDF
            assert squash(just) in ptext, f"PDF lacks justification {just[:40]!r}"
    assert squash(ARABIC) in wtext


def test_every_level_of_every_scored_field_is_used_by_the_fixture(outputs, form):
    doc = outputs[0]
    used = {(k, v) for cs in doc.assessments[0].commitments.values() for k, vals in cs.scores.items()
            for v in (vals if isinstance(vals, list) else [vals])}
    for f in form.scored_fields:
        for level in f.levels:
            assert (f.key, level.key) in used


def test_same_section_titles_in_same_order_and_in_pdf_outline(outputs):
    _, report, pdf, word = outputs
    titles = [h.text for h in report.headings if h.level == 1]
    assert len(titles) >= 6
    assert docx_headings(word) == titles
    reader = PdfReader(str(pdf))
    top = [o for o in reader.outline if not isinstance(o, list)]
    assert [o.title for o in top] == titles
    pages = [reader.get_destination_page_number(o) + 1 for o in top]
    assert pages == sorted(pages)
    for title, page in zip(titles, pages, strict=True):
        assert title in norm(pdf_text(pdf, page)), f"{title!r} not on its bookmarked page {page}"


def test_pdf_contents_page_numbers_match_the_bookmarks(outputs):
    _, report, pdf, _ = outputs
    reader = PdfReader(str(pdf))
    toc_text = subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "3", str(pdf), "-"],
                              check=True, capture_output=True, text=True).stdout
    for o in reader.outline:
        if isinstance(o, list):
            continue
        page = reader.get_destination_page_number(o) + 1
        assert re.search(re.escape(o.title) + r"[ .]+" + str(page) + r"\b", toc_text), (o.title, page)


def test_pdf_embeds_every_font_and_carries_metadata(outputs):
    _, report, pdf, _ = outputs
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    rows = out.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        assert row.split()[-5] == "yes", f"font not embedded: {row}"
    meta = PdfReader(str(pdf)).metadata
    assert meta.title == report.title and "United States" in meta.title
    assert meta.author == report.author and meta.subject == report.subject


def test_pdf_pages_are_numbered_with_total(outputs):
    pdf = outputs[2]
    n = PdfReader(str(pdf)).get_num_pages()
    assert f"Page 1 of {n}" in pdf_text(pdf, 1)
    assert f"Page {n} of {n}" in pdf_text(pdf, n)


def test_draft_is_watermarked_on_every_page_and_final_is_not(tmp_path, outputs, plan, form):
    pdf = outputs[2]
    n = PdfReader(str(pdf)).get_num_pages()
    for page in range(1, n + 1):
        assert "DRAFT" in pdf_text(pdf, page), f"page {page} has no DRAFT mark"
    final_doc = scored_doc(plan, form, status="final")
    final = export_report(final_doc, ASSESSMENT_ID, form, "pdf", tmp_path / "final.pdf", today=TODAY)
    text = pdf_text(final)
    assert "DRAFT" not in text and "FINAL" in text
    word = export_report(final_doc, ASSESSMENT_ID, form, "docx", tmp_path / "final.docx", today=TODAY)
    assert "DRAFT" not in docx_text(word)
    header = docx.Document(str(outputs[3])).sections[0].header
    assert "DRAFT" in header.paragraphs[0].text
    assert 'string="DRAFT"' in header._element.xml  # Word's text watermark
    assert "WaterMark" not in docx.Document(str(word)).sections[0].header._element.xml


def test_cyrillic_survives_pdf_text_extraction(outputs):
    assert CYRILLIC in norm(pdf_text(outputs[2]))


def test_cover_names_member_period_type_researcher_date_and_status(outputs):
    pdf = outputs[2]
    cover = norm(pdf_text(pdf, 1))
    for text in ("United States", "2022–2024", "Action Plan Review", "Ana Pérez-Łukasiewicz", "2026-03-01", "DRAFT"):
        assert text in cover


def test_not_applicable_fields_show_the_reason(outputs, form):
    doc, report, pdf, _ = outputs
    reasons = {c.reason for f in form.commitment_fields for c in f.applies_when}
    assert reasons, "the form has conditional fields"
    text = squash(pdf_text(pdf))
    assert any(squash(r) in text for r in reasons)


def test_summary_table_and_charts_follow_the_form(outputs, form):
    report = outputs[1]
    tables = [b for b in report.blocks if isinstance(b, Table) and "ID" in b.header[0]]
    header = tables[0].header[0]
    for f in form.scored_fields[:3]:
        assert f.label in header
    assert len(tables[0].rows) == 36
    charts = [b.chart for b in report.blocks if isinstance(b, Figure)]
    charted = {c.title for c in charts}
    assert {f.label for f in form.scored_fields if f.kind in ("single", "yesno")} <= charted
    for f in form.scored_fields:
        for chart in (c for c in charts if c.title == f.label):
            assert list(chart.categories[: len(f.levels)]) == [lv.label for lv in f.levels]


def test_word_document_uses_real_styles_toc_and_page_fields(outputs):
    word = outputs[3]
    d = docx.Document(str(word))
    styles = {p.style.name for p in d.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Heading 3", "Caption"} <= styles
    body = d.element.body.xml
    assert "TOC \\o" in body
    footer = d.sections[0].footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    assert len(d.inline_shapes) >= 3  # charts


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_word_document_converts_with_libreoffice(tmp_path, outputs):
    word = outputs[3]
    profile = tmp_path / "lo_profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(word)],
        check=True, capture_output=True, timeout=180,
    )
    converted = tmp_path / "report.pdf"
    assert converted.exists()
    assert "US0113" in pdf_text(converted)


@pytest.mark.parametrize("key", [f.key for f in available_forms()])
def test_every_bundled_form_gives_a_pdf_and_a_docx(tmp_path, plan, key):
    form = load_form(key)
    doc = scored_doc(plan, form, arabic=False)
    report = build_report(doc, ASSESSMENT_ID, form, today=TODAY)
    assert [h.anchor for h in report.headings if h.level == 1][0] == "summary"
    for fmt in ("pdf", "docx"):
        out = export_report(doc, ASSESSMENT_ID, form, fmt, tmp_path / f"r.{fmt}", today=TODAY)
        assert out.stat().st_size > 10_000


def test_unknown_language_lists_the_available_ones(tmp_path, outputs, form):
    doc = outputs[0]
    with pytest.raises(ValueError) as err:
        export_report(doc, ASSESSMENT_ID, form, "pdf", tmp_path / "x.pdf", lang="xx")
    message = str(err.value)
    assert "\n" not in message and "xx" in message
    for lang in available_languages():
        assert lang in message
    assert not list(tmp_path.iterdir())


def test_failed_export_leaves_no_file_and_keeps_the_old_one(tmp_path, outputs, form, monkeypatch):
    doc = outputs[0]
    target = tmp_path / "report.pdf"
    target.write_bytes(b"previous report")

    def boom(*_a, **_k):
        raise RuntimeError("disk full")

    monkeypatch.setattr("irm_app.reports.pdf.render_pdf", boom)
    with pytest.raises(RuntimeError):
        export_report(doc, ASSESSMENT_ID, form, "pdf", target)
    assert target.read_bytes() == b"previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_report_from_a_real_library_snapshot_shows_unscored_fields(tmp_path, scored_library):
    lib, aid = scored_library
    doc = lib.snapshot([aid])
    form = load_form(doc.assessment(aid).form)
    report = build_report(doc, aid, form, today=TODAY)
    assert any(isinstance(b, Heading) and b.text.startswith("US0113") for b in report.blocks)
    out = export_report(doc, aid, form, "pdf", tmp_path / "lib.pdf", today=TODAY)
    text = norm(pdf_text(out))
    assert "US0113 specificity: evidence in the tracker" in text
    assert "Not scored" in text
    assert "NAP5 commitment tracker" in text


def test_a_plan_written_in_arabic_exports_right_to_left(tmp_path, form):
    from irm_app.model import ActionPlan, Commitment

    text = "نشر بيانات الموازنة العامة بصيغة مفتوحة وإشراك المجتمع المدني في متابعتها " * 3
    plan = ActionPlan(id="AP_JOR05", member="الأردن", period_start=2021, period_end=2025, commitments=[
        Commitment(id="JO0070", title="تعزيز الشفافية في الموازنة العامة", description=text)])
    doc = scored_doc(plan, form)
    pdf = export_report(doc, ASSESSMENT_ID, form, "pdf", tmp_path / "ar.pdf", today=TODAY)
    word = export_report(doc, ASSESSMENT_ID, form, "docx", tmp_path / "ar.docx", today=TODAY)
    assert "JO0070" in pdf_text(pdf)
    d = docx.Document(str(word))
    para = next(p for p in d.paragraphs if text.strip() in p.text)
    assert para._p.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi") is not None
