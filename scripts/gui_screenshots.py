"""Render every page and dialog docs/gui.md shows, offscreen, at 1280x720, 1366x768 and 1920x1080
(issue 18), from the bundled sample with a part-scored legacy assessment, to look at by eye.

    .venv/bin/python scripts/gui_screenshots.py OUT_DIR [--only NAME ...] [--sizes WxH ...] [--lang es|ar]

With --lang: the main window and the pages --only names, in that language (NAME-LANG-WxH.png).

Writes NAME-WxH.png for each page (see PAGES). A dialog is grabbed at the size it would open on
that screen (its own size, capped to the screen less a margin). The Spanish and Arabic windows
(`--lang`) need their own process: the interface language is installed once per process.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
OGP_SAMPLE = ROOT / "tests" / "data" / "ogp" / "commitments-sample.csv"
NAP5_PDF = ROOT.parent / "shared" / "data" / "plans" / "us-nap5-2022.pdf"
SIZES = ((1280, 720), (1366, 768), (1920, 1080))
FORM = "irm-progress-report-legacy"
WHO = "Ana Researcher"
PASS = b"a long enough passphrase"
SCORES = {  # a morning's work: two commitments done, one started
    "US0113": {"specificity": "high", "verifiable": "yes", "relevance": ["access_to_information", "civic_participation"],
               "potential_impact": "moderate", "on_time": "yes", "completion_progress": "substantial"},
    "US0114": {"specificity": "medium", "verifiable": "yes", "relevance": ["public_accountability"],
               "potential_impact": "minor", "on_time": "no", "completion_progress": "limited"},
    "US0115": {"specificity": "low"},
}
COMMENTS = (("Rita Staff", "US0115", "specificity", "Low? The milestones have dates and owners."),
            ("Eve External", "US0114", None, "The tracker's 2024-02 update says two milestones slipped."),
            ("Eve External", "US0113", "completion_progress", "Substantial seems generous: see the agency's blog."))


def settle(app: object, rounds: int = 6) -> None:
    """Let the layouts (levels reflow, docks) settle before a grab."""
    for _ in range(rounds):
        app.processEvents()  # type: ignore[attr-defined]


def build_library(tmp: Path) -> tuple[object, str, str]:
    """The sample plan with a part-scored legacy assessment, comments and a narrative section."""
    from irm_app.importers.registry import read_import
    from irm_app.library import Library
    from irm_app.operations import comments as com
    from irm_app.operations import narrative as narr
    from irm_app.paths import sample_plan

    lib = Library.open(tmp / "lib.db")
    lib.imports.import_bundle(read_import(sample_plan()), who=WHO)
    aid = lib.assessments.create_assessment("AP_USA05", FORM, researcher=WHO, who=WHO).id
    for cid, fields in SCORES.items():
        for field, value in fields.items():
            lib.scores.set_score(aid, cid, field, value, who=WHO)
            lib.scores.set_justification(aid, cid, field, "The commitment tracker, 2024-02 update.", who=WHO)
    for author, cid, field, text in COMMENTS:
        com.add_comment(lib, aid, text, author=author, commitment_id=cid, field_key=field, who=author)
    # the legacy form has no narrative: the Narrative tab shows an Action Plan Review beside it
    apr = lib.assessments.create_assessment("AP_USA05", "irm-action-plan-review-2021", researcher=WHO, who=WHO).id
    narr.set_cluster(lib, apr, "Equitable data", ["US0113", "US0114"], who=WHO)
    narr.set_narrative(lib, apr, "overview", "The plan is **broad**; its commitments are *often vague*.\n\n"
                       "- Co-creation was top-down\n- Few milestones are measurable", who=WHO)
    return lib, aid, apr


def shrink(path: Path) -> None:
    """Store the PNG with 256 colours (a screenshot of widgets loses nothing visible; a third of the
    bytes) when Pillow is there (reportlab brings it)."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as im:
        small = im.convert("RGB").quantize(256, method=Image.Quantize.FASTOCTREE)
    small.save(path, optimize=True)


def dialog_size(dialog: object, width: int, height: int, want: tuple[int, int] | None = None) -> None:
    """Open a dialog as a window manager would on a `width` x `height` screen."""
    hint = dialog.size() if want is None else dialog.size().expandedTo(  # type: ignore[attr-defined]
        type(dialog.size())(*want))  # type: ignore[attr-defined]
    dialog.resize(min(hint.width(), width - 40), min(hint.height(), height - 60))  # type: ignore[attr-defined]


def screen(width: int, height: int) -> object:
    """A `width` x `height` screen's free area (the offscreen platform's own screen is 800x800)."""
    from PySide6.QtCore import QRect
    return QRect(0, 0, width, height)


