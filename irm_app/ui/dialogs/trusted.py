"""Settings > Trusted signers: the reviewer's trust list (signers and organisation CAs).

The same list and the same operations as `irm-app trust add/list/remove` (operations.trust),
so a signer trusted here is trusted by the CLI and the other way round. Names come from
certificates or the reviewer and are shown as plain text (table items never render markup).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserFacingError
from ...operations.trust import add_trusted, remove_trusted, trusted
from ..scripts import isolate

if TYPE_CHECKING:
    from ...signing.trust import TrustStore

CERT_FILTER = QT_TRANSLATE_NOOP("TrustedSignersDialog", "Certificates (*.pem *.crt *.cer *.der);;All files (*)")


class TrustedSignersDialog(QDialog):
    """List, add (certificate file or pasted fingerprint) and remove trusted signers and CAs."""

    def __init__(self, store: TrustStore, parent: QWidget | None = None, *, who: str = "") -> None:
        super().__init__(parent)
        self.store = store
        self.who = who
        self.setWindowTitle(self.tr("Trusted signers"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Fingerprint (SHA-256)"), self.tr("Kind")])
        self.table.setAccessibleName(self.tr("Trusted signers"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()

        self.what = QLineEdit()
        self.what.setAccessibleName(self.tr("Certificate file or fingerprint"))
        self.what.setPlaceholderText(self.tr("A certificate file, or the signer's SHA-256 fingerprint"))
        browse = QPushButton(self.tr("&Browse\u2026"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.what, 1)
        row.addWidget(browse)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("Needed with a fingerprint; a certificate gives its own"))
        self.ca = QCheckBox(self.tr("An organisation's C&A certificate (trust every key it issues)"))
        form = QFormLayout()
        form.addRow(self.tr("&Certificate or fingerprint:"), row)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.ca)

        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Result"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = buttons.addButton(self.tr("&Add"), QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button = buttons.addButton(self.tr("&Remove"), QDialogButtonBox.ButtonRole.ActionRole)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection)

        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(form)
        lay.addWidget(self.status)
        lay.addWidget(buttons)
        self.resize(900, 420)
        self.refresh()

    def refresh(self) -> None:
        entries = trusted(self.store)
        self.table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            kind = self.tr("CA") if e.kind == "anchor" else self.tr("signer")
            for c, text in enumerate((isolate(e.name), e.fingerprint, kind)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, e.fingerprint)
                self.table.setItem(r, c, item)
        self._selection()

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row (name, fingerprint, kind)."""
        return [tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
                for r in range(self.table.rowCount())]

    def _selection(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedItems()))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Trust a certificate"), self.what.text(),
                                              self.tr(CERT_FILTER))
        if path:
            self.what.setText(path)

    def add(self) -> bool:
        what, name = self.what.text().strip(), self.name.text().strip()
        if not what:
            self.status.setText(self.tr("Choose a certificate file or paste a fingerprint first."))
            return False
        if not Path(what).is_file() and not self.ca.isChecked() and not name:
            self.status.setText(self.tr("Give the signer's name with a fingerprint."))
            return False
        try:
            entry = add_trusted(self.store, what, name, ca=self.ca.isChecked(), who=self.who).result
        except UserFacingError as e:
            self.status.setText(str(e).splitlines()[0] if str(e) else type(e).__name__)
            return False
        self.status.setText(self.tr("Trusted %s (%s)") % (isolate(entry.name), entry.fingerprint))
        self.what.clear()
        self.name.clear()
        self.ca.setChecked(False)
        self.refresh()
        return True

    def remove_selected(self) -> bool:
        items = self.table.selectedItems()
        if not items:
            return False
        fp = str(items[0].data(Qt.ItemDataRole.UserRole))
        try:
            entry = remove_trusted(self.store, fp, who=self.who).result
        except UserFacingError as e:
            self.status.setText(str(e).splitlines()[0] if str(e) else type(e).__name__)
            return False
        self.status.setText(self.tr("No longer trusted: %s (%s)") % (isolate(entry.name), entry.fingerprint))
        self.refresh()
        return True
