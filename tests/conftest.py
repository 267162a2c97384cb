"""Shared fixtures: a library holding the real sample plan, with and without scores.

Qt runs offscreen in every test (set before any QApplication exists), and nothing uses the
user's real data folder: IRM_APP_HOME points into a temporary folder for the whole session.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path
from typing import NamedTuple

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["IRM_APP_HOME"] = tempfile.mkdtemp(prefix="irm-home-")
os.environ.pop("IRM_APP_DB", None)

from irm_app.importers.registry import read_import  # noqa: E402
from irm_app.library import Library  # noqa: E402
from irm_app.paths import sample_plan  # noqa: E402

LEGACY = "irm-progress-report-legacy"
PLAN_ID = "AP_USA05"


class Scored(NamedTuple):
    lib: Library
    assessment_id: str


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library.db"


@pytest.fixture
def library(db_path: Path) -> Path:
    """The path of a closed library file holding the sample plan (for the CLI under test)."""
    with Library.open(db_path) as lib:
        lib.imports.import_bundle(read_import(sample_plan()), who="t")
    return db_path


def dump_library(db: Path) -> str:
    """Every row and schema statement of a library, read-only: equal dumps = an unchanged library."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def sample_library(db_path: Path):
    """A library with the real U.S. NAP5 sample imported and nothing scored."""
    lib = Library.open(db_path)
    lib.imports.import_bundle(read_import(sample_plan()), who="test")
    yield lib
    lib.close()


@pytest.fixture
def scored_library(sample_library: Library):
    """(library, assessment id): the sample with a legacy assessment: two commitments fully scored, one partly, evidence."""
    lib = sample_library
    a = lib.assessments.create_assessment(PLAN_ID, LEGACY, researcher="Ana Researcher", who="Ana Researcher")
    full = {
        "specificity": "high",
        "relevance": ["access_to_information", "civic_participation"],
        "potential_impact": "transformative",
        "on_time": "yes",
        "completion_progress": "complete",
        "completion_end_of_term": "complete",
        "did_it_open_government": "major",
    }
    for cid in ("US0113", "US0114"):
        for field, value in full.items():
            lib.scores.set_score(a.id, cid, field, value, who="Ana Researcher")
            lib.scores.set_justification(a.id, cid, field, f"{cid} {field}: evidence in the tracker", who="Ana Researcher")
    lib.scores.set_score(a.id, "US0115", "specificity", "low", who="Ana Researcher")
    lib.evidence.add_evidence(a.id, title="NAP5 commitment tracker", kind="website",
                     url="https://open.usa.gov/national-action-plan/5/commitments/",
                     commitment_ids=["US0113", "US0114"], who="Ana Researcher")
    yield Scored(lib, a.id)
