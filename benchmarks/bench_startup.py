"""Start-up to the first painted main window, in a fresh interpreter, against bare Qt.

Both sides run as a child process that shows its window offscreen at the same size, processes
events, grabs the window into a PNG and exits: interpreter start, imports, library open and
the first paint are all inside the wall time, the same way for the app and the baseline. The
two sides alternate (A, B, A, B, ...) so a load change on the shared machine hits both.

Cases: the sample, against the issue's own baseline (a bare QMainWindow + QTableView over the
sample's rows read with plain sqlite3, BARE_ROWS), with the empty bare window, the fixed stack's
floor and the app in the same loop; 1, 10, 100 plans of 50 commitments (bare empty window as
baseline); and ONE plan of 5,000 commitments (500 in quick mode), against the same bare table of
its rows, where both sides also report their peak memory (VmHWM, written by an atexit hook the
same wrapper installs on both sides).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import Context, Figure

NOTE = """
import os, time
def _note(stage):
    log = os.environ.get("IRM_APP_STARTUP_LOG")
    if log:
        with open(log, "a") as f:
            f.write(f"{stage} {time.time():.6f}\\n")
"""
"""What the app's `ui.app._note_startup` does, for the baselines: the same moment, the same way."""

BARE = NOTE + """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1600, 1000)
w.show()
app.processEvents()
_note("frame")
for _ in range(4):
    app.processEvents()
shot = w.grab()
_note("painted")
ok = shot.save(sys.argv[1], "PNG")
w.close()
sys.exit(0 if ok else 2)
"""

BARE_ROWS = NOTE + """
import sqlite3, sys
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
conn = sqlite3.connect(f"file:{sys.argv[2]}?mode=ro", uri=True)
rows = conn.execute("SELECT id, title, theme, lead_institution FROM commitments ORDER BY plan_id, position").fetchall()
conn.close()
class Rows(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(rows)
    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 4
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1600, 1000)
view = QTableView()
model = Rows()
view.setModel(model)
w.setCentralWidget(view)
w.show()
app.processEvents()
_note("frame")
for _ in range(4):
    app.processEvents()
shot = w.grab()
_note("painted")
ok = shot.save(sys.argv[1], "PNG")
w.close()
sys.exit(0 if ok else 2)
"""

FLOOR = BARE_ROWS.replace(
    "import sqlite3, sys\n",
    "import sys\nimport pydantic, sqlite_utils  # the product's fixed stack: the store's library, the model's\n",
).replace(
    """conn = sqlite3.connect(f"file:{sys.argv[2]}?mode=ro", uri=True)
rows = conn.execute("SELECT id, title, theme, lead_institution FROM commitments ORDER BY plan_id, position").fetchall()
conn.close()
""",
    """db = sqlite_utils.Database(sys.argv[2])
rows = list(db.execute("SELECT id, title, theme, lead_institution FROM commitments ORDER BY plan_id, position"))
db.close()
""",
)
assert "sqlite_utils.Database" in FLOOR and "sqlite3.connect" not in FLOOR
"""The least any start of this product can cost: the bare table of BARE_ROWS, after importing the
two libraries the product owner fixed (sqlite-utils for the store, pydantic for the model) and
reading the rows through sqlite-utils. No app code at all."""

PEAK = """
import atexit, os, sys
def _peak():
    hwm = next(int(x.split()[1]) for x in open("/proc/self/status") if x.startswith("VmHWM:"))
    with open(os.environ["IRM_BENCH_PEAK"], "w") as f:
        f.write(str(hwm / 1024))
atexit.register(_peak)
code, sys.argv = sys.argv[1], sys.argv[1:]
if code == "-app":  # the app as `irm-app` runs it: main() reads the process's own command line
    from irm_app.cli import main
    sys.exit(main())
exec(compile(code, "<bench>", "exec"))
"""
"""Runs either the app's `main` or a baseline script, and writes the process's peak RSS (MB) at exit."""


