"""The researcher's signing identity: create one, import an organisation's .p12, show it.

The identity lives in the user data folder, not in a library, so creating or importing one
changes nothing a library view shows (ChangeKind.NONE); it still returns a Change so both
front ends report alike. Reading needs no passphrase; `current_or_none` is what a dialog asks
("is there one yet?") without treating "none" as an error.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .change import Change, ChangeKind

if TYPE_CHECKING:  # the signing stack (cryptography) loads only when an identity is touched
    from ..signing.identity import Identity


def create(name: str, email: str, org: str, country: str, passphrase: bytes, *, replace: bool = False,
           home: Path | None = None, who: str = "", initiator: object | None = None) -> Change[Identity]:
    """A new ECDSA P-256 key and self-signed certificate, the key encrypted under `passphrase`."""
    from ..signing.identity import create_identity

    ident = create_identity(name, email, org, country, passphrase, home, replace=replace)
    return Change(ChangeKind.NONE, None, None, who, ident, "identity-create", initiator)


def import_p12(path: Path, p12_passphrase: bytes, passphrase: bytes, *, replace: bool = False,
               home: Path | None = None, who: str = "", initiator: object | None = None) -> Change[Identity]:
    """An organisation-issued key + certificate from a .p12/.pfx, re-encrypted under `passphrase`."""
    from ..signing.identity import import_pkcs12

    ident = import_pkcs12(Path(path), p12_passphrase, passphrase, home, replace=replace)
    return Change(ChangeKind.NONE, None, None, who, ident, "identity-import", initiator)


def current(home: Path | None = None) -> Identity:
    """The stored identity (certificate only, no passphrase); IdentityError when there is none."""
    from ..signing.identity import load_identity

    return load_identity(home)


def current_or_none(home: Path | None = None) -> Identity | None:
    """The stored identity, or None when none was created or imported yet."""
    from ..signing.errors import IdentityError

    try:
        return current(home)
    except IdentityError:
        return None
