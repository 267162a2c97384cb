"""scripts/gui_screenshots.py (issue 18): the pictures docs/gui.md shows are the window at the
size in their name, and a dialog never larger than that screen less its margin."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "gui_screenshots.py"


def test_the_script_writes_each_page_at_the_size_in_its_name(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path), "--only", "dashboard", "identity",
                          "--sizes", "1280x720", "1366x768"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    names = sorted(p.name for p in tmp_path.glob("*.png"))
    assert names == ["dashboard-1280x720.png", "dashboard-1366x768.png", "identity-1280x720.png",
                     "identity-1366x768.png"]
    for size in ((1280, 720), (1366, 768)):
        shot = QImage(str(tmp_path / f"dashboard-{size[0]}x{size[1]}.png"))
        assert (shot.width(), shot.height()) == size
        dialog = QImage(str(tmp_path / f"identity-{size[0]}x{size[1]}.png"))
        assert 0 < dialog.width() <= size[0] - 40 and 0 < dialog.height() <= size[1] - 60
