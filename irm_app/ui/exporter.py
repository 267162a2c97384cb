"""Reports, signed packages, verification and review copies for the main window.

The split is always the same: read the library on the GUI thread (a snapshot is fast and
SQLite stays on its thread), do the slow pure work (render, sign, verify) on the TaskRunner,
write back (record the export, load the review copy) on the GUI thread. The steps are the
CLI's own, from irm_app.operations.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ..errors import UserFacingError
from ..operations.packaging import PackageResult, unlock_identity, write_signed_package
from ..operations.reports import render_report
from ..operations.review import ReviewCopy, copy_key_changes, default_history, verify_then_read
from ..operations.trust import default_store
from ..signing.continuity import KeyChange, KeyChanged
from ..signing.errors import SigningError
from ..signing.verify import format_verdict
from .dialogs.export import PackageDialog, ReportDialog
from .dialogs.identity import IdentityDialog
from .dialogs.messages import plain_labels, show_error, show_message
from .dialogs.trusted import TrustedSignersDialog
from .dialogs.verify import AMBER, RED, VerifyDialog, key_change_lines
from .scripts import isolate, plain

if TYPE_CHECKING:
    from .main_window import MainWindow

PACKAGE_FILTER = "IRM packages (*.irmpkg);;All files (*)"


class FileNotice(QWidget):
    """'Report written to …' with an Open button, in the status bar until the next notice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fileNotice")
        self.label = QLabel()
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the written file"))
        self.open_button.clicked.connect(self.open_file)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(self.open_button)
        self.path: Path | None = None
        self.hide()

    def show_file(self, text: str, path: Path) -> None:
        self.path = path
        self.label.setText(text)
        self.show()

    def open_file(self) -> bool:
        return bool(self.path) and QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))


