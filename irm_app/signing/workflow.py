"""Export a signed package, open one for review, report a snapshot: shared by the CLI and the GUI.

Each workflow is split where the library must be touched (SQLite connections stay on the
thread that opened them) and where slow pure work happens (rendering, signing, verifying), so
the GUI can run the middle step on a worker thread while the CLI simply calls all three.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..interchange import InterchangeDoc
from ..library import Library
from .continuity import KeyHistory
from .errors import IdentityError, PackageError, SigningError
from .identity import Identity, common_name_of, load_identity, normalize_fingerprint
from .package_read import PackageVerdict, read_package
from .trust import TrustStore


# -- reports -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReportInput:
    """What a report is rendered from: one snapshot, taken on the library's thread."""

    doc: InterchangeDoc
    assessment_id: str
    form: Any


def report_input(lib: Library, assessment_id: str) -> ReportInput:
    a = lib.assessment(assessment_id)
    return ReportInput(lib.snapshot([a.id]), a.id, lib.form(a.form))


def render_report(inp: ReportInput, fmt: str, out: Path, *, lang: str = "en") -> Path:
    """Pure work (no library): safe on a worker thread."""
    from ..reports import export_report

    return export_report(inp.doc, inp.assessment_id, inp.form, fmt, Path(out), lang=lang)  # type: ignore[arg-type]


# -- signed package ----------------------------------------------------------------------------
@dataclass(frozen=True)
class PackageInput:
    """Everything a package holds, read from the library in one go (one snapshot)."""

    report: ReportInput
    plan_id: str
    assessment_json: bytes
    evidence: dict[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True)
class PackageResult:
    out: Path
    sha256: str
    content_sha256: str
    signer: str  # subject
    fingerprint: str


def unlock_identity(passphrase: bytes, home: Path | None = None) -> Identity:
    """Load the identity and check the passphrase before any slow work (a one-line IdentityError)."""
    ident = load_identity(home)
    ident.unlock(passphrase)
    return ident


def package_input(lib: Library, assessment_id: str) -> PackageInput:
    from ..interchange import dumps

    rep = report_input(lib, assessment_id)
    a = lib.assessment(rep.assessment_id)
    evidence: dict[str, bytes] = {}
    for item in rep.doc.assessment(a.id).evidence:
        if item.file_sha256 and item.file_sha256 not in evidence:
            evidence[item.file_sha256] = lib.file_bytes(item.file_sha256)
    return PackageInput(rep, a.plan_id, dumps(rep.doc).encode("utf-8"), evidence)


def write_signed_package(inp: PackageInput, out: Path, ident: Identity, passphrase: bytes, *,
                         lang: str = "en") -> PackageResult:
    """Render both reports and sign the package (no library): safe on a worker thread."""
    from .package import write_package

    out = Path(out)
    with tempfile.TemporaryDirectory(prefix="irm-package-") as tmp:
        t = Path(tmp)
        render_report(inp.report, "pdf", t / "report.pdf", lang=lang)
        render_report(inp.report, "docx", t / "report.docx", lang=lang)
        files = {}
        for sha, data in inp.evidence.items():
            (t / sha).write_bytes(data)
            files[sha] = t / sha
        write_package(out, assessment_json=inp.assessment_json, report_pdf=t / "report.pdf",
                      report_docx=t / "report.docx", evidence=files, assessment_id=inp.report.assessment_id,
                      plan_id=inp.plan_id, identity=ident, passphrase=passphrase)
    return PackageResult(out, file_sha256(out), hashlib.sha256(inp.assessment_json).hexdigest(),
                         ident.subject_str, ident.fingerprint)


def record_package(lib: Library, inp: PackageInput, result: PackageResult, *, actor: str) -> None:
    """What was signed goes into the library's exports and audit log."""
    lib.record_export(inp.report.assessment_id, kind="package", path=result.out, sha256=result.sha256,
                      content_sha256=result.content_sha256, signer=f"{result.signer} ({result.fingerprint})",
                      who=actor)


def build_package(lib: Library, assessment_id: str, out: Path, passphrase: bytes, *, lang: str, actor: str) -> str:
    """Snapshot → reports → signed package, from ONE snapshot; records what was signed. Returns the signer."""
    ident = unlock_identity(passphrase)  # a wrong passphrase fails here, before any work
    inp = package_input(lib, assessment_id)
    result = write_signed_package(inp, out, ident, passphrase, lang=lang)
    record_package(lib, inp, result, actor=actor)
    return result.signer


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# -- trust ---------------------------------------------------------------------------------------
def trust_set(values: list[str]) -> set[str] | None:
    """Fingerprints, given directly or as certificate files (PEM or DER); None when none given."""
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


# -- opening a package for review -----------------------------------------------------------------
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
    from .verify import apply_trust, sniff

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
    max_size = MAX_OPEN_SIZE if max_size is None else max_size
    if size > max_size:
        raise PackageError(f"{path.name}: refused: {size:,} bytes; the app opens packages up to {max_size:,} bytes")
    folder = Path(tempfile.mkdtemp(prefix="irm-open-"))
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
    return ReviewCopy(doc, dict(pkg.evidence), pkg.verdict, pkg.manifest.assessment_id, folder, path.name, size)


def load_review_copy(lib: Library, copy: ReviewCopy, *, who: str, history: KeyHistory | None = None,
                     accept_new_key: bool = False) -> OpenedPackage:
    """Bring a verified package into the library as an isolated read-only copy; returns what changed.

    With `history`, a package of an assessment or a signer name last signed by another key is
    refused (KeyChanged) unless the reviewer accepted the new key or trusts it.
    """
    cert = copy.verdict.cert
    fp = copy.verdict.fingerprint or ""
    name = common_name_of(cert) if cert is not None else ""
    try:
        if history is not None:
            history.check(copy.assessment_id, name, fp, accept_new_key=accept_new_key or copy.verdict.trusted)
        local, changes = lib.load_review_copy(
            copy.doc, copy.files, source_assessment_id=copy.assessment_id, signer=f"{copy.signer} ({fp})",
            fingerprint=fp, package_name=copy.package_name, size=copy.size, who=who)
    finally:
        copy.discard()
    if history is not None:
        history.remember(copy.assessment_id, name, fp)
    return OpenedPackage(local, copy.signer, copy.verdict.trusted, changes, fp, copy.verdict.trust_how)


def open_package(lib: Library, path: Path, trust: set[str] | None, *, who: str) -> OpenedPackage:
    return load_review_copy(lib, read_review_copy(path, trust), who=who)