def _wall(cmd: list[str], env: dict[str, str], stages: dict[str, list[float]] | None = None,
          cpu: list[float] | None = None) -> float:
    """Wall time of one child (to its exit); with `stages`, also the seconds from spawn to each
    moment it noted: "frame" (its window first shown) and "painted" (the window grabbed); with
    `cpu`, the child's user + system CPU seconds (`os.wait4`: what the shared machine's load
    moves least)."""
    log = Path(env.get("IRM_BENCH_TMP", "/tmp")) / f"startup-{os.getpid()}.log"
    log.unlink(missing_ok=True)
    env = dict(env, IRM_APP_STARTUP_LOG=str(log))
    t0 = time.time()
    t = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        try:
            _pid, status, usage = os.wait4(proc.pid, 0)
        except BaseException:
            proc.kill()
            raise
        proc.returncode = os.waitstatus_to_exitcode(status)
        dt = time.perf_counter() - t
        if proc.returncode != 0:
            err.seek(0)
            tail = err.read().decode(errors="replace").strip()[-500:]
            raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {tail}")
    if cpu is not None:
        cpu.append(usage.ru_utime + usage.ru_stime)
    noted = {name: rest.split() for name, rest in (line.split(" ", 1) for line in log.read_text().splitlines())}
    log.unlink()
    painted = noted["painted"]
    if len(painted) > 1 and int(painted[0]) <= 0:  # the app: a grab without the table's rows means nothing
        raise RuntimeError(f"{' '.join(cmd)}: the window grabbed showed no commitments")
    if stages is not None:
        for name, fields in noted.items():
            stages.setdefault(name, []).append(float(fields[-1]) - t0)
    return dt


def _wall_peak(cmd: list[str], env: dict[str, str], peak_file: Path,
               stages: dict[str, list[float]], cpu: list[float] | None = None) -> float:
    """Peak RSS (MB) of one child run under the PEAK wrapper; its moments go to `stages`, its
    CPU seconds to `cpu`."""
    peak_file.unlink(missing_ok=True)
    _wall([sys.executable, "-c", PEAK, *cmd], dict(env, IRM_BENCH_PEAK=str(peak_file),
                                                     IRM_BENCH_TMP=str(peak_file.parent)), stages, cpu)
    return float(peak_file.read_text())


def app_cmd(db: Path, png: Path) -> list[str]:
    return [sys.executable, "-m", "irm_app", "gui", "--db", str(db), "--screenshot", str(png)]


def one_plan(ctx: Context, png: Path) -> list[Figure]:
    """5,000 commitments in ONE plan: time and peak memory against a bare table of the same rows."""
    rows = 500 if ctx.quick else 5000
    db = ctx.cache.get(1, per_plan=rows)
    peak = Path(ctx.tmp) / "peak.txt"
    app_args = ["-app", "gui", "--db", str(db), "--screenshot", str(png)]
    base_args = [BARE_ROWS, str(png), str(db)]
    if not ctx.quick:
        _wall_peak(app_args, ctx.env, peak, {})
    app_s: dict[str, list[float]] = {}
    base_s: dict[str, list[float]] = {}
    app_t, base_t, app_m, base_m = [], [], [], []
    app_cpu: list[float] = []
    base_cpu: list[float] = []
    for _ in range(ctx.reps(5, 1)):  # paired: A then B each round
        t = time.perf_counter()
        app_m.append(_wall_peak(app_args, ctx.env, peak, app_s, app_cpu))
        app_t.append(time.perf_counter() - t)
        t = time.perf_counter()
        base_m.append(_wall_peak(base_args, ctx.env, peak, base_s, base_cpu))
        base_t.append(time.perf_counter() - t)
    size = f"{rows} commitments in one plan"
    a_cpu, b_cpu = statistics.median(app_cpu), statistics.median(base_cpu)
    note = ("irm-app gui --screenshot (the window grabbed showing the table's rows, PNG, exit) vs bare "
            "QMainWindow + QTableView of the same rows (plain sqlite3 read), the same; child CPU (user + "
            f"system, median): app {a_cpu * 1000:.0f} ms, bare {b_cpu * 1000:.0f} ms = {a_cpu / b_cpu:.2f}x")
    return [
        Figure("startup.one_plan", size, app_t, base_t, target="ratio <= 3", check=lambda f: f.ratio <= 3.0,
               note=note),
        Figure("startup.one_plan_painted", size, app_s["painted"], base_s["painted"],
               note="the same children, spawn to the grab itself"),
        Figure("startup.one_plan_memory", size, app_m, base_m, unit="MB", target="ratio <= 2",
               check=lambda f: f.ratio <= 2.0, note="peak RSS (VmHWM) of the same two children"),
    ]


