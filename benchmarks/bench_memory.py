"""Peak memory (RSS) of a child process opening a library, snapshotting it and building the table model.

Measured as the child's own peak after the work (VmHWM from /proc/self/status; ru_maxrss where
there is no /proc): on Linux ru_maxrss survives exec, so a child forked from a big parent
would report the parent's peak.
Baseline: a child importing the same modules (and making the QApplication) without opening
anything, i.e. the interpreter + library code floor.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from . import Context, Figure

CHILD = """
import json, resource, sys
from PySide6.QtWidgets import QApplication
from irm_app.library import Library
from irm_app.ui.commitments.model import CommitmentsModel
from irm_app.ui.store import Store
app = QApplication(sys.argv[:1])
if sys.argv[1] != "-":
    lib = Library.open(sys.argv[1], readonly=True)
    doc = lib.snapshot()
    model = CommitmentsModel(Store(lib, "bench"))
    for a in lib.assessments.all():
        model.set_assessment(a.id)
    del doc
# VmHWM is this process's own peak; ru_maxrss on Linux keeps the forking parent's peak across exec
try:
    hwm = next(int(x.split()[1]) for x in open("/proc/self/status") if x.startswith("VmHWM:"))
except (OSError, StopIteration):
    hwm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps(hwm / 1024))
"""


def peak_mb(db: Path | None, env: dict[str, str]) -> float:
    r = subprocess.run([sys.executable, "-c", CHILD, str(db) if db else "-"], env=env,
                       capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        raise RuntimeError(f"memory child failed: {r.stderr.strip()[-500:]}")
    return float(json.loads(r.stdout.strip().splitlines()[-1]))


def run(ctx: Context) -> list[Figure]:
    reps = ctx.reps(2, 1)
    baseline = [peak_mb(None, ctx.env) for _ in range(reps)]
    out = []
    for n in ctx.scales:
        samples = [peak_mb(ctx.cache.get(n), ctx.env) for _ in range(reps)]
        big = n == max(ctx.scales)
        out.append(Figure("memory.peak_rss", f"{n * 50} commitments", samples, baseline, unit="MB",
                          target="< 250 MB" if big else "", check=(lambda f: f.value < 250) if big else None,
                          group="peak RSS", scale=n, note="open + snapshot + table model of every assessment"))
    return out
