"""The app's start puts the main window's frame on screen before it imports the library, the
model or the pages, then fills it in; the grab `--screenshot` makes (the benchmark's "first
paint") shows the table's rows; pages not in view are built when first shown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QWidget

FRAME_ONLY = """
import sys
from PySide6.QtCore import QSettings
from irm_app.ui.app import make_app
from irm_app.ui.main_window import MainWindow
app = make_app()
w = MainWindow(None, QSettings(sys.argv[1], QSettings.Format.IniFormat))
w.show()
app.processEvents()
heavy = sorted(m for m in ("sqlite_utils", "pydantic", "irm_app.model", "irm_app.library", "irm_app.methodology",
                           "irm_app.ui.store", "irm_app.ui.commitments.page") if m in sys.modules)
print(w.isVisible(), len(w.menuBar().actions()), heavy)
"""


def test_the_frame_is_on_screen_before_the_heavy_imports(tmp_path: Path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "IRM_APP_HOME": str(tmp_path / "home")}
    r = subprocess.run([sys.executable, "-c", FRAME_ONLY, str(tmp_path / "s.ini")],
                       capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["True", "6", "[]"]  # shown, its six menus, nothing heavy imported


def test_the_screenshot_grabs_the_table_with_its_rows_after_the_frame(scored_library, tmp_path: Path):
    lib, _aid = scored_library
    log = tmp_path / "startup.log"
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "IRM_APP_HOME": str(tmp_path / "home"), "IRM_APP_STARTUP_LOG": str(log),
           "TMPDIR": str(scratch)}
    r = subprocess.run([sys.executable, "-m", "irm_app", "gui", "--db", str(lib.path), "--screenshot",
                        str(tmp_path / "x.png")], capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 0, r.stderr
    assert list(scratch.iterdir()) == []  # its scratch settings went with it (900 were left in /tmp)
    (frame, frame_at), (painted, rows, painted_at) = (line.split() for line in log.read_text().splitlines())
    assert (frame, painted, rows) == ("frame", "painted", "36")
    assert float(frame_at) < float(painted_at)


def test_pages_out_of_view_are_built_when_first_shown(make_window, scored_library):
    lib, aid = scored_library
    w = make_window(lib)
    assert w._dashboard is None and w._narrative is None and w._search is None
    assert type(w.tabs.widget(2)) is QWidget  # a blank page holds the dashboard's place
    w.tabs.setCurrentIndex(2)
    assert w.tabs.currentWidget() is w._dashboard is not None
    assert w.tabs.tabText(2) == "&Dashboard"
    w.commitments.select_row(3)
    cid = w.commitments.cid
    narrative = w.narrative  # asked for: built, on the assessment and commitment in view
    assert w.tabs.widget(3) is narrative and narrative.aid == aid and narrative.cid == cid
    w.commitments.select_row(4)
    assert narrative.cid == w.commitments.cid != cid  # and it follows the selection from then on
    w.show_search()
    assert w.search_dock.widget() is w._search is not None


def test_the_plan_level_page_is_built_when_its_tab_is_first_shown(make_window, scored_library):
    lib, aid = scored_library
    w = make_window(lib)
    assert w._plan_page is None and type(w.tabs.widget(1)) is QWidget
    assert w.splitters() == [w.splitter, w.commitments.splitter, w.commitments.detail_splitter]
    w.actions_["tab1"].trigger()  # Alt+L
    page = w.tabs.currentWidget()
    assert page is w._plan_page is w.plan_page and w.tabs.tabText(1) == "P&lan-level"
    assert "United States" in page.heading.text()  # on the assessment in view
    assert page.form.editors and page.splitter in w.splitters()
    page.splitter.setSizes([500, 560])
    sizes = page.splitter.sizes()
    w.close()  # its splitter is remembered, and restored when the next window first shows the tab
    again = make_window(lib)
    again.actions_["tab1"].trigger()
    assert again.plan_page.splitter.sizes() == sizes


def test_a_window_that_never_showed_the_plan_page_keeps_its_remembered_splitter(make_window, scored_library):
    lib, _aid = scored_library
    w = make_window(lib)
    w.actions_["tab1"].trigger()
    w.plan_page.splitter.setSizes([480, 580])
    sizes = w.plan_page.splitter.sizes()
    w.close()
    make_window(lib).close()  # opened and closed without the plan-level tab
    last = make_window(lib)
    last.actions_["tab1"].trigger()
    assert last.plan_page.splitter.sizes() == sizes
