"""The benchmark suite runs end to end and produces every figure (timings are not asserted here).

Runs `python -m benchmarks --quick` in a child process so the suite's own environment
(offscreen Qt, a private IRM_APP_HOME, a QApplication) cannot leak into other tests.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUI = ("startup", "filter", "memory")
ALL = ("startup", "edit", "filter", "import", "export", "memory", "intake", "cli")
EXPECTED = {
    "startup": {"startup.first_paint", "startup.first_paint_empty", "startup.painted", "startup.frame",
                "startup.floor", "startup.one_plan", "startup.one_plan_painted", "startup.one_plan_memory"},
    "edit": {"edit.set_score"},
    "filter": {"filter.keystroke", "filter.sort"},
    "import": {"import.json", "import.ogp_csv"},
    "export": {"report.docx", "report.pdf", "report.docx+pdf", "package.sign+verify"},
    "memory": {"memory.peak_rss"},
    "cli": {"cli.version", "cli.help", "cli.score", "cli.score_floor", "cli.score_floor_pydantic",
            "cli.score_floor_both", "sqlite.integrity_check"},
    "intake": {"intake.docx"} | ({"intake.pdf"} if (ROOT.parent / "shared" / "data" / "plans").exists() else set()),
}


def test_quick_suite_produces_every_figure(tmp_path: Path) -> None:
    has_qt = importlib.util.find_spec("PySide6") is not None
    only = [b for b in ALL if has_qt or b not in GUI]
    out = tmp_path / "quick.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--json", str(out), "--only", ",".join(only)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["errors"] == {}
    names = {f["name"] for f in result["figures"]}
    for bench in only:
        missing = EXPECTED[bench] - names
        assert not missing, f"{bench} produced no {sorted(missing)}"
    for f in result["figures"]:
        assert f["n"] >= 1 and f["baseline_n"] >= 1, f
        assert math.isfinite(f["value"]) and f["value"] > 0, f
        assert math.isfinite(f["ratio"]) and f["ratio"] > 0, f
        assert f["status"] in ("pass", "MISS", "-"), f
    assert any(g["points"] and len(g["points"]) >= 2 for g in result["growth"])
    assert "| benchmark" in r.stdout and "Growth" in r.stdout
    for key in ("nproc", "cpu", "python", "qt"):
        assert key in result["machine"]
