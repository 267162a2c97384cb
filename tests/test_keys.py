"""The key at rest (issue 15 #5): a current KDF work factor, old keys upgraded, weak ones refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from irm_app.cli import main
from irm_app.signing.errors import IdentityError
from irm_app.signing.identity import (
    KDF_ITERATIONS,
    build_certificate,
    create_identity,
    kdf_iterations,
    store_identity,
)

PASS = b"correct horse battery staple"


def test_new_keys_use_600k_pbkdf2_and_old_keys_are_upgraded_on_unlock(tmp_path: Path) -> None:
    ident = create_identity("Ana", "a@example.org", "IRM", "CL", PASS, tmp_path)
    assert kdf_iterations(ident.key_path.read_bytes()) == KDF_ITERATIONS >= 600_000
    key = ident.unlock(PASS)
    old = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.BestAvailableEncryption(PASS))  # what earlier versions wrote
    ident.key_path.write_bytes(old)
    assert kdf_iterations(old) == 2048
    ident.unlock(PASS)  # still opens ...
    assert kdf_iterations(ident.key_path.read_bytes()) == KDF_ITERATIONS  # ... and is upgraded
    assert ident.unlock(PASS).public_key().public_numbers() == key.public_key().public_numbers()


@pytest.mark.parametrize("weak", [b"password", b"short", b"aaaaaaaaaaaa", b"Password123"])
def test_weak_passphrases_are_refused_with_one_line(tmp_path: Path, weak: bytes, capsys, monkeypatch) -> None:
    with pytest.raises(IdentityError, match="passphrase"):
        create_identity("Ana", "a@example.org", "IRM", "CL", weak, tmp_path)
    monkeypatch.setenv("IRM_APP_HOME", str(tmp_path / "h"))
    pp = tmp_path / "pp.txt"
    pp.write_bytes(weak + b"\n")
    assert main(["identity", "create", "--name", "Ana", "--email", "a@example.org", "--org", "IRM",
                 "--country", "CL", "--passphrase-file", str(pp)]) == 2
    err = capsys.readouterr().err
    assert "passphrase" in err and err.count("\n") == 1
    assert not (tmp_path / "h" / "identity").exists()


def test_weak_organisation_key_is_refused_at_import(tmp_path: Path) -> None:
    key = rsa.generate_private_key(65537, 1024)
    cert = build_certificate(key, name="Org", email="", org="IRM", country="CL")
    with pytest.raises(IdentityError, match="RSA-1024"):
        store_identity(key, cert, PASS, tmp_path)
