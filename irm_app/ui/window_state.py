"""What the window remembers between runs (QSettings passed in, never a global): geometry,
splitter positions, recent libraries and the researcher's name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

MAX_RECENT = 8
PREFERRED = QSize(1500, 940)  # roomy on a desktop; a laptop's screen gets what it has
FRAME = QSize(16, 48)  # what a window manager's frame and title bar typically add around the window


def available_geometry(window: QMainWindow) -> QRect:
    """The free area (no task bar) of the screen the window is on, or of the primary screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QMainWindow, available: QRect) -> None:
    """Size the window to the preferred size, shrunk to fit `available`, and centre it there:
    a 1500x940 window on a 1280x720 laptop would open with its edges off the screen."""
    room = available.size() - FRAME
    size = PREFERRED.boundedTo(room).expandedTo(window.minimumSize())
    window.resize(size)
    top_left = available.center() - QRect(0, 0, size.width(), size.height()).center()
    window.move(max(available.left(), top_left.x()), max(available.top(), top_left.y()))


def save_window(settings: QSettings, window: QMainWindow, splitters: list[QSplitter]) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    for s in splitters:
        settings.setValue(f"splitters/{s.objectName()}", s.saveState())
    settings.sync()


def restore_window(settings: QSettings, window: QMainWindow, available: QRect | None = None) -> bool:
    """Restore the last geometry if it still fits the screen's free area, else fit the window to
    it (a geometry saved on a big monitor does not fit the laptop). True if the geometry was restored."""
    available = available if available is not None else available_geometry(window)
    geometry = settings.value("window/geometry")
    restored = False
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        restored = window.restoreGeometry(geometry) and available.contains(window.geometry())
    if not restored:
        fit_to_screen(window, available)
    state = settings.value("window/state")
    if isinstance(state, QByteArray) and not state.isEmpty():
        window.restoreState(state)
    return restored


def restore_splitters(settings: QSettings, splitters: list[QSplitter]) -> None:
    for s in splitters:
        state = settings.value(f"splitters/{s.objectName()}")
        if isinstance(state, QByteArray) and not state.isEmpty():
            s.restoreState(state)


def recent_libraries(settings: QSettings) -> list[Path]:
    raw = settings.value("recentLibraries", [])
    items = [raw] if isinstance(raw, str) else list(raw or [])
    return [Path(p) for p in items if p]


def add_recent(settings: QSettings, path: Path, *, sync: bool = True) -> None:
    """`path` first in the recent list, written to disk now unless `sync` is False (the window's
    start has it written once the window is painted)."""
    path = Path(path).resolve()
    items = [p for p in recent_libraries(settings) if p != path]
    settings.setValue("recentLibraries", [str(p) for p in [path, *items][:MAX_RECENT]])
    if sync:
        settings.sync()


def last_assessment(settings: QSettings, library: Path) -> str | None:
    """The assessment last shown from this library (reopened at the next start)."""
    raw = settings.value("lastAssessments", []) or []
    for entry in raw if isinstance(raw, list) else [raw]:
        path, _, aid = str(entry).rpartition("|")
        if path == str(library):
            return aid or None
    return None


def set_last_assessment(settings: QSettings, library: Path, aid: str) -> None:
    raw = settings.value("lastAssessments", []) or []
    entries = [str(e) for e in (raw if isinstance(raw, list) else [raw])
               if not str(e).startswith(f"{library}|")]
    settings.setValue("lastAssessments", [f"{library}|{aid}", *entries][:MAX_RECENT])
