"""Per-call costs of the command line, each in a fresh process beside the raw cost of its work.

- `irm-app --version` and `irm-app --help` against `python -c pass` (the interpreter's floor);
- `irm-app score A C FIELD=LEVEL` on the sample and on the 100-plan (~70-125 MB) library against
  a child `python -c` that opens a copy of the same file with the app's pragmas (busy_timeout,
  foreign keys, WAL, synchronous=FULL) and runs one single-row UPDATE of the scores table;
- what the product owner's fixed stack alone costs a process, beside that raw UPDATE in the same
  loop (no targets: the floors of any `score` that writes through the Library): the raw UPDATE
  after `import sqlite_utils` (`cli.score_floor`), after `from pydantic import BaseModel`
  (`cli.score_floor_pydantic`) and after both (`cli.score_floor_both`). The floors load their
  imports as `score` does (`cli.common.lasting_imports`: the cyclic collector paused, then
  `gc.freeze`), so the app is never measured against a floor that skipped a trim it made;
- the library's sound check at open: `PRAGMA integrity_check` beside `PRAGMA quick_check` on
  the largest library (docs/performance.md and docs/reliability.md quote these).

The sides alternate (A, B, A, B, ...) in one loop so load on the shared machine hits both.
The app is run as the installed `irm-app` script when there is one (what a user types), else
`python -m irm_app`. The `score` rows also count the backups the calls made (the default policy:
at most one per 5-minute interval across processes, never a copy per call) and fail if a run of
calls made more than that.
"""

from __future__ import annotations

import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from . import Context, Figure

RAW_UPDATE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA busy_timeout = 5000")
conn.execute("PRAGMA foreign_keys = ON")
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("PRAGMA synchronous = FULL")
conn.execute("UPDATE scores SET value = ?, updated = ? WHERE assessment_id = ? AND commitment_id = ? AND field = ?",
             (sys.argv[2], "2024-01-01T00:00:00Z", sys.argv[3], sys.argv[4], sys.argv[5]))
conn.close()
"""


def app_cmd() -> list[str]:
    script = Path(sys.executable).with_name("irm-app")
    return [str(script)] if script.exists() else [sys.executable, "-m", "irm_app"]


def _wall(cmd: list[str], env: dict[str, str], cpu: list[float] | None = None) -> float:
    """Wall time of one child; its CPU time (user + system) appended to `cpu` if given: on the
    shared machine the CPU of a call moves far less with the load than its wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    dt = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({r.returncode}): {(r.stderr or r.stdout).strip()[-500:]}")
    if cpu is not None:
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return dt


def _cpu_note(app: list[float], base: list[float]) -> str:
    a, b = statistics.median(app), statistics.median(base)
    return f"CPU {a * 1000:.0f} ms vs {b * 1000:.0f} ms ({a / b:.1f}x)" if b else ""


def _paired(a: list[str], b: list[str], env: dict[str, str], reps: int) -> tuple[list[float], list[float], str]:
    """Wall times of a and b, alternating, and a note with their median CPU times."""
    _wall(a, env)  # warm the page cache for both
    _wall(b, env)
    xs, ys, xc, yc = [], [], [], []
    for _ in range(reps):
        xs.append(_wall(a, env, xc))
        ys.append(_wall(b, env, yc))
    return xs, ys, _cpu_note(xc, yc)


def _targets(db: Path) -> tuple[str, str, str, list[str], tuple[str, str, str]]:
    """(assessment, commitment, field, two levels) for the app, and another score row for the raw side."""
    from irm_app.methodology import load_form

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        aid, form_key = conn.execute("SELECT id, form FROM assessments ORDER BY created LIMIT 1").fetchone()
        form = load_form(form_key)
        field = next(f for f in form.commitment_fields if f.kind == "single" and len(f.levels) >= 2)
        cids = [r[0] for r in conn.execute(
            "SELECT c.id FROM commitments c JOIN assessments a ON a.plan_id = c.plan_id WHERE a.id = ? "
            "ORDER BY c.position LIMIT 2", (aid,))]
        raw = conn.execute("SELECT assessment_id, commitment_id, field FROM scores WHERE assessment_id = ? "
                           "AND commitment_id = ? LIMIT 1", (aid, cids[1])).fetchone()
    finally:
        conn.close()
    return aid, cids[0], field.key, [lv.key for lv in field.levels[:2]], raw


