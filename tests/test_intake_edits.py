"""The review step's corrections on a real detection (a Word plan in OGP's template), headless:
nothing a correction moves is lost, and the corrected plan imports with the reviewer's ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from irm_app.intake import edits
from irm_app.intake.detected import TEXT_FIELDS
from irm_app.intake.reader import read_document
from tests.intake_docs import EN_LABELS, build_template_docx, english_commitments


@pytest.fixture
def detected(tmp_path: Path):
    path = build_template_docx(tmp_path / "plan.docx", english_commitments(4), EN_LABELS, plan_title="Fifth Plan",
                               intro="Introduction. Context.", annex="Annex text.")
    return read_document(path)


def _all_text(plan) -> str:
    parts = []
    for c in plan.commitments:
        parts += [c.title, *c.fields.values()] + [f"{m.title} {m.description}" for m in c.milestones]
    return " ".join(" ".join(parts).split())


def test_the_fields_edited_are_the_detectors() -> None:
    assert set(edits.EDIT_FIELDS) <= set(TEXT_FIELDS)


def test_split_then_merge_keeps_every_word(detected) -> None:
    c = detected.commitments[0]
    text = c.fields["description"]
    cut = text.index(". ") + 2
    before_words = sorted(_all_text(detected).split())
    new = edits.split(detected, 0, "description", cut, milestones_from=1)
    assert len(detected.commitments) == 5 and new == 1
    a, b = detected.commitments[0], detected.commitments[1]
    assert a.fields["description"] == text[:cut].rstrip()
    assert b.title == text[cut:].strip().split("\n")[0][:len(b.title)]
    assert len(a.milestones) == 1 and b.milestones and "split from #1" in b.note
    assert b.fields.get("contribution") and not a.fields.get("contribution")  # later fields went with it
    edits.merge(detected, 0)
    assert len(detected.commitments) == 4
    assert sorted(_all_text(detected).split()) == before_words


def test_text_becomes_milestones_and_back(detected) -> None:
    c = detected.commitments[2]
    n = len(c.milestones)
    c.fields["description"] = "Intro text.\n\u2022 Publish the register\n\u2022 Train the staff"
    start = c.fields["description"].index("\u2022")
    made = edits.field_to_milestones(c, "description", start, len(c.fields["description"]))
    assert [m.title for m in made] == ["Publish the register", "Train the staff"]
    assert c.fields["description"] == "Intro text." and len(c.milestones) == n + 2
    edits.milestone_to_text(c, n + 1)
    assert c.fields["description"] == "Intro text.\n\nTrain the staff"
    edits.move_text(c, "description", 0, len("Intro text."), "additional_info")
    assert c.fields["additional_info"].endswith("Intro text.")
    with pytest.raises(ValueError, match="select"):
        edits.move_text(c, "description", 0, 0, "problem")


def test_ids_from_numbers_and_the_corrected_bundle(detected) -> None:
    detected.commitments[1].number = detected.commitments[0].number  # numbering restarting: by position
    assert edits.ids_from_number(detected, "us") == ["US01", "US02", "US03", "US04"]
    detected.commitments[0].id = "US0113"  # an OGP id the researcher knows
    plan = detected.to_bundle(plan_id="AP_USA05", member="United States", member_code="US", number=5,
                              period_start=2022, period_end=2024, themes=["Integrity"]).plans[0]
    assert [c.id for c in plan.commitments] == ["US0113", "US02", "US03", "US04"]
    assert plan.commitments[0].milestones[0].id == "US0113.1"
    assert (plan.period, plan.themes) == ("2022-2024", ["Integrity"])
