"""Message boxes that do not block: opened window-modal with `open()`, so the event loop (and
tests) keep running; the window keeps the last one so a test can read what the user saw."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def show_message(parent: QWidget, title: str, text: str, *, details: str = "",
                 icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_error(parent: QWidget, title: str, text: str, *, details: str = "") -> QMessageBox:
    """A one-line message, with the technical details behind 'Show Details...'."""
    return show_message(parent, title, text, details=details, icon=QMessageBox.Icon.Warning)
