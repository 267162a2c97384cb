"""The fast import paths give what the plain ones give (issue 19, item 4).

An import builds the search index of what it writes in bulk (library/search_bulk.py), maps
each level text and each combination of codes once (importers/ogp_codes.py) and checks a row's
texts in one pass: each is held here to the plain answer - the per-row triggers' documents,
a fresh derivation per row, the model walk's message - and to its bounds.
"""

from __future__ import annotations

import csv
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from irm_app.cli import main
from irm_app.importers.bundle import ImportBundle, ImportFailed
from irm_app.importers.ogp_codes import _MEMO_MAX, FormColumns, codes
from irm_app.importers.ogp_table import bundle_from_table, read_csv
from irm_app.importers.registry import read_import
from irm_app.library import Library
from irm_app.methodology import available_forms
from irm_app.model import ActionPlan, Commitment, Milestone
from irm_app.operations.search import search

from .ogp_big import write_big_table

OGP_CSV = Path(__file__).parent / "data" / "ogp" / "commitments-sample.csv"


def docs(db: Path) -> Counter:
    """The index's documents (without rowids) after FTS5 checked itself against them."""
    conn = sqlite3.connect(db)
    try:
        conn.execute("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")
        return Counter(conn.execute(
            "SELECT kind, plan_id, assessment_id, commitment_id, field, extra, text FROM search_docs"))
    finally:
        conn.close()


