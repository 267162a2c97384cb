"""Importers: the JSON plan format and OGP's commitments table (CSV and XLSX)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from irm_app.importers.bundle import ImportFailed
from irm_app.importers.registry import read_import
from irm_app.library import Library
from irm_app.paths import sample_plan

OGP_CSV = Path(__file__).parent / "data" / "ogp" / "commitments-sample.csv"


def csv_rows() -> list[dict[str, str]]:
    with open(OGP_CSV, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def to_xlsx(dest: Path) -> Path:
    with open(OGP_CSV, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(dest)
    return dest


def test_sample_plan_reads_without_writing() -> None:
    bundle = read_import(sample_plan())
    [plan] = bundle.plans
    assert plan.id == "AP_USA05" and len(plan.commitments) == 36
    assert sum(len(c.milestones) for c in plan.commitments) == 70


@pytest.mark.parametrize("reader", ["csv", "xlsx"])
def test_ogp_table_groups_plans_and_keeps_texts(reader: str, tmp_path: Path) -> None:
    path = OGP_CSV if reader == "csv" else to_xlsx(tmp_path / "export.xlsx")
    bundle = read_import(path)
    plans = {p.id: p for p in bundle.plans}
    assert set(plans) == {"AP_ALB01", "AP_BRA05"}
    alb = plans["AP_ALB01"]
    assert (alb.member, alb.number, alb.period_start, alb.period_end) == ("Albania", 1, 2012, 2014)
    c = alb.commitments[0]
    assert c.id == "AL0001" and c.start == "2012-09-01"
    assert c.supporting_institutions == ["Ministry of Finance", "National Agency for Information Society"]
    assert "2013 | Portal online" in c.description
    assert alb.commitments[3].theme == ""  # "NA" is a missing-value code, not a theme
    assert "Transparência" in plans["AP_BRA05"].commitments[2].title


def test_ogp_codes_become_assessments_of_the_matching_forms() -> None:
    bundle = read_import(OGP_CSV)
    forms = {(a.plan_id, a.form) for a in bundle.assessments}
    assert forms == {
        ("AP_ALB01", "irm-progress-report-legacy"),
        ("AP_BRA05", "irm-action-plan-review-2021"),
        ("AP_BRA05", "irm-results-report-2021"),
    }
    legacy = next(a for a in bundle.assessments if a.form == "irm-progress-report-legacy")
    assert legacy.scores["AL0001"]["potential_impact"] == "transformative"
    assert legacy.scores["AL0001"]["relevance"] == ["access_to_information", "public_accountability", "technology_innovation"]
    assert "specificity" not in legacy.scores["AL0006"]  # ND is "not assessed", not a score
    assert legacy.scores["AL0006"]["completion_progress"] == "withdrawn"
    results = next(a for a in bundle.assessments if a.form == "irm-results-report-2021")
    assert results.scores["BR0103"]["completion"] == "no_evidence_available"
    assert results.scores["BR0101"]["early_results"] == "significant"


def test_unmappable_values_are_flagged_never_scored() -> None:
    bundle = read_import(OGP_CSV)
    flagged = {(f.commitment_id, f.column, f.raw) for f in bundle.flags}
    assert ("AL0008", "Specificity", "Hgih") in flagged
    legacy = next(a for a in bundle.assessments if a.form == "irm-progress-report-legacy")
    assert "specificity" not in legacy.scores["AL0008"]


def test_export_json_stars_agree_with_ogps_own_columns(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.db") as lib:
        lib.imports.import_bundle(read_import(OGP_CSV), who="t")
        doc = lib.snapshot()
    legacy = next(a for a in doc.assessments if a.form == "irm-progress-report-legacy")
    checked = 0
    for row in csv_rows():
        if row["Action Plan ID"] != "AP_ALB01" or row["Specificity"] == "Hgih":
            continue
        derived = legacy.commitments[row["Commitment Unique Identifier"]].derived
        for key, column in (("starred_progress", "Starred (Current Formula) Progress Report"),
                            ("starred_end_of_term", "Starred (Current Formula) End of Term")):
            if derived[key] is not None:
                assert derived[key] == (row[column] == "1"), (row["Commitment Unique Identifier"], key)
                checked += 1
    assert checked >= 12


def test_reimporting_the_table_does_not_duplicate_or_overwrite(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.db") as lib:
        lib.imports.import_bundle(read_import(OGP_CSV), who="t")
        aid = next(a.id for a in lib.assessments.all("AP_ALB01"))
        lib.scores.set_score(aid, "AL0001", "potential_impact", "moderate", who="researcher")
        result = lib.imports.import_bundle(read_import(OGP_CSV), who="t")
        assert result.assessments_created == [] and result.commitments_added == 0
        assert len(lib.assessments.all()) == 3
        assert lib.scores.values(aid, "AL0001")["potential_impact"] == "moderate"
        assert any("AL0001 potential_impact" in c for c in result.conflicts)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


PLAN = {"format": "irm-plan/1", "plan": {"id": "AP_X01", "member": "X", "commitments": [{"id": "X0001", "title": "T"}]}}


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.json", b"", "empty.json: the file is empty"),
        ("broken.json", '{"format": "irm-plan/1", "plan": {', "broken.json: line 1, column"),
        ("list.json", "[1, 2]", "expected a JSON object"),
        ("wrong.json", '{"format": "something-else"}', "format: expected 'irm-plan/1'"),
        ("latin1.json", '{"format": "irm-plan/1", "plan": {"member": "Perú"}}'.encode("latin-1"), "not UTF-8 text"),
        ("noid.json", json.dumps({"format": "irm-plan/1", "plan": {"member": "X"}}), "plan.id: Field required"),
        ("badcid.json", json.dumps({**PLAN, "plan": {**PLAN["plan"], "commitments": [{"id": "../x", "title": "t"}]}}),
         "plan.commitments[0].id"),
        ("dup.json", json.dumps({**PLAN, "plan": {**PLAN["plan"], "commitments": [{"id": "X1", "title": "a"}, {"id": "X1", "title": "b"}]}}),
         "duplicate commitment id 'X1'"),
        ("deep.json", '{"format": "irm-plan/1", "plan": ' + "[" * 5000 + "]" * 5000 + "}", "nested"),
        ("garbage.bin", bytes(range(256)) * 10, "garbage.bin"),
        ("missingcol.csv", "Commitment Unique Identifier,Country/Locality\nAL0001,Albania\n", "missing column 'Action Plan ID'"),
        ("dupe.csv", "Commitment Unique Identifier,Action Plan ID,Country/Locality,Commitment Title\nA1,P1,X,t\nA1,P1,X,t\n",
         "dupe.csv: line 3: commitment A1 already appears at line 2"),
        ("truncated.xlsx", b"PK\x03\x04" + b"\x00" * 40, "truncated.xlsx: not a valid .xlsx"),
    ],
)
def test_malformed_inputs_give_one_line_naming_the_file(tmp_path: Path, name: str, data, message: str) -> None:
    with pytest.raises(ImportFailed) as e:
        read_import(write(tmp_path, name, data))
    text = str(e.value)
    assert message in text
    assert "\n" not in text and name in text


def test_utf16_and_bom_are_read(tmp_path: Path) -> None:
    text = json.dumps(PLAN)
    assert read_import(write(tmp_path, "bom.json", "\ufeff" + text)).plans[0].id == "AP_X01"
    assert read_import(write(tmp_path, "u16.json", text.encode("utf-16"))).plans[0].id == "AP_X01"
