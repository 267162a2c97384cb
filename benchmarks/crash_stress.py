"""Kill a process editing the library with SIGKILL at random moments; check nothing acknowledged is lost.

    .venv/bin/python benchmarks/crash_stress.py --trials 300 [--seed 1] [--dir DIR]

A child process opens the library (the sample plan imported), makes scripted score and
justification edits through the Library API, and prints `ack N` after each call returns. The
parent kills it at a random moment (during start-up, opening, an edit, a backup), then checks:
PRAGMA integrity_check is ok, every acknowledged edit is stored (an edit in flight at the kill
may or may not be, nothing else may differ), and the audit log agrees with the stored scores
(the latest audit 'new' per field equals the stored value). The same library is used for every
trial, so damage would accumulate.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FORM = "irm-progress-report-legacy"
PLAN = "AP_USA05"
Key = tuple[str, str]  # (commitment, field)


@dataclass
class Edit:
    kind: str  # "score" | "justification"
    commitment: str
    field: str
    value: str


def script(trial: int, n: int, commitments: list[str], fields: dict[str, list[str]]) -> Edit:
    """Edit n of a trial: the same in the child (which makes it) and the parent (which checks it)."""
    r = random.Random(trial * 1_000_003 + n)
    cid = r.choice(commitments)
    name = r.choice(sorted(fields))
    if r.random() < 0.5:
        return Edit("score", cid, name, r.choice(fields[name]))
    return Edit("justification", cid, name, f"t{trial} e{n} " + "x" * r.choice((10, 200, 5000, 40_000)))


def shape(db: Path) -> tuple[str, list[str], dict[str, list[str]]]:
    """(assessment id, commitments, single-choice fields with their levels)."""
    from irm_app.library import Library

    with Library.open(db, readonly=True) as lib:
        aid = next(a.id for a in lib.assessments.all(PLAN) if a.form == FORM)
        form = lib.forms.get(FORM)
        cids = [c.id for c in lib.plans.commitments(PLAN)]
    fields = {f.key: [lv.key for lv in f.levels] for f in form.commitment_fields if f.kind == "single"}
    return aid, cids, fields


# -- the child -----------------------------------------------------------------------------------


def child(db: Path, trial: int) -> None:
    from irm_app.library import Library
    from irm_app.library.backups import BackupPolicy

    aid, cids, fields = shape(db)
    lib = Library.open(db, backups=BackupPolicy(db, interval=0.2))  # backups get killed too
    print("ready", flush=True)
    n = 0
    while True:
        e = script(trial, n, cids, fields)
        if e.kind == "score":
            lib.scores.set_score(aid, e.commitment, e.field, e.value, who="stress")
        else:
            lib.scores.set_justification(aid, e.commitment, e.field, e.value, who="stress")
        print(f"ack {n}", flush=True)
        n += 1


# -- the parent ----------------------------------------------------------------------------------


@dataclass
class Result:
    trials: int = 0
    acknowledged: int = 0
    lost: int = 0
    in_flight_applied: int = 0
    integrity_failures: int = 0
    audit_mismatches: int = 0
    problems: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            f"trials: {self.trials}",
            f"edits acknowledged: {self.acknowledged}",
            f"edits lost: {self.lost}",
            f"in-flight edits found applied (committed, killed before the ack): {self.in_flight_applied}",
            f"integrity failures: {self.integrity_failures}",
            f"audit/score mismatches: {self.audit_mismatches}",
            *self.problems[:10],
        ]


def setup(folder: Path) -> Path:
    from irm_app.importers.registry import read_import
    from irm_app.library import Library
    from irm_app.paths import sample_plan

    db = folder / "library.db"
    with Library.open(db) as lib:
        lib.imports.import_bundle(read_import(sample_plan()), who="stress")
        lib.assessments.create_assessment(PLAN, FORM, researcher="stress", who="stress")
    return db


def stored(db: Path, aid: str) -> tuple[dict[Key, dict[str, object]], list[str], dict[Key, dict[str, object]]]:
    """(scores by key, integrity_check rows, latest audit 'new' by key and action)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        check = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        scores: dict[Key, dict[str, object]] = {}
        for cid, f, value, just in conn.execute(
            "SELECT commitment_id, field, value, justification FROM scores WHERE assessment_id = ?", [aid]
        ):
            scores[(cid, f)] = {"score": None if value is None else json.loads(value), "justification": just}
        audit: dict[Key, dict[str, object]] = {}
        for cid, f, action, new in conn.execute(
            "SELECT commitment_id, field, action, new FROM audit WHERE assessment_id = ?"
            " AND action IN ('score', 'justification') ORDER BY seq", [aid]
        ):
            audit.setdefault((cid, f), {})[action] = _decode(new)
    finally:
        conn.close()
    return scores, check, audit


