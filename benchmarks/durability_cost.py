"""What durability costs: set_score latency with synchronous=FULL (the app's setting) vs NORMAL,
and a raw sqlite3 UPDATE for scale.

    .venv/bin/python benchmarks/durability_cost.py [--edits 500] [--dir /path/on/the/disk/to/test]

FULL fsyncs the WAL at every commit, so an acknowledged edit survives a power cut; NORMAL fsyncs
only at checkpoints (an edit survives a process kill but maybe not a power cut).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from irm_app.importers.registry import read_import  # noqa: E402
from irm_app.library import Library  # noqa: E402
from irm_app.library.backups import BackupPolicy  # noqa: E402
from irm_app.paths import sample_plan  # noqa: E402

FORM = "irm-progress-report-legacy"
LEVELS = ("low", "medium", "high")


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def time_set_score(db: Path, sync: str, edits: int) -> list[float]:
    lib = Library.open(db, backups=BackupPolicy(db, interval=1e9))
    try:
        lib.db.execute(f"PRAGMA synchronous = {sync}")
        plan = lib.plans.summaries()[0].id
        aid = lib.assessments.create_assessment(plan, FORM, researcher="bench", who="bench").id
        cids = [c.id for c in lib.plans.commitments(plan)]
        out = []
        for i in range(edits):
            t = time.perf_counter()
            lib.scores.set_score(aid, cids[i % len(cids)], "specificity", LEVELS[(i // len(cids)) % 3], who="bench")
            out.append(time.perf_counter() - t)
        return out
    finally:
        lib.close()


def time_raw(db: Path, sync: str, edits: int) -> list[float]:
    conn = sqlite3.connect(str(db), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA synchronous = {sync}")
    conn.execute("CREATE TABLE IF NOT EXISTS raw (k INTEGER PRIMARY KEY, v TEXT)")
    conn.executemany("INSERT OR IGNORE INTO raw VALUES (?, '')", [(k,) for k in range(50)])
    out = []
    for i in range(edits):
        t = time.perf_counter()
        conn.execute("UPDATE raw SET v = ? WHERE k = ?", [LEVELS[i % 3], i % 50])
        out.append(time.perf_counter() - t)
    conn.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--edits", type=int, default=500)
    ap.add_argument("--dir", type=Path, default=None, help="where to put the test library (default: a temp dir)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.dir) as d:
        db = Path(d) / "library.db"
        with Library.open(db, backups=BackupPolicy(db, interval=1e9)) as lib:
            lib.imports.import_bundle(read_import(sample_plan()), who="bench")
        rows = [
            ("set_score, synchronous=FULL (the app)", time_set_score(db, "FULL", args.edits)),
            ("set_score, synchronous=NORMAL", time_set_score(db, "NORMAL", args.edits)),
            ("raw sqlite3 UPDATE, FULL", time_raw(Path(d) / "raw.db", "FULL", args.edits)),
            ("raw sqlite3 UPDATE, NORMAL", time_raw(Path(d) / "raw.db", "NORMAL", args.edits)),
        ]
    print(f"{args.edits} edits each, library in {args.dir or tempfile.gettempdir()}")
    print(f"{'':40} {'p50 ms':>8} {'p99 ms':>8} {'mean ms':>8}")
    for name, xs in rows:
        ms = [x * 1000 for x in xs]
        print(f"{name:40} {pct(ms, 50):8.3f} {pct(ms, 99):8.3f} {statistics.mean(ms):8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
