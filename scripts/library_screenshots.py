"""Render the library pane, the search box and the import report offscreen, at laptop and desktop
sizes, to look at what a library of two hundred plans shows (issue 18; docs/gui.md).

    .venv/bin/python scripts/library_screenshots.py OUT_DIR [WxH ...]   (default 1280x720 1366x768 1920x1080)

Writes library-search-WxH.png (the tree grouped by member, the search dock with the hits of a
phrase in all plans) and import-report-WxH.png (the result view of OGP's sample table).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
OGP_SAMPLE = ROOT / "tests" / "data" / "ogp" / "commitments-sample.csv"
MEMBERS = ("Argentina", "Brazil", "Buenos Aires, Argentina", "Canada", "Chile", "Colombia", "Costa Rica",
           "Estonia", "France", "Georgia", "Ghana", "Indonesia", "Kenya", "Mexico", "Nigeria", "Paris, France",
           "Peru", "Philippines", "Scotland, United Kingdom", "Ukraine")


def copies(n: int) -> object:
    """`n` copies of the sample plan under other members and periods (five plans a member)."""
    from irm_app.importers.bundle import ImportBundle
    from irm_app.importers.registry import read_import
    from irm_app.paths import sample_plan

    sample = read_import(sample_plan()).plans[0]
    plans = []
    for i in range(n):
        member, number = MEMBERS[(i // 5) % len(MEMBERS)], i % 5 + 1
        code = "".join(ch for ch in member.upper() if ch.isalpha())[:3]
        plans.append(sample.model_copy(update={
            "id": f"AP_{code}{i // 5:02d}{number:02d}", "member": member, "number": number,
            "period_start": 2011 + 2 * (number - 1), "period_end": 2013 + 2 * (number - 1),
            "title": f"{member} action plan {number}"}))
    return ImportBundle(source="copies", plans=plans)


def main(out_dir: Path, sizes: list[tuple[int, int]]) -> None:
    from PySide6.QtCore import QRect, QSettings
    from PySide6.QtWidgets import QApplication

    from irm_app.importers.registry import read_import
    from irm_app.library import Library
    from irm_app.paths import sample_plan
    from irm_app.ui.dialogs.import_result import fit_to_screen as fit_import_report
    from irm_app.ui.main_window import MainWindow
    from irm_app.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library.open(Path(tmp) / "lib.db")
        lib.imports.import_bundle(copies(100), who="Ana")
        lib.imports.import_bundle(read_import(sample_plan()), who="Ana")
        aid = lib.assessments.create_assessment("AP_USA05", "irm-progress-report-legacy", researcher="Ana", who="Ana").id
        lib.scores.set_justification(aid, "US0113", "specificity", "Executive Order 13985 sets the milestones' dates",
                              who="Ana")
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        w = MainWindow(lib, settings, who="Ana", runner=TaskRunner(synchronous=True))
        w.show()
        for width, height in sizes:
            w.resize(width, height)
            w.select(aid, "US0113")
            w.show_search()
            w.search.scope.setCurrentIndex(w.search.scope.findData("library"))
            w.search.box.setText("Executive Order 13985")
            w.search.run()
            for _ in range(5):
                app.processEvents()
            w.grab().save(str(out_dir / f"library-search-{width}x{height}.png"))
        if OGP_SAMPLE.is_file():
            for width, height in sizes:
                w.resize(width, height)
                w.import_file(OGP_SAMPLE)
                dialog = w.last_dialog
                fit_import_report(dialog, QRect(0, 0, width, height))  # as it opens on that screen
                for _ in range(5):
                    app.processEvents()
                dialog.grab().save(str(out_dir / f"import-report-{width}x{height}.png"))
                dialog.close()
        w.close()
        lib.close()


if __name__ == "__main__":
    args = sys.argv[1:] or ["."]
    dims = [tuple(int(n) for n in a.split("x")) for a in args[1:]] or [(1280, 720), (1366, 768), (1920, 1080)]
    main(Path(args[0]), dims)  # type: ignore[arg-type]