def _decode(text: str | None) -> object:
    """Audit values are JSON text (older libraries: plain text)."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def apply(state: dict[Key, dict[str, object]], e: Edit) -> None:
    state.setdefault((e.commitment, e.field), {"score": None, "justification": ""})[e.kind] = e.value


def run(trials: int, seed: int = 1, folder: Path | None = None, *, quiet: bool = True) -> Result:
    rng = random.Random(seed)
    own = tempfile.TemporaryDirectory() if folder is None else None
    base = Path(own.name) if own else folder
    try:
        db = setup(base)
        aid, cids, fields = shape(db)
        expected: dict[Key, dict[str, object]] = {}
        res = Result()
        for t in range(trials):
            acked = kill_once(db, t, rng)
            for n in range(acked):
                apply(expected, script(t, n, cids, fields))
            res.trials += 1
            res.acknowledged += acked
            check_after_kill(db, aid, t, acked, expected, cids, fields, res)
            if not quiet and (t + 1) % 25 == 0:
                print(f"  {t + 1} trials, {res.acknowledged} acknowledged, {res.lost} lost", flush=True)
        return res
    finally:
        if own:
            own.cleanup()


def kill_once(db: Path, trial: int, rng: random.Random) -> int:
    """Run one child, SIGKILL it at a random moment; returns how many edits it acknowledged."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    p = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(db), str(trial)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
    )
    assert p.stdout is not None
    if rng.random() < 0.25:
        time.sleep(rng.uniform(0.0, 0.8))  # anywhere from start-up through opening and migrating
    else:
        p.stdout.readline()  # "ready": the library is open
        time.sleep(rng.uniform(0.0, 0.3))
    p.send_signal(signal.SIGKILL)
    out, _ = p.communicate()
    acked = 0
    for line in out.decode(errors="replace").splitlines(keepends=True):
        if line.startswith("ack ") and line.endswith("\n"):  # a torn last line is not an ack
            acked = int(line.split()[1]) + 1
    return acked


def check_after_kill(
    db: Path, aid: str, trial: int, acked: int, expected: dict[Key, dict[str, object]],
    cids: list[str], fields: dict[str, list[str]], res: Result,
) -> None:
    scores, check, audit = stored(db, aid)
    if check != ["ok"]:
        res.integrity_failures += 1
        res.problems.append(f"trial {trial}: integrity_check: {check[:3]}")
    in_flight = script(trial, acked, cids, fields)
    key = (in_flight.commitment, in_flight.field)
    row = scores.get(key)
    if row is not None and row[in_flight.kind] == in_flight.value and expected.get(key, {}).get(in_flight.kind) != in_flight.value:
        res.in_flight_applied += 1
        apply(expected, in_flight)  # committed before the kill, only the ack was lost
    for k, want in expected.items():
        got = scores.get(k, {"score": None, "justification": ""})
        for kind in ("score", "justification"):
            if want.get(kind, got[kind]) != got[kind]:
                res.lost += 1
                res.problems.append(f"trial {trial}: {k} {kind}: expected {str(want[kind])[:30]!r}, found {str(got[kind])[:30]!r}")
    for k, got in scores.items():
        last = audit.get(k, {})
        if "score" in last and last["score"] != got["score"]:
            res.audit_mismatches += 1
            res.problems.append(f"trial {trial}: {k}: audit says {last['score']!r}, stored {got['score']!r}")
        if last.get("justification", "") != got["justification"]:
            res.audit_mismatches += 1
            res.problems.append(f"trial {trial}: {k}: audit justification differs from the stored one")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        child(Path(argv[1]), int(argv[2]))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trials", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dir", type=Path, default=None, help="where the library lives (default: a temp dir)")
    args = ap.parse_args(argv)
    started = time.monotonic()
    res = run(args.trials, args.seed, args.dir, quiet=False)
    for line in res.lines():
        print(line)
    print(f"took {time.monotonic() - started:.0f} s")
    ok = res.lost == 0 and res.integrity_failures == 0 and res.audit_mismatches == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
