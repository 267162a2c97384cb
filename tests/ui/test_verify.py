"""Issue 5 in the window: create an identity, export a signed package, verify it (and a
tampered copy), open it as a read-only review copy."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox

from irm_app.library import Library
from irm_app.signing.identity import load_identity
from irm_app.ui.dialogs.export import PackageDialog
from irm_app.ui.dialogs.identity import CreateIdentityDialog, IdentityDialog
from irm_app.ui.dialogs.verify import VerifyDialog

PASS = "a long enough passphrase"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    h = tmp_path / "home"
    monkeypatch.setenv("IRM_APP_HOME", str(h))
    return h


def create_identity_via_dialog(w) -> IdentityDialog:
    page = w.exporter.show_identity()
    assert isinstance(page, IdentityDialog) and not page.fingerprint.text()
    page.create_button.click()
    form = page.sub_dialog
    assert isinstance(form, CreateIdentityDialog)
    form.name.setText("Ana Researcher")
    form.email.setText("ana@example.org")
    form.org.setText("IRM")
    form.country.setText("cl")
    form.passphrase.first.setText(PASS)
    form.passphrase.second.setText(PASS + "x")
    form.buttons.accepted.emit()
    assert "do not match" in form.error.text() and form.isVisible()
    form.passphrase.second.setText(PASS)
    form.buttons.accepted.emit()
    assert form.error.text() == ""
    return page


def export_package_via_dialog(w, out: Path, passphrase: str = PASS) -> PackageDialog:
    dialog = w.exporter.ask_package()
    assert isinstance(dialog, PackageDialog)
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    dialog.file.edit.setText(str(out))
    dialog.passphrase.setText(passphrase)
    dialog.accept()
    assert dialog.passphrase.text() == ""  # never kept around
    return dialog


def test_identity_package_verify_round_trip(make_window, scored_library, home, tmp_path, qtbot):
    lib, aid = scored_library
    w = make_window(lib)
    page = create_identity_via_dialog(w)
    ident = load_identity()
    assert page.fingerprint.text() == ident.fingerprint and "CN=Ana Researcher" in page.subject.text()
    assert "C=CL" in page.subject.text() and " to " in page.validity.text()
    page.copy_fingerprint()
    from PySide6.QtGui import QGuiApplication
    assert QGuiApplication.clipboard().text() == ident.fingerprint
    page.reject()

    # a wrong passphrase is one line in the dialog, which stays open, and writes nothing
    bad = tmp_path / "bad.irmpkg"
    dialog = w.exporter.ask_package()
    dialog.file.edit.setText(str(bad))
    dialog.passphrase.setText("wrong passphrase")
    dialog.accept()
    assert dialog.isVisible() and "passphrase" in dialog.error.text()
    assert not bad.exists()
    dialog.reject()

    out = tmp_path / "a.irmpkg"
    export_package_via_dialog(w, out)
    assert out.is_file()
    assert "Package written to" in w.exporter.notice.label.text()
    [export] = lib.history.exports(aid)  # recorded like the CLI does
    assert export["kind"] == "package" and "Ana Researcher" in export["signer"]

    v = w.exporter.show_verify(out)
    assert isinstance(v, VerifyDialog)
    assert v.banner.text().startswith("VALID") and "untrusted" in v.banner.text()
    assert "Ana Researcher" in v.details.toPlainText() and ident.fingerprint in v.details.toPlainText()
    v.trusted.setText(ident.fingerprint.replace(":", "").lower())
    v.verify()
    assert v.banner.text() == f"VALID \u2014 trusted signer\n{ident.fingerprint}"
    v.trusted.setText("AA" * 32)
    v.verify()
    assert v.banner.text().startswith("VALID \u2014 untrusted") and ident.fingerprint in v.banner.text()

    # a flipped byte in assessment.json: INVALID, naming the member
    with zipfile.ZipFile(out) as z:
        info = z.getinfo("assessment.json")
    data = bytearray(out.read_bytes())
    data[info.header_offset + 30 + len(info.filename) + 100] ^= 0x01
    flipped = tmp_path / "flipped.irmpkg"
    flipped.write_bytes(bytes(data))
    v.trusted.clear()
    v.set_file(flipped)
    assert v.banner.text().startswith("INVALID")
    assert "assessment.json" in v.banner.text() + v.details.toPlainText()

    # not a package at all
    junk = tmp_path / "junk.irmpkg"
    junk.write_bytes(b"hello")
    v.set_file(junk)
    assert v.banner.text().startswith("UNREADABLE")


@pytest.fixture
def package(scored_library, home, tmp_path):
    """A package of the scored sample, made by the shared workflow (what the CLI calls)."""
    from irm_app.operations.packaging import build_package
    from irm_app.signing.identity import create_identity

    lib, aid = scored_library
    create_identity("Ana Pérez", "ana@example.org", "IRM", "CL", PASS.encode())
    out = tmp_path / "a.irmpkg"
    build_package(lib, aid, out, PASS.encode(), lang="en", who="Ana")
    return out, aid


def test_open_package_gives_a_read_only_review_copy(make_window, package, tmp_path):
    out, aid = package
    reviewer = Library.open(tmp_path / "reviewer.db")
    try:
        w = make_window(reviewer, who="Rita Reviewer")
        w.exporter.open_package(out)
        [copy] = reviewer.review_copies.all()
        assert copy.source_assessment_id == aid
        assert w.tree.current_assessment() == copy.assessment_id  # in the tree, selected
        a = reviewer.assessments.assessment(copy.assessment_id)
        assert a.read_only and "Ana Pérez" in (a.signer or "")
        box = w.last_dialog
        assert isinstance(box, QMessageBox) and "read-only" in box.text() and "Ana Pérez" in box.text()
        page = w.commitments
        assert page.banner.isVisible() and page.banner.text().startswith("Review copy signed by Ana Pérez")
        assert page.banner.text().endswith("(read-only)")
        assert not page.form.isEnabled() and not page.revisit.isEnabled() and not page.challenges.isEnabled()
        assert page.proxy.rowCount() == 36
    finally:
        w.close()
        reviewer.close()


def test_a_tampered_package_is_refused_and_changes_nothing(make_window, package, tmp_path):
    out, _aid = package
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad = tmp_path / "bad.irmpkg"
    bad.write_bytes(bytes(data))
    reviewer = Library.open(tmp_path / "reviewer.db")
    try:
        w = make_window(reviewer)
        w.exporter.open_package(bad)
        box = w.last_dialog
        assert isinstance(box, QMessageBox) and "refused" in box.text()
        assert box.detailedText().splitlines()[0].startswith(("INVALID", "UNREADABLE"))
        assert reviewer.assessments.all() == [] and reviewer.plans.summaries() == []
    finally:
        w.close()
        reviewer.close()
