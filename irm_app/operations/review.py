"""Verifying a package or signed PDF, opening a package as an isolated read-only review copy
(trust list, key continuity), and removing a copy.

Verification touches no library (safe on a worker thread); loading the review copy writes in
one transaction on the library's thread.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .change import Change, ChangeKind

if TYPE_CHECKING:  # verifying needs no library: `irm-app verify` never imports it
    from ..interchange import InterchangeDoc
    from ..library import Library
    from ..library.review_copies import ReviewCopyInfo
    from ..signing.continuity import KeyChange, KeyHistory
    from ..signing.package_read import PackageVerdict
    from ..signing.trust import TrustStore
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


def verify(path: Path, trust: set[str] | None = None, store: TrustStore | None = None) -> Verdict:
    """The verdict on a package or signed PDF (no library); trust from `store` plus `trust`."""
    from ..signing.verify import verify_file

    return verify_file(Path(path), trust, store)


def file_kind(path: Path) -> str:
    """What a file is by its content ("package", "review", "pdf", ...): the front ends route an
    import by it, before any library is opened."""
    from ..signing.verify import sniff

    return sniff(path)


def default_history(home: Path | None = None) -> KeyHistory:
    """The reviewer's memory of which key signed each assessment's and each name's last package."""
    from ..signing.continuity import KeyHistory

    return KeyHistory.default(home)


@dataclass(frozen=True)
class Checked:
    """A verdict and the key changes it shows against the keys remembered (key continuity).

    A valid package from another key than the last one of its assessment or signer name, from a
    signer not trusted, is answered as opening answers it: refused (exit 1) with both fingerprints.
    """

    verdict: Verdict
    key_changes: tuple[KeyChange, ...] = ()

    @property
    def exit_code(self) -> int:
        from ..signing.verify import EXIT_INVALID, exit_code

        return EXIT_INVALID if self.key_changes else exit_code(self.verdict)

    def lines(self) -> list[str]:
        """The CLI's lines: a key change first (it overrides the verdict), then the verdict's own."""
        from ..signing.verify import format_verdict
        from ..text_safety import for_terminal

        head = [f"!!! KEY CHANGED: {for_terminal(c.message())}" for c in self.key_changes]
        if head:
            head.append("!!! Not accepted as a replacement: check the new key with the signer, then trust it "
                        "(`irm-app trust add FINGERPRINT --name NAME`) or open it with --accept-new-key")
        return head + format_verdict(self.verdict)


def key_changes(verdict: Verdict, history: KeyHistory | None) -> tuple[KeyChange, ...]:
    """Key changes of a valid, untrusted verdict (a trusted key is accepted, as when opening)."""
    from ..signing.identity import common_name_of

    if history is None or not verdict.valid or verdict.trusted or verdict.cert is None:
        return ()
    manifest = getattr(verdict, "manifest", None)
    aid = manifest.assessment_id if manifest is not None else ""
    return tuple(history.changes(aid, common_name_of(verdict.cert), verdict.fingerprint or ""))


def check(path: Path, trust: set[str] | None = None, store: TrustStore | None = None,
          history: KeyHistory | None = None) -> Checked:
    """Verify (no library, nothing remembered) and compare the key with the ones seen before."""
    v = verify(path, trust, store)
    return Checked(v, key_changes(v, history))


MAX_OPEN_SIZE = 1024 * 1024 * 1024  # = package.APP_PACKAGE_LIMIT; verified and extracted on disk


@dataclass
class ReviewCopy:
    """A verified package's content, ready to load into a library; its files wait in `folder`."""

    doc: InterchangeDoc
    files: dict[str, Path]
    verdict: PackageVerdict
    assessment_id: str  # as the package names it
    folder: Path | None = None
    package_name: str = ""
    size: int = 0
    sha256: str = ""  # of the package file: the version a review of this copy names

    @property
    def signer(self) -> str:
        return self.verdict.signer or "unknown signer"

    def discard(self) -> None:
        """Delete the extracted files (after loading, they have been moved away)."""
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


@dataclass(frozen=True)
class OpenedPackage:
    assessment_id: str  # the local review copy's id
    signer: str
    trusted: bool
    changes: list[str]
    fingerprint: str = ""
    trust_how: str = ""


