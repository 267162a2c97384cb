"""Definitions on demand: the scoring pane is compact by default (no levels pane, the derived
indicators without their reasons), since at 1280x720 the definitions took half the pane.

One switch per window, remembered in QSettings; each page shows it as a checkable button (F1),
and "?" on a field's input turns it on for that field."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolButton, QWidget

SETTING = "scoring/definitions"
ROOMY = 1000  # px of available screen height from which the definitions are shown unless turned off


def default_for(available_height: int) -> bool:
    """Compact where it helps: on a laptop (1280x720, 1366x768) the pane of definitions took half
    the scoring pane; a 1920x1200 screen has room for both."""
    return available_height >= ROOMY


class DefinitionsSwitch(QObject):
    """Whether the level definitions (and the derived indicators' reasons) are shown."""

    changed = Signal(bool)

    def __init__(self, settings: QSettings, parent: QObject | None = None, *, default: bool = False) -> None:
        """`default`: before the researcher chose, e.g. shown where the screen has room for them."""
        super().__init__(parent)
        self.settings = settings
        value = settings.value(SETTING, default)
        self.shown = value is True or str(value).lower() == "true"

    def set_shown(self, on: bool) -> None:
        if on == self.shown:
            return
        self.shown = on
        self.settings.setValue(SETTING, on)
        self.changed.emit(on)

    def button(self, parent: QWidget | None = None) -> QToolButton:
        """A checkable button that follows the switch (each page has its own: F1 reaches the visible one)."""
        b = QToolButton(parent)
        b.setObjectName("definitionsButton")
        b.setCheckable(True)
        b.setText(self.tr("Definitions"))
        b.setShortcut(QKeySequence("F1"))
        b.setToolTip(self.tr("Show the levels' definitions and why each derived indicator is what it is (F1; "
                             "? on a field shows that field's)"))
        b.setAccessibleName(self.tr("Show definitions"))
        b.setChecked(self.shown)
        b.toggled.connect(self.set_shown)
        self.changed.connect(b.setChecked)
        return b
