"""`score` loads its fixed imports with the cyclic collector paused and, when it is the process's
own command line, freezes what they made (docs/performance.md, "`score`, second round"): the
command line's call still stores the score, and a caller that goes on living (a test, any code
calling `main([...])`) keeps its collector as it was, nothing of its own frozen for good."""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from irm_app.cli import main

from .conftest import LEGACY, PLAN_ID

PROCESS = """
import gc, json, sys
sys.argv = ["irm-app", *sys.argv[1:]]
from irm_app.cli import main
code = main()
sys.stdout.flush()
sys.stderr.write("\\n@@" + json.dumps({"code": code, "frozen": gc.get_freeze_count(), "enabled": gc.isenabled()}))
"""


def _assessment(db: Path, capsys) -> str:
    assert main(["new-assessment", PLAN_ID, "--form", LEGACY, "--researcher", "Ana", "--db", str(db)]) == 0
    return capsys.readouterr().out.strip()


def _stored(db: Path, aid: str, cid: str, field: str) -> object:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM scores WHERE assessment_id = ? AND commitment_id = ? AND field = ?",
                           (aid, cid, field)).fetchone()
    finally:
        conn.close()
    return json.loads(row[0])


def test_the_command_line_freezes_its_imports_and_stores_the_score(library: Path, capsys) -> None:
    aid = _assessment(library, capsys)
    r = subprocess.run([sys.executable, "-c", PROCESS, "score", aid, "US0113", "specificity=high", "--db",
                        str(library)], capture_output=True, text=True, timeout=120, env=dict(os.environ))
    out = json.loads(r.stderr.rsplit("@@", 1)[1])
    assert out["code"] == 0, r.stderr
    assert "US0113 specificity = High" in r.stdout
    assert out["enabled"] and out["frozen"] > 10_000  # the library, the model, the forms' classes
    assert _stored(library, aid, "US0113", "specificity") == "high"


def test_a_caller_that_goes_on_keeps_its_collector(library: Path, capsys) -> None:
    aid = _assessment(library, capsys)
    enabled, frozen = gc.isenabled(), gc.get_freeze_count()
    assert main(["score", aid, "US0114", "specificity=low", "--db", str(library)]) == 0
    assert "US0114 specificity = Low" in capsys.readouterr().out
    assert (gc.isenabled(), gc.get_freeze_count()) == (enabled, frozen)
    assert _stored(library, aid, "US0114", "specificity") == "low"
