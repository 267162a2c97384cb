"""One score edit until durable: Library.scores.set_score against a raw sqlite3 single-row UPDATE.

Both run on the same disk with the app's pragmas (WAL, synchronous=FULL), so each commit pays
one fsync, and the same WAL policy: the library copies its WAL into the file after every 16th
commit (library/checkpoint.py: what a damaged WAL can cost stays bounded), so the raw side does
too, inside the timed edit that triggers it. The ratio is what validation, the audit row, the
search index and the write guard add on top; the p99 is the checkpointing edits on both sides.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from irm_app.library.checkpoint import EVERY

from . import Context, Figure
from .synthetic import FORM

LEVELS = ("none", "low", "medium", "high")


def time_set_score(db: Path, edits: int) -> list[float]:
    """Edits cycle over every commitment of the first plan, always changing the value."""
    from irm_app.library import Library

    lib = Library.open(db)  # the app's default backup policy, as a user gets it
    try:
        a = next(x for x in lib.assessments.all() if x.form == FORM)
        cids = [c.id for c in lib.plans.commitments(a.plan_id)]
        current = {cid: lib.scores.values(a.id, cid).get("specificity") for cid in cids}
        out = []
        for i in range(edits):
            cid = cids[i % len(cids)]
            # always a different level, so every edit really writes (an unchanged value returns early)
            value = LEVELS[(LEVELS.index(current[cid]) + 1) % 4 if current[cid] in LEVELS else 0]
            current[cid] = value
            t = time.perf_counter()
            lib.scores.set_score(a.id, cid, "specificity", value, who="bench")
            out.append(time.perf_counter() - t)
        return out
    finally:
        lib.close()


def time_raw(db: Path, edits: int) -> list[float]:
    conn = sqlite3.connect(str(db), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("CREATE TABLE raw (k INTEGER PRIMARY KEY, v TEXT)")
        conn.executemany("INSERT INTO raw VALUES (?, '')", [(k,) for k in range(50)])
        out = []
        for i in range(edits):
            t = time.perf_counter()
            conn.execute("UPDATE raw SET v = ? WHERE k = ?", (LEVELS[i % 4], i % 50))
            if (i + 1) % EVERY == 0:  # the library's burst checkpoint, as its writer runs it
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            out.append(time.perf_counter() - t)
        return out
    finally:
        conn.close()


def run(ctx: Context) -> list[Figure]:
    edits = 200 if ctx.quick else 1000
    tmp = Path(ctx.tmp) / "edit"
    raw = time_raw(tmp.parent / "raw.db", edits)
    out = []
    for n in ctx.scales:
        db = ctx.cache.copy(n, tmp / str(n))
        samples = time_set_score(db, edits)
        size = f"{n * 50} commitments, {edits} edits"
        out.append(Figure("edit.set_score", size, samples, raw, stat="median", group="edit p50", scale=n,
                          note="Library.scores.set_score vs raw UPDATE, WAL + synchronous=FULL, a TRUNCATE checkpoint every 16 commits on both sides"))
        out.append(Figure("edit.set_score", size, samples, raw, stat="p99", target="ratio <= 3",
                          check=lambda f: f.ratio <= 3.0, group="edit p99", scale=n))
    return out
