"""Message boxes that do not block: opened window-modal with `open()`, so the event loop (and
tests) keep running; the window keeps the last one so a test can read what the user saw.

Their texts quote outside text (a file name, a member name in a refusal, a signer): shown as
plain text with controls and bidi overrides dropped, never as rich text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ...text_safety import plain


def show_message(parent: QWidget, title: str, text: str, *, details: str = "",
                 icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
    box = QMessageBox(icon, plain(title), plain(text, multiline=True), QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(plain(details, multiline=True))
    plain_labels(box)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def plain_labels(box: QMessageBox) -> None:
    """The informative text as plain text too: QMessageBox.setTextFormat leaves it on AutoText."""
    for label in box.findChildren(QLabel):
        if label.objectName() in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
            label.setTextFormat(Qt.TextFormat.PlainText)


def show_error(parent: QWidget, title: str, text: str, *, details: str = "") -> QMessageBox:
    """A one-line message, with the technical details behind 'Show Details...'."""
    return show_message(parent, title, text, details=details, icon=QMessageBox.Icon.Warning)
