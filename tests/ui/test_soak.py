"""A day's edits in one window: thousands of score and justification edits through the widgets.

PySide6 6.12.0 on CPython 3.11 drops a reference to True on every signal emit; the real main
window died between edits 175 and 230. Only a long run in one window sees that class of bug,
so this one runs in the default suite: `soak_driver.py` edits the sample plan in a real main
window, in a process of its own, for well over 2,000 edits; this test then checks the process
lived, the interpreter's True kept its references, and - reading the library afresh - that
every last edit is in it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from irm_app.importers.registry import read_import
from irm_app.library import Library
from irm_app.paths import sample_plan

FORM = "irm-progress-report-legacy"
ROUNDS = 6  # 36 commitments x (10 single/yes-no fields + 1 justification) x 6 = 2,376 edits
DRIVER = Path(__file__).with_name("soak_driver.py")


def test_a_days_edits_in_one_window(tmp_path: Path):
    db = tmp_path / "library.db"
    with Library.open(db) as lib:
        lib.imports.import_bundle(read_import(sample_plan()), who="test")
        lib.assessments.create_assessment("AP_USA05", FORM, researcher="Ana", who="Ana")
    out = tmp_path / "soak.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "IRM_APP_HOME": str(tmp_path / "home")}
    run = subprocess.run([sys.executable, str(DRIVER), str(db), str(out), str(ROUNDS)],
                         capture_output=True, text=True, timeout=1500, env=env)
    assert run.returncode == 0, f"the window's process ended with {run.returncode}: {run.stderr[-3000:]}"
    done = json.loads(out.read_text(encoding="utf-8"))
    assert done["edits"] >= 2000
    # True's count did not drain (the 6.12.0 bug takes one or more per edit; steady to the unit
    # over ten rounds on 6.11.3 once a warm-up round has filled the caches)
    assert done["true_at_end"] >= done["true_after_warmup"] - 50, done
    with Library.open(db, readonly=True) as lib:
        aid = done["assessment"]
        for where, level in done["values"].items():
            cid, key = where.split("/")
            assert lib.scores.values(aid, cid)[key] == level, where
        for where, text in done["justifications"].items():
            cid, key = where.split("/")
            assert lib.scores.score(aid, cid, key).justification == text, where
