"""The 1.9 GB package of issue 15 (before: 35 s, 3 GiB RAM, 1.9 GB written into the library plus
a 1.9 GB backup), re-measured against the 1 GiB limit that now refuses it before reading.

The file is sparse: a real signed package's first bytes, then a hole up to the size asked for
(`truncate`), so nothing like 1.9 GB is written to disk; the refusal reads only its size. Each
command runs in its own process under /usr/bin/time (peak RSS of that process alone).

    .venv/bin/python benchmarks/bench_big_package.py [--gb 1.9] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASS = b"a long enough passphrase"


def genuine_package(tmp: Path) -> Path:
    """A small real package (the sample plan, one assessment) signed by a fresh identity."""
    sys.path.insert(0, str(ROOT))
    from irm_app.importers.registry import read_import
    from irm_app.library import Library
    from irm_app.operations.packaging import package_input, write_signed_package
    from irm_app.paths import sample_plan
    from irm_app.signing.identity import create_identity

    ident = create_identity("Ana Pérez", "ana@example.org", "IRM", "CL", PASS, tmp / "ana")
    with Library.open(tmp / "researcher.db") as lib:
        lib.imports.import_bundle(read_import(sample_plan()), who="b")
        aid = lib.assessments.create_assessment("AP_USA05", "irm-progress-report-legacy", researcher="Ana", who="Ana").id
        lib.scores.set_score(aid, "US0113", "specificity", "high", who="Ana")
        out = tmp / "genuine.irmpkg"
        write_signed_package(package_input(lib, aid), out, ident, PASS)
    return out


def sparse_copy(src: Path, dest: Path, size: int) -> Path:
    """`src`'s bytes, then a hole up to `size` bytes: the apparent size without the disk use."""
    shutil.copyfile(src, dest)
    with open(dest, "r+b") as f:
        f.truncate(size)
    return dest


def run(args: list[str], env: dict[str, str]) -> tuple[int, float, float, str]:
    """(exit code, seconds, peak RSS MiB, first line the user sees)."""
    t = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M", sys.executable, "-m", "irm_app", *args],
                       capture_output=True, text=True, env=env)
    secs = time.perf_counter() - t
    lines = p.stderr.strip().splitlines()
    rss = int(lines[-1]) / 1024
    shown = (p.stdout.strip().splitlines() or lines[:-1] or [""])[0]
    return p.returncode, secs, rss, shown[:120]


def in_process(big: Path, runs: int) -> tuple[float, int, str]:
    """The refusal alone (imports done): median seconds and the peak of traced Python allocations."""
    import tracemalloc

    from irm_app.errors import UserFacingError
    from irm_app.operations.review import read_review_copy

    times, peak, msg = [], 0, ""
    for _ in range(runs):
        tracemalloc.start()
        t = time.perf_counter()
        try:
            read_review_copy(big)
        except UserFacingError as e:
            msg = str(e)
        times.append(time.perf_counter() - t)
        peak = max(peak, tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    return statistics.median(times), peak, msg


def _tree_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.exists() else 0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gb", type=float, default=1.9, help="apparent size of the package, in 10^9 bytes")
    ap.add_argument("--runs", type=int, default=3)
    opts = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="irm-bigpkg-") as d:
        tmp = Path(d)
        env = {**os.environ, "IRM_APP_HOME": str(tmp / "reviewer-home")}
        genuine = genuine_package(tmp)
        big = sparse_copy(genuine, tmp / "big.irmpkg", int(opts.gb * 1e9))
        on_disk = big.stat().st_blocks * 512
        db = tmp / "reviewer.db"
        assert run(["import", str(ROOT / "resources" / "samples" / "us-nap5-2022.json"), "--db", str(db)], env)[0] == 0
        print(f"package: {big.stat().st_size:,} bytes apparent, {on_disk:,} bytes on disk (sparse)")
        print(f"reference: the genuine package, {genuine.stat().st_size:,} bytes")
        rows = [
            ("--version (the interpreter and the CLI, for scale)", ["--version"]),
            ("open-package genuine (small, opened)", ["open-package", str(genuine), "--db", str(db), "--accept-new-key"]),
            (f"open-package {opts.gb} GB (refused)", ["open-package", str(big), "--db", str(db)]),
            (f"verify {opts.gb} GB", ["verify", str(big)]),
        ]
        side = [db, db.parent / "backups", db.with_name(db.name + ".review-copies")]
        before = None
        for label, args in rows:
            if "refused" in label:  # what the refusal writes: the library, its backups, review copies
                before = [_tree_bytes(p) if p.is_dir() else p.stat().st_size for p in side]
            results = [run(args, env) for _ in range(opts.runs)]
            codes = {r[0] for r in results}
            secs = statistics.median(r[1] for r in results)
            rss = max(r[2] for r in results)
            print(f"{label:55s} exit {sorted(codes)}  median {secs * 1000:7.0f} ms  peak RSS {rss:6.1f} MiB")
            print(f"{'':55s} {results[0][3]}")
        secs, peak, msg = in_process(big, max(opts.runs, 5))
        print(f"{'operations.review.read_review_copy, in process':55s} median {secs * 1e6:7.0f} us  "
              f"peak traced {peak:,} bytes  ({msg[:60]})")
        after = [_tree_bytes(p) if p.is_dir() else p.stat().st_size for p in side]
        assert before is not None
        print("written while refusing and verifying the big one: "
              + ", ".join(f"{p.name} {a - b:+,} bytes" for p, a, b in zip(side, after, before, strict=True)))

if __name__ == "__main__":
    main()
