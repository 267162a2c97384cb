"""Plan intake on the real plans (../shared/data/plans) and on OGP-template Word documents built here."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from irm_app.cli import main
from irm_app.intake.narrative import MINOR
from irm_app.intake.reader import read_document
from irm_app.library import Library
from tests.intake_docs import (
    EN_LABELS,
    ES_LABELS,
    build_template_docx,
    english_commitments,
    spanish_commitments,
)

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT.parent / "shared" / "data" / "plans"
SAMPLE = ROOT / "resources" / "samples" / "us-nap5-2022.json"


def real(name: str) -> Path:
    path = PLANS / name
    if not path.exists():
        pytest.skip(f"{path} is not here (the real plans live in ../shared/data/plans beside the clone)")
    return path


def stems(text: str) -> set[str]:
    """Significant words cut to five letters, so 'Implementing' meets 'Implementation'."""
    return {w[:5] for w in re.findall(r"[a-z]+", text.casefold()) if w not in MINOR and len(w) > 2}


def words(text: str) -> str:
    """Lower-case words only, links removed: the sample's Markdown and the PDF's text compare alike."""
    text = re.sub(r"\(https?://[^)]*\)", "", text).replace("’", "'")
    return " ".join(re.findall(r"[a-z0-9]+", text.casefold()))


@pytest.fixture(scope="module")
def nap5():
    return read_document(real("us-nap5-2022.pdf"))


@pytest.fixture(scope="module")
def nap2():
    return read_document(real("us-nap2-2013.pdf"))


def test_nap5_finds_the_bulleted_commitments_with_their_own_text(nap5) -> None:
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))["plan"]["commitments"]
    assert nap5.layout == "bullet-titles"
    assert 35 <= len(nap5.commitments) <= 36
    found = [words(c.fields["description"]) for c in nap5.commitments]
    heads = [" ".join(words(s["description"]).split()[:12]) for s in sample]
    own = sum(1 for i, text in enumerate(found) if heads[i] in text)
    assert own >= 35, "each commitment starts with the sample's own first words"
    for i, text in enumerate(found):  # and nothing of its neighbours'
        for j in (i - 1, i + 1):
            if 0 <= j < len(heads):
                assert heads[j] not in text, f"commitment {i + 1} holds the start of commitment {j + 1}"


def test_nap5_titles_agree_with_the_sample(nap5) -> None:
    """The portal shortened titles: a title agrees when 60% of the sample title's words are in it."""
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))["plan"]["commitments"]
    agree = [len(stems(s["title"]) & stems(c.title)) / len(stems(s["title"])) >= 0.6
             for s, c in zip(sample, nap5.commitments, strict=False)]
    assert sum(agree) >= 35, [s["title"] for s, ok in zip(sample, agree, strict=False) if not ok]
    assert nap5.commitments[0].theme == "Improve Access to Government Data, Research, and Information"
    assert nap5.commitments[-1].theme == "Ensure Equal Justice Under the Law"


def test_nap5_keeps_the_introduction_and_every_paragraph(nap5) -> None:
    headings = [x.heading for x in nap5.context]
    assert "Introduction" in headings and "Conclusion" in headings
    intro = next(x for x in nap5.context if x.heading == "Introduction")
    assert "The American people have strived" in intro.text and intro.span.first_page == 2
    used = set()
    for c in nap5.commitments:
        used.update(range(c.span.first_paragraph, c.span.last_paragraph + 1))
    for x in nap5.context:
        used.update(range(x.span.first_paragraph, x.span.last_paragraph + 1))
    assert used == {p.number for p in nap5.paragraphs}, "every paragraph is in a commitment or the context"


def test_nap2_numbered_commitments_under_their_sections_with_bullets_as_milestones(nap2) -> None:
    assert nap2.layout == "numbered"
    by_section: dict[str, list[str]] = {}
    for c in nap2.commitments:
        by_section.setdefault(c.theme, []).append(c.number)
    assert by_section == {
        "Open Government to Increase Public Integrity": [str(n) for n in range(1, 11)],
        "Open Government to Manage Resources More Effectively": [str(n) for n in range(1, 9)],
        "Open Government to Improve Public Services": [str(n) for n in range(1, 6)],
    }
    foia = next(c for c in nap2.commitments if c.title == "Modernize the Freedom of Information Act")
    assert [m.title for m in foia.milestones] == [
        "Improve the Customer Experience through a Consolidated Online FOIA Service",
        "Develop Common FOIA Regulations and Practices for Federal Agencies",
        "Improve Internal Agency FOIA Processes",
        "Establish a FOIA Modernization Advisory Committee",
        "Improve FOIA Training Across Government to Increase Efficiency",
    ]
    assert foia.milestones[0].description.startswith("More than 100 Federal agencies are subject to FOIA")
    assert "Certain steps in the FOIA process" not in foia.fields["description"]
    eiti = next(c for c in nap2.commitments if c.title.startswith("Implement the Extractive Industries"))
    assert [m.title for m in eiti.milestones][1] == "Unilaterally disclose all payments received by the U.S. Department of Interior"
    whistle = next(c for c in nap2.commitments if c.title.startswith("Strengthen and Expand Whistleblower"))
    assert whistle.milestones[-1].title == (
        "Explore Executive Authority to Expand Whistleblower Protections if Congress Does Not Act")  # wrapped bold title
    assert [x.heading for x in nap2.context][-1] == "Conclusion"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_template_docx_comes_back_exactly(tmp_path: Path, lang: str) -> None:
    source = english_commitments() if lang == "en" else spanish_commitments()
    labels = EN_LABELS if lang == "en" else ES_LABELS
    path = build_template_docx(tmp_path / f"plan-{lang}.docx", source, labels, plan_title="Action Plan",
                               intro="Introduction. How the plan was co-created.", annex="Annex: the forum's members.")
    detected = read_document(path)
    assert detected.layout == "ogp-template"
    plan = detected.to_plan(plan_id="AP_TEST", member="Test", member_code="TS")
    assert len(plan.commitments) == len(source)
    for c, src in zip(plan.commitments, source, strict=True):
        for key in ("number", "title", "start", "end", "lead_institution", "problem", "description",
                    "contribution", "relevance", "additional_info"):
            assert getattr(c, key) == src[key], (c.id, key)
        assert c.supporting_institutions == src["supporting"]
        assert list(c.other_fields.values()) == [src["contact"]]
        assert [(m.title, m.start, m.end) for m in c.milestones] == [
            (m["title"], m["start"], m["end"]) for m in src["milestones"]]
        assert c.source is not None and c.source.file == path.name and c.intake_note
        assert c.theme == ""  # the introduction's heading is not a theme
    texts = " ".join(x.text for x in plan.context)
    assert "How the plan was co-created" in texts and "the forum's members" in texts


