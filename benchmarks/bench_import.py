"""Importing: the sample plan JSON and synthetic OGP commitments tables of 50 to 5,000 rows.

Timed: read_import (parse + validate into model objects) and Library.imports.import_bundle (one
transaction) into a fresh library. Baselines do the same work without the app: for the JSON
plan, json.loads of the same bytes; for OGP's table, csv.DictReader over the file and sqlite3
executemany of every commitment (its row as JSON) and every IRM code into a fresh file with
the app's pragmas (WAL, synchronous=FULL), one transaction, so the ratio is what validation,
mapping and the library's bookkeeping cost on top of reading and writing the same rows.

The library keeps a full-text index (FTS5) of the texts it imports: searching is a feature,
so an import that left it out would not be the same work. The table's baseline therefore fills
an FTS5 table (the app's tokenizer) with the same texts in the same transaction, each row's
title and full text and each plan's title, by executemany: the raw cost of that index. The
same app samples are also set beside the baseline without the index
(`import.ogp_csv.no_index`), so the index's share stays visible. The sides alternate per
repetition.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import time
from pathlib import Path

from . import Context, Figure
from .synthetic import write_ogp_csv

ROOT = Path(__file__).resolve().parents[1]
OGP_HEADERS = ROOT / "tests" / "data" / "ogp" / "commitments-sample.csv"


def time_import(src: Path, workdir: Path, reps: int) -> list[float]:
    from irm_app.importers.registry import read_import
    from irm_app.library import Library
    from irm_app.library.backups import BackupPolicy

    out = []
    workdir.mkdir(parents=True, exist_ok=True)
    for i in range(reps):
        db = workdir / f"import-{src.stem}-{i}.db"
        lib = Library.open(db, backups=BackupPolicy(db, interval=1e9))
        try:
            t = time.perf_counter()
            lib.imports.import_bundle(read_import(src), who="bench")
            out.append(time.perf_counter() - t)
        finally:
            lib.close()
    return out


CODES = ("Specificity", "Potential Impact", "Completion (Progress Report)", "Did It Open Government (Overall)",
         "Verifiable", "OGP Value Access To Information", "OGP Value Civic Participation",
         "OGP Value Public Accountability", "OGP Value Technology")
"""The IRM code columns the synthetic table fills: each becomes one score row on the raw side."""


def raw_csv_import(src: Path, db: Path, *, index: bool = True) -> None:
    """csv.DictReader + sqlite3 executemany of the same rows (and, with `index`, their texts in an
    FTS5 index): the floor an import cannot go under."""
    conn = sqlite3.connect(str(db), isolation_level=None)
    try:
        for pragma in ("busy_timeout = 5000", "foreign_keys = ON", "journal_mode = WAL", "synchronous = FULL"):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute("CREATE TABLE plans (id TEXT PRIMARY KEY, member TEXT)")
        conn.execute("CREATE TABLE commitments (plan_id TEXT, id TEXT, position INTEGER, title TEXT, theme TEXT, "
                     "lead_institution TEXT, data TEXT, PRIMARY KEY (plan_id, id))")
        conn.execute("CREATE TABLE scores (plan_id TEXT, commitment_id TEXT, field TEXT, value TEXT, "
                     "PRIMARY KEY (plan_id, commitment_id, field))")
        if index:
            conn.execute("CREATE VIRTUAL TABLE search USING fts5(plan_id UNINDEXED, commitment_id UNINDEXED, "
                         "field UNINDEXED, text, tokenize='unicode61 remove_diacritics 2')")
        plans: dict[str, str] = {}
        commitments, scores, texts = [], [], []
        with src.open(encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                pid, cid = row["Action Plan ID"], row["Commitment Unique Identifier"]
                if pid not in plans:
                    plans[pid] = row["Country/Locality"]
                    texts.append((pid, "", "title", f"{row['Country/Locality']} action plan {row['Action Plan Number']}"))
                commitments.append((pid, cid, i, row["Commitment Title"], row["Theme"], row["Lead Institution"],
                                    json.dumps(row)))
                scores += [(pid, cid, c, json.dumps(row[c])) for c in CODES if row.get(c)]
                texts += [(pid, cid, "title", row["Commitment Title"]), (pid, cid, "description", row["Full Text"])]
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO plans VALUES (?, ?)", plans.items())
        conn.executemany("INSERT INTO commitments VALUES (?, ?, ?, ?, ?, ?, ?)", commitments)
        conn.executemany("INSERT INTO scores VALUES (?, ?, ?, ?)", scores)
        if index:
            conn.executemany("INSERT INTO search VALUES (?, ?, ?, ?)", texts)
        conn.execute("COMMIT")
    finally:
        conn.close()


def time_pair(src: Path, workdir: Path, reps: int) -> tuple[list[float], list[float], list[float]]:
    """(app, baseline, baseline without the search index) wall times, alternating per repetition
    (the last is empty for the JSON plan)."""
    app, base, bare = [], [], []
    for i in range(reps):
        app += time_import(src, workdir / f"app-{i}", 1)
        t = time.perf_counter()
        if src.suffix == ".json":
            json.loads(src.read_bytes())
        else:
            raw_csv_import(src, workdir / f"raw-{src.stem}-{i}.db")
        base.append(time.perf_counter() - t)
        if src.suffix != ".json":
            t = time.perf_counter()
            raw_csv_import(src, workdir / f"bare-{src.stem}-{i}.db", index=False)
            bare.append(time.perf_counter() - t)
    return app, base, bare


def run(ctx: Context) -> list[Figure]:
    from irm_app.paths import sample_plan

    work = Path(ctx.tmp) / "import"
    work.mkdir(parents=True, exist_ok=True)
    reps = ctx.reps(5, 2)
    sample = sample_plan()
    app, base, _ = time_pair(sample, work, reps)
    out = [Figure("import.json", "sample (36)", app, base, note="read_import + import_bundle vs json.loads")]
    for n in ctx.scales:
        rows = n * 50
        src = write_ogp_csv(work / f"ogp-{rows}.csv", OGP_HEADERS, rows)
        r = ctx.reps(3, 1) if rows >= 5000 else reps
        big = n == 100
        app, base, bare = time_pair(src, work, r)
        out.append(Figure("import.ogp_csv", f"{rows} rows", app, base,
                          group="import csv", scale=n, target="ratio <= 2" if big else "",
                          check=(lambda f: f.ratio <= 2.0) if big else None,
                          note="read_import + import_bundle vs csv.DictReader + sqlite3 executemany + FTS5 of the texts"))
        out.append(Figure("import.ogp_csv.no_index", f"{rows} rows", app, bare,
                          note="the same app samples vs the baseline without its FTS5 index"))
    return out
