"""The GUI's open-package path uses the trusted list and key continuity as the CLI does (issue 15).

Before: the GUI took no trust list, showed no fingerprint, and an impostor's package (same name,
e-mail and organisation, another key) silently replaced the genuine review copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from irm_app.library import Library
from irm_app.operations.packaging import package_input, write_signed_package
from irm_app.operations.trust import add_trusted
from irm_app.signing.identity import create_identity
from irm_app.signing.trust import TrustStore

PASS = b"a long enough passphrase"


@pytest.fixture
def packages(scored_library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Ana's package and an impostor's (same name, e-mail, org, country; another key)."""
    monkeypatch.setenv("IRM_APP_HOME", str(tmp_path / "home"))
    lib, _aid = scored_library
    ana = create_identity("Ana Pérez", "ana@example.org", "IRM", "CL", PASS, tmp_path / "ana")
    fake = create_identity("Ana Pérez", "ana@example.org", "IRM", "CL", PASS, tmp_path / "fake")
    inp = package_input(lib, _aid)
    write_signed_package(inp, tmp_path / "genuine.irmpkg", ana, PASS)
    write_signed_package(inp, tmp_path / "impostor.irmpkg", fake, PASS)
    return {"genuine": tmp_path / "genuine.irmpkg", "impostor": tmp_path / "impostor.irmpkg",
            "ana": ana, "fake": fake}


def _plain(box: QMessageBox) -> bool:
    labels = [lb for lb in box.findChildren(QLabel) if lb.objectName().startswith("qt_msgbox_")
              and lb.objectName().endswith("label")]
    return len(labels) >= 1 and all(lb.textFormat() == Qt.TextFormat.PlainText for lb in labels)


def test_an_impostors_package_is_refused_loudly_and_can_be_accepted(make_window, packages, tmp_path):
    reviewer = Library.open(tmp_path / "reviewer.db")
    try:
        w = make_window(reviewer, who="Rita Reviewer")
        w.exporter.open_package(packages["genuine"])
        box = w.last_dialog
        assert box.objectName() == "untrustedSigner" and packages["ana"].fingerprint in box.text()
        assert "signer not in your trusted list" in box.text()

        w.exporter.open_package(packages["impostor"])
        refusal = w.last_dialog
        assert isinstance(refusal, QMessageBox) and refusal.objectName() == "keyChanged"
        assert "signed by a different key than the last package from Ana Pérez" in refusal.text()
        assert packages["ana"].fingerprint in refusal.text() and packages["fake"].fingerprint in refusal.text()
        assert _plain(refusal) and _plain(box)  # names and titles from the package are never markup
        [copy] = reviewer.review_copies.all()
        assert copy.fingerprint == packages["ana"].fingerprint  # the genuine copy stays

        refusal.accept_button.click()  # the reviewer decides, explicitly
        [copy] = reviewer.review_copies.all()
        assert copy.fingerprint == packages["fake"].fingerprint
        assert w.last_dialog.objectName() == "untrustedSigner"
    finally:
        w.close()
        reviewer.close()


def test_cancelling_the_refusal_keeps_the_genuine_copy(make_window, packages, tmp_path):
    reviewer = Library.open(tmp_path / "reviewer.db")
    try:
        w = make_window(reviewer)
        w.exporter.open_package(packages["genuine"])
        w.exporter.open_package(packages["impostor"])
        w.last_dialog.button(QMessageBox.StandardButton.Cancel).click()
        [copy] = reviewer.review_copies.all()
        assert copy.fingerprint == packages["ana"].fingerprint
    finally:
        w.close()
        reviewer.close()


def test_a_trusted_signer_is_shown_as_trusted_with_the_fingerprint(make_window, packages, tmp_path):
    add_trusted(TrustStore.default(), packages["ana"].fingerprint, "Ana Pérez")
    reviewer = Library.open(tmp_path / "reviewer.db")
    try:
        w = make_window(reviewer)
        w.exporter.open_package(packages["genuine"])
        box = w.last_dialog
        assert box.objectName() == "trustedSigner"
        assert "(trusted signer)" in box.text() and packages["ana"].fingerprint in box.text()
    finally:
        w.close()
        reviewer.close()