def main(out_dir: Path, sizes: list[tuple[int, int]], only: set[str], lang: str) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from irm_app.ui.app import load_font
    from irm_app.ui.dialogs.import_result import fit_to_screen as fit_import_report
    from irm_app.ui.i18n import install_language
    from irm_app.ui.main_window import MainWindow
    from irm_app.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    load_font(app)
    if lang != "en":
        install_language(app, lang)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        os.environ["IRM_APP_HOME"] = str(tmp / "home")  # a throwaway signing identity, never the user's
        lib, aid, apr = build_library(tmp)
        settings = QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)
        w = MainWindow(lib, settings, who=WHO, runner=TaskRunner(synchronous=True))
        w.show()
        pkg = flipped = None

        def shoot(widget: object, name: str, width: int, height: int) -> None:
            settle(app)
            path = out_dir / f"{name}-{width}x{height}.png"
            widget.grab().save(str(path))  # type: ignore[attr-defined]
            shrink(path)
            written.append(path)

        def main_tab(tab: str, cid: str = "US0114", focus: str = "potential_impact") -> Callable[[int, int], object]:
            def page(width: int, height: int) -> object:
                w.definitions.set_shown(False)
                w.resize(width, height)
                w.select(apr if tab == "narrative" else aid, cid)
                w.tabs.setCurrentWidget(getattr(w, tab))
                if tab == "commitments":
                    w.commitments.form.editors[focus].buttons[0].setFocus()
                return w
            return page

        def claim(width: int, height: int) -> object:
            main_tab("commitments", "US0113", "completion_progress")(width, height)
            settle(app)
            page = w.commitments
            page.scroll.ensureWidgetVisible(page.form.claim, 0, 120)
            return w

        def comments(width: int, height: int) -> object:
            main_tab("commitments", "US0115", "specificity")(width, height)
            page = w.commitments
            page.side.setCurrentWidget(page.review_tab)
            w.actions_["comments"].trigger()
            return w

        def search(width: int, height: int) -> object:
            main_tab("commitments", "US0113", "specificity")(width, height)
            w.show_search()
            w.search.box.setText("milestones")
            w.search.run()
            return w

        def methodology(width: int, height: int) -> object:
            w.resize(width, height)
            w.actions_["methodology"].trigger()
            dialog_size(w.last_dialog, width, height, (width, height))
            return w.last_dialog

        def plan_editor(width: int, height: int) -> object:
            from irm_app.ui.plans.actions import open_editor
            w.resize(width, height)
            editor = open_editor(w, "AP_USA05")
            editor.fit_to_screen(screen(width, height))  # as it opens on that screen
            return editor

        def identity(width: int, height: int) -> object:
            from irm_app.operations import identity as ident
            if ident.current_or_none() is None:
                ident.create(WHO, "ana@example.org", "IRM", "CL", PASS, who=WHO)
            w.resize(width, height)
            dialog = w.exporter.show_identity()
            dialog_size(dialog, width, height)
            return dialog

        def verify(valid: bool) -> Callable[[int, int], object]:
            def page(width: int, height: int) -> object:
                nonlocal pkg, flipped
                from irm_app.operations import identity as ident
                from irm_app.operations.packaging import build_package
                if ident.current_or_none() is None:
                    ident.create(WHO, "ana@example.org", "IRM", "CL", PASS, who=WHO)
                if pkg is None:
                    pkg = tmp / "a.irmpkg"
                    build_package(lib, aid, pkg, PASS, lang="en", who=WHO)
                    with zipfile.ZipFile(pkg) as z:
                        info = z.getinfo("assessment.json")
                    data = bytearray(pkg.read_bytes())
                    data[info.header_offset + 30 + len(info.filename) + 100] ^= 0x01
                    flipped = tmp / "flipped.irmpkg"
                    flipped.write_bytes(bytes(data))
                w.resize(width, height)
                dialog = w.exporter.show_verify(pkg if valid else flipped)
                dialog_size(dialog, width, height, (760, 480))
                return dialog
            return page

        def import_report(width: int, height: int) -> object:
            w.resize(width, height)
            w.import_file(OGP_SAMPLE)
            dialog = w.last_dialog
            fit_import_report(dialog, screen(width, height))
            return dialog

        def review_step(width: int, height: int) -> object:
            w.resize(width, height)
            dialog = getattr(w, "review_dialog", None)
            if dialog is None or not dialog.isVisible():
                w.import_file(NAP5_PDF)
                dialog = w.review_dialog
            dialog.fit_to_screen(screen(width, height))
            return dialog

        pages: dict[str, Callable[[int, int], object]] = {
            "main": main_tab("commitments"),
            "government-claim": claim,
            "plan-level": main_tab("plan_page"),
            "dashboard": main_tab("dashboard"),
            "narrative": main_tab("narrative"),
            "review": comments,
            "search": search,
            "methodology": methodology,
            "plan-editor": plan_editor,
            "identity": identity,
            "verify-valid": verify(True),
            "verify-invalid": verify(False),
            "import-report": import_report,
            "review-step": review_step,
        }
        if lang != "en":  # the main window, and any page --only names, in that language
            pages = {"main-window": main_tab("commitments"), **{k: v for k, v in pages.items() if k in only}}
            only = set()
        for name, make in pages.items():
            if only and name not in only:
                continue
            if name == "import-report" and not OGP_SAMPLE.is_file() or name == "review-step" and not NAP5_PDF.is_file():
                print(f"skipped {name}: its input file is missing", file=sys.stderr)
                continue
            for width, height in sizes:
                widget = make(width, height)
                shoot(widget, name if lang == "en" else f"{name}-{lang}", width, height)
                if widget is not w and name != "review-step":
                    widget.close()  # type: ignore[attr-defined]
            if name in ("search", "review"):
                w.search_dock.hide()
                if getattr(w, "_reviewing", None) is not None:
                    w.reviewing.dock.hide()
        w.close()
        lib.close()
    return written


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--only", nargs="*", default=[])
    parser.add_argument("--sizes", nargs="*", default=[f"{a}x{b}" for a, b in SIZES])
    parser.add_argument("--lang", default="en", help="es or ar: the main window and the --only pages, in that language")
    args = parser.parse_args()
    dims = [tuple(int(n) for n in s.split("x")) for s in args.sizes]
    for p in main(args.out_dir, dims, set(args.only), args.lang):  # type: ignore[arg-type]
        print(p)
    if args.lang == "en" and not args.only:  # each language in its own process (installed once per process)
        import subprocess
        for lang in ("es", "ar"):
            subprocess.run([sys.executable, __file__, str(args.out_dir), "--lang", lang, "--sizes", *args.sizes],
                           check=True)