def sample_case(ctx: Context, png: Path, env: dict[str, str], reps: int) -> list[Figure]:
    """The sample, four children round after round (the app, the bare table of its rows, the
    fixed stack's floor, the empty bare window) so a load change hits them all alike."""
    db = ctx.cache.sample()
    size = "sample (36)"
    kinds = {
        "app": app_cmd(db, png),
        "rows": [sys.executable, "-c", BARE_ROWS, str(png), str(db)],
        "floor": [sys.executable, "-c", FLOOR, str(png), str(db)],
        "empty": [sys.executable, "-c", BARE, str(png)],
    }
    exits: dict[str, list[float]] = {k: [] for k in kinds}
    stages: dict[str, dict[str, list[float]]] = {k: {} for k in kinds}
    for _ in range(reps):
        for kind, cmd in kinds.items():
            exits[kind].append(_wall(cmd, env, stages[kind]))
    return [
        Figure("startup.first_paint", size, exits["app"], exits["rows"], target="ratio <= 1.5",
               check=lambda f: f.ratio <= 1.5,
               note="subprocess: irm-app gui --screenshot (the window grabbed showing the table's rows, PNG "
                    "written, exit) vs bare QMainWindow + QTableView of the sample's rows read with plain "
                    "sqlite3 (the same): the issue's figure and baseline"),
        Figure("startup.first_paint_empty", size, exits["app"], exits["empty"],
               note="the same app children vs a bare EMPTY QMainWindow (the same): the stricter baseline"),
        Figure("startup.painted", size, stages["app"]["painted"], stages["empty"]["painted"],
               note="spawn to the grab itself (no PNG, no exit) on both sides; baseline the empty window"),
        Figure("startup.frame", size, stages["app"]["frame"], stages["empty"]["frame"],
               note="spawn to the main window's frame shown (one event round after show) "
                    "vs the bare empty QMainWindow shown the same way"),
        Figure("startup.floor", size, exits["floor"], exits["rows"],
               note="what the fixed stack costs with no app code: import pydantic and sqlite-utils, read the "
                    "rows through sqlite-utils, the same bare QTableView of them, grabbed (PNG, exit) vs the "
                    "bare table of startup.first_paint: the least startup.first_paint can be"),
    ]


def run(ctx: Context) -> list[Figure]:
    reps = ctx.reps(5, 1)
    png = Path(ctx.tmp) / "startup.png"
    bare = [sys.executable, "-c", BARE, str(png)]
    if not ctx.quick:  # warm the page cache for both sides alike
        _wall(bare, ctx.env)
        _wall(app_cmd(ctx.cache.sample(), png), ctx.env)
    env = dict(ctx.env, IRM_BENCH_TMP=str(ctx.tmp))
    out = sample_case(ctx, png, env, reps)
    for n in ctx.scales:
        if ctx.quick and n > 1:
            continue
        size, db = f"{n * 50} commitments", ctx.cache.get(n)
        exits, exits_base = [], []
        for _ in range(reps):  # paired
            exits.append(_wall(app_cmd(db, png), env))
            exits_base.append(_wall(bare, env))
        out.append(Figure("startup.first_paint", size, exits, exits_base, group="startup", scale=n,
                          note="subprocess: irm-app gui --screenshot (the window grabbed showing the table's "
                               "rows, PNG written, exit) vs bare empty QMainWindow (the same)"))
    out += one_plan(ctx, png)
    return out
