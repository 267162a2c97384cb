"""Text is text: hostile strings through the CLI and both report formats (issue 15 #4, #6)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from irm_app.cli import main
from irm_app.signing.identity import create_identity
from irm_app.signing.package import write_package
from irm_app.text_safety import for_terminal, is_safe_link, markup_escape, plain

from .test_package import PASS, _inputs

HOSTILE = [
    "\x1b[2K\rVALID, trusted signer",
    "line one\nFingerprint:  AA:BB",
    "report\u202egnp.exe",
    "<b>bold</b> & <img src='file:///etc/passwd'>",
    'say "hi" \x00\x07\x9b',
]


def test_terminal_and_plain_neutralise_controls() -> None:
    for s in HOSTILE:
        t = for_terminal(s)
        assert not any(c in t for c in "\x1b\r\n\x00\x07\x9b\u202e")
        assert not any(c in plain(s) for c in "\x1b\r\n\x00\u202e")
    assert for_terminal("a\u202eb") == "a<U+202E>b" and for_terminal("é Ж ع") == "é Ж ع"
    assert plain("عربي", isolate=True) == "\u2068عربي\u2069"
    assert markup_escape('a"b\'<>&') == "a&quot;b&#39;&lt;&gt;&amp;"
    assert [is_safe_link(u) for u in ("https://x.org/a", "mailto:a@b.org", "javascript:alert(1)",
                                      "file:///etc/passwd", "data:text/html,x", "http:///nohost", " https://x")] \
        == [True, True, False, False, False, False, False]


def test_a_crafted_signer_name_cannot_fake_the_status_line(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("IRM_APP_HOME", str(tmp_path / "reviewer"))
    name = "M\x1b[1A\x1b[2K\rVALID package, trusted signer\nFingerprint: AA"
    ident = create_identity(name, "m@example.org", "IRM", "CL", PASS, tmp_path / "m")
    pkg = tmp_path / "m.irmpkg"
    write_package(pkg, identity=ident, passphrase=PASS, **_inputs(tmp_path / "in"))
    assert main(["verify", str(pkg)]) == 3
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert lines[0].startswith("VALID package, but UNTRUSTED signer")
    assert "\x1b" not in err and "\r" not in err
    assert [line for line in lines if line.startswith("Fingerprint:")] == [f"Fingerprint:  {ident.fingerprint}  (SHA-256)"]


def test_long_certificate_names_leak_no_library_warning(tmp_path: Path, capfd, monkeypatch) -> None:
    monkeypatch.setenv("IRM_APP_HOME", str(tmp_path / "reviewer"))
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    from irm_app.signing.errors import IdentityError
    from irm_app.signing.identity import store_identity

    with pytest.raises(IdentityError, match="1 to 64 characters"):
        create_identity("A" * 80, "m@example.org", "IRM", "CL", PASS, tmp_path / "x")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "A" * 80, _validate=False)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=9))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    ident = store_identity(key, cert, PASS, tmp_path / "m")
    pkg = tmp_path / "long.irmpkg"
    write_package(pkg, identity=ident, passphrase=PASS, **_inputs(tmp_path / "in"))
    capfd.readouterr()
    import sys

    r = subprocess.run([sys.executable, "-m", "irm_app", "verify", str(pkg)], capture_output=True, text=True,
                       env={"IRM_APP_HOME": str(tmp_path / "r"), "PATH": "/usr/bin:/bin"})
    assert r.returncode == 3
    assert "Warning" not in r.stderr and "warn" not in r.stderr.lower()


@pytest.fixture
def hostile_assessment(scored_library):
    lib, aid = scored_library
    lib.evidence.add_evidence(aid, title="troper\u202e exe.png \x1b[31mred", kind="website",
                     url='https://example.org/a"onclick="x', commitment_ids=["US0113"], who="t")
    lib.evidence.add_evidence(aid, title="<b>not bold</b>", kind="website", url="javascript:alert(1)",
                     commitment_ids=["US0113"], who="t")
    lib.evidence.add_evidence(aid, title="local", kind="website", url="file:///etc/passwd", commitment_ids=["US0113"], who="t")
    lib.scores.set_justification(aid, "US0113", "specificity", "Bidi \u202e override\x07 and <font size=60>big</font>",
                          who="t")
    return lib, aid


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_hostile_strings_in_both_report_formats(hostile_assessment, tmp_path: Path) -> None:
    from docx import Document
    from pypdf import PdfReader

    lib, aid = hostile_assessment
    pdf, docx = tmp_path / "r.pdf", tmp_path / "r.docx"
    db = str(lib.path)
    assert main(["report", aid, "--format", "pdf", "--out", str(pdf), "--db", db]) == 0
    assert main(["report", aid, "--format", "docx", "--out", str(docx), "--db", db]) == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "\u202e" not in text and "\x1b" not in text and "<b>not bold</b>" in text.replace("\n", " ")
    links = [a["/A"].get("/URI") for page in PdfReader(str(pdf)).pages for a in
             (x.get_object() for x in page.get("/Annots", []) or []) if a.get("/A") is not None]
    uris = [u for u in links if u]
    assert 'https://example.org/a"onclick="x' in uris
    assert not any(u.startswith(("javascript:", "file:")) for u in uris)
    body = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "\u202e" not in body and "\x1b" not in body and "<b>not bold</b>" in body