def plain_text(box: QMessageBox) -> None:
    """Both texts of a message box as plain text: QMessageBox.setTextFormat leaves the informative
    text on AutoText, where a signer's name or a plan title like `<b>…</b>` would render as markup."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    plain_labels(box)


class Exporter(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.notice = FileNotice()
        window.statusBar().addWidget(self.notice)

    # -- helpers -------------------------------------------------------------------------------
    def _assessment(self, what: str) -> str | None:
        aid = self.w.tree.current_assessment()
        if not aid:
            self.w.last_dialog = show_error(self.w, what, self.tr("Select an assessment in the library first."))
        return aid

    def _folder(self) -> Path:
        return Path(str(self.w.settings.value("exportFolder", "") or Path.home()))

    def _remember_folder(self, path: Path) -> None:
        self.w.settings.setValue("exportFolder", str(path.parent))

    def _title(self, aid: str) -> str:
        lib = self.w.store
        a = lib.assessment(aid)
        plan = lib.plan(a.plan_id)
        return f"{plan.member} {plan.period} {a.title or a.form}"

    def _error(self, title: str, exc: BaseException, tb: str = "") -> None:
        line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        self.w.last_dialog = show_error(self.w, title, line, details=tb)

    # -- reports -------------------------------------------------------------------------------
    def ask_report(self) -> ReportDialog | None:
        aid = self._assessment(self.tr("Export report"))
        if not aid:
            return None
        dialog = ReportDialog(self._folder(), self._title(aid), self.w)
        dialog.accepted.connect(lambda: self.export_report(aid, *dialog.choice()))
        self.w.last_dialog = dialog
        dialog.open()
        return dialog

    def export_report(self, aid: str, fmt: str, path: Path, lang: str) -> None:
        title = self.tr("Export report")
        if not path.parent.is_dir():
            self.w.last_dialog = show_error(self.w, title, self.tr("%s: no such folder") % path.parent)
            return
        self.w.flush_edits()
        inp = self.w.store.report_input(aid)  # the snapshot: fast, on the library's thread
        self._remember_folder(path)
        self.w.runner.run(lambda: render_report(inp, fmt, path, lang=lang),
                          on_done=lambda out: self._written(self.tr("Report written to %s") % out, Path(out)),
                          on_error=lambda e, tb: self._error(title, e, tb),
                          label=self.tr("Writing %s\u2026") % path.name)

    def _written(self, text: str, path: Path) -> None:
        self.w.statusBar().clearMessage()
        self.notice.show_file(text, path)

    # -- signed package ------------------------------------------------------------------------
    def ask_package(self) -> PackageDialog | None:
        aid = self._assessment(self.tr("Export package"))
        if not aid:
            return None
        dialog = PackageDialog(self._folder(), self._title(aid), self.w, unlock=unlock_identity)
        dialog.accepted.connect(lambda: self.export_package(aid, *dialog.choice()))
        self.w.last_dialog = dialog
        dialog.open()
        return dialog

    def export_package(self, aid: str, path: Path, lang: str, passphrase: bytes) -> None:
        title = self.tr("Export package")
        if not path.parent.is_dir():
            self.w.last_dialog = show_error(self.w, title, self.tr("%s: no such folder") % path.parent)
            return
        try:
            ident = unlock_identity(passphrase)  # a wrong passphrase fails here, before any work
        except SigningError as e:
            self._error(title, e)
            return
        self.w.flush_edits()
        store = self.w.store
        inp = store.package_input(aid)
        self._remember_folder(path)

        def done(result: PackageResult) -> None:
            try:
                store.record_package(inp, result)
            except UserFacingError as e:  # the library was closed or swapped meanwhile
                self._error(title, e)
                return
            if inp.status == "final":
                text = self.tr("Package written to %s (signed by %s)") % (result.out, result.signer)
            else:  # a draft travels for review, never to be taken for the final report
                text = self.tr("Package written to %s (signed by %s): a DRAFT for review, marked so in the "
                               "report and in its signed manifest, not the final report") % (result.out, result.signer)
            self._written(text, result.out)

        self.w.runner.run(lambda: write_signed_package(inp, path, ident, passphrase, lang=lang),
                          on_done=done, on_error=lambda e, tb: self._error(title, e, tb),
                          label=self.tr("Signing %s\u2026") % path.name)

    # -- identity and verification --------------------------------------------------------------
    def show_identity(self) -> IdentityDialog:
        dialog = IdentityDialog(self.w, researcher=self.w.store.who if self.w.store else "")
        self.w.last_dialog = dialog
        dialog.open()
        return dialog

    def show_trusted_signers(self) -> TrustedSignersDialog:
        dialog = TrustedSignersDialog(default_store(), self.w, who=self.w.store.who if self.w.store else "")
        self.w.last_dialog = dialog
        dialog.open()
        return dialog

    def show_verify(self, path: Path | None = None) -> VerifyDialog:
        dialog = VerifyDialog(self.w.runner, self.w)
        self.w.last_dialog = dialog
        dialog.open()
        if path is not None:
            dialog.set_file(path)
        return dialog

    # -- review copies -------------------------------------------------------------------------
    def ask_open_package(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.w, self.tr("Open a signed package for review"),
                                              str(self._folder()), self.tr(PACKAGE_FILTER))
        if path:
            self.open_package(Path(path))

    def open_package(self, path: Path, *, accept_new_key: bool = False) -> None:
        """Verify first (against the trusted list); anything invalid is refused with its verdict,
        nothing is written. A key other than last time's is refused until the reviewer accepts it."""
        store = default_store()
        self.w.runner.run(lambda: verify_then_read(path, store), on_done=lambda r: self._load(path, r, accept_new_key),
                          on_error=lambda e, tb: self._error(self.tr("Open package"), e, tb),
                          label=self.tr("Verifying %s\u2026") % path.name)

    def _load(self, path: Path, result: object, accept_new_key: bool = False) -> None:
        title = self.tr("Open package")
        if not isinstance(result, ReviewCopy):
            lines = format_verdict(result)  # type: ignore[arg-type]
            self.w.last_dialog = show_error(self.w, title, self.tr("%s was refused: %s") % (path.name, lines[0]),
                                            details="\n".join(lines))
            return
        assert self.w.store is not None
        history = default_history()
        key_changes = copy_key_changes(result, history)
        try:
            opened = self.w.store.load_review_copy(result, history=history, accept_new_key=accept_new_key)
        except KeyChanged:
            self._refuse_new_key(path, result, key_changes)
            return
        except UserFacingError as e:
            self._error(title, e)
            return
        self.w.update_stack()
        self.w.tree.select_assessment(opened.assessment_id)
        trust = self.tr("trusted signer") if opened.trusted else self.tr("signer not in your trusted list")
        text = self.tr("Opened %s read-only: signed by %s (%s)") % (isolate(path.name), isolate(str(opened.signer)), trust)
        text += "\n" + self.tr("Fingerprint (SHA-256): %s") % opened.fingerprint
        changes = opened.changes or [self.tr("no changes")]
        icon = QMessageBox.Icon.Information if opened.trusted else QMessageBox.Icon.Warning
        box = show_message(self.w, title, text, details="\n".join(changes), icon=icon)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the signer's name is text, never markup
        box.setObjectName("trustedSigner" if opened.trusted else "untrustedSigner")
        if not opened.trusted:
            bg, fg, border = AMBER
            box.setStyleSheet(f"QLabel#qt_msgbox_label {{ background: {bg}; color: {fg}; border: 1px solid {border}; "
                              "padding: 6px; font-weight: bold; }")
        box.setInformativeText(plain("\n".join(changes[:8]), multiline=True) + ("\n\u2026" if len(changes) > 8 else ""))
        plain_text(box)
        self.w.last_dialog = box
        self.w.statusBar().showMessage(text.replace("\n", " "), 15000)

    def _refuse_new_key(self, path: Path, copy: ReviewCopy, key_changes: list[KeyChange]) -> QMessageBox:
        """Loud refusal: the key differs from the one that signed this assessment or name before."""
        lines = key_change_lines(key_changes)
        text = (self.tr("REFUSED: %s was not opened.") % isolate(path.name) + "\n" + "\n".join(lines) + "\n"
                + self.tr("Signer: %s") % isolate(copy.signer))
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Open package"), text, QMessageBox.StandardButton.Cancel,
                          self.w)
        box.setObjectName("keyChanged")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr("Check the new key with the signer (compare the fingerprint by phone or in "
                                       "person) before accepting it."))
        accept = box.addButton(self.tr("&Accept the new key and open"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        bg, fg, border = RED
        box.setStyleSheet(f"QLabel#qt_msgbox_label {{ background: {bg}; color: {fg}; border: 1px solid {border}; "
                          "padding: 6px; font-weight: bold; }")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        plain_text(box)
        box.buttonClicked.connect(lambda b: self.open_package(path, accept_new_key=True) if b is accept else None)
        box.accept_button = accept  # type: ignore[attr-defined]  # for tests and keyboard users alike
        self.w.last_dialog = box
        box.open()
        return box
