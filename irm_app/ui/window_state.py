"""What the window remembers between runs (QSettings passed in, never a global): geometry,
splitter positions, recent libraries and the researcher's name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

MAX_RECENT = 8


def save_window(settings: QSettings, window: QMainWindow, splitters: list[QSplitter]) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    for s in splitters:
        settings.setValue(f"splitters/{s.objectName()}", s.saveState())
    settings.sync()


def restore_window(settings: QSettings, window: QMainWindow) -> bool:
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            window.restoreState(state)
        return True
    return False


def restore_splitters(settings: QSettings, splitters: list[QSplitter]) -> None:
    for s in splitters:
        state = settings.value(f"splitters/{s.objectName()}")
        if isinstance(state, QByteArray) and not state.isEmpty():
            s.restoreState(state)


def recent_libraries(settings: QSettings) -> list[Path]:
    raw = settings.value("recentLibraries", [])
    items = [raw] if isinstance(raw, str) else list(raw or [])
    return [Path(p) for p in items if p]


def add_recent(settings: QSettings, path: Path) -> None:
    path = Path(path).resolve()
    items = [p for p in recent_libraries(settings) if p != path]
    settings.setValue("recentLibraries", [str(p) for p in [path, *items][:MAX_RECENT]])
    settings.sync()
