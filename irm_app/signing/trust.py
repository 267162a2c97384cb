"""The reviewer's trusted signers: which keys a valid signature must come from to be trusted.

Kept as `trust.json` in the user data folder, not in the library, because trust belongs to
the person, not to one library file: `irm-app verify` works without any library (a portal or
a CI job has none), every library the reviewer opens with `--db` sees the same list, and
restoring an older library backup can never bring back a signer the reviewer removed.

Two kinds of entry:
- a **signer**: one certificate, named by its SHA-256 fingerprint (what the researcher reads
  out from `irm-app identity show`);
- an **anchor**: an organisation's CA certificate; a signer is trusted when its certificate
  chains to it (checked by pyhanko-certvalidator, offline, key usage digitalSignature).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from ..paths import user_data_dir
from .errors import IdentityError
from .identity import (
    common_name_of,
    fingerprint_of,
    key_strength_problem,
    normalize_fingerprint,
    subject_of,
)
from .jsonstore import StoreError, read_json, update_json

TRUST_FILE = "trust.json"
FORMAT = "irm-trust/1"


class TrustError(StoreError):
    """A trust list entry that cannot be added, found or used."""


@dataclass(frozen=True)
class TrustEntry:
    fingerprint: str
    name: str
    kind: str  # "signer" | "anchor"
    subject: str = ""
    added: str = ""
    cert_pem: str = ""

    @property
    def cert(self) -> x509.Certificate | None:
        return x509.load_pem_x509_certificate(self.cert_pem.encode("ascii")) if self.cert_pem else None


@dataclass(frozen=True)
class TrustDecision:
    trusted: bool
    how: str  # why it is trusted ("" when not)


def load_certificate_file(path: Path) -> x509.Certificate:
    """One certificate from a PEM or DER file (a one-line IdentityError otherwise)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise IdentityError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        return x509.load_pem_x509_certificate(data) if b"-----BEGIN" in data else x509.load_der_x509_certificate(data)
    except ValueError as exc:
        raise IdentityError(f"{path}: not a certificate (PEM or DER)") from exc


def is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


class TrustStore:
    """The trust list in one JSON file; pass an instance around (no globals)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @classmethod
    def default(cls, home: Path | None = None) -> TrustStore:
        return cls((home if home is not None else user_data_dir()) / TRUST_FILE)

    # -- reading ---------------------------------------------------------------------------------
    def entries(self) -> list[TrustEntry]:
        doc = read_json(self.path, FORMAT)
        out = []
        for raw in doc.get("entries", []):
            try:
                out.append(TrustEntry(**{k: str(raw[k]) for k in TrustEntry.__dataclass_fields__ if k in raw}))
            except (TypeError, KeyError) as exc:
                raise TrustError(f"{self.path}: a damaged entry ({exc})") from exc
        return out

    def signers(self) -> dict[str, TrustEntry]:
        return {e.fingerprint: e for e in self.entries() if e.kind == "signer"}

    def anchors(self) -> list[TrustEntry]:
        return [e for e in self.entries() if e.kind == "anchor"]

    # -- changing --------------------------------------------------------------------------------
    def add_fingerprint(self, fingerprint: str, name: str) -> TrustEntry:
        fp = normalize_fingerprint(fingerprint)
        if not name.strip():
            raise TrustError("give the signer's name with --name when trusting a bare fingerprint")
        return self._add(TrustEntry(fp, name.strip(), "signer", added=_now()))

    def add_certificate(self, cert: x509.Certificate, name: str = "", *, ca: bool = False) -> TrustEntry:
        """A signer certificate, or (ca=True) an organisation's CA certificate as an anchor."""
        problem = key_strength_problem(cert.public_key())
        if problem:
            raise TrustError(f"refused: {problem}")
        if is_ca(cert) and not ca:
            raise TrustError("this is a CA certificate: add it with --ca to trust every key it issues")
        if ca and not is_ca(cert):
            raise TrustError("--ca needs a CA certificate (BasicConstraints CA=true); this one is not")
        pem = cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
        entry = TrustEntry(
            fingerprint_of(cert), name.strip() or common_name_of(cert), "anchor" if ca else "signer",
            subject=subject_of(cert), added=_now(), cert_pem=pem,
        )
        return self._add(entry)

    def _add(self, entry: TrustEntry) -> TrustEntry:
        def change(doc: dict[str, Any]) -> None:
            kept = [e for e in doc.get("entries", []) if e.get("fingerprint") != entry.fingerprint]
            doc["entries"] = [*kept, {k: v for k, v in entry.__dict__.items() if v}]

        update_json(self.path, FORMAT, change)
        return entry

    def remove(self, ref: str) -> TrustEntry:
        """By fingerprint (any spelling), a unique fingerprint prefix, or a unique name."""
        entry = self.find(ref)

        def change(doc: dict[str, Any]) -> None:
            doc["entries"] = [e for e in doc.get("entries", []) if e.get("fingerprint") != entry.fingerprint]

        update_json(self.path, FORMAT, change)
        return entry

    def find(self, ref: str) -> TrustEntry:
        entries = self.entries()
        hexref = "".join(c for c in ref if c not in ": ").upper()
        by_fp = [e for e in entries if hexref and e.fingerprint.replace(":", "").startswith(hexref)]
        by_name = [e for e in entries if e.name.casefold() == ref.strip().casefold()]
        matches = by_fp or by_name
        if not matches:
            raise TrustError(f"no trusted signer matches {ref!r} (see `irm-app trust list`)")
        if len(matches) > 1:
            raise TrustError(f"{ref!r} matches {len(matches)} entries: give more of the fingerprint")
        return matches[0]

    # -- deciding --------------------------------------------------------------------------------
    def decide(
        self,
        cert: x509.Certificate,
        intermediates: list[x509.Certificate] | None = None,
        extra: set[str] | None = None,
    ) -> TrustDecision:
        """Trusted if the fingerprint is on the list or in `extra` (--trust), or it chains to an anchor."""
        fp = fingerprint_of(cert)
        if extra and fp in {normalize_fingerprint(x) for x in extra}:
            return TrustDecision(True, "given with --trust")
        signer = self.signers().get(fp)
        if signer is not None:
            return TrustDecision(True, f"on your trusted list as {signer.name!r}")
        for anchor in self.anchors():
            if anchor.cert is not None and chains_to(cert, anchor.cert, intermediates or []):
                return TrustDecision(True, f"issued by your trusted CA {anchor.name!r}")
        return TrustDecision(False, "")


def chains_to(leaf: x509.Certificate, root: x509.Certificate, intermediates: list[x509.Certificate]) -> bool:
    """PKIX path validation (offline, now, key usage digitalSignature) from leaf to root."""
    import asyncio

    from asn1crypto import x509 as asn1_x509
    from pyhanko_certvalidator import CertificateValidator, ValidationContext
    from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError, ValidationError

    from .pdf_sign import _outside_event_loop, quiet_pyhanko

    def asn1(c: x509.Certificate) -> asn1_x509.Certificate:
        return asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))

    if fingerprint_of(leaf) == fingerprint_of(root):
        return False  # an anchor is an issuer; trusting one certificate is a "signer" entry
    vc = ValidationContext(trust_roots=[asn1(root)], allow_fetching=False, revocation_mode="soft-fail")
    validator = CertificateValidator(asn1(leaf), [asn1(c) for c in intermediates], validation_context=vc)
    with quiet_pyhanko():
        try:
            _outside_event_loop(lambda: asyncio.run(validator.async_validate_usage({"digital_signature"})))
        except (PathBuildingError, PathValidationError, ValidationError):
            return False
    return True


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
