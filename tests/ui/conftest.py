"""Fixtures for the main window: QSettings in a temp file, a synchronous TaskRunner, and a
window factory that closes every window it made."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from irm_app.library import Library
from irm_app.ui import i18n


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def make_window(qtbot, settings_path: Path):
    """make_window(library) -> a shown MainWindow with temp settings and inline tasks."""
    from irm_app.ui.main_window import MainWindow
    from irm_app.ui.tasks import TaskRunner

    made = []

    def make(library: Library, who: str = "Ana Researcher"):
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        w = MainWindow(library, settings, who=who, runner=TaskRunner(synchronous=True))
        qtbot.addWidget(w)
        w.show()
        w.activateWindow()
        qtbot.waitUntil(w.isActiveWindow)  # focus (and so the help area) needs an active window
        made.append(w)
        return w

    yield make
    for w in made:
        w.close()


@pytest.fixture
def language(qapp) -> Iterator[object]:
    """language(code, qm=None): install a language for one test, removed afterwards."""
    done: list[i18n.Installed] = []

    def install(code: str, qm: Path | None = None) -> i18n.Installed:
        installed = i18n.install_language(qapp, code, app_qm=qm)
        done.append(installed)
        return installed

    yield install
    for installed in done:
        i18n.remove_language(qapp, installed)
