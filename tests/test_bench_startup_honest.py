"""The start-up benchmark refuses a grab that showed no commitments: a window painted before its
table had rows would make the first-paint figure mean nothing."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from benchmarks.bench_startup import _wall

CHILD = """
import os, time
with open(os.environ["IRM_APP_STARTUP_LOG"], "a") as f:
    f.write(f"frame {time.time()}\\n")
    f.write(f"painted {os.environ['ROWS']} {time.time()}\\n")
"""


@pytest.mark.parametrize("rows", ["0", "36"])
def test_a_grab_without_rows_is_refused(rows: str, tmp_path: Path) -> None:
    env = dict(os.environ, IRM_BENCH_TMP=str(tmp_path), ROWS=rows)
    stages: dict[str, list[float]] = {}
    if rows == "0":
        with pytest.raises(RuntimeError, match="showed no commitments"):
            _wall([sys.executable, "-c", CHILD], env, stages)
        return
    _wall([sys.executable, "-c", CHILD], env, stages)
    assert set(stages) == {"frame", "painted"} and 0 < stages["frame"][0] <= stages["painted"][0]


def test_a_failed_child_says_why_and_a_run_records_its_cpu(tmp_path: Path) -> None:
    """The child's own words reach the report when it fails; a run adds one CPU figure per child
    (the figure the notes compare, since the shared machine's load moves wall times most)."""
    env = dict(os.environ, IRM_BENCH_TMP=str(tmp_path), ROWS="36")
    with pytest.raises(RuntimeError, match=r"failed \(3\).*no library here"):
        _wall([sys.executable, "-c", "import sys; print('no library here', file=sys.stderr); sys.exit(3)"], env)
    cpu: list[float] = []
    _wall([sys.executable, "-c", CHILD], env, None, cpu)
    _wall([sys.executable, "-c", CHILD], env, None, cpu)
    assert len(cpu) == 2 and all(c > 0 for c in cpu)
