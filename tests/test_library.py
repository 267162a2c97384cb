"""The library: migrations, audited mutations, atomic imports, re-import, snapshots."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from irm_app.importers.bundle import ImportBundle
from irm_app.importers.registry import read_import
from irm_app.library import Library, LibraryCorrupt, LibraryError, NotFound, ReadOnly
from irm_app.library.schema import LATEST, MIGRATIONS
from irm_app.model import ActionPlan, Commitment
from irm_app.paths import sample_plan

from .conftest import LEGACY, PLAN_ID


def content(path: Path) -> list[str]:
    """Everything the library holds, as SQL text (the audit's timestamps included)."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_new_library_has_latest_schema_wal_and_foreign_keys(db_path: Path) -> None:
    with Library.open(db_path) as lib:
        assert lib.db.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert lib.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert lib.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert lib.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_migration_from_v1_keeps_data_and_copies_the_file_first(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    for sql in MIGRATIONS[0][2]:
        conn.execute(sql)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO plans (id, member, data, imported, updated) VALUES ('P1', 'Chile', '{\"id\": \"P1\", \"member\": \"Chile\"}', 'x', 'x')"
    )
    conn.commit()
    conn.close()
    with Library.open(db_path) as lib:
        assert lib.db.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert "exports" in lib.db.table_names()
        assert [p.member for p in lib.plans.summaries()] == ["Chile"]
    backup = db_path.with_name(db_path.name + ".before-v2.bak")
    assert backup.exists()
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    old.close()


def test_newer_schema_is_refused(db_path: Path) -> None:
    Library.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    conn.close()
    with pytest.raises(LibraryError, match="newer IRM Assessor"):
        Library.open(db_path)


def test_garbage_file_is_refused_and_left_alone(db_path: Path) -> None:
    db_path.write_bytes(b"this is not a database at all" * 100)
    before = db_path.read_bytes()
    with pytest.raises(LibraryCorrupt, match="not a SQLite database"):
        Library.open(db_path)
    assert db_path.read_bytes() == before


def test_sample_import_counts(sample_library: Library) -> None:
    [plan] = sample_library.plans.summaries()
    assert (plan.id, plan.commitments, plan.milestones) == (PLAN_ID, 36, 70)
    full = sample_library.plans.plan(PLAN_ID)
    assert full.commitments[0].id == "US0113"
    assert len(full.commitments[0].milestones) == 7


def test_score_is_validated_against_the_form(scored_library) -> None:
    lib, aid = scored_library
    with pytest.raises(ValueError, match="unknown level 'huge'"):
        lib.scores.set_score(aid, "US0116", "specificity", "huge", who="t")
    with pytest.raises(KeyError):
        lib.scores.set_score(aid, "US0116", "no_such_field", "x", who="t")
    with pytest.raises(NotFound, match="US9999"):
        lib.scores.set_score(aid, "US9999", "specificity", "low", who="t")
    with pytest.raises(LibraryError, match="scored for the plan"):
        lib.scores.set_score(aid, "US0116", "public_influence_development", "involve", who="t")
    assert lib.scores.set_score(aid, "US0116", "specificity", "Medium", who="t") == "medium"
    assert lib.scores.set_score(aid, None, "public_influence_development", "Involve", who="t") == "involve"


def test_audit_log_records_old_and_new_and_cannot_be_edited(scored_library) -> None:
    lib, aid = scored_library
    lib.scores.set_score(aid, "US0113", "potential_impact", "minor", who="Reviewer B")
    last = lib.history.audit(aid)[-1]
    assert (last.action, last.field, last.who) == ("score", "potential_impact", "Reviewer B")
    assert (json.loads(last.old), json.loads(last.new)) == ("transformative", "minor")
    n = len(lib.history.audit())
    lib.scores.set_score(aid, "US0113", "potential_impact", "minor", who="Reviewer B")  # no change, no entry
    assert len(lib.history.audit()) == n
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        lib.db.execute("UPDATE audit SET who = 'someone else'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        lib.db.execute("DELETE FROM audit")


def test_audit_agrees_with_scores(scored_library) -> None:
    lib, aid = scored_library
    latest: dict[tuple, object] = {}
    for e in lib.history.audit(aid):
        if e.action == "score":
            latest[(e.commitment_id, e.field)] = None if e.new is None else json.loads(e.new)
    for cid, fields in lib.scores.all(aid).items():
        for field, s in fields.items():
            if s.value is not None:
                assert latest[(cid, field)] == s.value


def test_failed_import_changes_nothing(sample_library: Library, db_path: Path) -> None:
    before = content(db_path)
    good = ActionPlan(id="AP_X01", member="X", commitments=[Commitment(id="X0001", title="t")])
    dup = ActionPlan(id=PLAN_ID, member="United States", commitments=[Commitment(id="US0113", title="new")])
    bundle = ImportBundle(source="bad", plans=[good, dup])
    original = sample_library.plans.write_plan

    calls = []

    def failing(plan, who, **kw):  # the second plan fails midway, after the first was written
        calls.append(plan.id)
        if len(calls) == 2:
            raise RuntimeError("disk went away")
        return original(plan, who=who, **kw)

    sample_library.plans.write_plan = failing  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        sample_library.imports.import_bundle(bundle, who="t")
    assert calls == ["AP_X01", PLAN_ID]
    assert content(db_path) == before


def test_reimport_updates_without_duplicates_and_keeps_scores(scored_library) -> None:
    lib, aid = scored_library
    raw = json.loads(sample_plan().read_text(encoding="utf-8"))
    raw["plan"]["commitments"][0]["title"] = "A retitled commitment"
    raw["plan"]["commitments"].append({"id": "US0999", "title": "A new commitment"})
    del raw["plan"]["commitments"][5]
    path = Path(lib.path).with_name("v2.json")
    path.write_text(json.dumps(raw), encoding="utf-8")
    scores_before = lib.scores.all(aid)
    result = lib.imports.import_bundle(read_import(path), who="t")
    assert result.plans_updated == [PLAN_ID] and result.commitments_added == 1
    assert any("title changed" in c for c in result.conflicts)
    assert any("not in the new source" in c for c in result.conflicts)
    assert lib.plans.summaries()[0].commitments == 37  # the removed one is kept
    assert lib.scores.all(aid) == scores_before


def test_evidence_links_and_attached_files(scored_library, tmp_path: Path) -> None:
    lib, aid = scored_library
    f = tmp_path / "interview notes.txt"
    f.write_text("Interview with the Secretariat, 3 May 2024", encoding="utf-8")
    item = lib.evidence.add_evidence(aid, title="Interview", kind="interview", file=f,
                            commitment_ids=["US0113", "US0120"], who="t")
    assert len(item.file_sha256) == 64
    assert lib.evidence.file_bytes(item.file_sha256) == f.read_bytes()
    assert [e.title for e in lib.evidence.items(aid, "US0120")] == ["Interview"]
    lib.evidence.update_evidence(item.id, commitment_ids=["US0120"], who="t")
    assert "Interview" not in [e.title for e in lib.evidence.items(aid, "US0113")]
    removed = lib.evidence.remove_evidence(item.id, who="t")
    assert lib.evidence.items(aid, "US0120") == []
    lib.evidence.restore_evidence(removed, who="t")
    assert lib.evidence.evidence_item(item.id).commitment_ids == ["US0120"]


def test_progress_counts(scored_library) -> None:
    lib, aid = scored_library
    p = lib.scores.progress(aid)
    assert (p.total, p.with_evidence) == (36, 2)
    assert p.scored == 0  # legacy form: the per-value "did it open government" fields are unanswered
    assert p.justified == 2  # US0113 and US0114 justify every field they set; US0115 does not


def test_snapshot_is_the_interchange_document(scored_library) -> None:
    lib, aid = scored_library
    doc = lib.snapshot([aid])
    a = doc.assessment(aid)
    assert a.form == LEGACY and a.commitments["US0113"].scores["specificity"] == "high"
    assert a.commitments["US0113"].derived["starred_progress"] is True
    assert a.commitments["US0115"].derived["starred_progress"] is False  # specificity low: not verifiable
    assert a.commitments["US0116"].derived["starred_progress"] is None  # nothing scored yet
    assert len(doc.plan(PLAN_ID).commitments) == 36


def test_review_copy_is_read_only_and_reports_changes(scored_library, tmp_path: Path) -> None:
    lib, aid = scored_library
    doc = lib.snapshot([aid])
    kw = dict(source_assessment_id=aid, signer="CN=Ana", fingerprint="AA", who="reviewer")
    with Library.open(tmp_path / "reviewer.db") as other:
        local, changes = other.review_copies.load(doc, {}, **kw)
        [line] = changes  # named in words, never by the assessment's id
        assert line.startswith("new review copy of AP_USA05") and aid not in line and "Ana Researcher" in line
        assert local != aid
        with pytest.raises(ReadOnly):
            other.scores.set_score(local, "US0113", "specificity", "low", who="reviewer")
        lib.scores.set_score(aid, "US0113", "specificity", "medium", who="Ana")
        again, changes = other.review_copies.load(lib.snapshot([aid]), {}, **kw)
        assert again == local and changes == ["US0113 specificity: 'high' -> 'medium'"]
        assert other.snapshot([local]).assessment(local).commitments["US0113"].scores["specificity"] == "medium"
    # a package naming the reviewer's own editable assessment becomes a separate copy
    before = lib.snapshot([aid]).assessment(aid)
    local, _ = lib.review_copies.load(doc, {}, **kw)
    assert local != aid and lib.assessments.assessment(local).read_only and not lib.assessments.assessment(aid).read_only
    assert lib.snapshot([aid]).assessment(aid).commitments == before.commitments


def test_evidence_keeps_insertion_order_and_edit_can_point_back_at_a_stored_file(scored_library, tmp_path: Path) -> None:
    lib, aid = scored_library
    titles = [f"Item {i}" for i in range(8)]  # all within the same second
    for t in titles:
        lib.evidence.add_evidence(aid, title=t, commitment_ids=["US0130"], who="t")
    assert [e.title for e in lib.evidence.items(aid, "US0130")] == titles
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("first version", encoding="utf-8")
    b.write_text("second version", encoding="utf-8")
    item = lib.evidence.add_evidence(aid, title="Doc", file=a, who="t")
    lib.evidence.update_evidence(item.id, file=b, who="t")
    back = lib.evidence.update_evidence(item.id, file_sha256=item.file_sha256, file_name="a.txt", who="t")
    assert lib.evidence.file_bytes(back.file_sha256) == b"first version"
    with pytest.raises(NotFound):
        lib.evidence.update_evidence(item.id, file_sha256="0" * 64, who="t")


def test_progress_all_equals_progress_of_each_assessment(scored_library) -> None:
    lib, aid = scored_library
    other = lib.assessments.create_assessment("AP_USA05", "irm-results-report-2021", who="t")
    for field in ("completion", "early_results"):
        lib.scores.set_score(other.id, "US0113", field, lib.forms.get(other.form).field(field).levels[2].key, who="t")
    lib.scores.set_justification(other.id, "US0113", "completion", "seen", who="t")
    lib.scores.set_justification(other.id, "US0113", "early_results", "\u0434\u0430", who="t")  # no ASCII letter
    lib.scores.set_score(other.id, "US0117", "completion", "limited", who="t")
    lib.scores.set_justification(other.id, "US0117", "completion", " \u00a0\u2003 ", who="t")  # blank to str.strip()
    lib.scores.set_score(other.id, None, "standard_1_dialogue", "met", who="t")  # plan level: not a commitment
    lib.scores.set_revisit(other.id, "US0114", True, who="t")
    lib.scores.set_revisit(aid, "US0115", True, who="t")
    lib.evidence.add_evidence(other.id, title="x", commitment_ids=["US0116"], who="t")
    everything = lib.scores.progress_all()
    assert set(everything) == {a.id for a in lib.assessments.all()}
    for a in lib.assessments.all():
        assert everything[a.id] == lib.scores.progress(a.id), a.form
    assert everything[other.id].scored == 1 and everything[other.id].revisit == 1
    assert everything[other.id].justified == 1  # US0113; US0117's justification is only spaces


def test_a_sqlite_utils_plugin_on_the_machine_does_not_touch_the_library(db_path: Path) -> None:
    """A plugin installed for the sqlite-utils command line (prepare_connection hook) must not
    change the user's library connection: its SQL functions, pragmas or settings."""
    import sqlite_utils
    from sqlite_utils.plugins import pm

    class Plugin:
        @sqlite_utils.hookimpl
        def prepare_connection(self, conn: sqlite3.Connection) -> None:
            conn.create_function("plugin_was_here", 0, lambda: 1)

    plugin = Plugin()
    pm.register(plugin)
    try:
        plain = sqlite_utils.Database(memory=True)  # the hook is live: a default Database runs it
        assert plain.execute("SELECT plugin_was_here()").fetchone()[0] == 1
        with Library.open(db_path) as lib:
            with pytest.raises(sqlite3.OperationalError, match="plugin_was_here"):
                lib.db.execute("SELECT plugin_was_here()")
    finally:
        pm.unregister(plugin)


def test_migrations_are_numbered_one_by_one():
    """A library at version N runs exactly the migrations after N: a gap or a repeat would skip
    or re-run one (branches that each added a migration are renumbered when they meet)."""
    assert [m[0] for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
