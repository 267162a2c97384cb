"""Full-text search: the index follows every write, hostile queries are text, 200 plans scale."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from irm_app.cli import main
from irm_app.importers.registry import read_import
from irm_app.library import Library
from irm_app.library.search import match_expression
from irm_app.library.search_schema import SOURCES
from irm_app.operations.search import plain_snippet, search
from irm_app.paths import sample_plan

from .conftest import LEGACY, PLAN_ID
from .many_plans import many_plans

HOSTILE = ['"', '""', '"unbalanced', "NEAR(", "NEAR(a b", "*", "a*", "-x", "^x", "a:b", "AND", "OR NOT",
           "(", ")", "{a b}", "col:", "'; DROP TABLE plans; --", "\x00", "ü*", "x" * 5000, "   "]


def found(lib: Library, text: str, **scope) -> set[tuple[str, str, str]]:
    return {(h.kind, h.commitment_id, h.field) for h in search(lib, text, **scope).hits}


def test_a_phrase_from_a_description_finds_its_commitments(sample_library: Library) -> None:
    r = search(sample_library, "Executive Order 13985")
    assert r.total >= 3 and not r.truncated
    assert {"US0113", "US0128"} <= {h.commitment_id for h in r.hits}
    hit = next(h for h in r.hits if h.commitment_id == "US0128")
    assert hit.kind == "commitment" and hit.field == "description"
    assert "[Executive] [Order] [13985]" in plain_snippet(hit)


def test_milestones_and_words_in_any_order(sample_library: Library) -> None:
    m = sample_library.plans.commitments(PLAN_ID)[0].milestones[0]
    words = m.title.split()[:4]
    hits = found(sample_library, " ".join(reversed(words)))
    assert ("milestone", sample_library.plans.commitments(PLAN_ID)[0].id, m.id) in hits


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_queries_are_words_never_syntax(sample_library: Library, text: str) -> None:
    r = search(sample_library, text)  # never raises
    assert r.total == len(r.hits) or r.truncated
    assert sample_library.plans.summaries()  # and the library is untouched


def test_quoting() -> None:
    assert match_expression('say "hi" NEAR(') == '"say" """hi""" "NEAR("'
    assert match_expression("* - ( ") == ""
    assert match_expression("data jour", prefix=True) == '"data" "jour" *'


def test_the_index_follows_every_write(scored_library) -> None:
    lib, aid = scored_library
    assert ("justification", "US0113", "specificity") in found(lib, "tracker specificity")
    lib.scores.set_justification(aid, "US0113", "specificity", "The zebrafish registry", who="t")
    assert found(lib, "zebrafish") == {("justification", "US0113", "specificity")}
    lib.scores.set_justification(aid, "US0113", "specificity", "", who="t")
    assert not found(lib, "zebrafish")

    item = lib.evidence.add_evidence(aid, title="Ombudsman letter", kind="document", notes="signed by the okapi desk",
                            commitment_ids=["US0115"], who="t")
    assert found(lib, "okapi") == {("evidence", "US0115", item.id)}  # leads to its commitment
    lib.evidence.update_evidence(item.id, notes="nothing here", who="t")
    assert not found(lib, "okapi") and found(lib, "Ombudsman")
    lib.evidence.remove_evidence(item.id, who="t")
    assert not found(lib, "Ombudsman")

    lib.plan_edits.edit_commitment(PLAN_ID, "US0114", {"description": "A wombat census"}, who="t")
    assert ("commitment", "US0114", "description") in found(lib, "wombat")
    lib.imports.import_bundle(read_import(sample_plan()), who="t")  # re-import: the plan's text again
    assert not found(lib, "wombat") and found(lib, "Executive Order 13985")

    lib.assessments.delete_assessment(aid, who="t")
    assert not found(lib, "tracker specificity")
    assert lib.db.execute("SELECT count(*) FROM search_docs WHERE assessment_id <> ''").fetchone()[0] == 0


def test_narrative_is_searchable(sample_library: Library) -> None:
    lib = sample_library
    a = lib.assessments.create_assessment(PLAN_ID, "irm-action-plan-review-2021", researcher="r", who="r")
    lib.narrative.set_narrative(a.id, "overview", "The co-creation was led by a quokka forum", who="r")
    assert found(lib, "quokka") == {("narrative", "", "overview")}
    lib.narrative.set_narrative(a.id, "overview", "", who="r")
    assert not found(lib, "quokka")


def test_scope_an_assessment_sees_its_plan_and_itself(scored_library) -> None:
    lib, aid = scored_library
    other = lib.assessments.create_assessment(PLAN_ID, LEGACY, researcher="b", who="b")
    lib.scores.set_justification(other.id, "US0113", "specificity", "tracker from the other researcher", who="b")
    assert len(search(lib, "tracker").hits) > len(search(lib, "tracker", assessment_id=aid).hits)
    mine = search(lib, "tracker", assessment_id=aid[:8])
    assert {h.assessment_id for h in mine.hits} <= {"", aid}


def test_the_migration_indexes_an_existing_library(db_path: Path) -> None:
    """A library from before the index (schema 7) gets its texts, scores included, indexed."""
    lib = Library.open(db_path)
    lib.imports.import_bundle(read_import(sample_plan()), who="t")
    a = lib.assessments.create_assessment(PLAN_ID, LEGACY, researcher="r", who="r")
    lib.scores.set_justification(a.id, "US0113", "specificity", "The narwhal memo", who="r")
    lib.close()
    conn = sqlite3.connect(db_path)
    for table in SOURCES:
        for t in ("ai", "au", "ad"):
            conn.execute(f"DROP TRIGGER search_{table}_{t}")
    conn.executescript("DROP TABLE search_fts; DROP TABLE search_docs; PRAGMA user_version = 7;")
    conn.close()
    lib = Library.open(db_path)
    try:
        assert found(lib, "narwhal") == {("justification", "US0113", "specificity")}
        assert found(lib, "Executive Order 13985")
        assert db_path.with_name(f"{db_path.name}.before-v8.bak").exists()
    finally:
        lib.close()


@pytest.fixture(scope="module")
def big_library(tmp_path_factory):
    lib = Library.open(tmp_path_factory.mktemp("big") / "library.db")
    lib.imports.import_bundle(many_plans(200), who="t")
    yield lib
    lib.close()


def test_two_hundred_plans(big_library: Library) -> None:
    lib = big_library
    assert len(lib.plans.summaries()) == 200
    everywhere = search(lib, "Executive Order 13985", limit=50)
    assert everywhere.truncated and everywhere.total == 200 * search(lib, "Executive Order 13985",
                                                                     plan_id=lib.plans.summaries()[7].id).total
    one = lib.plans.summaries()[7].id
    assert {h.plan_id for h in search(lib, "Executive Order 13985", plan_id=one).hits} == {one}
    typing = search(lib, "Executive Ord", prefix=True, limit=5)  # as the GUI searches while typing
    assert typing.total >= everywhere.total and len(typing.hits) == 5
    assert search(lib, "Executive Ord", limit=5).total == 0  # a whole word otherwise


def test_cli_search(capsys, scored_library) -> None:
    lib, aid = scored_library
    db = str(lib.path)
    lib.close()
    assert main(["search", "Executive Order 13985", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("commitment\tAP_USA05 US0128 description\t") and "[13985]" in line
               for line in lines)
    assert main(["search", "tracker", "--assessment", aid[:8], "--db", db]) == 0
    out = capsys.readouterr().out
    assert f"justification\tAP_USA05 {aid[:8]} US0113 specificity\t" in out
    assert main(["search", 'NEAR("', "--db", db]) == 1
    assert capsys.readouterr().out.strip() == 'no matches for NEAR("'
    assert main(["search", "data", "--plan", "AP_NOPE", "--db", db]) == 2
    assert "AP_NOPE" in capsys.readouterr().err
