"""Render the main window offscreen on the Commitments tab, one PNG per shipped form and size,
to look at what a laptop screen shows (issue 18): nothing in the scoring pane may be clipped.

    .venv/bin/python scripts/scoring_screenshots.py OUT_DIR [WxH ...]   (default 1280x720 1366x768)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FORMS = ("irm-progress-report-legacy", "irm-action-plan-review-2021", "irm-results-report-2021")


def main(out_dir: Path, sizes: list[tuple[int, int]]) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from irm_app.importers.registry import read_import
    from irm_app.library import Library
    from irm_app.paths import sample_plan
    from irm_app.ui.main_window import MainWindow
    from irm_app.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library.open(Path(tmp) / "lib.db")
        lib.imports.import_bundle(read_import(sample_plan()), who="Ana")
        ids = [lib.assessments.create_assessment("AP_USA05", f, researcher="Ana", who="Ana").id for f in FORMS]
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        w = MainWindow(lib, settings, who="Ana", runner=TaskRunner(synchronous=True))
        w.show()
        for form, aid in zip(FORMS, ids, strict=True):
            for width, height in sizes:
                w.resize(width, height)
                w.select(aid, "US0113")
                for _ in range(5):  # the levels reflow after the first layout pass
                    app.processEvents()
                w.grab().save(str(out_dir / f"{form}-{width}x{height}.png"))
        w.close()
        lib.close()


if __name__ == "__main__":
    args = sys.argv[1:] or ["."]
    dims = [tuple(int(n) for n in a.split("x")) for a in args[1:]] or [(1280, 720), (1366, 768)]
    main(Path(args[0]), dims)  # type: ignore[arg-type]
