"""The Results Report and the Midterm Review as a reader sees them: the promising commitments
carried over from the review, the others with significant results singled out, the minimum
requirements of each Standard with their evidence, and the Midterm Review's own structure."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from irm_app.library import Library
from irm_app.operations import narrative as narr
from irm_app.operations.assessments import read_plan_file
from irm_app.operations.reports import render_report, report_input
from irm_app.operations.scoring import score
from irm_app.paths import sample_plan

APR = "irm-action-plan-review-2021"
RESULTS = "irm-results-report-2021"


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _section(text: str, start: str, end: str) -> str:
    """The text between the body heading `start` and the next `end` (past the contents page)."""
    i = text.rindex(start)
    return text[i:text.index(end, i)]


@pytest.fixture
def plan_with_review(tmp_path: Path):
    """The sample plan with an Action Plan Review: US0113 and US0114 a promising cluster, US0120 promising."""
    with Library.open(tmp_path / "lib.db") as lib:
        lib.imports.import_bundle(read_plan_file(sample_plan()), who="t")
        apr = lib.assessments.create_assessment("AP_USA05", APR, researcher="Ana", who="t")
        for cid in ("US0113", "US0114", "US0120"):
            score(lib, apr.id, cid, {"verifiable": "yes", "relevance": ["access_to_information"],
                                     "potential_for_results": "substantial", "promising": "yes"},
                  justification=f"Rationale for {cid}.", who="t")
        narr.set_cluster(lib, apr.id, "Equitable data", ["US0113", "US0114"], who="t")
        yield lib, apr.id, tmp_path


def test_results_report_singles_out_others_with_significant_results(plan_with_review) -> None:
    lib, _apr, tmp = plan_with_review
    rr = lib.assessments.create_assessment("AP_USA05", RESULTS, researcher="Ana", who="t")
    score(lib, rr.id, "US0113", {"completion": "complete", "early_results": "significant"},
          justification="Promising and significant.", who="t")
    score(lib, rr.id, "US0130", {"completion": "substantial", "early_results": "outstanding"},
          justification="Not promising, outstanding results.", who="t")
    score(lib, rr.id, "US0131", {"completion": "limited", "early_results": "moderate"},
          justification="Moderate only.", who="t")
    narr.set_narrative(lib, rr.id, "results", "The portal now publishes **every** inspection.",
                       commitment_id="US0130", who="t")
    text = _text(render_report(report_input(lib, rr.id), "pdf", tmp / "rr.pdf"))
    others = _section(text, "Other commitments with significant results", "Participation and co-creation")
    assert "US0130" in others and "The portal now publishes every inspection." in others
    assert "US0113" not in others  # promising: reported with the promising ones, not twice
    assert "US0131" not in others  # moderate results are not significant
    promising = _section(text, "Results of the promising commitments", "Other commitments with significant")
    assert "Cluster: Equitable data" in promising and "US0130" not in promising


def test_results_report_with_no_other_significant_results_says_so(plan_with_review) -> None:
    lib, _apr, tmp = plan_with_review
    rr = lib.assessments.create_assessment("AP_USA05", RESULTS, researcher="Ana", who="t")
    score(lib, rr.id, "US0113", {"completion": "complete", "early_results": "significant"}, justification="x", who="t")
    text = _text(render_report(report_input(lib, rr.id), "pdf", tmp / "rr.pdf"))
    others = _section(text, "Other commitments with significant results", "Participation and co-creation")
    assert "No commitment outside the promising ones has" in others


def test_each_minimum_requirement_with_its_text_level_and_cited_evidence(plan_with_review, capsys) -> None:
    from irm_app.cli import main

    lib, apr, tmp = plan_with_review
    ev = lib.evidence.add_evidence(apr, title="Minutes of the forum, 12 March 2024", kind="document", who="t")
    db = str(lib.path)
    lib.close()
    assert main(["score", apr, "mr_1_1_space_for_dialogue=met", "--db", db,
                 "--justification", f"The forum met in March and September [E:{ev.id[:8]}]."]) == 0
    assert "plan mr_1_1_space_for_dialogue = Met" in capsys.readouterr().out
    assert main(["score", apr, "mr_3_1_advance_notice=not_met", "--db", db,
                 "--justification", "The timeline was published two days before the first meeting."]) == 0
    with Library.open(db) as lib2:
        inp = report_input(lib2, apr)
    text = _text(render_report(inp, "pdf", tmp / "apr.pdf"))
    reqs = _section(text, "Minimum requirements", "Section III")
    assert "1.1 Space for dialogue: Met" in reqs
    assert "meets at least every six months" in reqs  # the requirement's text, for readers
    assert "[E:" not in reqs and "The forum met in March and September [1]." in " ".join(reqs.split())
    assert "3.1 Advance notice: Not met" in reqs
    capsys.readouterr()
    assert main(["requirements", apr, "--db", db]) == 0
    listed = capsys.readouterr().out
    assert "1.1 Space for dialogue: Met  (mr_1_1_space_for_dialogue)" in listed
    assert "  requires: A space for ongoing dialogue" in listed and "3.2 Outreach: not scored" in listed
    assert "5.1" not in reqs  # implementation cannot be known when the plan is reviewed
    glance = _section(text, "At a glance", "Section I")
    assert "1.1 Space for dialogue" in glance and "Standard 1" not in glance


MIDTERM = "irm-midterm-review-2024"


def test_midterm_review_of_the_sample_in_pdf_and_word(plan_with_review) -> None:
    """A four-year plan at its midpoint: the review's promising cluster carried over with its
    earlier codes, progress written for it, the requirements knowable during implementation."""
    from docx import Document

    lib, _apr, tmp = plan_with_review
    mtr = lib.assessments.create_assessment("AP_USA05", MIDTERM, researcher="Ana", who="t")
    score(lib, mtr.id, "US0113", {"completion": "substantial", "early_results": "moderate", "on_track": "yes"},
          justification="Two of three milestones done.", who="t")
    score(lib, mtr.id, "US0130", {"completion": "limited", "early_results": "significant", "on_track": "no"},
          justification="Slow, but the register already changed practice.", who="t")
    score(lib, mtr.id, None, {"mr_5_1_openness_during_implementation": "met"},
          justification="Two open meetings, in May and November.", who="t")
    narr.set_narrative(lib, mtr.id, "progress", "Halfway, the equity data **hub** is live.",
                       cluster="Equitable data", who="t")
    narr.set_narrative(lib, mtr.id, "recommendations", "Refresh the plan: drop US0131.", who="t")
    inp = report_input(lib, mtr.id)
    text = _text(render_report(inp, "pdf", tmp / "mtr.pdf"))
    assert "Midterm Review" in text
    for heading in ("Section I: Progress at mid-term", "Factors affecting implementation", "Completion at mid-term",
                    "Section II: Progress of the promising commitments", "Participation during implementation",
                    "Recommendations for the rest of the plan", "Annex 1: Commitment data"):
        assert heading in text, heading
    promising = _section(text, "Section II: Progress of the promising", "Other commitments")
    assert "Cluster: Equitable data" in promising and "Halfway, the equity data hub is live." in promising
    assert "Action Plan Review · Potential for results: Substantial" in " ".join(promising.split())
    others = _section(text, "Other commitments with significant early", "Participation during")
    assert "US0130" in others and "US0113" not in others
    reqs = _section(text, "Participation during implementation", "Recommendations for the rest")
    assert "5.1 Openness during implementation: Met" in reqs and "3.1" not in reqs
    assert "Refresh the plan: drop US0131." in _section(text, "Recommendations for the rest", "Section III")
    docx = render_report(inp, "docx", tmp / "mtr.docx")
    words = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "Section II: Progress of the promising commitments" in words and "Halfway, the equity data hub is live." in words


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_word_contents_have_page_numbers_in_libreoffices_pdf(plan_with_review) -> None:
    """The .docx's contents lines carry live page numbers: LibreOffice's PDF of it (no Word,
    no field update) lists each heading with the page it is on."""
    lib, apr, tmp = plan_with_review
    docx = render_report(report_input(lib, apr), "docx", tmp / "apr.docx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp / 'lo'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp / "out"), str(docx)], check=True, capture_output=True, timeout=180)
    pdf = tmp / "out" / "apr.pdf"
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    contents = pages[1]
    entries = re.findall(r"^\s*(\S.*?)\.{3,}\s*(\d+)\s*$", contents, re.M)
    assert len(entries) >= 7, contents  # at a glance ... sources, every one numbered
    for title, page in entries:
        body = " ".join(pages[int(page) - 1].split())
        assert " ".join(title.split()) in body, (title, page)
