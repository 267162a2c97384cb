"""`irm-app gui --screenshot` renders the window offscreen, with the plan visible, and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage


def test_screenshot_writes_a_png_showing_the_plan(scored_library, tmp_path: Path):
    lib, _aid = scored_library
    out = tmp_path / "main.png"
    env = {**os.environ, "IRM_APP_HOME": str(tmp_path / "home")}
    env.pop("QT_QPA_PLATFORM", None)  # the command must set offscreen itself
    env.pop("DISPLAY", None)
    r = subprocess.run(
        [sys.executable, "-m", "irm_app", "gui", "--db", str(lib.path), "--screenshot", str(out)],
        capture_output=True, text=True, timeout=120, env=env,
    )
    assert r.returncode == 0, r.stderr
    assert out.stat().st_size > 20_000
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1600, 1000)
    # not a blank window: the table and text paint many distinct colours
    colours = {img.pixel(x, y) for x in range(0, 1600, 7) for y in range(0, 1000, 7)}
    assert len(colours) > 50
    assert not (tmp_path / "home" / "settings.ini").exists()


def test_run_gui_screenshot_selects_the_first_assessment_and_commitment(scored_library, tmp_path: Path, qapp):
    from PySide6.QtCore import QSettings

    from irm_app.ui.app import run_gui

    lib, _aid = scored_library
    out = tmp_path / "s.png"
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert run_gui(lib.path, screenshot=out, settings=settings) == 0
    assert QImage(str(out)).width() == 1600
