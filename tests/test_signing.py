"""The signing identity and PAdES report PDFs: what a researcher and a reviewer would notice."""

from __future__ import annotations

import datetime as dt
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from cryptography.x509.oid import NameOID
from pypdf import PdfReader
from reportlab.pdfgen import canvas

from irm_app.signing.errors import IdentityError
from irm_app.signing.identity import (
    build_certificate,
    create_identity,
    import_pkcs12,
    load_identity,
    read_passphrase,
    store_identity,
)
from irm_app.signing.pdf_sign import sign_pdf, verify_pdf

PASS = b"correct horse battery"


def make_pdf(path: Path, pages: int = 2) -> Path:
    c = canvas.Canvas(str(path), pageCompression=0)
    for i in range(pages):
        c.drawString(72, 720, f"IRM report page {i + 1}")
        c.showPage()
    c.save()
    return path


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def ident(home: Path):
    return create_identity("Ana Pérez", "ana@example.org", "IRM", "cl", PASS, home)


def test_identity_files_are_private_and_key_encrypted(ident, home: Path) -> None:
    folder = home / "identity"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for name in ("key.pem", "cert.pem"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
    key_pem = (folder / "key.pem").read_bytes()
    assert b"BEGIN ENCRYPTED PRIVATE KEY" in key_pem
    assert b"BEGIN PRIVATE KEY" not in key_pem
    for f in folder.iterdir():
        assert PASS not in f.read_bytes()
    assert sorted(p.name for p in home.iterdir()) == ["identity"]  # no staging leftovers


def test_certificate_fields(ident) -> None:
    cert = ident.cert
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Ana Pérez"
    assert cert.subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS)[0].value == "ana@example.org"
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == "IRM"
    assert cert.subject.get_attributes_for_oid(NameOID.COUNTRY_NAME)[0].value == "CL"
    assert isinstance(cert.public_key(), ec.EllipticCurvePublicKey)
    assert cert.public_key().curve.name == "secp256r1"
    ku = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert ku.critical and ku.value.digital_signature and ku.value.content_commitment
    assert not ku.value.key_cert_sign
    cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
    years = (cert.not_valid_after_utc - cert.not_valid_before_utc).days / 365
    assert 2.99 < years < 3.01
    assert ident.subject_str == "CN=Ana Pérez, E=ana@example.org, O=IRM, C=CL"


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")
def test_fingerprint_matches_openssl(ident) -> None:
    out = subprocess.run(
        ["openssl", "x509", "-in", str(ident.cert_path), "-noout", "-fingerprint", "-sha256"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip().split("=", 1)[1] == ident.fingerprint


def test_refuses_to_overwrite_unless_replace(ident, home: Path) -> None:
    with pytest.raises(IdentityError, match="already exists"):
        create_identity("Other", "o@example.org", "IRM", "FR", PASS, home)
    assert load_identity(home).fingerprint == ident.fingerprint
    new = create_identity("Other", "o@example.org", "IRM", "FR", b"a new passphrase", home, replace=True)
    assert new.fingerprint != ident.fingerprint
    assert load_identity(home).fingerprint == new.fingerprint
    new.unlock(b"a new passphrase")


def test_load_and_unlock(ident, home: Path) -> None:
    loaded = load_identity(home)
    assert loaded.fingerprint == ident.fingerprint
    assert loaded.unlock(PASS).public_key().public_numbers() == ident.cert.public_key().public_numbers()
    with pytest.raises(IdentityError) as err:
        loaded.unlock(b"wrong")
    assert str(err.value) == f"wrong passphrase for {home / 'identity' / 'key.pem'}"


def test_no_identity_yet(home: Path) -> None:
    with pytest.raises(IdentityError, match="no signing identity"):
        load_identity(home)


def test_empty_passphrase_refused(home: Path) -> None:
    with pytest.raises(IdentityError, match="at least 10 characters"):
        create_identity("Ana", "a@example.org", "IRM", "CL", b"", home)
    assert not (home / "identity").exists()


def test_import_pkcs12(tmp_path: Path, home: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    cert = build_certificate(key, name="Org Researcher", email="r@org.example", org="Org", country="KE")
    p12 = tmp_path / "id.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(b"id", key, cert, None, BestAvailableEncryption(b"p12"))
    )
    with pytest.raises(IdentityError, match="wrong passphrase"):
        import_pkcs12(p12, b"nope", PASS, home)
    imported = import_pkcs12(p12, b"p12", PASS, home)
    assert imported.cert == cert
    imported.unlock(PASS)
    with pytest.raises(IdentityError, match="wrong passphrase"):
        imported.unlock(b"p12")
    assert b"ENCRYPTED" in imported.key_path.read_bytes()


def test_read_passphrase_file(tmp_path: Path) -> None:
    f = tmp_path / "pass.txt"
    f.write_bytes(b"  spaced secret \r\nsecond line\n")
    assert read_passphrase(f, "x") == b"  spaced secret "


def test_signed_pdf_verifies_untrusted_then_trusted(ident, tmp_path: Path) -> None:
    src, dst = make_pdf(tmp_path / "r.pdf"), tmp_path / "signed.pdf"
    sign_pdf(src, dst, ident, PASS)
    v = verify_pdf(dst)
    assert v.valid and v.intact and not v.trusted
    assert v.fingerprint == ident.fingerprint
    assert "Ana Pérez" in (v.signer or "")
    assert v.signing_time is not None
    assert verify_pdf(dst, [ident.cert]).trusted
    other = create_identity("Mallory", "m@example.org", "X", "US", PASS, tmp_path / "other")
    untrusted = verify_pdf(dst, [other.cert])
    assert not untrusted.valid and not untrusted.trusted


def test_pdf_without_reserved_space_gets_the_signature_on_a_page_of_its_own(ident, tmp_path: Path) -> None:
    """A PDF that left no room for the signature is never drawn over: a page is added for it."""
    src, dst = make_pdf(tmp_path / "r.pdf", pages=3), tmp_path / "signed.pdf"
    sign_pdf(src, dst, ident, PASS)
    pages = PdfReader(dst).pages

    def widgets(page):
        annots = [a.get_object() for a in page.get("/Annots", [])]
        return [a for a in annots if a.get("/FT") == "/Sig"]

    assert len(pages) == 4
    assert not any(widgets(p) for p in pages[:3])
    assert [p.extract_text().strip() for p in pages[:3]] == [f"IRM report page {i}" for i in (1, 2, 3)]
    (widget,) = widgets(pages[3])
    x0, y0, x1, y1 = (float(v) for v in widget["/Rect"])
    assert x1 - x0 > 100 and y1 - y0 > 30
    assert 0 < x0 < x1 < float(pages[3].mediabox.width) and 0 < y0 < y1 < float(pages[3].mediabox.height)
    assert "/N" in widget["/AP"]
    if shutil.which("pdftotext"):  # poppler prints the widget's appearance: the signer, in a real font
        shown = subprocess.run(["pdftotext", "-f", "4", "-l", "4", str(dst), "-"], capture_output=True,
                               text=True).stdout
        assert "Digitally signed by Ana Pérez" in shown
    assert verify_pdf(dst).valid


def test_tampered_pdf_is_invalid(ident, tmp_path: Path) -> None:
    src, dst = make_pdf(tmp_path / "r.pdf"), tmp_path / "signed.pdf"
    sign_pdf(src, dst, ident, PASS)
    data = bytearray(dst.read_bytes())
    pos = data.index(b"IRM report page 1")
    data[pos] ^= 0x20
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(data))
    v = verify_pdf(bad)
    assert not v.valid and not v.intact
    appended = tmp_path / "appended.pdf"
    appended.write_bytes(dst.read_bytes() + b"\n% appended after signing\n")
    assert not verify_pdf(appended).valid


def test_unsigned_pdf_is_invalid(tmp_path: Path) -> None:
    v = verify_pdf(make_pdf(tmp_path / "r.pdf"))
    assert not v.valid and "no signature" in v.reason


def test_wrong_passphrase_writes_nothing(ident, tmp_path: Path) -> None:
    src, dst = make_pdf(tmp_path / "r.pdf"), tmp_path / "signed.pdf"
    with pytest.raises(IdentityError, match="wrong passphrase"):
        sign_pdf(src, dst, ident, b"wrong")
    assert not dst.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "r.pdf"]


def test_expired_certificate_pdf_is_invalid(tmp_path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    past = dt.datetime.now(dt.UTC) - dt.timedelta(days=400)
    cert = build_certificate(key, name="Old", email="", org="", country="", not_before=past, days=30)
    old = store_identity(key, cert, PASS, tmp_path / "old")
    src, dst = make_pdf(tmp_path / "r.pdf"), tmp_path / "signed.pdf"
    sign_pdf(src, dst, old, PASS)
    v = verify_pdf(dst)
    assert not v.valid and "expired" in v.reason


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler pdfsig not installed")
def test_pdfsig_agrees(ident, tmp_path: Path) -> None:
    src, dst = make_pdf(tmp_path / "r.pdf"), tmp_path / "signed.pdf"
    sign_pdf(src, dst, ident, PASS)
    out = subprocess.run(["pdfsig", str(dst)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in out
    assert "ETSI.CAdES.detached" in out
    assert "SHA-256" in out
