"""Settings > Identity: the researcher's signing identity, and making or importing one.

The fingerprint is in a read-only line edit (selectable, with a Copy button) because the
researcher registers it with the OGP portal and reviewers compare it character by character.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QGuiApplication, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
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

from ...operations import identity as identity_ops
from ...signing.errors import IdentityError

if TYPE_CHECKING:
    from ...signing.identity import Identity

MIN_PASSPHRASE = 8  # as the CLI


def _password(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    return edit


class _NewPassphrase:
    """Two password boxes and the rule the CLI applies (match, at least 8 characters)."""

    def __init__(self, form: QFormLayout, owner: QWidget) -> None:
        self.first = _password(QCoreApplication.translate("PassphraseFields", "New passphrase"))
        self.second = _password(QCoreApplication.translate("PassphraseFields", "Repeat the passphrase"))
        form.addRow(QCoreApplication.translate("PassphraseFields", "&Passphrase:"), self.first)
        form.addRow(QCoreApplication.translate("PassphraseFields", "&Repeat:"), self.second)
        self.owner = owner

    def problem(self) -> str:
        if len(self.first.text()) < MIN_PASSPHRASE:
            return QCoreApplication.translate("PassphraseFields", "The passphrase needs at least %d characters.") % MIN_PASSPHRASE
        if self.first.text() != self.second.text():
            return QCoreApplication.translate("PassphraseFields", "The passphrases do not match.")
        return ""

    def value(self) -> bytes:
        return self.first.text().encode("utf-8")


class _IdentityForm(QDialog):
    """Shared by Create and Import: an error line, a Replace box when one exists, OK/Cancel."""

    def __init__(self, title: str, ok_text: str, make: Callable[[], Identity], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._make_identity = make
        self.created: Identity | None = None
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("identityError")
        self.error.setStyleSheet("#identityError { color: #a32020; }")
        self.error.setWordWrap(True)
        self.replace = QCheckBox(self.tr("Replace my current identity (packages it signed stay valid)"))
        self.replace.setAccessibleName(self.tr("Replace the existing identity"))
        self.replace.setVisible(identity_ops.current_or_none() is not None)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(self) -> None:
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.replace)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    def problem(self) -> str:
        if self.replace.isVisible() and not self.replace.isChecked():
            return self.tr("You already have an identity: tick Replace to make a new one.")
        return ""

    def _try_accept(self) -> None:
        problem = self.problem()
        if not problem:
            try:
                self.created = self._make_identity()
            except IdentityError as e:
                problem = str(e)
        self.error.setText(problem)
        if not problem:
            self.accept()


class CreateIdentityDialog(_IdentityForm):
    def __init__(self, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(self.tr("Create a signing identity"), self.tr("Create"), self.make, parent)
        self.name = QLineEdit(name)
        self.email = QLineEdit()
        self.org = QLineEdit()
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.country.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), self.country))
        self.country.setPlaceholderText(self.tr("two letters, e.g. CL"))
        for edit, label, acc in ((self.name, self.tr("&Name:"), self.tr("Name")),
                                 (self.email, self.tr("&Email:"), self.tr("Email")),
                                 (self.org, self.tr("&Organisation:"), self.tr("Organisation")),
                                 (self.country, self.tr("&Country:"), self.tr("Country (two-letter code)"))):
            edit.setAccessibleName(acc)
            self.form.addRow(label, edit)
        self.passphrase = _NewPassphrase(self.form, self)
        self._finish_layout()

    def problem(self) -> str:
        if not self.name.text().strip():
            return self.tr("Enter your name as it should appear on signed reports.")
        if len(self.country.text().strip()) != 2:
            return self.tr("Enter the two-letter country code (ISO 3166), e.g. CL.")
        return self.passphrase.problem() or super().problem()

    def make(self) -> Identity:
        return identity_ops.create(self.name.text(), self.email.text(), self.org.text(), self.country.text(),
                                   self.passphrase.value(), replace=self.replace.isChecked()).result


class ImportIdentityDialog(_IdentityForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Import a .p12 identity"), self.tr("Import"), self.make, parent)
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("PKCS#12 file"))
        browse = QPushButton(self.tr("&Browse\u2026"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.form.addRow(self.tr("File:"), row)
        self.p12_passphrase = _password(self.tr("Passphrase of the .p12 file"))
        self.form.addRow(self.tr("File pa&ssphrase:"), self.p12_passphrase)
        self.passphrase = _NewPassphrase(self.form, self)
        self._finish_layout()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import identity"), "",
                                              self.tr("PKCS#12 (*.p12 *.pfx);;All files (*)"))
        if path:
            self.file.setText(path)

    def problem(self) -> str:
        if not self.file.text().strip():
            return self.tr("Choose the .p12 file your organisation gave you.")
        return self.passphrase.problem() or super().problem()

    def make(self) -> Identity:
        return identity_ops.import_p12(Path(self.file.text().strip()), self.p12_passphrase.text().encode("utf-8"),
                                       self.passphrase.value(), replace=self.replace.isChecked()).result


class IdentityDialog(QDialog):
    """Who signs: subject, fingerprint (copyable), validity; create or import one."""

    def __init__(self, parent: QWidget | None = None, *, researcher: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("identityDialog")
        self.setWindowTitle(self.tr("Settings \u2014 Signing identity"))
        self.researcher = researcher
        self.sub_dialog: QDialog | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.subject = QLabel()
        self.subject.setObjectName("identitySubject")
        self.subject.setWordWrap(True)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("identityFingerprint")
        self.fingerprint.setReadOnly(True)
        self.fingerprint.setAccessibleName(self.tr("SHA-256 fingerprint"))
        self.fingerprint.setMinimumWidth(720)
        self.copy_button = copy = QPushButton(self.tr("&Copy"))
        copy.setToolTip(self.tr("Copy the fingerprint to register it with the OGP portal"))
        copy.clicked.connect(self.copy_fingerprint)
        fp_row = QHBoxLayout()
        fp_row.addWidget(self.fingerprint, 1)
        fp_row.addWidget(copy)
        self.validity = QLabel()
        self.validity.setObjectName("identityValidity")
        form = QFormLayout()
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Fingerprint:"), fp_row)
        form.addRow(self.tr("Valid:"), self.validity)
        self.create_button = QPushButton(self.tr("C&reate identity\u2026"))
        self.create_button.clicked.connect(self.ask_create)
        self.import_button = QPushButton(self.tr("&Import .p12\u2026"))
        self.import_button.clicked.connect(self.ask_import)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.status)
        lay.addLayout(form)
        lay.addStretch(1)
        lay.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        ident = identity_ops.current_or_none()
        self.identity = ident
        self.copy_button.setEnabled(ident is not None)  # nothing to copy without an identity
        if ident is None:
            self.status.setText(self.tr("You have no signing identity yet. Create one (a key and a self-signed "
                                        "certificate, kept on this computer) or import the .p12 your "
                                        "organisation issued. Its fingerprint is what reviewers trust."))
            self.subject.setText("\u2014")
            self.fingerprint.clear()
            self.validity.setText("\u2014")
            return
        self.status.setText(self.tr("Packages you export are signed with this identity. Register the "
                                    "fingerprint with the OGP portal so reviewers can trust it."))
        self.subject.setText(ident.subject_str)
        self.fingerprint.setText(ident.fingerprint)
        self.fingerprint.setCursorPosition(0)
        start, end = ident.cert.not_valid_before_utc, ident.not_after
        text = self.tr("%s to %s") % (f"{start:%Y-%m-%d}", f"{end:%Y-%m-%d}")
        if end < dt.datetime.now(dt.UTC):
            text += " \u2014 " + self.tr("EXPIRED: create or import a new identity")
        self.validity.setText(text)

    def copy_fingerprint(self) -> None:
        if self.fingerprint.text():
            QGuiApplication.clipboard().setText(self.fingerprint.text())

    def ask_create(self) -> None:
        self._open(CreateIdentityDialog(self, name=self.researcher))

    def ask_import(self) -> None:
        self._open(ImportIdentityDialog(self))

    def _open(self, dialog: QDialog) -> None:
        """Window-modal and non-blocking (tests fill it in); the page refreshes when it is accepted."""
        self.sub_dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.open()
