"""Render the main window offscreen with the sample plan and a part-scored assessment, at
1920x1080, 1366x768 and 1280x720 (issue 18), for docs/gui.md: the compact scoring pane, then at 1280x720
the same with the definitions shown (F1).

    .venv/bin/python scripts/main_window_screenshots.py docs/img
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FORM = "irm-progress-report-legacy"
WHO = "Ana Researcher"
SCORES = {  # a morning's work: two commitments done, one started
    "US0113": {"specificity": "high", "verifiable": "yes", "relevance": ["access_to_information", "civic_participation"],
               "potential_impact": "moderate", "on_time": "yes", "completion_progress": "substantial"},
    "US0114": {"specificity": "medium", "verifiable": "yes", "relevance": ["public_accountability"],
               "potential_impact": "minor", "on_time": "no", "completion_progress": "limited"},
    "US0115": {"specificity": "low"},
}


def main(out_dir: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from irm_app.importers.registry import read_import
    from irm_app.library import Library
    from irm_app.paths import sample_plan
    from irm_app.ui.app import load_font
    from irm_app.ui.main_window import MainWindow
    from irm_app.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    load_font(app)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library.open(Path(tmp) / "lib.db")
        lib.imports.import_bundle(read_import(sample_plan()), who=WHO)
        aid = lib.assessments.create_assessment("AP_USA05", FORM, researcher=WHO, who=WHO).id
        for cid, fields in SCORES.items():
            for field, value in fields.items():
                lib.scores.set_score(aid, cid, field, value, who=WHO)
                lib.scores.set_justification(aid, cid, field, "The commitment tracker, 2024-02 update.", who=WHO)
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        w = MainWindow(lib, settings, who=WHO, runner=TaskRunner(synchronous=True))
        w.show()
        shots = [((1920, 1080), False, "main-1920x1080.png"), ((1366, 768), False, "main-1366x768.png"),
                 ((1366, 768), True, "main-1366x768-definitions.png"), ((1280, 720), False, "main-1280x720.png"),
                 ((1280, 720), True, "main-1280x720-definitions.png")]
        for (width, height), definitions, name in shots:
            w.definitions.set_shown(definitions)
            w.resize(width, height)
            w.select(aid, "US0114")
            editor = w.commitments.form.editors["potential_impact"]
            editor.buttons[0].setFocus()  # the levels pane follows the focused field
            for _ in range(5):  # the levels reflow after the first layout pass
                app.processEvents()
            w.grab().save(str(out_dir / name))
        w.resize(1366, 768)  # Help > Methodology over the window, at a laptop's size
        w.actions_["methodology"].trigger()
        page = w.last_dialog
        for _ in range(5):
            app.processEvents()
        page.grab().save(str(out_dir / "methodology-1366x768.png"))
        page.close()
        w.close()
        lib.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
