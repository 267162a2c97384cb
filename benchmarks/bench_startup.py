"""Start-up to the first painted main window, in a fresh interpreter, against bare Qt.

Both sides run as a child process that shows its window offscreen at the same size, processes
events, grabs the window into a PNG and exits: interpreter start, imports, library open and
the first paint are all inside the wall time, the same way for the app and the baseline.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from . import Context, Figure

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1600, 1000)
w.show()
for _ in range(5):
    app.processEvents()
ok = w.grab().save(sys.argv[1], "PNG")
w.close()
sys.exit(0 if ok else 2)
"""


def _wall(cmd: list[str], env: dict[str, str]) -> float:
    t = time.perf_counter()
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    dt = time.perf_counter() - t
    if r.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({r.returncode}): {r.stderr.strip()[-500:]}")
    return dt


def app_cmd(db: Path, png: Path) -> list[str]:
    return [sys.executable, "-m", "irm_app", "gui", "--db", str(db), "--screenshot", str(png)]


def run(ctx: Context) -> list[Figure]:
    reps = ctx.reps(5, 1)
    png = Path(ctx.tmp) / "startup.png"
    bare = [sys.executable, "-c", BARE, str(png)]
    if not ctx.quick:  # warm the page cache for both sides alike
        _wall(bare, ctx.env)
        _wall(app_cmd(ctx.cache.sample(), png), ctx.env)
    baseline = [_wall(bare, ctx.env) for _ in range(reps)]
    out = []
    cases: list[tuple[str, Path, int | None]] = [("sample (36)", ctx.cache.sample(), None)]
    cases += [(f"{n * 50} commitments", ctx.cache.get(n), n) for n in ctx.scales if not (ctx.quick and n > 1)]
    for size, db, scale in cases:
        samples = [_wall(app_cmd(db, png), ctx.env) for _ in range(reps)]
        big = scale == 100
        if scale == 100:
            target, check = "ratio <= 1.5 and < 1 s", (lambda f: f.ratio <= 1.5 and f.value < 1.0)
        elif scale is None or big:
            target, check = "ratio <= 1.5", (lambda f: f.ratio <= 1.5)
        else:
            target, check = "", None
        out.append(Figure("startup.first_paint", size, samples, baseline, target=target, check=check,
                          group="startup" if scale else None, scale=scale,
                          note="subprocess: irm-app gui --screenshot vs bare QMainWindow"))
    return out
