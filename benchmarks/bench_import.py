"""Importing: the sample plan JSON and synthetic OGP commitments tables of 50 to 5,000 rows.

Timed: read_import (parse + validate into model objects) and Library.import_bundle (one
transaction) into a fresh library. Baseline: just parsing the same bytes (json.loads / csv.reader),
so the ratio is what validation, mapping and writing cost on top of reading the file.
"""

from __future__ import annotations

import csv
import io
import json
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
    for i in range(reps):
        db = workdir / f"import-{src.stem}-{i}.db"
        lib = Library.open(db, backups=BackupPolicy(db, interval=1e9))
        try:
            t = time.perf_counter()
            lib.import_bundle(read_import(src), who="bench")
            out.append(time.perf_counter() - t)
        finally:
            lib.close()
    return out


def time_parse(src: Path, reps: int) -> list[float]:
    def parse() -> None:
        data = src.read_bytes()
        if src.suffix == ".json":
            json.loads(data)
        else:
            list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))

    out = []
    for _ in range(reps):
        t = time.perf_counter()
        parse()
        out.append(time.perf_counter() - t)
    return out


def run(ctx: Context) -> list[Figure]:
    from irm_app.paths import sample_plan

    work = Path(ctx.tmp) / "import"
    work.mkdir(parents=True, exist_ok=True)
    reps = ctx.reps(5, 2)
    sample = sample_plan()
    out = [Figure("import.json", "sample (36)", time_import(sample, work, reps), time_parse(sample, reps),
                  note="read_import + import_bundle vs json.loads")]
    for n in ctx.scales:
        rows = n * 50
        src = write_ogp_csv(work / f"ogp-{rows}.csv", OGP_HEADERS, rows)
        r = ctx.reps(3, 1) if rows >= 5000 else reps
        out.append(Figure("import.ogp_csv", f"{rows} rows", time_import(src, work, r), time_parse(src, r),
                          group="import csv", scale=n, note="read_import + import_bundle vs csv.reader"))
    return out