def triggers(db: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()
    finally:
        conn.close()


def every_text(pid: str = "AP_ZZ01", description: str = "The walrus ledger is published") -> ActionPlan:
    """A plan filling every text the index reads, with the whitespace SQL's trim() is picky about."""
    full = Commitment(
        id="ZZ0001", title="  Open the walrus ledger ", description=description, problem="Nobody sees\nthe ledger",
        contribution=" contributes ", relevance="relevant\t", additional_info="more\n",
        milestones=[Milestone(id="ZZ0001.1", title=" Draft ", description=""),
                    Milestone(id="ZZ0001.2", title="Publish", description=" online \n")],
    )
    return ActionPlan(id=pid, member="Zedland", title=" Zedland plan 1 ", self_assessment="We did well",
                      commitments=[full, Commitment(id="ZZ0002", title="Only a title")])


def through_triggers(db: Path, plan: ActionPlan) -> None:
    """The plan written row by row, the index kept by its triggers (the path every edit takes)."""
    with Library.open(db) as lib, lib.tx.atomic():
        lib.plans.write_plan(plan, who="t")


def test_bulk_documents_are_the_triggers_documents(tmp_path: Path) -> None:
    bulk, rows = tmp_path / "bulk.db", tmp_path / "rows.db"
    with Library.open(bulk) as lib:
        lib.imports.import_bundle(ImportBundle(source="t", plans=[every_text()]), who="t")
    through_triggers(rows, every_text())
    assert docs(bulk) == docs(rows)
    assert len(docs(bulk)) == 11  # plan title + self-assessment, 7 + 1 commitment texts, 2 milestones
    assert triggers(bulk) == triggers(rows)


def test_a_reimport_replaces_the_changed_documents_only(tmp_path: Path) -> None:
    bulk, rows = tmp_path / "bulk.db", tmp_path / "rows.db"
    changed = every_text(description="The narwhal register is published")
    with Library.open(bulk) as lib:
        lib.imports.import_bundle(ImportBundle(source="t", plans=[every_text()]), who="t")
        lib.imports.import_bundle(ImportBundle(source="t", plans=[changed]), who="t")
        assert not search(lib, "walrus ledger is published").hits
        assert {h.commitment_id for h in search(lib, "narwhal register").hits} == {"ZZ0001"}
    through_triggers(rows, every_text())
    through_triggers(rows, changed)
    assert docs(bulk) == docs(rows)


def test_edits_after_an_import_are_indexed_by_the_triggers(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    with Library.open(db) as lib:
        lib.imports.import_bundle(read_import(OGP_CSV), who="t")
        a = lib.assessments.create_assessment(lib.plans.summaries()[0].id, "irm-progress-report-legacy",
                                              researcher="r", who="r")
        cid = lib.plans.commitment_ids(a.plan_id)[0]
        lib.scores.set_justification(a.id, cid, "specificity", "The okapi memo", who="r")
        assert [(h.kind, h.commitment_id) for h in search(lib, "okapi").hits] == [("justification", cid)]
    docs(db)  # FTS5 agrees with its documents


def test_an_imported_score_justified_later_is_indexed(tmp_path: Path) -> None:
    """The scores' triggers are off while an import writes its scores: they must be back after."""
    db, fresh = tmp_path / "library.db", tmp_path / "fresh.db"
    Library.open(fresh).close()
    with Library.open(db) as lib:
        result = lib.imports.import_bundle(read_import(OGP_CSV), who="t")
        aid = result.assessments_created[0]
        cid, field = lib.db.execute(
            "SELECT commitment_id, field FROM scores WHERE assessment_id = ? AND value IS NOT NULL LIMIT 1",
            [aid]).fetchone()
        lib.scores.set_justification(aid, cid, field, "The pangolin ruling", who="r")
        assert [(h.kind, h.commitment_id) for h in search(lib, "pangolin").hits] == [("justification", cid)]
    assert triggers(db) == triggers(fresh)
    docs(db)


def test_a_failed_import_leaves_the_triggers_and_the_index(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    with Library.open(db) as lib:
        lib.imports.import_bundle(ImportBundle(source="t", plans=[every_text()]), who="t")
    before_triggers, before_docs = triggers(db), docs(db)
    bad = ImportBundle(source="bad", plans=[every_text("AP_ZZ02"), every_text("AP_ZZ03")])
    bad.assessments = []
    with Library.open(db) as lib:
        original = lib.plans.write_plan

        def failing(plan, **kw):  # the second plan fails after the first was written, triggers off
            if plan.id == "AP_ZZ03":
                raise RuntimeError("disk went away")
            return original(plan, **kw)

        lib.plans.write_plan = failing  # type: ignore[method-assign]
        with pytest.raises(RuntimeError):
            lib.imports.import_bundle(bad, who="t")
    assert triggers(db) == before_triggers and docs(db) == before_docs


def test_an_imported_table_is_searchable_from_the_cli(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "library.db")
    with OGP_CSV.open(encoding="utf-8", newline="") as f:
        row = next(r for r in csv.DictReader(f) if len(r["Full Text"].split()) > 12)
    phrase = " ".join(row["Full Text"].split()[4:9])
    assert main(["import", str(OGP_CSV), "--db", db]) == 0
    capsys.readouterr()
    assert main(["search", phrase, "--db", db]) == 0
    out = capsys.readouterr().out
    assert f" {row['Commitment Unique Identifier']} description\t" in out


def plain_notes(table, forms) -> list[str]:
    """The importer's notes worked out the plain way: every stated row, every indicator derived
    afresh with its reason (what the importer did before its caches)."""
    bundle = bundle_from_table(table, forms)
    by_plan: dict[str, list] = {}
    for where, row in table.rows:
        by_plan.setdefault(table.get(row, "Action Plan ID"), []).append((where, row))
    out = []
    for a in bundle.assessments:
        form = next(f for f in forms if f.key == a.form)
        for where, row in by_plan[a.plan_id]:
            cid = table.get(row, "Commitment Unique Identifier")
            values = a.scores.get(cid, {})
            for d in form.derived:
                if not (d.ogp_column and table.has(d.ogp_column)):
                    continue
                raw = table.get(row, d.ogp_column)
                if raw not in ("0", "1"):
                    continue
                got = form.derive(values)[d.key]
                if got != (raw == "1"):
                    reason = form.explain(values)[d.key].reason
                    shown = "not enough data" if got is None else ("yes" if got else "no")
                    why = f" ({reason})" if reason else ""
                    out.append(f"note: {a.plan_id}/{cid} ({where}): OGP's {d.ogp_column!r} is {raw}, "
                               f"computed {d.label}: {shown}{why}")
    return out


def test_verdict_notes_are_a_fresh_derivation(tmp_path: Path) -> None:
    forms = available_forms()
    for table in (read_csv(OGP_CSV), read_csv(write_big_table(tmp_path / "big.csv", 600))):
        notes = bundle_from_table(table, forms).notes
        assert notes and notes == plain_notes(table, forms)


def test_a_control_character_is_still_refused_by_place(tmp_path: Path) -> None:
    rows = list(csv.reader(OGP_CSV.open(encoding="utf-8", newline="")))
    text_at, notes_at = rows[0].index("Full Text"), len(rows[0])
    rows[0].append("Reviewer notes")  # a column no commitment field reads
    for r in rows[1:]:
        r.append("")
    rows[2][notes_at] = "bell \x07 in a column nobody reads"
    clean = tmp_path / "clean.csv"
    csv.writer(clean.open("w", encoding="utf-8", newline="")).writerows(rows)
    assert bundle_from_table(read_csv(clean)).plans  # not refused for a text it does not import
    rows[3][text_at] = "a bell \x07 here"
    bad = tmp_path / "bad.csv"
    csv.writer(bad.open("w", encoding="utf-8", newline="")).writerows(rows)
    with pytest.raises(ImportFailed) as e:
        bundle_from_table(read_csv(bad))
    reader = csv.reader(bad.open(encoding="utf-8", newline=""))
    line = next(reader.line_num for i, _ in enumerate(reader, 1) if i == 4)  # the record's last line, as csv counts
    cid = rows[3][rows[0].index("Commitment Unique Identifier")]
    assert str(e.value) == (f"bad.csv: line {line}: commitment.description ({cid}): control character U+0007 "
                            "at character 8 (only tab and line breaks are allowed)")


def test_unknown_level_texts_are_all_flagged_and_the_memo_stays_bounded(tmp_path: Path) -> None:
    rows = list(csv.reader(OGP_CSV.open(encoding="utf-8", newline="")))
    header, template = rows[0], next(r for r in rows[1:] if r[rows[0].index("Specificity")])
    at, cid_at = header.index("Specificity"), header.index("Commitment Unique Identifier")
    n = _MEMO_MAX + 500
    out = tmp_path / "junk.csv"
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        for i in range(n):
            r = list(template)
            r[cid_at], r[at] = f"JK{i:06d}", f"level-{i}"
            w.writerow(r)
    table = read_csv(out)
    form = next(f for f in available_forms() if f.key == "irm-progress-report-legacy")
    columns = FormColumns(table, form)
    bundle = ImportBundle(source=table.name)
    codes(table, columns, "AP_X", table.rows, bundle)
    junk = [f for f in bundle.flags if f.column == "Specificity"]
    assert len(junk) == n and junk[-1].raw == f"level-{n - 1}"
    assert len(columns.levels) <= _MEMO_MAX and len(columns.verdicts) <= _MEMO_MAX
