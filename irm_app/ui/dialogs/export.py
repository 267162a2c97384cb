"""File > Export report… and File > Export package…: what to write, where, in which language.

The dialogs only collect a choice; the window's exporter does the work on the TaskRunner. The
passphrase lives in a Password-mode line edit for as long as the dialog does: never stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...operations.identity import current_or_none
from ...reports import available_languages
from ...signing.errors import SigningError
from ..scripts import isolate

if TYPE_CHECKING:
    from ...signing.identity import Identity

FORMATS = (("pdf", QT_TRANSLATE_NOOP("ReportDialog", "PDF (.pdf)")), ("docx", QT_TRANSLATE_NOOP("ReportDialog", "Word (.docx)")))


def safe_name(text: str) -> str:
    """A file name from an assessment title: letters, digits, dashes."""
    return re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-")[:80] or "assessment"


class PathField(QWidget):
    """A line edit for a file name plus a Browse… button opening a save dialog."""

    def __init__(self, caption: str, file_filter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption, self.file_filter = caption, file_filter
        self.edit = QLineEdit()
        self.edit.setAccessibleName(caption)
        self.button = QPushButton(self.tr("&Browse\u2026"))
        self.button.clicked.connect(self._browse)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.button)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.caption, self.edit.text(), self.file_filter)
        if path:
            self.edit.setText(path)


def _language_combo(accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible)
    for lang in available_languages():
        combo.addItem(lang, lang)
    return combo


class ReportDialog(QDialog):
    """Format, file name and language of a report; `choice()` once accepted."""

    def __init__(self, folder: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export report"))
        self.setObjectName("reportDialog")
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        for key, label in FORMATS:
            self.format.addItem(self.tr(label), key)
        self.file = PathField(self.tr("Report file"), self.tr("Reports (*.pdf *.docx)"))
        self.file.edit.setText(str(folder / f"{safe_name(title)}.pdf"))
        self.language = _language_combo(self.tr("Report language"))
        self.format.currentIndexChanged.connect(self._format_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("F&ile:"), self.file)
        form.addRow(self.tr("&Language:"), self.language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.file.edit.textChanged.connect(self._update)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _format_changed(self) -> None:
        path = self.file.path()
        if path is not None:
            self.file.edit.setText(str(path.with_suffix("." + self.format.currentData())))

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.file.path() is not None)

    def choice(self) -> tuple[str, Path, str]:
        path = self.file.path()
        assert path is not None
        return self.format.currentData(), path, self.language.currentData()


class PackageDialog(QDialog):
    """File, language and the passphrase that unlocks the signing key for this one export."""

    def __init__(self, folder: Path, title: str, parent: QWidget | None = None,
                 unlock: Callable[[bytes], object] | None = None) -> None:
        super().__init__(parent)
        self.unlock = unlock  # checks the passphrase before the dialog closes (raises on a wrong one)
        self.setWindowTitle(self.tr("Export signed package"))
        self.setObjectName("packageDialog")
        self.identity: Identity | None = current_or_none()
        if self.identity is not None:
            signer = self.tr("Signed as %s\nFingerprint %s") % (isolate(self.identity.subject_str),
                                                               self.identity.fingerprint)
        else:
            signer = self.tr("You have no signing identity yet: create one in Settings > Identity first.")
        self.signer = QLabel(signer)
        self.signer.setTextFormat(Qt.TextFormat.PlainText)  # a certificate name is data
        self.signer.setWordWrap(True)
        self.file = PathField(self.tr("Package file"), self.tr("IRM packages (*.irmpkg)"))
        self.file.edit.setText(str(folder / f"{safe_name(title)}.irmpkg"))
        self.language = _language_combo(self.tr("Report language"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of your signing key"))
        self.passphrase.setObjectName("passphrase")
        form = QFormLayout()
        form.addRow(self.tr("F&ile:"), self.file)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.error = QLabel()
        self.error.setObjectName("packageError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00;")
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign and export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.file.edit.textChanged.connect(self._update)
        self.passphrase.textChanged.connect(self._update)
        lay = QVBoxLayout(self)
        lay.addWidget(self.signer)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self._update()
        self.resize(620, self.sizeHint().height())

    def _update(self) -> None:
        ok = self.identity is not None and self.file.path() is not None and bool(self.passphrase.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        """A wrong passphrase keeps the dialog open with what was typed, and says so in plain words."""
        if self.unlock is not None:
            try:
                self.unlock(self.passphrase.text().encode("utf-8"))
            except SigningError:
                self.error.setText(self.tr("That passphrase does not unlock your signing key. Type it again "
                                           "(it is the one you chose when you created the identity)."))
                self.passphrase.selectAll()
                self.passphrase.setFocus()
                return
        self.error.clear()
        super().accept()

    def choice(self) -> tuple[Path, str, bytes]:
        """(file, language, passphrase); the passphrase box is cleared as it is handed over."""
        path = self.file.path()
        assert path is not None
        secret = self.passphrase.text().encode("utf-8")
        self.passphrase.clear()
        return path, self.language.currentData(), secret
