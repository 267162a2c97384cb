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
    report = build_report(doc, ASSESSMENT_ID, form, today=TODAY, structure="legacy")
    pdf = export_report(doc, ASSESSMENT_ID, form, "pdf", out / "report.pdf", today=TODAY, structure="legacy")
    word = export_report(doc, ASSESSMENT_ID, form, "docx", out / "report.docx", today=TODAY, structure="legacy")
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
    final = export_report(final_doc, ASSESSMENT_ID, form, "pdf", tmp_path / "final.pdf", today=TODAY, structure="legacy")
    text = pdf_text(final)
    assert "DRAFT" not in text and "FINAL" in text
    word = export_report(final_doc, ASSESSMENT_ID, form, "docx", tmp_path / "final.docx", today=TODAY, structure="legacy")
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
    for text in ("United States", "2022–2024", "Action Plan Review", "Ana Pérez-Łukasiewicz", "1 March 2026", "DRAFT"):
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
    assert "PAGEREF" in body and "w:anchor=" in body  # contents: links to the headings, live page numbers
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
    first = "summary" if form.report_type == "progress-report" else "glance"  # the product's own structure
    assert [h.anchor for h in report.headings if h.level == 1][0] == first
    for fmt in ("pdf", "docx"):
        out = export_report(doc, ASSESSMENT_ID, form, fmt, tmp_path / f"r.{fmt}", today=TODAY)
        assert out.stat().st_size > 10_000


def test_unknown_language_lists_the_available_ones(tmp_path, outputs, form):
    doc = outputs[0]
    with pytest.raises(ValueError) as err:
        export_report(doc, ASSESSMENT_ID, form, "pdf", tmp_path / "x.pdf", lang="xx", structure="legacy")
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
        export_report(doc, ASSESSMENT_ID, form, "pdf", target, structure="legacy")
    assert target.read_bytes() == b"previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_report_from_a_real_library_snapshot_shows_unscored_fields(tmp_path, scored_library):
    lib, aid = scored_library
    doc = lib.snapshot([aid])
    form = load_form(doc.assessment(aid).form)
    report = build_report(doc, aid, form, today=TODAY, structure="legacy")
    assert any(isinstance(b, Heading) and b.text.startswith("US0113") for b in report.blocks)
    out = export_report(doc, aid, form, "pdf", tmp_path / "lib.pdf", today=TODAY, structure="legacy")
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
    pdf = export_report(doc, ASSESSMENT_ID, form, "pdf", tmp_path / "ar.pdf", today=TODAY, structure="legacy")
    word = export_report(doc, ASSESSMENT_ID, form, "docx", tmp_path / "ar.docx", today=TODAY, structure="legacy")
    assert "JO0070" in pdf_text(pdf)
    d = docx.Document(str(word))
    para = next(p for p in d.paragraphs if text.strip() in p.text)
    assert para._p.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi") is not None


# -- the OGP cycle around the assessment: claims, results by theme, member context -------------

RESULTS = "irm-results-report-2021"
NEW_SECTIONS = ("Results by theme and grand challenge", "Member context")


def eligible(plan):
    from irm_app.model import EligibilityValue

    return plan.model_copy(update={"eligibility": [
        EligibilityValue(area="fiscal_transparency", value="4 of 4", source="Open Budget Survey 2023", year=2023),
        EligibilityValue(area="asset_disclosure", value="Public disclosure by senior officials", year=2024),
    ]})


@pytest.fixture(scope="module")
def results_outputs(tmp_path_factory, plan):
    """(doc, report, pdf, docx) of a results report of the sample plan with eligibility recorded."""
    out = tmp_path_factory.mktemp("results")
    form = load_form(RESULTS)
    doc = scored_doc(eligible(plan), form)
    report = build_report(doc, ASSESSMENT_ID, form, today=TODAY, structure="legacy")
    pdf = export_report(doc, ASSESSMENT_ID, form, "pdf", out / "results.pdf", today=TODAY, structure="legacy")
    word = export_report(doc, ASSESSMENT_ID, form, "docx", out / "results.docx", today=TODAY, structure="legacy")
    return doc, report, pdf, word


