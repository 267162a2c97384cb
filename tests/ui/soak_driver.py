"""A day's edits in one real main window, in a process of its own (run by test_soak.py).

`python tests/ui/soak_driver.py LIBRARY.db OUT.json ROUNDS`: opens the window on the library
(which holds the sample plan and one legacy assessment), types well over 2,000 edits through
the widgets - number keys on the level buttons, typed justifications, Ctrl+Down - and writes
what it did (every last value and justification, the refcount of True after a warm-up round
and at the end) to OUT.json. A crash of the binding kills this process, not the test runner.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from irm_app.library import Library  # noqa: E402
from irm_app.ui.app import make_app  # noqa: E402
from irm_app.ui.main_window import MainWindow  # noqa: E402
from irm_app.ui.tasks import TaskRunner  # noqa: E402


def number_key(n: int) -> Qt.Key:
    return getattr(Qt.Key, f"Key_{n}")


def run(db: Path, out: Path, rounds: int) -> None:
    app = make_app()
    lib = Library.open(db)
    aid = lib.assessments.all()[0].id
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(lib, settings, who="Ana", runner=TaskRunner(synchronous=True))
    w.show()
    w.activateWindow()
    app.processEvents()
    w.tree.select_assessment(aid)
    page = w.commitments
    form = lib.forms.get(lib.assessments.assessment(aid).form)
    fields = [f for f in form.commitment_fields if f.kind in ("single", "yesno")]
    n_commitments = len(lib.plans.plan(lib.assessments.assessment(aid).plan_id).commitments)
    values: dict[str, str] = {}
    justifications: dict[str, str] = {}
    edits = 0
    true_after_warmup = None
    for r in range(rounds):
        if r == 1:  # after a warm-up round has filled the caches
            gc.collect()
            true_after_warmup = sys.getrefcount(True)
        page.select_row(0)
        for n in range(n_commitments):
            cid = page.cid
            for i, field in enumerate(fields):
                ed = page.form.editors[field.key]
                if not ed.buttons[0].isEnabled():
                    raise SystemExit(f"{field.key} disabled on {cid}")
                pick = (r + i + n) % min(len(field.levels), 9)
                ed.buttons[0].setFocus()
                QTest.keyClick(ed.buttons[0], number_key(pick + 1))
                values[f"{cid}/{field.key}"] = field.levels[pick].key
                edits += 1
            just_field = fields[(r + n) % len(fields)]
            box = page.form.editors[just_field.key].justification
            box.setFocus()
            box.selectAll()
            QTest.keyClicks(box, f"round {r} {cid}")
            QTest.keyClick(box, Qt.Key.Key_Tab)  # leaving the box saves it
            justifications[f"{cid}/{just_field.key}"] = f"round {r} {cid}"
            edits += 1
            if n < n_commitments - 1:
                QTest.keyClick(box, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
                if page.cid == cid:
                    raise SystemExit("Ctrl+Down did not move to the next commitment")
    gc.collect()
    result = {"assessment": aid, "edits": edits, "values": values, "justifications": justifications,
              "true_after_warmup": true_after_warmup, "true_at_end": sys.getrefcount(True)}
    w.close()
    QApplication.processEvents()
    out.write_text(json.dumps(result), encoding="utf-8")


if __name__ == "__main__":
    run(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
