"""Verifying a package or signed PDF, and opening a package as a read-only review copy.

Verification touches no library (safe on a worker thread); loading the review copy writes in
one transaction on the library's thread.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .change import Change, ChangeKind

if TYPE_CHECKING:  # verifying needs no library: `irm-app verify` never imports it
    from ..interchange import InterchangeDoc
    from ..library import Library
    from ..signing.package_read import PackageVerdict
    from ..signing.verify import Verdict


def trust_set(values: list[str]) -> set[str] | None:
    """Fingerprints, given directly or as certificate files (PEM or DER); None when none given."""
    from ..signing.errors import IdentityError

    values = [v for v in values if v.strip()]
    if not values:
        return None
    out = set()
    for v in values:
        p = Path(v)
        if p.is_file():
            from cryptography import x509
            from cryptography.hazmat.primitives import hashes

            data = p.read_bytes()
            try:
                cert = x509.load_pem_x509_certificate(data) if b"BEGIN" in data else x509.load_der_x509_certificate(data)
            except ValueError as e:
                raise IdentityError(f"{p}: not a certificate") from e
            out.add(cert.fingerprint(hashes.SHA256()).hex())
        else:
            out.add(v.strip())
    return out


def verify(path: Path, trust: set[str] | None = None) -> Verdict:
    """The verdict on a package or signed PDF (no library)."""
    from ..signing.verify import verify_file

    return verify_file(Path(path), trust)


@dataclass(frozen=True)
class ReviewCopy:
    """A verified package's content, ready to load into a library."""

    doc: InterchangeDoc
    files: dict[str, bytes]
    verdict: PackageVerdict
    assessment_id: str

    @property
    def signer(self) -> str:
        return self.verdict.signer or "unknown signer"


@dataclass(frozen=True)
class OpenedPackage:
    assessment_id: str
    signer: str
    trusted: bool
    changes: list[str]


def read_review_copy(path: Path, trust: set[str] | None = None) -> ReviewCopy:
    """Verify, then read (no library): PackageError('NAME: refused: reason') for anything invalid."""
    from ..interchange import loads
    from ..signing.errors import PackageError, SigningError
    from ..signing.package_read import read_package

    path = Path(path)
    if not path.exists():
        raise PackageError(f"{path}: no such file", unreadable=True)
    try:
        with tempfile.TemporaryDirectory(prefix="irm-open-") as tmp:
            pkg = read_package(path, trust, evidence_dir=Path(tmp))
            try:
                doc = loads(pkg.assessment_json)
            except ValueError as e:
                raise PackageError(f"assessment.json: {str(e).splitlines()[0]}") from e
            if pkg.manifest.assessment_id not in {a.id for a in doc.assessments}:
                raise PackageError("assessment.json does not hold the assessment the manifest names")
            files = {sha: p.read_bytes() for sha, p in pkg.evidence.items()}
    except SigningError as e:
        raise PackageError(f"{path.name}: refused: {e}", unreadable=getattr(e, "unreadable", False)) from e
    return ReviewCopy(doc, files, pkg.verdict, pkg.manifest.assessment_id)


def load_review_copy(lib: Library, copy: ReviewCopy, *, who: str,
                     initiator: object | None = None) -> Change[OpenedPackage]:
    """Bring a verified package into the library as a read-only review copy."""
    changes = lib.load_snapshot(copy.doc, copy.files, signer=f"{copy.signer} ({copy.verdict.fingerprint})", who=who)
    opened = OpenedPackage(copy.assessment_id, copy.signer, copy.verdict.trusted, changes)
    return Change(ChangeKind.LIBRARY, copy.assessment_id, None, who, opened, "open-review-copy", initiator)


def open_package(lib: Library, path: Path, trust: set[str] | None, *, who: str,
                 initiator: object | None = None) -> Change[OpenedPackage]:
    return load_review_copy(lib, read_review_copy(path, trust), who=who, initiator=initiator)
