"""The bundled U.S. NAP5 sample: what a user opening it would see, and that it can be rebuilt."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from irm_app.model import ActionPlan

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "resources" / "samples" / "us-nap5-2022.json"
SCHEMA = REPO / "docs" / "schema" / "plan.schema.json"
SCRIPT = REPO / "scripts" / "convert_us_nap5.py"
SOURCE = REPO.parent / "shared" / "data" / "us-nap5-2022"


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def plan(doc: dict[str, Any]) -> ActionPlan:
    return ActionPlan.model_validate(doc["plan"])


def _strings(obj: Any) -> Iterator[str]:
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def test_document_header_and_provenance(doc: dict[str, Any]) -> None:
    assert doc["format"] == "irm-plan/1"
    prov = doc["provenance"]
    assert prov["converted_by"] == "scripts/convert_us_nap5.py"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", prov["converted"])
    assert "open.usa.gov" in prov["source"]
    assert "CC0" in prov["licence"] and prov["notes"]


def test_plan_identity(plan: ActionPlan) -> None:
    assert (plan.id, plan.member, plan.member_code, plan.number) == ("AP_USA05", "United States", "US", 5)
    assert plan.title == "Fifth U.S. Open Government National Action Plan"
    assert plan.period == "2022-2024"
    assert plan.licence == "CC0 1.0 / U.S. public domain"
    assert "https://open.usa.gov/national-action-plan/5/" in plan.source
    assert plan.themes[0] == "Improve Access to Government Data, Research, and Information"
    assert plan.themes[-1] == "Ensure Equal Justice Under the Law"
    assert len(plan.themes) == 5


def test_counts_and_ids(plan: ActionPlan) -> None:
    assert len(plan.commitments) == 36
    assert sum(len(c.milestones) for c in plan.commitments) == 70
    assert [c.number for c in plan.commitments] == [str(i) for i in range(1, 37)]
    for c in plan.commitments:
        assert re.fullmatch(r"US\d{4}", c.id)
        assert c.title.strip() and c.theme in plan.themes
        assert c.description.strip(), c.id
        assert c.lead_institution
        assert c.url == f"https://www.opengovpartnership.org/members/united-states/commitments/{c.id.lower()}/"
        assert c.milestones
        for m in c.milestones:
            assert m.id.startswith(c.id + "."), m.id
            assert m.lead.strip(), m.id
            assert m.start is None and m.end is None  # the source gives no dates: none invented


def test_theme_counts_match_the_self_assessment(plan: ActionPlan) -> None:
    # Chart 1 of the government's self-assessment: commitments per theme.
    per_theme = {t: sum(c.theme == t for c in plan.commitments) for t in plan.themes}
    assert list(per_theme.values()) == [8, 4, 5, 13, 6]


def test_statuses_match_the_self_assessment(plan: ActionPlan) -> None:
    # Charts 2 and 3: 14 of 36 commitments and 33 of 70 sub-commitments Complete, 1 Not Started.
    ms = [m for c in plan.commitments for m in c.milestones]
    assert sum(m.self_status == "Complete" for m in ms) == 33
    assert sum(m.self_status == "Not Started" for m in ms) == 1
    assert sum(c.self_status == "Complete" for c in plan.commitments) == 14
    assert {c.self_status for c in plan.commitments} == {"Complete", "In Progress"}


def test_known_facts(plan: ActionPlan) -> None:
    by_id = {c.id: c for c in plan.commitments}
    us0113 = by_id["US0113"]
    assert us0113.title == "Expand the Production, Dissemination, and Use of Equitable Data"
    assert [m.id for m in us0113.milestones] == [f"US0113.{i}" for i in range(1, 8)]
    first = us0113.milestones[0]
    assert first.self_status == "Complete"
    assert first.lead == "Executive Office of the President"
    assert first.supporting == ["Office of Science and Technology Policy"]
    assert "rechartering the Equitable Data Working Group" in first.description
    assert us0113.self_status == "In Progress"  # one of its seven is still in progress
    assert [m.id for m in by_id["US0114"].milestones] == ["US0114.0"]
    assert by_id["US0118"].milestones[1].self_status == "Not Started"
    # A quoted agency value spanning two lines in the source is read as one name.
    us0145_3 = next(m for m in by_id["US0145"].milestones if m.id == "US0145.3")
    assert us0145_3.supporting == ["National Telecommunications and Information Administration"]


def test_self_reports(plan: ActionPlan) -> None:
    ms = {m.id: m for c in plan.commitments for m in c.milestones}
    both = [m for m in ms.values() if [r.date for r in m.self_reports] == ["2023-08", "2024-02"]]
    assert len(both) == 70
    m = ms["US0114.0"]
    aug, feb = m.self_reports
    assert aug.status is None  # the August 2023 tracker reported no status
    assert "https://spd15revision.gov/" in aug.text  # an <a> with no text keeps its URL
    assert feb.status == "In Progress" and "Evidence:" in feb.text
    assert "https://www.federalregister.gov/documents/2023/01/27/" in feb.text
    assert "February 2024" in feb.source and "August 2023" in aug.source


def test_milestone_titles_are_short_but_text_is_kept(plan: ActionPlan) -> None:
    for m in (m for c in plan.commitments for m in c.milestones):
        assert len(m.title) <= 160
        assert m.description.startswith(m.title.rstrip("…"))


def test_self_assessment_is_clean_text(plan: ActionPlan) -> None:
    text = plan.self_assessment
    assert text.count("\n## ") >= 5 and "## Lessons and Insights" in text
    assert "website is moving" not in text  # site chrome removed
    assert "https://www.federalregister.gov/documents/2024/04/15/2024-07900/" in text


def test_no_markup_left_anywhere(doc: dict[str, Any]) -> None:
    for s in _strings(doc):
        assert not re.search(r"</?[A-Za-z][^>]*>", s), s[:120]
        assert not re.search(r"&(nbsp|amp|lt|gt|quot|#\d+);", s), s[:120]
        assert "](" not in s and "**" not in s and "{:" not in s, s[:120]


def test_schema_file_matches_the_model() -> None:
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import convert_us_nap5
    finally:
        sys.path.remove(str(SCRIPT.parent))
    assert SCHEMA.read_text(encoding="utf-8") == convert_us_nap5.schema_text(), (
        "docs/schema/plan.schema.json is stale: rerun the script with --schema"
    )


def test_sample_validates_against_json_schema(doc: dict[str, Any]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(doc, json.loads(SCHEMA.read_text(encoding="utf-8")))


@pytest.mark.skipif(not SOURCE.is_dir(), reason="source data ../shared/data/us-nap5-2022 absent")
def test_regenerating_gives_the_committed_file(tmp_path: Path) -> None:
    out = tmp_path / "plan.json"
    res = subprocess.run(
        [sys.executable, str(SCRIPT), "--source", str(SOURCE), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert res.returncode == 0, res.stderr
    assert out.read_bytes() == SAMPLE.read_bytes(), "rerun the conversion and commit the sample"


def test_script_refuses_a_wrong_source(tmp_path: Path) -> None:
    res = subprocess.run(
        [sys.executable, str(SCRIPT), "--source", str(tmp_path), "--out", str(tmp_path / "x.json")],
        capture_output=True,
        text=True,
    )
    assert res.returncode == 1 and "nap-5.md not found" in res.stderr
    assert not (tmp_path / "x.json").exists()
