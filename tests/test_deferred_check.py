"""The GUI's start defers the full integrity check past the first paint (`defer_check`): until
the check has passed nothing is written and no backup is taken; damage it finds keeps every
write refused and is found again at the next open (docs/reliability.md, "The sound check")."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from irm_app.importers.registry import read_import
from irm_app.library import Library, LibraryCorrupt, LibraryError
from irm_app.library.backups import list_backups
from irm_app.library.connection import mark_path
from irm_app.paths import sample_plan

FORM = "irm-progress-report-legacy"


def damage_table(path: Path, table: str) -> None:
    """Garbage over the root page of one table, leaving the pages the window reads intact."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    finally:
        conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(os.urandom(page_size))


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "library.db"
    with Library.open(path) as lib:
        lib.imports.import_bundle(read_import(sample_plan()), who="t")
        aid = lib.assessments.create_assessment("AP_USA05", FORM, researcher="Ana", who="Ana").id
    return path, aid


def _score(lib: Library, aid: str) -> None:
    field = lib.forms.get(FORM).scored_fields[0]
    lib.scores.set_score(aid, "US0113", field.key, field.levels[0].key, who="Ana")


def test_a_vouched_library_has_nothing_left_to_check(library: tuple[Path, str]) -> None:
    path, aid = library
    with Library.open(path, defer_check=True) as lib:
        assert lib.pending_check is None
        _score(lib, aid)  # writes at once


def test_writes_wait_for_the_deferred_check_and_resume_when_it_passes(library: tuple[Path, str]) -> None:
    path, aid = library
    mark_path(path).unlink()  # nothing vouches: the full check is due
    backups = len(list_backups(path))
    before = path.read_bytes()
    with Library.open(path, defer_check=True) as lib:
        assert lib.pending_check is not None
        assert lib.assessments.assessment(aid).id == aid  # reads are served meanwhile
        with pytest.raises(LibraryError, match="still being checked"):
            _score(lib, aid)
        assert len(list_backups(path)) == backups  # no backup of an unchecked file
        assert lib.pending_check.run() is None
        lib.check_passed()
        _score(lib, aid)
        assert lib.scores.values(aid, "US0113")
    assert path.read_bytes() != before
    assert mark_path(path).exists()
    with Library.open(path, defer_check=True) as lib:  # the mark vouches for what the session left
        assert lib.pending_check is None


def test_damage_the_start_does_not_read_is_found_and_writes_stay_refused(library: tuple[Path, str]) -> None:
    path, aid = library
    damage_table(path, "audit")
    with Library.open(path, defer_check=True) as lib:
        assert lib.pending_check is not None
        problem = lib.pending_check.run()
        assert problem is not None
        error = lib.check_failed(problem)
        assert isinstance(error, LibraryCorrupt) and "integrity check" in str(error)
        with pytest.raises(LibraryError, match="integrity check"):
            _score(lib, aid)
    with pytest.raises(LibraryCorrupt):  # closing left no mark that vouches for the damage
        Library.open(path)