def test_settings_trusted_signers_adds_lists_and_removes_through_the_shared_list(make_window, packages, tmp_path):
    from irm_app.ui.dialogs.trusted import TrustedSignersDialog

    reviewer = Library.open(tmp_path / "reviewer.db")
    try:
        w = make_window(reviewer)
        w.actions_["trusted_signers"].trigger()
        d = w.last_dialog
        assert isinstance(d, TrustedSignersDialog) and d.rows() == []
        d.what.setText(str(packages["ana"].cert_path))  # a certificate file: its name comes with it
        assert d.add()
        d.what.setText(packages["fake"].fingerprint.upper())  # a pasted fingerprint needs a name
        assert not d.add() and "name" in d.status.text()
        d.name.setText("<b>Bob</b> & co")
        assert d.add()
        assert d.rows() == [("Ana Pérez", packages["ana"].fingerprint, "signer"),
                            ("<b>Bob</b> & co", packages["fake"].fingerprint, "signer")]  # text, not markup
        assert {e.fingerprint for e in TrustStore.default().entries()} == {packages["ana"].fingerprint,
                                                                          packages["fake"].fingerprint}
        d.table.selectRow(1)
        assert d.remove_selected()
        assert [e.fingerprint for e in TrustStore.default().entries()] == [packages["ana"].fingerprint]
        assert d.rows() == [("Ana Pérez", packages["ana"].fingerprint, "signer")]

        w.exporter.open_package(packages["genuine"])  # the GUI's open path uses the same list
        assert w.last_dialog.objectName() == "trustedSigner"
    finally:
        w.close()
        reviewer.close()


@pytest.fixture
def attachments_package(scored_library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A package whose evidence carries a PDF, a .exe, a .desktop and an extension-less file."""
    monkeypatch.setenv("IRM_APP_HOME", str(tmp_path / "home"))
    lib, aid = scored_library
    names = ["minutes.pdf", "report.exe", "notes.desktop", "README"]
    for n in names:
        (tmp_path / n).write_bytes(b"%PDF-1.4 marker " + n.encode())
        lib.evidence.add_evidence(aid, title=f"file {n}", kind="document", file=tmp_path / n, commitment_ids=["US0115"],
                         who="Ana")
    ana = create_identity("Ana Pérez", "ana@example.org", "IRM", "CL", PASS, tmp_path / "ana")
    out = tmp_path / "files.irmpkg"
    write_signed_package(package_input(lib, aid), out, ana, PASS)
    return out, names


def test_review_copy_files_open_only_for_known_document_types(make_window, attachments_package, tmp_path,
                                                              monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    opened: list = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    out, names = attachments_package
    reviewer = Library.open(tmp_path / "reviewer.db")
    try:
        w = make_window(reviewer)
        w.exporter.open_package(out)
        [copy] = reviewer.review_copies.all()
        panel = w.commitments.evidence
        panel.set_commitment(copy.assessment_id, "US0115")
        by_name = {}
        for r in range(panel.tree.topLevelItemCount()):
            it = panel.tree.topLevelItem(r)
            by_name[it.text(4)] = it.data(0, Qt.ItemDataRole.UserRole)
        assert set(names) <= set(by_name)

        panel.select(by_name["minutes.pdf"])
        panel.open_file_button.click()
        box = panel.attachment_box
        assert opened == [] and "Ana Pérez" in box.text() and "system's viewer" in box.text()  # said first
        box.open_button.click()
        assert len(opened) == 1 and Path(opened[0].toLocalFile()).name == "minutes.pdf"

        for name in ("report.exe", "notes.desktop", "README"):
            panel.select(by_name[name])
            panel.open_file_button.click()
            box = panel.attachment_box
            assert box.open_button is None and "only save it" in box.text()
            target = tmp_path / f"saved-{name}"
            monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
            box.save_button.click()
            assert target.read_bytes() == (tmp_path / name).read_bytes()
        assert len(opened) == 1  # nothing but the PDF was handed to the system
    finally:
        w.close()
        reviewer.close()


def test_verify_dialog_shows_a_key_change_with_both_fingerprints(make_window, packages, tmp_path):
    """Before: File > Verify showed the impostor's package as amber 'VALID, untrusted signer'
    after the genuine one had been opened; opening it was refused."""
    reviewer = Library.open(tmp_path / "reviewer.db")
    try:
        w = make_window(reviewer, who="Rita Reviewer")
        w.exporter.open_package(packages["genuine"])
        dialog = w.exporter.show_verify(packages["genuine"])
        assert dialog.banner.text().startswith("VALID") and dialog.checked.exit_code == 3
        dialog.set_file(packages["impostor"])
        text = dialog.banner.text()
        assert text.startswith("KEY CHANGED")
        assert "signed by a different key than the last package from Ana Pérez" in text
        assert packages["ana"].fingerprint in text and packages["fake"].fingerprint in text
        assert dialog.banner.textFormat() == Qt.TextFormat.PlainText
        assert "#fbe3e1" in dialog.banner.styleSheet()  # red, as the refusal to open is
        assert dialog.checked.exit_code == 1
        dialog.close()
    finally:
        w.close()
        reviewer.close()
