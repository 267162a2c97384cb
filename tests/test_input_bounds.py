"""Input bounds of issue 11: memory-bounded importers, an XLSX read whole, bad numbers and
text over the limits refused with one line naming the file and the place (exit 2), the library
unchanged. Figures with the full-size files: docs/reliability.md "Input bounds"."""

from __future__ import annotations

import io
import json
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from irm_app.cli import main
from irm_app.importers.registry import read_import
from irm_app.library import Library
from irm_app.paths import sample_plan

from .conftest import dump_library
from .test_bad_inputs import corpus

HEAD = "Commitment Unique Identifier,Action Plan ID,Country/Locality,Commitment Title,Action Plan Number,Year Of Submission\n"


def refused(path: Path, library: Path, capsys, *words: str) -> int:
    """Import `path`: exit 2, one line naming the file and holding `words`, library unchanged;
    returns the peak traced memory."""
    before = dump_library(library)
    tracemalloc.start()
    try:
        rc = main(["import", str(path), "--db", str(library)])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    err = capsys.readouterr().err
    assert rc == 2, err
    assert err.count("\n") == 1 and path.name in err and "Traceback" not in err, err
    for w in words:
        assert w in err, err
    assert dump_library(library) == before
    return peak


def _plan_json(**changes: object) -> dict:
    doc = json.loads(sample_plan().read_text(encoding="utf-8"))
    doc["plan"]["commitments"][0].update(changes)
    return doc


@pytest.mark.parametrize(("cell", "column"), [
    ("inf", "Year Of Submission"), ("nan", "Year Of Submission"), ("1e400", "Year Of Submission"),
    ("1" * 4300, "Year Of Submission"), ("-inf", "Action Plan Number"),
])
def test_csv_bad_numbers_are_one_line_by_place(tmp_path: Path, library: Path, capsys, cell: str, column: str) -> None:
    year, number = (cell, "1") if column == "Year Of Submission" else ("2022", cell)
    path = tmp_path / "numbers.csv"
    path.write_text(HEAD + f"ZZ1,AP_ZZ01,Zedland,Open data,{number},{year}\n", encoding="utf-8")
    refused(path, library, capsys, "line 2", column, "not a whole number")


def test_json_long_integer_and_deep_nesting_are_one_line(tmp_path: Path, library: Path, capsys) -> None:
    big = tmp_path / "bigint.json"
    text = json.dumps(_plan_json(number="x"))
    big.write_text(text.replace('"number": "x"', '"number": ' + "7" * 5000, 1), encoding="utf-8")
    refused(big, library, capsys, "digits")
    deep = tmp_path / "deep.json"
    nested = "[" * 10_000 + "]" * 10_000
    deep.write_text(json.dumps(_plan_json(policy_areas=[])).replace('"policy_areas": []', '"policy_areas": ' + nested, 1),
                    encoding="utf-8")
    refused(deep, library, capsys, "nested")


def test_json_of_many_values_is_refused_before_it_is_built(tmp_path: Path, library: Path, capsys) -> None:
    """`[{},{},...]` was parsed whole (9.5 GiB for 200 MB): now counted on the raw text."""
    path = tmp_path / "values.json"
    path.write_text("[" + ",".join(["{}"] * 3_000_000) + "]", encoding="utf-8")
    peak = refused(path, library, capsys, "JSON values")
    assert peak < 3 * path.stat().st_size + 16_000_000, f"peak {peak:,}"


def test_csv_header_of_many_columns_is_refused_with_memory_bounded(tmp_path: Path, library: Path, capsys) -> None:
    path = tmp_path / "commas.csv"
    path.write_text(HEAD.rstrip("\n") + "," * 1_500_000 + "\n" + "ZZ1,AP_ZZ01,Zedland,T,1,2022\n", encoding="utf-8")
    peak = refused(path, library, capsys, "line 1", "columns")
    assert peak < 3 * path.stat().st_size + 16_000_000, f"peak {peak:,}"


def test_xlsx_with_a_stale_dimension_is_read_whole(tmp_path: Path, library: Path) -> None:
    """A <dimension> claiming A1:E2 made openpyxl stop after one row (exit 0, 1 of N imported)."""
    data = corpus.xlsx_bytes(corpus.rows(300))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        files = {n: z.read(n) for n in z.namelist()}
    sheet = files["xl/worksheets/sheet1.xml"].decode()
    files["xl/worksheets/sheet1.xml"] = sheet.replace("<sheetData>", '<dimension ref="A1:C2"/><sheetData>', 1).encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in files.items():
            z.writestr(n, d)
    path = tmp_path / "stale.xlsx"
    path.write_bytes(buf.getvalue())
    bundle = read_import(path)
    [plan] = bundle.plans
    assert len(plan.commitments) == 300 and plan.commitments[-1].title == "Open data 299"
    assert main(["import", str(path), "--db", str(library)]) == 0
    with Library.open(library) as lib:
        assert len(lib.plans.commitments("AP_ZZ01")) == 300


@pytest.mark.parametrize(("changes", "words"), [
    ({"title": "T" * 3000}, ["commitments[0].title", "3,000 characters (at most 500)"]),
    ({"title": "T" * 500}, None),  # at the limit: accepted
    ({"description": "d" * 100_001}, ["description", "at most 100,000"]),
    ({"description": "a\x00b"}, ["description", "U+0000"]),
    ({"lead_institution": "Ministry\x1b[31m"}, ["lead_institution", "U+001B"]),
    ({"description": "x\x85y"}, ["U+0085"]),
    ({"description": "ok\ud800"}, ["U+D800"]),
])
def test_json_text_limits(tmp_path: Path, library: Path, capsys, changes: dict, words: list[str] | None) -> None:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(_plan_json(**changes)), encoding="utf-8")
    if words is None:
        assert main(["import", str(path), "--db", str(library)]) == 0
    else:
        refused(path, library, capsys, "US0113", *words)


@pytest.mark.parametrize(("title", "words"), [
    ("T" * 501, ["commitment.title", "501 characters (at most 500)"]),
    ("vertical\x0btab", ["commitment.title", "U+000B"]),
])
def test_csv_text_limits(tmp_path: Path, library: Path, capsys, title: str, words: list[str]) -> None:
    csv_path = tmp_path / "t.csv"
    csv_path.write_text(HEAD + f"ZZ1,AP_ZZ01,Zedland,{title},1,2022\n", encoding="utf-8")
    refused(csv_path, library, capsys, "line 2", *words)


def test_xlsx_text_limits(tmp_path: Path, library: Path, capsys) -> None:
    path = tmp_path / "t.xlsx"
    path.write_bytes(corpus.xlsx_bytes([["ZZ1", "AP_ZZ01", "Zedland", "T" * 3000, "1"]]))
    refused(path, library, capsys, "row 2", "commitment.title", "3,000 characters (at most 500)")