def read_review_copy(path: Path, trust: set[str] | None = None, store: TrustStore | None = None, *,
                     max_size: int | None = None) -> ReviewCopy:
    """Verify, then read (no library): PackageError('NAME: refused: reason') for anything invalid.

    Trust comes from `store` (the reviewer's list) plus the one-off fingerprints in `trust`.
    Evidence is streamed to a temporary folder (memory stays bounded whatever the size).
    """
    from ..interchange import loads
    from ..library.leftovers import new_private_dir
    from ..signing.errors import PackageError, SigningError
    from ..signing.identity import normalize_fingerprint
    from ..signing.package_read import read_package
    from ..signing.verify import apply_trust, sniff

    path = Path(path)
    try:
        size = path.stat().st_size
        kind = sniff(path)
    except FileNotFoundError:
        raise PackageError(f"{path}: no such file", unreadable=True) from None
    except OSError as e:
        raise PackageError(f"cannot read {path}: {e.strerror}", unreadable=True) from e
    if kind == "pdf":
        raise PackageError(f"{path.name}: a PDF, not a package", unreadable=True)
    if kind == "review":
        raise PackageError(f"{path.name}: a review file, not a package (import it: irm-app import FILE)",
                           unreadable=True)
    max_size = MAX_OPEN_SIZE if max_size is None else max_size
    if size > max_size:
        raise PackageError(f"{path.name}: refused: {size:,} bytes; the app opens packages up to {max_size:,} bytes")
    folder = new_private_dir("open")  # swept at the next start if this run is killed
    try:
        pkg = read_package(path, None, evidence_dir=folder)
        apply_trust(pkg.verdict, store, {normalize_fingerprint(t) for t in trust or ()})
        try:
            doc = loads(pkg.assessment_json)
        except ValueError as e:
            raise PackageError(f"assessment.json: {str(e).splitlines()[0]}") from e
        if pkg.manifest.assessment_id not in {a.id for a in doc.assessments}:
            raise PackageError("assessment.json does not hold the assessment the manifest names")
    except SigningError as e:
        shutil.rmtree(folder, ignore_errors=True)
        raise PackageError(f"{path.name}: refused: {e}", unreadable=getattr(e, "unreadable", False)) from e
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    from .comments import file_sha256

    return ReviewCopy(doc, dict(pkg.evidence), pkg.verdict, pkg.manifest.assessment_id, folder, path.name, size,
                      file_sha256(path))


def load_review_copy(lib: Library, copy: ReviewCopy, *, who: str, history: KeyHistory | None = None,
                     accept_new_key: bool = False, initiator: object | None = None) -> Change[OpenedPackage]:
    """Bring a verified package into the library as an isolated read-only copy.

    With `history`, a package of an assessment or a signer name last signed by another key is
    refused (KeyChanged) unless the reviewer accepted the new key or trusts it.
    """
    from ..signing.identity import common_name_of

    cert = copy.verdict.cert
    fp = copy.verdict.fingerprint or ""
    name = common_name_of(cert) if cert is not None else ""
    try:
        if history is not None:
            history.check(copy.assessment_id, name, fp, accept_new_key=accept_new_key or copy.verdict.trusted)
        local, changes = lib.review_copies.load(
            copy.doc, copy.files, source_assessment_id=copy.assessment_id, signer=f"{copy.signer} ({fp})",
            fingerprint=fp, package_name=copy.package_name, size=copy.size, who=who, package_sha256=copy.sha256)
    finally:
        copy.discard()
    if history is not None:
        history.remember(copy.assessment_id, name, fp)
    said = next((a.comments for a in copy.doc.assessments if a.id == copy.assessment_id), [])
    if said:  # what the researcher answered, so the reviewer can check (irm-app comments COPY)
        resolved = sum(c.status == "resolved" for c in said)
        replies = sum(c.parent_id is not None for c in said)
        changes = [*changes, f"review comments: {len(said)} in the package, {resolved} resolved, {replies} replies"]
    opened = OpenedPackage(local, copy.signer, copy.verdict.trusted, changes, fp, copy.verdict.trust_how)
    return Change(ChangeKind.LIBRARY, local, None, who, opened, "open-review-copy", initiator)


def copy_key_changes(copy: ReviewCopy, history: KeyHistory) -> list[KeyChange]:
    """What opening `copy` would be refused for (empty: same keys as before, or first time)."""
    from ..signing.identity import common_name_of

    cert = copy.verdict.cert
    name = common_name_of(cert) if cert is not None else ""
    return history.changes(copy.assessment_id, name, copy.verdict.fingerprint or "")


def verify_then_read(path: Path, store: TrustStore | None = None) -> ReviewCopy | Verdict:
    """The verdict when the file is not valid (nothing extracted), else its review copy (no library)."""
    v = verify(path, None, store)
    if not v.valid:
        return v
    return read_review_copy(path, None, store)


def open_package(lib: Library, path: Path, trust: set[str] | None, *, who: str,
                 store: TrustStore | None = None, history: KeyHistory | None = None,
                 accept_new_key: bool = False, initiator: object | None = None) -> Change[OpenedPackage]:
    copy = read_review_copy(path, trust, store)
    return load_review_copy(lib, copy, who=who, history=history, accept_new_key=accept_new_key,
                            initiator=initiator)


def remove_review_copy(lib: Library, ref: str, *, who: str,
                       initiator: object | None = None) -> Change[ReviewCopyInfo]:
    """Delete a review copy, its plan copy and its files; the reviewer's own work is untouched."""
    info = lib.review_copies.remove(ref, who=who)
    return Change(ChangeKind.LIBRARY, info.assessment_id, None, who, info, "remove-review-copy", initiator)