def test_cli_dry_run_changes_nothing_then_import_goes_through_the_library(tmp_path: Path, capsys) -> None:
    path = build_template_docx(tmp_path / "plan.docx", spanish_commitments(), ES_LABELS, plan_title="Plan",
                               intro="Introducción. Texto.", annex="Anexo.")
    db = tmp_path / "lib.db"
    assert main(["import", str(path), "--dry-run", "--db", str(db), "--member-code", "HN"]) == 0
    out = capsys.readouterr().out
    assert "Integridad en la gestión pública | 2 milestones | p. 1" in out and "dry run: nothing imported" in out
    assert not db.exists()
    assert main(["import", str(path), "--db", str(db), "--member", "Honduras", "--member-code", "HN",
                 "--plan-id", "AP_HND_T"]) == 0
    with Library.open(db, readonly=True) as lib:
        plan = lib.plans.plan("AP_HND_T")
    assert [c.id for c in plan.commitments] == ["HN01", "HN02", "HN03"]
    assert plan.commitments[1].milestones[0].end == "Septiembre 30, 2019"
    assert plan.context and plan.commitments[0].source.first_paragraph >= 1


def test_narrative_word_document_numbered_commitments_and_list_bullets(tmp_path: Path) -> None:
    from docx import Document

    d = Document()
    d.add_heading("Plan de acción", 0)
    d.add_paragraph("Introducción al plan.")
    d.add_heading("Transparencia", 1)
    d.add_paragraph().add_run("Compromiso 1: Publicar el presupuesto").bold = True
    d.add_paragraph("El ministerio publicará el presupuesto.")
    d.add_paragraph("Publicar datos abiertos", style="List Bullet")
    d.add_paragraph().add_run("Compromiso 2: Abrir el registro").bold = True
    d.add_paragraph("Texto del registro.")
    d.save(tmp_path / "narr.docx")
    plan = read_document(tmp_path / "narr.docx")
    assert plan.layout == "numbered"
    assert [(c.number, c.title, c.theme) for c in plan.commitments] == [
        ("1", "Publicar el presupuesto", "Transparencia"), ("2", "Abrir el registro", "Transparencia")]
    assert [m.title for m in plan.commitments[0].milestones] == ["Publicar datos abiertos"]
    assert plan.commitments[0].fields["description"] == "El ministerio publicará el presupuesto."
    assert "Introducción al plan." in plan.context[0].text


def test_a_document_over_the_text_limits_is_refused_by_place_and_nothing_is_written(tmp_path: Path, capsys) -> None:
    """The same text limits as every importer: an over-long title in a template row is named."""
    source = english_commitments(2)
    source[1]["title"] = "Expand access to data " * 30  # 660 characters; titles hold at most 500
    path = build_template_docx(tmp_path / "plan.docx", source, EN_LABELS, plan_title="Plan",
                               intro="Introduction.", annex="Annex.")
    db = tmp_path / "lib.db"
    assert main(["import", str(path), "--db", str(db), "--member-code", "US"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "plan.docx" in err and "commitments[1].title" in err and "at most 500" in err
    assert not db.exists() or not Library.open(db, readonly=True).plans()


def test_a_cover_title_set_in_two_sizes_is_read_whole(nap2, nap5) -> None:
    """NAP2's cover sets its title at 36 and 26 pt: only the 36 pt half was the plan's title."""
    assert nap2.title == ("THE OPEN GOVERNMENT PARTNERSHIP SECOND OPEN GOVERNMENT NATIONAL ACTION PLAN "
                          "FOR THE UNITED STATES OF AMERICA")
    assert nap5.title == "FIFTH U.S. OPEN GOVERNMENT NATIONAL ACTION PLAN"  # its date (12.5 pt) is not


def test_a_cover_title_keeps_a_smaller_word_between_its_lines_and_stops_at_the_date() -> None:
    from irm_app.intake.narrative import _Doc, _title
    from irm_app.intake.pdf_text import Line

    def line(top: float, size: float, text: str, page: int = 1) -> Line:
        return Line(page=page, top=top, bottom=top + size, x0=56.0, size=size, text=text, bold=1.0,
                    bold_prefix=text, font="Sans,Bold", bullet=False)

    cover = [line(300, 36, "NATIONAL ACTION PLAN"), line(350, 20, "of"), line(380, 36, "RURITANIA"),
             line(430, 28, "2023-2025"), line(480, 14, "Ministry of Public Administration"),
             line(100, 11, "Introduction text of the plan.", page=2)]
    assert _title(_Doc("cover.pdf", cover)) == "NATIONAL ACTION PLAN of RURITANIA 2023-2025"
