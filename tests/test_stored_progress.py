"""The progress the library keeps (library/progress.py, migration 10) is what counting the
scores says, after every kind of write that changes scores or justifications: single edits,
several at once, imports (new and into an earlier assessment), a duplicated assessment, a
commitment deleted and restored, a review copy, a score changed from a review comment, an
assessment deleted; an old library is filled in by its migration; a changed form is counted
from the scores until a write rebuilds it."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from irm_app.importers.registry import read_import
from irm_app.library import Library, manage
from irm_app.library.schema import LATEST
from irm_app.operations import comments as comment_ops

from .conftest import LEGACY, PLAN_ID

OGP_CSV = Path(__file__).parent / "data" / "ogp" / "commitments-sample.csv"


def assert_kept_as_counted(lib: Library) -> None:
    """Stored rows = the rule applied to the scores, and every count read from them = the
    reference count (`lib.scores.progress`), for every assessment of the library."""
    assessments = lib.assessments.all()
    assert not lib.progress_index.stale_forms({a.form for a in assessments})  # the stored rows are what is read
    done: dict[str, tuple[set[str], set[str]]] = {}
    lib.scores.computed_progress_all(done=done)
    expected = {(aid, cid): (int(cid in scored), int(cid in justified))
                for aid, (scored, justified) in done.items() for cid in scored | justified}
    stored = {(aid, cid): (s, j) for aid, cid, s, j in lib.db.execute(
        "SELECT assessment_id, commitment_id, scored, justified FROM commitment_progress")}
    assert stored == expected
    everything = lib.scores.progress_all()
    assert set(everything) == {a.id for a in assessments}
    for a in assessments:
        assert everything[a.id] == lib.scores.progress(a.id) == lib.scores.stored_progress(a.id), a.id


def _some_value(field, rnd: random.Random):
    if field.kind == "flags":
        return rnd.choice([[], [lv.key for lv in field.levels[:2]]])
    return rnd.choice(field.level_keys)


def test_many_mixed_edits_keep_the_stored_progress_as_counted(scored_library) -> None:
    lib, aid = scored_library
    form = lib.forms.get(LEGACY)
    coded = [f for f in form.commitment_fields if f.kind != "text"]
    cids = lib.plans.commitment_ids(PLAN_ID)[:6]
    rnd = random.Random(19)
    for n in range(300):
        cid, f = rnd.choice(cids), rnd.choice(coded)
        what = rnd.random()
        if what < 0.45:
            lib.scores.set_score(aid, cid, f.key, _some_value(f, rnd), who="t")
        elif what < 0.6:
            lib.scores.set_score(aid, cid, f.key, None, who="t")  # cleared
        elif what < 0.8:
            lib.scores.set_justification(aid, cid, f.key, rnd.choice(["seen", "", "  ", "\u0434\u0430"]), who="t")
        else:  # several fields and one justification in one transaction
            pair = rnd.sample(coded, 2)
            lib.scores.set_scores(aid, cid, [(g.key, _some_value(g, rnd)) for g in pair], "both seen", who="t")
        if n % 60 == 0:
            assert_kept_as_counted(lib)
    lib.scores.set_score(aid, None, form.plan_fields[0].key, _some_value(form.plan_fields[0], rnd), who="t")
    assert_kept_as_counted(lib)


def test_imports_new_and_into_an_earlier_assessment(sample_library: Library) -> None:
    lib = sample_library
    result = lib.imports.import_bundle(read_import(OGP_CSV), who="t")
    assert result.assessments_created
    assert_kept_as_counted(lib)
    assert any(p.scored for p in lib.scores.progress_all().values())  # the table's IRM codes count
    aid = result.assessments_created[0]
    # clear a field, then import the same table again: it fills the cleared field back in
    row = lib.db.execute("SELECT commitment_id, field FROM scores WHERE assessment_id = ? AND commitment_id != ''"
                         " AND value IS NOT NULL LIMIT 1", [aid]).fetchone()
    lib.scores.set_score(aid, row[0], row[1], None, who="t")
    assert_kept_as_counted(lib)
    again = lib.imports.import_bundle(read_import(OGP_CSV), who="t")
    assert not again.assessments_created and again.scores_set >= 1
    assert_kept_as_counted(lib)


def test_duplicate_delete_and_restore_a_commitment_delete_an_assessment(scored_library) -> None:
    lib, aid = scored_library
    copy = manage.duplicate_assessment(lib, aid, title="End of term", who="t")
    assert lib.scores.progress_all()[copy.id] == lib.scores.progress(aid)
    assert_kept_as_counted(lib)
    gone = lib.plan_edits.delete_commitment(PLAN_ID, "US0113", force=True, who="t")
    assert_kept_as_counted(lib)
    assert lib.scores.progress(aid).total == len(lib.plans.commitment_ids(PLAN_ID))
    lib.plan_edits.restore_commitment(gone, who="t")
    assert_kept_as_counted(lib)
    assert lib.scores.progress_all()[copy.id] == lib.scores.progress(aid)
    lib.assessments.delete_assessment(copy.id, who="t")
    assert_kept_as_counted(lib)
    assert not lib.db.execute("SELECT 1 FROM commitment_progress WHERE assessment_id = ?", [copy.id]).fetchall()


def test_a_review_copy_and_a_score_changed_from_a_comment(scored_library) -> None:
    lib, aid = scored_library
    doc = lib.snapshot([aid])
    for item in doc.assessments[0].evidence:  # no files travel in this test's "package"
        item.file_sha256 = None
    copy_id, _ = lib.review_copies.load(doc, {}, source_assessment_id=aid, signer="Rita Reviewer",
                                        fingerprint="ab" * 16, package_name="p.irmpkg", who="t")
    assert lib.scores.progress_all()[copy_id] == lib.scores.progress(aid)
    assert_kept_as_counted(lib)
    before = lib.scores.progress(aid)
    c = comment_ops.add_comment(lib, aid, "Not complete", author="Rita", commitment_id="US0113",
                                field_key="specificity", who="rita").result
    comment_ops.score_from_comment(lib, c.id, "low", justification=" ", who="ana")  # changed, not yet justified
    assert lib.scores.progress(aid).justified == before.justified - 1
    assert_kept_as_counted(lib)


def test_an_old_library_is_filled_in_by_its_migration_after_a_backup(scored_library, db_path: Path) -> None:
    lib, aid = scored_library
    lib.scores.set_justification(aid, "US0113", "specificity", "", who="t")
    other = lib.assessments.create_assessment(PLAN_ID, "irm-results-report-2021", who="t")
    lib.scores.set_score(other.id, "US0117", "completion", "limited", who="t")
    counted = {a.id: lib.scores.progress(a.id) for a in lib.assessments.all()}
    lib.close()
    conn = sqlite3.connect(db_path)  # the library as schema 9 left it
    conn.execute("DROP TABLE commitment_progress")
    conn.execute("DROP TABLE progress_rules")
    conn.execute("PRAGMA user_version = 9")
    conn.commit()
    conn.close()
    with Library.open(db_path, readonly=True) as seen:  # read-only (a screenshot, a read): counted from the scores
        assert seen.scores.progress_all() == counted
        assert seen.scores.stored_progress(aid) == counted[aid]
    with Library.open(db_path) as again:
        assert again.db.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert again.scores.progress_all() == counted
        assert_kept_as_counted(again)
    assert db_path.with_name(db_path.name + ".before-v10.bak").exists()


def test_a_changed_form_is_counted_from_the_scores_until_a_write_rebuilds_it(scored_library, db_path: Path) -> None:
    lib, aid = scored_library
    counted = lib.scores.progress(aid)
    with lib.tx.atomic():  # as if the rows had been kept under another version of the form
        lib.db.execute("UPDATE progress_rules SET rule = 'another form' WHERE form = ?", [LEGACY])
        lib.db.execute("UPDATE commitment_progress SET scored = 1 - scored WHERE assessment_id = ?", [aid])
    lib.close()
    lib = Library.open(db_path)  # a form changes with the app: the next open sees it
    assert lib.progress_index.stale_forms([LEGACY]) == {LEGACY}
    assert lib.scores.progress_all()[aid] == counted == lib.scores.stored_progress(aid)
    lib.scores.set_revisit(aid, "US0115", True, who="t")  # no score written: still counted from the scores
    lib.scores.set_score(aid, "US0116", "specificity", "low", who="t")
    assert_kept_as_counted(lib)  # rebuilt whole in that write's transaction
    lib.close()


def test_an_assessment_whose_form_no_longer_loads_can_still_be_duplicated_and_undone(scored_library) -> None:
    """A form gone from forms/ (or broken by an upgrade): duplicating its assessment, or undoing a
    commitment's deletion, never needed the form, and raising for the progress rows rolled them back."""
    lib, aid = scored_library
    with lib.tx.atomic():
        lib.db.execute("UPDATE assessments SET form = 'a-form-gone' WHERE id = ?", [aid])
    copy = manage.duplicate_assessment(lib, aid, title="End of term", who="t")
    def values(a: str) -> dict:
        return {cid: {k: sc.value for k, sc in fields.items()} for cid, fields in lib.scores.all(a).items()}

    assert values(copy.id) == values(aid) and values(aid)  # the scores came along
    deleted = lib.plan_edits.delete_commitment(PLAN_ID, "US0114", force=True, who="t")
    assert "US0114" not in lib.plans.commitment_ids(PLAN_ID)
    lib.plan_edits.restore_commitment(deleted, who="t")
    assert "US0114" in lib.scores.all(aid)  # its scores back with it
    assert not lib.db.execute("SELECT 1 FROM progress_rules WHERE form = 'a-form-gone'").fetchall()