def score_case(ctx: Context, db: Path, size: str, reps: int) -> Figure:
    work = Path(ctx.tmp) / "cli" / size.split()[0]
    work.mkdir(parents=True, exist_ok=True)
    lib = work / "library.db"
    shutil.copyfile(db, lib)
    # The raw side writes its own copy of the same bytes: a write to the app's file by another
    # program voids the app's sound mark, and the app's next open then runs the full
    # integrity_check (0.15 s CPU at 125 MB; docs/reliability.md), which no library that only
    # the app writes ever pays.
    raw_lib = work / "raw.db"
    shutil.copyfile(db, raw_lib)
    aid, cid, field, levels, raw = _targets(lib)
    app, base = [], []
    calls = [0]

    def app_call() -> list[str]:
        calls[0] += 1
        level = levels[calls[0] % 2]  # always a different level: every call really writes
        return [*app_cmd(), "score", aid, cid, f"{field}={level}", "--db", str(lib)]

    def raw_call() -> list[str]:
        return [sys.executable, "-c", RAW_UPDATE, str(raw_lib), f'"{levels[calls[0] % 2]}"', *raw]

    _wall(app_call(), ctx.env)  # the first write into a library with no backup makes its first one
    _wall(raw_call(), ctx.env)
    before, started = _backups(lib), time.monotonic()
    app_cpu: list[float] = []
    base_cpu: list[float] = []
    for _ in range(reps):
        app.append(_wall(app_call(), ctx.env, app_cpu))
        base.append(_wall(raw_call(), ctx.env, base_cpu))
    made = len(_backups(lib) - before)
    allowed = 1 + int((time.monotonic() - started) // BACKUP_INTERVAL)
    if made > allowed:
        raise RuntimeError(f"{reps} score calls made {made} backups of {lib} (at most {allowed} in that time)")
    return Figure("cli.score", size, app, base, target="ratio <= 4", check=lambda f: f.ratio <= 4.0,
                  note=f"irm-app score one field (default backup policy; {made} backups in {reps} calls) "
                       f"vs python + sqlite3 UPDATE, same pragmas; {_cpu_note(app_cpu, base_cpu)}")


BACKUP_INTERVAL = 300.0
"""BackupPolicy's default interval (library/backups.py), read here without importing the library."""


def _backups(lib: Path) -> set[str]:
    folder = lib.parent / "backups"
    return {p.name for p in folder.glob("*.db")} if folder.is_dir() else set()


FLOORS: tuple[tuple[str, str], ...] = (
    ("cli.score_floor", "import sqlite_utils"),
    ("cli.score_floor_pydantic", "from pydantic import BaseModel"),
    ("cli.score_floor_both", "import sqlite_utils\nfrom pydantic import BaseModel"),
)
"""Each floor row and the imports its child makes before the raw UPDATE: the store's library,
the model's, and both (what every `score` imports before its own code)."""


def floor_script(imports: str) -> str:
    """The raw UPDATE after `imports`, loaded the way `score` loads its own (collector paused
    while they load, frozen after: cli.common.lasting_imports)."""
    return f"import gc\ngc.disable()\n{imports}\ngc.freeze()\ngc.enable()\n{RAW_UPDATE}"


def store_floors(ctx: Context, db: Path, reps: int) -> list[Figure]:
    """The raw UPDATE after each of the fixed stack's imports (FLOORS) beside the raw UPDATE, in
    one loop (raw, then each floor, round after round): what the imports alone cost a process,
    i.e. the least any `score` that writes through the Library can cost."""
    work = Path(ctx.tmp) / "cli" / "floor"
    work.mkdir(parents=True, exist_ok=True)
    lib = work / "library.db"
    shutil.copyfile(db, lib)
    aid, _, field, levels, raw = _targets(lib)
    base, base_cpu = [], []
    walls: dict[str, list[float]] = {name: [] for name, _ in FLOORS}
    cpus: dict[str, list[float]] = {name: [] for name, _ in FLOORS}
    for i in range(reps + 1):
        args = [str(lib), f'"{levels[i % 2]}"', *raw]
        b = _wall([sys.executable, "-c", RAW_UPDATE, *args], ctx.env, base_cpu)
        got = {name: _wall([sys.executable, "-c", floor_script(imports), *args], ctx.env, cpus[name])
               for name, imports in FLOORS}
        if i:  # the first round warms the page cache
            base.append(b)
            for name, t in got.items():
                walls[name].append(t)
    return [Figure(name, "sample (36)", walls[name], base,
                   note=f"python: {imports.replace(chr(10), '; ')} (collector paused, then frozen, as score "
                        f"loads its imports), then the raw UPDATE, vs the raw UPDATE alone; "
                        + _cpu_note(cpus[name][1:], base_cpu[1:]))
            for name, imports in FLOORS]


def sound_check(db: Path, reps: int) -> Figure:
    """integrity_check (what every open ran) beside quick_check, in this process, same file."""
    full, quick = [], []
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        for _ in range(reps + 1):
            t = time.perf_counter()
            conn.execute("PRAGMA integrity_check").fetchall()
            full.append(time.perf_counter() - t)
            t = time.perf_counter()
            conn.execute("PRAGMA quick_check").fetchall()
            quick.append(time.perf_counter() - t)
    finally:
        conn.close()
    size = f"{db.stat().st_size / 1e6:.0f} MB library"
    return Figure("sqlite.integrity_check", size, full[1:], quick[1:],
                  note="PRAGMA integrity_check vs PRAGMA quick_check on the same open connection")


def run(ctx: Context) -> list[Figure]:
    reps = ctx.reps(11, 3)
    floor = [sys.executable, "-c", "pass"]
    out = []
    v, b, cpu = _paired([*app_cmd(), "--version"], floor, ctx.env, reps)
    out.append(Figure("cli.version", "-", v, b, target="ratio <= 1.5", check=lambda f: f.ratio <= 1.5,
                      note=f"irm-app --version vs python -c pass; {cpu}"))
    h, b, cpu = _paired([*app_cmd(), "--help"], floor, ctx.env, reps)
    out.append(Figure("cli.help", "-", h, b, target="ratio <= 1.5", check=lambda f: f.ratio <= 1.5,
                      note=f"irm-app --help vs python -c pass; {cpu}"))
    out.append(score_case(ctx, ctx.cache.sample(), "sample (36)", reps))
    out += store_floors(ctx, ctx.cache.sample(), reps)
    big = max(ctx.scales)
    big_db = ctx.cache.get(big)
    out.append(score_case(ctx, big_db, f"{big * 50} commitments ({big_db.stat().st_size / 1e6:.0f} MB)", reps))
    out.append(sound_check(big_db, ctx.reps(5, 2)))
    return out
