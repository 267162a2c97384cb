"""Trusted signers: a reviewer can tell who signed, and `verify && accept` accepts only them.

Issue 15: two self-signed identities with the same name looked identical and both exited 0.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from irm_app.cli import main
from irm_app.signing.identity import Identity, create_identity, store_identity
from irm_app.signing.package import write_package
from irm_app.signing.trust import TrustStore
from irm_app.signing.verify import exit_code, verify_file

from .test_package import PASS, _inputs


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    h = tmp_path / "reviewer-home"
    monkeypatch.setenv("IRM_APP_HOME", str(h))
    return h


def _package(ident: Identity, tmp: Path, name: str) -> Path:
    out = tmp / f"{name}.irmpkg"
    write_package(out, identity=ident, passphrase=PASS, **_inputs(tmp / f"in-{name}"))
    return out


@pytest.fixture
def genuine_and_impostor(tmp_path: Path) -> tuple[Identity, Path, Identity, Path]:
    """Same name, e-mail, organisation and country: only the key differs."""
    ana = create_identity("Ana Pérez", "ana@example.org", "IRM", "CL", PASS, tmp_path / "ana")
    fake = create_identity("Ana Pérez", "ana@example.org", "IRM", "CL", PASS, tmp_path / "mallory")
    return ana, _package(ana, tmp_path, "genuine"), fake, _package(fake, tmp_path, "impostor")


def test_impostor_is_told_apart_by_fingerprint_and_exit_code(genuine_and_impostor, home, capsys) -> None:
    ana, genuine, fake, impostor = genuine_and_impostor
    assert main(["trust", "add", ana.fingerprint.replace(":", "").lower(), "--name", "Ana Pérez"]) == 0
    assert ana.fingerprint in capsys.readouterr().out
    assert main(["verify", str(genuine)]) == 0
    out = capsys.readouterr().out
    assert ana.fingerprint in out and "trusted signer (on your trusted list as 'Ana Pérez')" in out
    assert main(["verify", str(impostor)]) == 3
    err = capsys.readouterr().err
    assert fake.fingerprint in err and ana.fingerprint not in err and "UNTRUSTED" in err


def test_trust_list_add_list_remove(genuine_and_impostor, home, tmp_path: Path, capsys) -> None:
    ana, genuine, *_ = genuine_and_impostor
    cert = tmp_path / "ana.pem"
    cert.write_bytes(ana.cert.public_bytes(serialization.Encoding.PEM))
    assert main(["trust", "list"]) == 0
    assert "no trusted signers" in capsys.readouterr().out
    assert main(["trust", "add", str(cert)]) == 0  # the name comes from the certificate
    assert main(["trust", "list"]) == 0
    listing = capsys.readouterr().out
    assert "Ana Pérez" in listing and ana.fingerprint in listing
    assert (home / "trust.json").is_file()
    assert main(["verify", str(genuine)]) == 0
    assert main(["trust", "remove", ana.fingerprint[:11]]) == 0
    assert main(["verify", str(genuine)]) == 3
    capsys.readouterr()
    assert main(["trust", "remove", "nobody"]) == 2
    assert main(["trust", "add", "AB" * 32]) == 2  # a bare fingerprint needs --name
    assert "--name" in capsys.readouterr().err
    assert main(["trust", "add", "xyz", "--name", "X"]) == 2


def test_damaged_trust_file_is_one_line_not_an_empty_list(genuine_and_impostor, home, capsys) -> None:
    _, genuine, *_ = genuine_and_impostor
    home.mkdir(parents=True, exist_ok=True)
    (home / "trust.json").write_text("{not json", encoding="utf-8")
    assert main(["verify", str(genuine)]) == 2
    err = capsys.readouterr().err
    assert "trust.json" in err and err.count("\n") == 1


# -- an organisation's CA as a trust anchor ------------------------------------------------------
def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.ORGANIZATION_NAME, "IRM")])


def _ca(cn: str, key=None) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = key or ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(_name(cn)).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return cert, key


def _issued(ca: x509.Certificate, ca_key, cn: str) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(ca.subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    return cert, key


def test_organisation_ca_is_a_trust_anchor_with_chain_validation(home, tmp_path: Path, capsys) -> None:
    ca, ca_key = _ca("IRM Signing CA")
    leaf, key = _issued(ca, ca_key, "Ana Pérez")
    ident = store_identity(key, leaf, PASS, tmp_path / "ana", chain=[ca])
    pkg = _package(ident, tmp_path, "org")
    other_ca, other_key = _ca("IRM Signing CA")  # same name, different key: not the anchor
    fake_leaf, fake_key = _issued(other_ca, other_key, "Ana Pérez")
    fake = _package(store_identity(fake_key, fake_leaf, PASS, tmp_path / "fake", chain=[other_ca]), tmp_path, "fake")

    ca_pem = tmp_path / "ca.pem"
    ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    assert main(["trust", "add", str(ca_pem)]) == 2  # a CA needs the explicit --ca
    assert "--ca" in capsys.readouterr().err
    assert main(["trust", "add", str(ca_pem), "--ca", "--name", "IRM CA"]) == 0
    assert main(["verify", str(pkg)]) == 0
    assert "issued by your trusted CA 'IRM CA'" in capsys.readouterr().out
    assert main(["verify", str(fake)]) == 3
    store = TrustStore.default()
    assert [e.kind for e in store.entries()] == ["anchor"]
    assert exit_code(verify_file(pkg, None, store)) == 0


def test_weak_ca_key_is_refused(home, tmp_path: Path, capsys) -> None:
    weak, _ = _ca("Weak CA", rsa.generate_private_key(65537, 1024))
    p = tmp_path / "weak.pem"
    p.write_bytes(weak.public_bytes(serialization.Encoding.PEM))
    assert main(["trust", "add", str(p), "--ca"]) == 2
    assert "RSA-1024" in capsys.readouterr().err

