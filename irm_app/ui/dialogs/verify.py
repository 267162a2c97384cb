"""File > Verify…: is this package (or signed PDF) intact, and who signed it?

The banner answers in one word a reviewer can act on (VALID / INVALID / UNREADABLE, green or
red; amber when the signature is valid but the signer is not one the user said to trust); the
lines under it are the CLI's own `format_verdict`, so both tools say the same thing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...operations import review as review_ops
from ...operations.review import Checked, trust_set
from ...operations.trust import default_store
from ...signing.continuity import KeyChange
from ...signing.errors import SigningError
from ...signing.verify import EXIT_UNTRUSTED, EXIT_VALID, Verdict, exit_code, format_verdict
from ..scripts import isolate
from ..tasks import TaskRunner

VERIFY_FILTER = "Packages and signed PDFs (*.irmpkg *.pdf);;All files (*)"
GREEN, AMBER, RED = ("#e3f4e1", "#1e5e23", "#7fbf7f"), ("#fff4d6", "#6b4e00", "#e0c060"), ("#fbe3e1", "#8a1c12", "#e08a80")


def key_change_lines(changes: list[KeyChange] | tuple[KeyChange, ...]) -> list[str]:
    """One line per key change, both fingerprints in it: shared by opening and verifying."""
    lines = []
    for c in changes:  # the Exporter's strings (opening said them first): one translation for both
        if c.what == "name":
            text = QCoreApplication.translate(
                "Exporter", "signed by a different key than the last package from %s: that was %s, this is %s")
        else:
            text = QCoreApplication.translate(
                "Exporter", "signed by a different key than the last package of assessment %s: that was %s, this is %s")
        lines.append(text % (isolate(c.label), c.previous, c.current))
    return lines


def banner_text(v: Verdict, changes: tuple[KeyChange, ...] = ()) -> tuple[str, tuple[str, str, str]]:
    """The banner's words and colours (background, text, border) for a verdict (shown as plain text).

    A key change overrides a valid, untrusted verdict: red, as opening refuses it."""
    if changes:
        head = QCoreApplication.translate("VerifyDialog", "KEY CHANGED — not accepted as a replacement")
        return "\n".join([head, *key_change_lines(changes)]), RED
    code = exit_code(v)
    if code == EXIT_VALID:
        return QCoreApplication.translate("VerifyDialog", "VALID \u2014 trusted signer") + f"\n{v.fingerprint}", GREEN
    if code == EXIT_UNTRUSTED:
        return QCoreApplication.translate("VerifyDialog", "VALID \u2014 untrusted signer (not in your trusted list)") + f"\n{v.fingerprint}", AMBER
    first = format_verdict(v)[0]
    return first.replace("INVALID:", "INVALID \u2014", 1).replace("UNREADABLE:", "UNREADABLE \u2014", 1), RED


class VerifyDialog(QDialog):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.verdict: Verdict | None = None
        self.checked: Checked | None = None
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Verify a package or signed PDF"))
        self.setAcceptDrops(True)
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("File to verify"))
        self.file.setPlaceholderText(self.tr("Choose or drop a .irmpkg or signed PDF"))
        self.file.returnPressed.connect(self.verify)
        browse = QPushButton(self.tr("&Open\u2026"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.trusted = QLineEdit()
        self.trusted.setObjectName("trustedFingerprint")
        self.trusted.setAccessibleName(self.tr("Trusted fingerprint"))
        self.trusted.setPlaceholderText(self.tr("Optional: the signer's SHA-256 fingerprint you expect"))
        self.trusted.returnPressed.connect(self.verify)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("&Trusted fingerprint:"), self.trusted)
        self.banner = QLabel(self.tr("Choose a file to verify."))
        self.banner.setObjectName("verdictBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # a signer's name is never markup
        self.banner.setAccessibleName(self.tr("Result"))
        self._paint(("#f2f2f2", "#444", "#ccc"), bold=False)
        self.details = QPlainTextEdit()
        self.details.setObjectName("verdictDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.verify_button = buttons.addButton(self.tr("&Verify"), QDialogButtonBox.ButtonRole.ActionRole)
        self.verify_button.clicked.connect(self.verify)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.banner)
        lay.addWidget(self.details, 1)
        lay.addWidget(buttons)
        self.resize(940, 440)

    def _paint(self, colours: tuple[str, str, str], *, bold: bool = True) -> None:
        bg, fg, border = colours
        weight = "bold" if bold else "normal"
        self.banner.setStyleSheet(f"#verdictBanner {{ background: {bg}; color: {fg}; border: 1px solid {border}; "
                                  f"border-radius: 3px; padding: 8px 10px; font-size: 12pt; font-weight: {weight}; }}")

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Verify"), self.file.text(), self.tr(VERIFY_FILTER))
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path) -> None:
        """Choose a file and verify it at once (what a drop or Open… does)."""
        self.file.setText(str(path))
        self.verify()

    def verify(self) -> None:
        text = self.file.text().strip()
        if not text:
            return
        path = Path(text).expanduser()
        try:
            trust = trust_set([self.trusted.text()])
        except SigningError as e:
            self._show_problem(str(e))
            return
        self.verify_button.setEnabled(False)
        self.banner.setText(self.tr("Verifying %s\u2026") % path.name)
        store, history = default_store(), review_ops.default_history()
        self.runner.run(lambda: review_ops.check(path, trust, store, history), on_done=self.show_checked,
                        on_error=self._failed, label=self.tr("Verifying %s\u2026") % path.name)

    def show_checked(self, checked: Checked) -> None:
        """The verdict, unless the key changed since the last package of this assessment or signer."""
        self.checked = checked
        self.show_verdict(checked.verdict, checked.key_changes)

    def show_verdict(self, v: Verdict, changes: tuple[KeyChange, ...] = ()) -> None:
        self.verify_button.setEnabled(True)
        self.verdict = v
        text, colours = banner_text(v, changes)
        self.banner.setText(text)
        self._paint(colours)
        self.details.setPlainText("\n".join(format_verdict(v)[1:] if not changes else format_verdict(v)))

    def _show_problem(self, text: str) -> None:
        self.verify_button.setEnabled(True)
        self.banner.setText(text)
        self._paint(RED)
        self.details.clear()

    def _failed(self, exc: BaseException, tb: str) -> None:
        self._show_problem(self.tr("UNREADABLE \u2014 %s") % (str(exc).splitlines()[0] if str(exc) else type(exc).__name__))
        self.details.setPlainText(tb)

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if e.mimeData().hasUrls() and any(u.isLocalFile() for u in e.mimeData().urls()):
            e.acceptProposedAction()

    def dropEvent(self, e: QDropEvent) -> None:
        for url in e.mimeData().urls():
            if url.isLocalFile():
                self.set_file(Path(url.toLocalFile()))
                break
        e.acceptProposedAction()
