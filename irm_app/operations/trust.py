"""The reviewer's trust list (trusted signers and organisation CAs): add, list, remove.

The list lives in the user data folder, not in a library, so these change nothing a library
view shows (ChangeKind.NONE); they still return a Change so both front ends report alike.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .change import Change, ChangeKind

if TYPE_CHECKING:
    from ..signing.trust import TrustEntry, TrustStore


def default_store(home: Path | None = None) -> TrustStore:
    """The reviewer's own trust list (in the user data folder, shared by every library)."""
    from ..signing.trust import TrustStore

    return TrustStore.default(home)


def add_trusted(store: TrustStore, what: str, name: str = "", *, ca: bool = False, who: str = "",
                initiator: object | None = None) -> Change[TrustEntry]:
    """Trust a signer by certificate file or SHA-256 fingerprint; `ca`: a CA certificate file
    whose every issued key is trusted (chain-validated)."""
    from ..signing.trust import TrustError, load_certificate_file

    path = Path(what)
    if path.is_file():
        entry = store.add_certificate(load_certificate_file(path), name, ca=ca)
    elif ca:
        raise TrustError(f"{what}: no such certificate file (--ca needs the CA's certificate)")
    else:
        entry = store.add_fingerprint(what, name)
    return Change(ChangeKind.NONE, None, None, who, entry, "trust-add", initiator)


def trusted(store: TrustStore) -> list[TrustEntry]:
    """Every entry of the list (signers and CAs), in the order they were added."""
    return store.entries()


def remove_trusted(store: TrustStore, ref: str, *, who: str = "",
                   initiator: object | None = None) -> Change[TrustEntry]:
    """Stop trusting a signer or CA, named by fingerprint (or a unique prefix) or name."""
    entry = store.remove(ref)
    return Change(ChangeKind.NONE, None, None, who, entry, "trust-remove", initiator)
