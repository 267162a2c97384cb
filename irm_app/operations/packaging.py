"""A signed package: snapshot (library thread) -> reports + signature (any thread) -> recorded.

Everything in the package comes from ONE snapshot; what was signed goes into the library's
exports and audit log.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..library import Library
from ..library.leftovers import private_tempdir
from .change import Change, ChangeKind
from .reports import ReportInput, render_report, report_input

if TYPE_CHECKING:
    from ..signing.identity import Identity


@dataclass(frozen=True)
class PackageInput:
    """Everything a package holds, read from the library in one go (one snapshot)."""

    report: ReportInput
    plan_id: str
    assessment_json: bytes
    evidence: dict[str, bytes] = field(default_factory=dict)
    status: str = "draft"  # the lifecycle state packaged: a draft's package is for review, marked so
    version: int = 0


@dataclass(frozen=True)
class PackageResult:
    out: Path
    sha256: str
    content_sha256: str
    signer: str  # subject
    fingerprint: str


def unlock_identity(passphrase: bytes, home: Path | None = None) -> Identity:
    """Load the identity and check the passphrase before any slow work (a one-line IdentityError)."""
    from ..signing.identity import load_identity

    ident = load_identity(home)
    ident.unlock(passphrase)
    return ident


def package_input(lib: Library, assessment_id: str) -> PackageInput:
    from ..interchange import dumps

    rep = report_input(lib, assessment_id)
    a = lib.assessments.assessment(rep.assessment_id)
    evidence: dict[str, bytes] = {}
    for item in rep.doc.assessment(a.id).evidence:
        if item.file_sha256 and item.file_sha256 not in evidence:
            evidence[item.file_sha256] = lib.evidence.file_bytes(item.file_sha256)
    return PackageInput(rep, a.plan_id, dumps(rep.doc).encode("utf-8"), evidence, a.status, a.version)


def write_signed_package(inp: PackageInput, out: Path, ident: Identity, passphrase: bytes, *,
                         lang: str = "en") -> PackageResult:
    """Render both reports and sign the package (no library): safe on a worker thread."""
    from ..signing.package import write_package

    out = Path(out)
    with private_tempdir("package") as tmp:  # swept at next start if this run is killed
        t = tmp.path
        render_report(inp.report, "pdf", t / "report.pdf", lang=lang)
        render_report(inp.report, "docx", t / "report.docx", lang=lang)
        files = {}
        for sha, data in inp.evidence.items():
            (t / sha).write_bytes(data)
            files[sha] = t / sha
        write_package(out, assessment_json=inp.assessment_json, report_pdf=t / "report.pdf",
                      report_docx=t / "report.docx", evidence=files, assessment_id=inp.report.assessment_id,
                      plan_id=inp.plan_id, identity=ident, passphrase=passphrase,
                      status=inp.status, version=inp.version)
    return PackageResult(out, file_sha256(out), hashlib.sha256(inp.assessment_json).hexdigest(),
                         ident.subject_str, ident.fingerprint)


def record_package(lib: Library, inp: PackageInput, result: PackageResult, *, who: str,
                   initiator: object | None = None) -> Change[PackageResult]:
    """What was signed goes into the library's exports and audit log."""
    lib.history.record_export(inp.report.assessment_id, kind="package", path=result.out, sha256=result.sha256,
                      content_sha256=result.content_sha256, signer=f"{result.signer} ({result.fingerprint})",
                      who=who)
    return Change(ChangeKind.EXPORT, inp.report.assessment_id, None, who, result, "package", initiator)


def build_package(lib: Library, assessment_id: str, out: Path, passphrase: bytes, *, lang: str, who: str,
                  initiator: object | None = None) -> Change[PackageResult]:
    """Snapshot -> reports -> signed package, from ONE snapshot; records what was signed."""
    ident = unlock_identity(passphrase)  # a wrong passphrase fails here, before any work
    inp = package_input(lib, assessment_id)
    result = write_signed_package(inp, out, ident, passphrase, lang=lang)
    return record_package(lib, inp, result, who=who, initiator=initiator)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
