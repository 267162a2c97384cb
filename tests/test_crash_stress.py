"""SIGKILL a process in the middle of editing: nothing it acknowledged may be lost (short run).

The long run is `benchmarks/crash_stress.py --trials 300`; see docs/reliability.md.
"""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _stress():
    spec = importlib.util.spec_from_file_location("crash_stress", ROOT / "benchmarks" / "crash_stress.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def test_ten_kills_lose_no_acknowledged_edit(tmp_path: Path) -> None:
    stress = _stress()
    res = stress.run(10, seed=3, folder=tmp_path)
    assert res.trials == 10
    assert res.acknowledged > 0
    assert (res.lost, res.integrity_failures, res.audit_mismatches) == (0, 0, 0), res.problems
    assert not list(tmp_path.glob("library.db.damaged-*"))


@pytest.mark.slow
def test_hundred_kills(tmp_path: Path) -> None:
    res = _stress().run(100, seed=11, folder=tmp_path)
    assert (res.lost, res.integrity_failures, res.audit_mismatches) == (0, 0, 0), res.problems


def test_the_checker_notices_a_lost_edit(tmp_path: Path) -> None:
    """A checker that cannot fail proves nothing: lose an acknowledged edit by hand and look."""
    stress = _stress()
    db = stress.setup(tmp_path)
    aid, cids, fields = stress.shape(db)
    acked = 0
    while acked == 0:
        acked = stress.kill_once(db, 0, __import__("random").Random(acked))
    expected: dict = {}
    for n in range(acked):
        stress.apply(expected, stress.script(0, n, cids, fields))
    (cid, field), want = next(iter(expected.items()))
    conn = sqlite3.connect(db)
    conn.execute(
        "UPDATE scores SET value = ?, justification = 'gone' WHERE assessment_id = ? AND commitment_id = ? AND field = ?",
        [json.dumps("lost"), aid, cid, field],
    )
    conn.commit()
    conn.close()
    res = stress.Result()
    stress.check_after_kill(db, aid, 0, acked, expected, cids, fields, res)
    assert res.lost >= 1 and res.audit_mismatches >= 1
