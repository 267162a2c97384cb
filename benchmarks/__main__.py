"""Run the suite: `python -m benchmarks [--quick] [--json OUT] [--only NAME,...]`."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from . import Context, Figure, growth, growth_table, table

ROOT = Path(__file__).resolve().parents[1]
BENCHES = ("startup", "edit", "filter", "import", "export", "memory", "intake", "cli")


def machine() -> dict[str, Any]:
    """What the figures were measured on: they mean little without it."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    qt = ""
    try:
        import PySide6.QtCore as qc

        qt = f"Qt {qc.qVersion()}, PySide6 {qc.__version_info__ if hasattr(qc, '__version_info__') else ''}"
        import PySide6

        qt = f"Qt {qc.qVersion()}, PySide6 {PySide6.__version__}"
    except ImportError:
        qt = "no Qt"
    return {"nproc": os.cpu_count(), "cpu": cpu or platform.processor(), "python": platform.python_version(),
            "qt": qt, "platform": platform.platform()}


def compiled_bytecode() -> None:
    """Write the app's bytecode (`__pycache__`, git-ignored) before any child runs.

    Why: an installed copy has it (pip compiles at install), but an editable install writes it
    only when a process may, and this machine's environment sets PYTHONDONTWRITEBYTECODE: every
    child then compiled ~100 of the app's modules from source (~0.2 s CPU per start-up or CLI
    call) that no user's start pays. Third-party packages were compiled by pip already."""
    import compileall

    compileall.compile_dir(str(ROOT / "irm_app"), quiet=1, force=False)


def run_suite(quick: bool, only: tuple[str, ...] = BENCHES, log: Any = print) -> dict[str, Any]:
    """Run the benchmarks; returns the JSON-able result (figures, growth, machine, errors)."""
    from .synthetic import LibraryCache

    started = time.perf_counter()
    compiled_bytecode()
    figures: list[Figure] = []
    errors: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="irm-bench-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", IRM_APP_HOME=str(home),
                   PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep))
        env.pop("IRM_APP_DB", None)
        os.environ.update(QT_QPA_PLATFORM="offscreen", IRM_APP_HOME=str(home))  # this process too
        ctx = Context(quick=quick, tmp=Path(tmp), cache=LibraryCache(Path(tmp) / "libs"), env=env, log=log)
        for name in only:
            t = time.perf_counter()
            log(f"-- {name} ...")
            try:
                mod = importlib.import_module(f"benchmarks.bench_{name}")
                got = mod.run(ctx)
            except Exception as e:  # one broken benchmark must not hide the others
                import traceback

                errors[name] = f"{type(e).__name__}: {e}"
                log(traceback.format_exc())
                continue
            figures.extend(got)
            log(f"   {name}: {len(got)} figures in {time.perf_counter() - t:.1f} s")
    g = growth(figures)
    return {
        "quick": quick,
        "machine": machine(),
        "elapsed_s": time.perf_counter() - started,
        "figures": [f.to_json() for f in figures],
        "growth": g,
        "errors": errors,
        "table": table(figures),
        "growth_table": growth_table(g),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    p.add_argument("--quick", action="store_true", help="fewer repetitions and sizes up to 10 plans (~1 min)")
    p.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "latest.json",
                   help="where to write the results (default benchmarks/results/latest.json)")
    p.add_argument("--only", default=",".join(BENCHES), help=f"comma-separated subset of {','.join(BENCHES)}")
    args = p.parse_args(argv)
    only = tuple(x.strip() for x in args.only.split(",") if x.strip())
    unknown = set(only) - set(BENCHES)
    if unknown:
        p.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    result = run_suite(args.quick, only)
    m = result["machine"]
    print(f"\n{m['nproc']} cores, {m['cpu']}, Python {m['python']}, {m['qt']}"
          f"{' (quick)' if args.quick else ''}; {result['elapsed_s']:.0f} s\n")
    print(result["table"])
    print("\nGrowth (scale: plans of 50 commitments, or commitments for reports; exponent = log ratio / log scale):\n")
    print(result["growth_table"])
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=1, default=str), encoding="utf-8")
    print(f"\nwrote {args.json}")
    for name, err in result["errors"].items():
        print(f"ERROR {name}: {err}", file=sys.stderr)
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
