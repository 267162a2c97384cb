"""Files attached to evidence in a review copy: what may be handed to the system viewer.

A package chooses its files' names, extensions included; handing `report.exe` or
`notes.desktop` to the OS would run it. So a review copy's attachment opens with the system
viewer only for document and image types that viewers display (after saying so); anything
else, or a name with no extension, can only be saved to a place the reviewer picks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from ...errors import UserFacingError
from ..scripts import isolate

# Documents and images a system viewer shows, not runs (no macro-enabled Office types, no HTML or SVG, which
# a browser would run scripts in).
VIEWABLE = frozenset({
    ".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".rtf", ".csv", ".txt",
    ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp",
})


def viewable(name: str) -> bool:
    """Whether a file of this name may open in the system viewer (by its last extension only)."""
    return Path(name).suffix.lower() in VIEWABLE


class AttachmentChoice(QMessageBox):
    """'Open with the system viewer' (known types only), 'Save as…', or Cancel, for one file."""

    def __init__(self, name: str, signer: str, parent: QWidget | None = None, *, on_open: Callable[[], object],
                 data: Callable[[], bytes], failed: Callable[[str], object]) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentChoice")
        self.setWindowTitle(QCoreApplication.translate("AttachmentChoice", "Attached file"))
        self.setTextFormat(Qt.TextFormat.PlainText)  # the name and signer come from the package
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_button: QPushButton | None = None
        shown, who = isolate(name), isolate(signer)
        if viewable(name):
            self.setIcon(QMessageBox.Icon.Question)
            self.setText(QCoreApplication.translate("AttachmentChoice", "%s comes from a package signed by %s. It will open in your system's viewer for "
                             "%s files.") % (shown, who, Path(name).suffix.lower()))
            self.open_button = self.addButton(QCoreApplication.translate("AttachmentChoice", "&Open in the viewer"), QMessageBox.ButtonRole.AcceptRole)
        else:
            self.setIcon(QMessageBox.Icon.Warning)
            kind = Path(name).suffix.lower() or QCoreApplication.translate("AttachmentChoice", "no extension")
            self.setText(QCoreApplication.translate("AttachmentChoice", "%s comes from a package signed by %s and is not a document type the app opens "
                             "(%s): it could run as a program. You can only save it.") % (shown, who, kind))
        self.save_button = self.addButton(QCoreApplication.translate("AttachmentChoice", "&Save as\u2026"), QMessageBox.ButtonRole.ActionRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.saved: Path | None = None

        def clicked(button: object) -> None:
            if button is self.open_button and viewable(name):  # checked again: never open another type
                on_open()
            elif button is self.save_button:
                self.saved = save_attachment(self, name, data, failed)

        self.buttonClicked.connect(clicked)


def save_attachment(parent: QWidget, name: str, data: Callable[[], bytes], failed: Callable[[str], object]) -> Path | None:
    """Write the file where the reviewer chooses (starting in their home folder); None if cancelled or failed."""
    target, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("AttachmentChoice", "Save the attached file"), str(Path.home() / name))
    if not target:
        return None
    try:
        Path(target).write_bytes(data())
    except (UserFacingError, OSError) as e:
        failed(QCoreApplication.translate("AttachmentChoice", "Cannot save the attached file: %s") % e)
        return None
    return Path(target)
