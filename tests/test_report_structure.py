"""The refreshed products as a reader sees them: the sample's Action Plan Review is short, the
researcher's words are where their section says, only promising commitments are analysed, a
final assessment refuses edits until reopened, and the narrative markup stays text."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from irm_app.cli import main
from irm_app.library import Library
from irm_app.library.errors import Locked
from irm_app.operations import narrative as narr
from irm_app.operations.assessments import read_plan_file, set_status
from irm_app.operations.reports import render_report, report_input
from irm_app.operations.scoring import score
from irm_app.paths import sample_plan
from irm_app.reports.blocks import RichText
from irm_app.reports.markup import parse, plain_text

APR = "irm-action-plan-review-2021"
OVERVIEW = "The plan is extensive but its commitments are **overall vague**; co-creation was top-down."
POTENTIAL = "Publishing equity data could change *how agencies decide*; see [E:{eid}] and [the plan](https://www.opengovpartnership.org/)."


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def review(tmp_path: Path):
    """The sample plan with an APR: three promising commitments, two of them one cluster."""
    with Library.open(tmp_path / "lib.db") as lib:
        lib.imports.import_bundle(read_plan_file(sample_plan()), who="t")
        a = lib.assessments.create_assessment("AP_USA05", APR, researcher="Ana", who="t")
        for cid, potential in (("US0113", "substantial"), ("US0114", "modest"), ("US0120", "substantial")):
            score(lib, a.id, cid, {"verifiable": "yes", "relevance": ["access_to_information"],
                                   "potential_for_results": potential, "promising": "yes"},
                  justification=f"Rationale for {cid}: clear, binding and measurable.", who="t")
        score(lib, a.id, "US0115", {"verifiable": "yes", "potential_for_results": "modest", "promising": "no"},
              justification="A portal only.", who="t")
        narr.set_cluster(lib, a.id, "Equitable data", ["US0113", "US0114"], who="t")
        ev = lib.evidence.add_evidence(a.id, title="Interview with the Equitable Data Working Group", kind="interview",
                              commitment_ids=["US0113"], who="t")
        narr.set_narrative(lib, a.id, "overview", OVERVIEW, who="t")
        narr.set_narrative(lib, a.id, "potential", POTENTIAL.format(eid=ev.id[:8]), cluster="Equitable data", who="t")
        yield lib, a.id, tmp_path


def test_review_with_no_narrative_is_short_and_holds_no_full_plan_text(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.db") as lib:
        lib.imports.import_bundle(read_plan_file(sample_plan()), who="t")
        a = lib.assessments.create_assessment("AP_USA05", APR, researcher="Ana", who="t")
        inp = report_input(lib, a.id)
    pdf = render_report(inp, "pdf", tmp_path / "apr.pdf")
    pages = len(PdfReader(str(pdf)).pages)
    assert 4 <= pages <= 20, pages  # the IRM's concise review; the legacy layout gave ~91
    legacy = render_report(inp, "pdf", tmp_path / "legacy.pdf", structure="legacy")
    assert len(PdfReader(str(legacy)).pages) > 3 * pages


def test_narrative_where_its_section_says_and_only_promising_analysed(review) -> None:
    lib, aid, tmp = review
    inp = report_input(lib, aid)
    text = " ".join(_text(render_report(inp, "pdf", tmp / "apr.pdf")).split())
    overview = text.index("Section I: Overview", text.index("At a glance", text.index("Annex II")))
    section2 = text.index("Section II: Promising commitments", overview)
    assert "overall vague" in text[overview:section2]  # the overview's words in Section I
    cluster = text.index("Cluster: Equitable data (US0113, US0114)", section2)
    assert "how agencies decide" in text[cluster:text.index("US0120", cluster + 50)]
    assert "see [1]" in text  # the citation became the source's number
    assert "Interview with the Equitable Data Working Group" in text[text.index("Annex II. Sources", cluster):]
    assert "Rationale for US0120" in text
    # a non-promising commitment is in the annex only: its plan description never printed
    us0115 = next(c for c in inp.doc.plans[0].commitments if c.id == "US0115")
    assert " ".join(us0115.description.split())[:120] not in text
    annex = text.index("Annex 1: Commitment data")
    assert text.count("US0115") >= 1 and text.index("US0115", annex) > annex
    assert "A portal only." in text[annex:]  # its codes with the short justification
    assert "unconfirmed level" not in text and "One level per commitment" not in text


def test_word_version_holds_the_same_narrative(review) -> None:
    from docx import Document

    lib, aid, tmp = review
    out = render_report(report_input(lib, aid), "docx", tmp / "apr.docx")
    body = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "overall vague" in body and "how agencies decide" in body
    bold = [r.text for p in Document(str(out)).paragraphs for r in p.runs if r.bold]
    assert "overall vague" in bold


def test_final_refuses_every_edit_until_reopened(review, capsys) -> None:
    lib, aid, tmp = review
    set_status(lib, aid, "submitted", who="t")
    set_status(lib, aid, "final", who="t")
    assert lib.assessments.assessment(aid).version == 1
    for edit in (
        lambda: score(lib, aid, "US0115", {"promising": "yes"}, who="t"),
        lambda: narr.set_narrative(lib, aid, "overview", "changed", who="t"),
        lambda: narr.set_cluster(lib, aid, "Equitable data", ["US0113"], who="t"),
    ):
        with pytest.raises(Locked, match="is final .version 1.: reopen it first"):
            edit()
    assert narr.sections(lib, aid)[0].words == len(OVERVIEW.replace("**", "").replace(";", "").split())
    final_pdf = render_report(report_input(lib, aid), "pdf", tmp / "final.pdf")
    assert "DRAFT" not in _text(final_pdf) and "Version 1" in " ".join(_text(final_pdf).split())
    set_status(lib, aid, "draft", who="t")
    narr.set_narrative(lib, aid, "overview", "changed", who="t")
    actions = [e.action for e in lib.history.audit(aid)]
    assert "reopen" in actions and actions.count("narrative") >= 3
    set_status(lib, aid, "final", who="t")
    assert lib.assessments.assessment(aid).version == 2


def test_cli_narrative_cluster_and_status(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "lib.db")
    assert main(["import", str(sample_plan()), "--db", db]) == 0
    capsys.readouterr()
    assert main(["new-assessment", "AP_USA05", "--form", APR, "--researcher", "Ana", "--db", db]) == 0
    aid = capsys.readouterr().out.strip()
    f = tmp_path / "o.txt"
    f.write_text("Two words", encoding="utf-8")
    assert main(["narrative", aid, "overview", "--text-file", str(f), "--db", db]) == 0
    assert main(["cluster", aid, "Data", "--members", "US0113,US0114", "--db", db]) == 0
    assert main(["narrative", aid, "potential", "--cluster", "Data", "--text-file", str(f), "--db", db]) == 0
    capsys.readouterr()
    assert main(["narrative", aid, "potential", "--text-file", str(f), "--db", db]) == 2
    assert "per commitment or cluster" in capsys.readouterr().err
    f.write_text("See [E:nope].", encoding="utf-8")
    assert main(["narrative", aid, "overview", "--text-file", str(f), "--db", db]) == 2
    err = capsys.readouterr().err
    assert "[E:nope] is not an evidence item" in err and len(err.strip().splitlines()) == 1
    assert main(["narratives", aid, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "overview" in out and "cluster: Data" in out and "600" in out
    assert main(["status", aid, "final", "--db", db]) == 0
    assert "(version 1)" in capsys.readouterr().out
    assert main(["narrative", aid, "overview", "--text-file", str(f), "--db", db]) == 2
    assert "reopen it first" in capsys.readouterr().err
    pdf = tmp_path / "r.pdf"
    assert main(["report", aid, "--out", str(pdf), "--db", db]) == 0
    assert "not signed: no signing identity" in capsys.readouterr().err


def test_markup_is_text_not_code() -> None:
    rich = parse("<b>x</b> **bold** [js](javascript:alert(1)) [ok](mailto:a@b.org)\n\n- item *it*",
                 lambda e: "[1]")
    assert isinstance(rich, RichText) and len(rich.paras) == 2 and rich.paras[1].bullet
    runs = rich.paras[0].runs
    assert any(r.bold and r.text == "bold" for r in runs)
    assert not any(r.url and r.url.startswith("javascript") for r in runs)
    assert any(r.url == "mailto:a@b.org" for r in runs)
    assert "<b>x</b>" in plain_text(rich) and "[js](javascript:alert(1))" in plain_text(rich)