def table_after(report, caption_start: str) -> list[Table]:
    return [b for b in report.blocks if isinstance(b, Table) and b.caption.split(". ", 1)[-1].startswith(caption_start)]


def test_new_sections_in_both_formats_in_the_same_order(results_outputs):
    _, report, pdf, word = results_outputs
    titles = [h.text for h in report.headings if h.level == 1]
    assert titles.index(NEW_SECTIONS[0]) == titles.index("Executive summary: results") + 1
    assert titles.index(NEW_SECTIONS[1]) < titles.index("Participation and co-creation throughout the action plan cycle")
    assert docx_headings(word) == titles
    outline = [o.title for o in PdfReader(str(pdf)).outline if not isinstance(o, list)]
    assert outline == titles
    ptext, wtext = norm(pdf_text(pdf)), norm(docx_text(word))
    for text in (ptext, wtext):  # past the contents page, the titles come in the same order
        body = text[text.index("Key figures", text.index("Key figures") + 1):]
        positions = [body.index(t) for t in (NEW_SECTIONS[0], NEW_SECTIONS[1], "Minimum eligibility",
                                             "Summary of commitments")]
        assert positions == sorted(positions)


def test_summary_table_puts_the_claim_beside_a_lower_irm_level_and_marks_it(results_outputs):
    doc, report, pdf, word = results_outputs
    form = load_form(RESULTS)
    us0113 = doc.plans[0].commitments[0]
    assessed = doc.assessments[0].commitments["US0113"].scores["completion"]
    rule = form.self_report
    assert rule.claimed_more(assessed, us0113.self_status), "the fixture scores US0113 below its claim"
    label = form.field("completion").level(assessed).label
    table = table_after(report, "Commitments of")[0]
    header = table.header[0]
    assert header[2:4] == ("Government's reported status", "Completion")
    row = next(r for r in table.rows if r[0] == "US0113")
    assert row[2] == "In Progress (2024-02) ▲" and row[3] == label
    consistent = next(r for r in table.rows if r[0] == "US0117")  # Complete, scored Complete
    assert "▲" not in consistent[2]
    for text in (norm(pdf_text(pdf)), norm(docx_text(word))):
        assert "In Progress (2024-02) ▲" in text
        assert "▲ The government's reported status ranks above the IRM's “Completion” level" in text


def test_commitment_section_keeps_the_governments_reports_apart_from_the_irm(results_outputs):
    _, report, pdf, word = results_outputs
    h3 = [h.text for h in report.headings if h.level == 3]
    assert h3.count("Government's self-assessment") == 36
    start = next(i for i, b in enumerate(report.blocks) if isinstance(b, Heading) and b.text.startswith("US0113"))
    own = [b for b in report.blocks[start:] if isinstance(b, Heading) and b.level == 3][:4]
    assert [h.text for h in own[1:3]] == ["Government's self-assessment", "IRM assessment"]
    text = norm(docx_text(word))
    assert "Government reported (2024-02): In Progress — Sub-commitments (7): 6 Complete, 1 In Progress." in text
    assert "US0113.1 · Government reported (2024-02): Complete — This commitment was previously completed" in text
    assert squash("Government reported (2024-02): In Progress — Sub-commitments (7)") in squash(pdf_text(pdf))
    assert "▲ The government reported “In Progress” (2024-02), more than the IRM assessed" in text


