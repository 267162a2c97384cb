"""Render the Narrative tab offscreen at 1280x720 for docs/gui.md (docs/img/narrative.png).

    .venv/bin/python scripts/narrative_screenshot.py docs/img/narrative.png
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from irm_app.importers.registry import read_import
    from irm_app.library import Library
    from irm_app.operations import narrative as narr
    from irm_app.operations.scoring import score
    from irm_app.paths import sample_plan
    from irm_app.ui.main_window import MainWindow
    from irm_app.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library.open(Path(tmp) / "lib.db")
        lib.imports.import_bundle(read_import(sample_plan()), who="Ana")
        a = lib.assessments.create_assessment("AP_USA05", "irm-action-plan-review-2021", researcher="Ana", who="Ana")
        for cid in ("US0113", "US0114"):
            score(lib, a.id, cid, {"verifiable": "yes", "relevance": ["access_to_information"],
                                   "potential_for_results": "substantial", "promising": "yes"},
                  justification="Clear, binding and measurable.", who="Ana")
        narr.set_cluster(lib, a.id, "Equitable data", ["US0113", "US0114"], who="Ana")
        ev = lib.evidence.add_evidence(a.id, title="Interview with the Equitable Data Working Group", kind="interview",
                              commitment_ids=["US0113"], who="Ana")
        narr.set_narrative(lib, a.id, "overview", "The plan is **broad**; its commitments are *often vague*.\n\n"
                           f"- Co-creation was top-down [E:{ev.id[:8]}]\n- Few milestones are measurable", who="Ana")
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        w = MainWindow(lib, settings, who="Ana", runner=TaskRunner(synchronous=True))
        w.resize(1280, 720)
        w.show()
        w.select(a.id, "US0113")
        w.tabs.setCurrentWidget(w.narrative)
        app.processEvents()
        w.grab().save(str(out))
        w.close()
        lib.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "narrative.png"))
