"""Dialogs sized to the screen they open on: roomy on a desktop monitor, inside a laptop's screen.

A dialog that resizes itself to a fixed 1280x720 (or 900x520) hangs off a 1280x720 laptop once
the window frame and the task bar are counted, and wastes a 1920x1080 monitor. `fit_to_screen`
takes the free area (QScreen.availableGeometry: no task bar) of the screen of the dialog's
parent window, less what a window manager adds around a window."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = QSize(40, 48)  # the frame and title bar a window manager adds, and a little air


def available_geometry(widget: QWidget) -> QRect:
    """The free area of the screen the widget's parent window is on (a dialog not yet shown has
    no screen of its own), else of the primary screen."""
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or widget.screen() \
        or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def room(available: QRect) -> QSize:
    """The largest window that fits `available` with its frame."""
    return (available.size() - MARGIN).expandedTo(QSize(1, 1))


def fit_to_screen(widget: QWidget, preferred: QSize, available: QRect | None = None,
                  fill: float = 0.0) -> QSize:
    """Resize `widget` to `preferred`, or to `fill` of the screen's room where that is larger,
    never beyond the room. Returns the size asked for (the layout's minimum may still win: tests
    hold every dialog's minimum inside a 1280x720 screen)."""
    space = room(available if available is not None else available_geometry(widget))
    share = QSize(int(space.width() * fill), int(space.height() * fill))
    size = preferred.expandedTo(share).boundedTo(space)
    widget.resize(size)
    return size
