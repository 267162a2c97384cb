"""Hostile and broken files: each is refused with one line naming the file (exit 2), or imported
when its content is fine; never a traceback, never a change to the library when refused.

The corpus is generated into a temporary folder (tests/data/bad/make_corpus.py): big files are
not committed.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
import tracemalloc
from pathlib import Path

import pytest

from irm_app.cli import main
from irm_app.methodology import FormError, load_form

from .conftest import dump_library

ROOT = Path(__file__).resolve().parents[1]


def _corpus_module():
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "tests" / "data" / "bad" / "make_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


corpus = _corpus_module()


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return {c.path.name: c for c in corpus.build(tmp_path_factory.mktemp("bad"))}




def _names() -> list[str]:
    """The corpus's file names, for parametrizing; built in a folder removed at once."""
    with tempfile.TemporaryDirectory(prefix="irm-corpus-") as d:
        return [c.path.name for c in corpus.build(Path(d), big=False)]


NAMES = _names()
BIG = ["50mb-cell.json", "50mb-cell.csv", "100k-rows.csv",
       pytest.param("100k-rows.xlsx", marks=pytest.mark.slow)]  # ~25 s: openpyxl reads 20,000 rows before refusing


@pytest.mark.parametrize("name", NAMES + BIG)
def test_import_refuses_with_one_line_or_imports(name: str, cases, library: Path, capsys) -> None:
    case = cases[name]
    before = dump_library(library)
    tracemalloc.start()
    try:
        rc = main(["import", str(case.path), "--db", str(library)])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    out, err = capsys.readouterr()
    # bounded memory: a few times the file at most, never what a bomb would inflate to
    assert peak < 8 * case.path.stat().st_size + 64_000_000, f"{name}: peak {peak:,} bytes"
    if case.expect == "refuse":
        assert rc == 2, f"{name} ({case.why}): exit {rc}, {err!r}"
        assert err.count("\n") == 1 and name in err and "Traceback" not in err, err
        assert dump_library(library) == before, f"{name}: the library changed"
    else:
        assert rc == 0, f"{name} ({case.why}): {err!r}"
        assert "imported" in out


def test_too_many_xlsx_rows_short_version(tmp_path: Path, library: Path, monkeypatch, capsys) -> None:
    """The unmarked stand-in for 100k-rows.xlsx: the same row limit, lowered."""
    from irm_app.importers import ogp_table

    monkeypatch.setattr(ogp_table, "MAX_ROWS", 100)
    path = tmp_path / "rows.xlsx"
    path.write_bytes(corpus.xlsx_bytes(corpus.rows(1000)))
    before = dump_library(library)
    assert main(["import", str(path), "--db", str(library)]) == 2
    err = capsys.readouterr().err
    assert "more than 100 rows" in err and "rows.xlsx" in err and err.count("\n") == 1
    assert dump_library(library) == before


def test_the_zip_bomb_is_small_on_disk_and_huge_inflated(cases) -> None:
    """The memory bound above is a multiple of the file's size: it means something only while the
    bomb is small on disk (it was written uncompressed once: 1.1 GB, a bound of 9 GB)."""
    import zipfile

    path = cases["zip-bomb.xlsx"].path
    with zipfile.ZipFile(path) as z:
        inflated = sum(i.file_size for i in z.infolist())
    assert path.stat().st_size < 2_000_000 and inflated >= 1 << 30


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx"])
def test_formula_text_stays_inert_text(fmt: str, cases, library: Path, tmp_path: Path) -> None:
    assert main(["import", str(cases[f"formula-title.{fmt}"].path), "--db", str(library)]) == 0
    out = tmp_path / "export.json"
    assert main(["export-json", "--out", str(out), "--db", str(library)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    titles = [c["title"] for p in doc["plans"] for c in p["commitments"]]
    assert corpus.FORMULA in titles  # exactly the text, not evaluated, not dropped


@pytest.mark.parametrize("name", sorted(corpus.FORM_CASES))
def test_broken_form_files_raise_one_line_form_error(name: str, tmp_path: Path) -> None:
    path = next(p for p in corpus.build_forms(tmp_path) if p.name == name)
    with pytest.raises(FormError) as e:
        load_form(path)
    assert "\n" not in str(e.value) and name in str(e.value)