def test_theme_and_grand_challenge_counts_are_those_of_breakdowns(results_outputs):
    from irm_app.breakdowns import NOT_SCORED_KEY, breakdown

    doc, report, pdf, word = results_outputs
    form = load_form(RESULTS)
    plan, a = doc.plans[0], doc.assessments[0]
    values = {cid: cs.scores for cid, cs in a.commitments.items()}
    tags = {cid: cs.grand_challenges for cid, cs in a.commitments.items()}
    field = form.field("completion")
    expected = breakdown(form, "completion", plan.commitments, values, "theme")
    table = table_after(report, "Completion: commitments per level, by theme")[0]
    assert table.header[0][1:] == (*(lv.label for lv in field.levels), "Not scored")
    assert [r[0] for r in table.rows] == plan.themes  # plan order
    for row in table.rows:
        counts = expected[row[0]].counts
        assert row[1:] == (*(str(counts[lv.key]) for lv in field.levels), str(counts[NOT_SCORED_KEY]))
    by_gc = breakdown(form, "completion", plan.commitments, values, "grand_challenge", tags)
    gc = table_after(report, "Completion: commitments per level, by grand challenge")[0]
    assert [r[0] for r in gc.rows] == ["Increasing public integrity", "No grand challenge"]
    assert gc.rows[0][1:-1] == tuple(str(by_gc["Increasing public integrity"].counts[lv.key]) for lv in field.levels)
    assert {t.caption.split(". ", 1)[1].split(":")[0] for t in table_after(report, "")
            if "by theme" in t.caption} == {"Completion", "High completion", "Strong early results"}
    row = " ".join(table.rows[0])
    assert squash(row) in squash(" ".join(pdf_text(pdf).split()))
    assert table.caption in norm(docx_text(word))


def test_no_grand_challenge_table_when_none_is_recorded(plan):
    form = load_form(RESULTS)
    doc = scored_doc(plan, form)
    for cs in doc.assessments[0].commitments.values():
        cs.grand_challenges = []
    report = build_report(doc, ASSESSMENT_ID, form, today=TODAY, structure="legacy")
    assert not table_after(report, "Completion: commitments per level, by grand challenge")
    assert table_after(report, "Completion: commitments per level, by theme")


def test_context_shows_eligibility_when_recorded_and_says_so_when_not(results_outputs, outputs):
    _, _, pdf, word = results_outputs
    for text in (norm(pdf_text(pdf)), norm(docx_text(word))):
        assert "The action plan “Fifth U.S. Open Government National Action Plan” of the United States (2022–2024) " \
               "has 36 commitments with 70 milestones in all." in text
        for cell in ("Fiscal transparency", "4 of 4", "2023", "Open Budget Survey 2023", "Asset disclosure",
                     "Public disclosure by senior officials", "2024"):
            assert cell in text
        assert "No minimum-eligibility values are recorded" not in text
        assert "Government's text: “Posted August 5, 2024 Please find below the 5th Open Government" in text
    _, _, apr_pdf, apr_word = outputs  # the sample records no eligibility values
    for text in (norm(pdf_text(apr_pdf)), norm(docx_text(apr_word))):
        assert "No minimum-eligibility values are recorded for the United States." in text


def test_self_assessment_excerpt_is_short_and_absent_text_is_said(plan, form):
    from irm_app.reports.cycle import EXCERPT_CHARS

    report = build_report(scored_doc(plan, form), ASSESSMENT_ID, form, today=TODAY, structure="legacy")
    quoted = next(b for b in report.blocks if getattr(b, "label", "") == "Government's text: ")
    assert quoted.text.startswith("“Posted August 5, 2024") and quoted.text.endswith("…”")
    assert len(quoted.text) <= EXCERPT_CHARS + 4
    bare = plan.model_copy(update={"self_assessment": ""})
    report = build_report(scored_doc(bare, form), ASSESSMENT_ID, form, today=TODAY, structure="legacy")
    notes = [b.text for b in report.blocks if getattr(b, "style", "") == "note"]
    assert "No self-assessment report by the government is on record for this action plan." in notes


def test_action_plan_review_has_no_claim_columns(outputs):
    _, report, pdf, word = outputs
    for t in table_after(report, "Commitments of"):
        assert "Government's reported status" not in t.header[0]
        assert not any("▲" in cell for row in t.rows for cell in row)
    for text in (pdf_text(pdf), docx_text(word)):
        assert "Government's reported status" not in text and "▲" not in text
    assert "Results by theme and grand challenge" in [h.text for h in report.headings]
