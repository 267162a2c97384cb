"""Input bounds (docs/reliability.md "Input bounds"): peak RSS and time of `irm-app import` on
hostile files just under the 200 MB limit, each run in its own process.

    .venv/bin/python benchmarks/bench_bounds.py [--mb 199]
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAD = "Commitment Unique Identifier,Action Plan ID,Country/Locality,Commitment Title,Action Plan Number\n"


def _stale_xlsx(n: int) -> bytes:
    sys.path.insert(0, str(ROOT / "tests" / "data" / "bad"))
    import make_corpus as mc

    with zipfile.ZipFile(io.BytesIO(mc.xlsx_bytes(mc.rows(n)))) as z:
        files = {name: z.read(name) for name in z.namelist()}
    sheet = files["xl/worksheets/sheet1.xml"].decode()
    files["xl/worksheets/sheet1.xml"] = sheet.replace("<sheetData>", '<dimension ref="A1:E2"/><sheetData>', 1).encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def cases(out: Path, mb: int) -> dict[str, Path]:
    size = mb * 1024 * 1024
    sample = json.loads((ROOT / "resources" / "samples" / "us-nap5-2022.json").read_text(encoding="utf-8"))
    made = {
        "json-empty-objects.json": "[" + ",".join(["{}"] * (size // 3)) + "]",
        "csv-header-commas.csv": HEAD.rstrip("\n") + "," * (size - 200) + "\nZZ1,AP_ZZ01,Z,T,1\n",
        "csv-year-inf.csv": HEAD.replace("\n", ",Year Of Submission\n") + "ZZ1,AP_ZZ01,Z,T,1,inf\n",
        "csv-4300-digits.csv": HEAD.replace("\n", ",Year Of Submission\n") + "ZZ1,AP_ZZ01,Z,T,1," + "1" * 4300 + "\n",
        "json-deep.json": '{"format": "irm-plan/1", "plan": ' + "[" * (size // 4) + "]" * (size // 4) + "}",
        "title-3000.csv": HEAD + "ZZ1,AP_ZZ01,Z," + "T" * 3000 + ",1\n",
        "text-1M.json": None,
    }
    sample["plan"]["commitments"][0]["description"] = "word " * 200_000
    made["text-1M.json"] = json.dumps(sample)
    paths = {}
    for name, text in made.items():
        p = out / name
        p.write_text(text, encoding="utf-8")
        paths[name] = p
    p = out / "xlsx-stale-dimension.xlsx"
    p.write_bytes(_stale_xlsx(25_000))
    paths[p.name] = p
    p = out / "xlsx-stale-dimension-300.xlsx"
    p.write_bytes(_stale_xlsx(300))
    paths[p.name] = p
    return paths


def run(path: Path, db: Path) -> tuple[int, float, float, str]:
    """(exit code, seconds, peak RSS MiB, first line of output). Measured by /usr/bin/time (a
    small process in between): a child forked from this big one would inherit its peak RSS."""
    t = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M", sys.executable, "-m", "irm_app", "import", str(path),
                        "--db", str(db)], capture_output=True, text=True)
    secs = time.perf_counter() - t
    lines = p.stderr.strip().splitlines()
    rss = int(lines[-1]) / 1024
    msg = lines[0] if len(lines) > 1 else p.stdout.strip().splitlines()[0]
    return p.returncode, secs, rss, msg[:110]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=199)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        out = Path(d)
        paths = cases(out, args.mb)
        print("| file | size | exit | s | peak RSS MiB | message |\n|---|---:|---:|---:|---:|---|")
        for name, path in paths.items():
            db = out / f"{name}.db"
            rc, secs, rss, msg = run(path, db)
            print(f"| {name} | {path.stat().st_size / 1e6:,.1f} MB | {rc} | {secs:.1f} | {rss:,.0f} | {msg} |", flush=True)


if __name__ == "__main__":
    main()
