"""Verifying and opening `.irmpkg` packages, in the order docs/package-format.md gives.

Nothing inside the package is believed before its check: the zip structure first (from raw
bytes), then the signature over manifest.json, then every member's hash (streamed), then the
report's own PAdES signature, which must come from the same certificate.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from cryptography import x509

from .cms import CmsError, verify_detached
from .errors import PackageError
from .identity import fingerprint_of, normalize_fingerprint, subject_of
from .manifest import MANIFEST, MAX_MANIFEST_SIZE, SIGNATURE, Manifest, parse_manifest
from .pdf_sign import PdfVerdict, certificate_time_problem, verify_pdf_stream
from .zip_layout import Entry, read_layout

CHUNK = 1024 * 1024
MAX_SIGNATURE_SIZE = 64 * 1024
MAX_ASSESSMENT_JSON = 64 * 1024 * 1024  # held in memory to parse: bounded


@dataclass
class MemberCheck:
    name: str
    ok: bool
    reason: str = ""


@dataclass
class PackageVerdict:
    """valid: every check passed. trusted: valid AND the signer is trusted (`trust_how` says why).

    unreadable: the file is not a (complete) zip at all (exit class 2, vs 1 for invalid).
    Trust never makes a package invalid: a sound package by an unknown key is valid, untrusted.
    """

    path: Path
    valid: bool = False
    trusted: bool = False
    unreadable: bool = False
    error: str = ""
    signer: str | None = None
    fingerprint: str | None = None
    signing_time: dt.datetime | None = None
    members: list[MemberCheck] = field(default_factory=list)
    manifest: Manifest | None = None
    pdf: PdfVerdict | None = None
    cert: x509.Certificate | None = None
    chain: tuple[x509.Certificate, ...] = ()
    trust_how: str = ""


@dataclass(frozen=True)
class VerifiedPackage:
    """A package that verified; evidence files were extracted (and re-hashed) into evidence_dir."""

    verdict: PackageVerdict
    manifest: Manifest
    assessment_json: bytes
    evidence: dict[str, Path]
    evidence_dir: Path | None


def _read_small(zf: zipfile.ZipFile, entry: Entry, limit: int) -> bytes:
    if entry.size > limit:
        raise PackageError(f"{entry.name}: larger than {limit} bytes", member=entry.name)
    try:
        with zf.open(entry.name) as f:
            data = f.read(limit + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise PackageError(f"{entry.name}: corrupt data ({exc})", member=entry.name) from None
    if len(data) > limit:
        raise PackageError(f"{entry.name}: larger than {limit} bytes", member=entry.name)
    return data


def _stream_hash(zf: zipfile.ZipFile, entry: Entry, sink: BinaryIO | None = None) -> tuple[str, int]:
    """sha256 and size of a member, decompressing in bounded chunks (CRC checked by zipfile)."""
    h, size = hashlib.sha256(), 0
    with zf.open(entry.name) as f:
        while chunk := f.read(CHUNK):
            size += len(chunk)
            if size > entry.size:
                raise PackageError(f"{entry.name}: more data than declared", member=entry.name)
            h.update(chunk)
            if sink is not None:
                sink.write(chunk)
    return h.hexdigest(), size


def _member_ok(
    zf: zipfile.ZipFile, entry: Entry, sha256: str, size: int, sink: BinaryIO | None = None
) -> str:
    """'' if the member's content matches the manifest, else the reason."""
    try:
        digest, actual = _stream_hash(zf, entry, sink)
    except PackageError as exc:
        return str(exc).removeprefix(f"{entry.name}: ")
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        return f"corrupt data ({exc})"
    if actual != size:
        return f"size {actual} differs from the manifest's {size}"
    if digest != sha256:
        return "sha256 differs from the manifest (content changed)"
    return ""


def _fail(v: PackageVerdict, exc: PackageError) -> PackageVerdict:
    v.valid = v.trusted = False
    v.unreadable = exc.unreadable
    v.error = str(exc)
    if exc.member and not any(m.name == exc.member for m in v.members):
        v.members.append(MemberCheck(exc.member, False, str(exc)))
    return v


def verify_package(path: Path, trust_fingerprints: set[str] | None = None) -> PackageVerdict:
    """Run every check; never raises for a bad package (the verdict says what failed)."""
    verdict = PackageVerdict(path=Path(path))
    try:
        with open(path, "rb") as f:
            _verify_open(f, verdict, trust_fingerprints)
    except OSError as exc:
        return _fail(verdict, PackageError(f"cannot read {path}: {exc.strerror}", unreadable=True))
    except PackageError as exc:
        return _fail(verdict, exc)
    return verdict


def _verify_open(
    f: BinaryIO,
    v: PackageVerdict,
    trust_fingerprints: set[str] | None,
    extract_to: Path | None = None,
) -> dict[str, bytes | Path]:
    """The checks in order; raises PackageError at the first one that stops verification."""
    trust = {normalize_fingerprint(t) for t in trust_fingerprints} if trust_fingerprints is not None else None
    entries = {e.name: e for e in read_layout(f)}
    for required in (MANIFEST, SIGNATURE):
        if required not in entries:
            raise PackageError(f"{required}: missing from the package", member=required)
    try:
        zf = zipfile.ZipFile(f)
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageError(f"corrupt zip ({exc})", unreadable=True) from None
    with zf:
        manifest_bytes = _read_small(zf, entries[MANIFEST], MAX_MANIFEST_SIZE)
        signature = _read_small(zf, entries[SIGNATURE], MAX_SIGNATURE_SIZE)
        try:
            cms = verify_detached(signature, manifest_bytes)
        except CmsError as exc:
            raise PackageError(f"{SIGNATURE}: {exc}", member=SIGNATURE) from None
        v.cert, v.signing_time, v.chain = cms.cert, cms.signing_time, cms.others
        v.signer, v.fingerprint = subject_of(cms.cert), fingerprint_of(cms.cert)
        v.members.append(MemberCheck(SIGNATURE, True))
        problem = certificate_time_problem(cms.cert)
        if problem:
            raise PackageError(f"{SIGNATURE}: signer {problem}", member=SIGNATURE)
        manifest = parse_manifest(manifest_bytes)
        v.manifest = manifest
        if manifest.signer_fingerprint != v.fingerprint:
            raise PackageError(
                f"{MANIFEST}: names signer {manifest.signer_fingerprint}, "
                f"but manifest.sig was made by {v.fingerprint}",
                member=MANIFEST,
            )
        v.members.append(MemberCheck(MANIFEST, True))
        listed = {m.name for m in manifest.members}
        for name in sorted(set(entries) - listed - {MANIFEST, SIGNATURE}):
            raise PackageError(f"{name}: in the zip but not listed in the manifest", member=name)
        for name in sorted(listed - set(entries)):
            raise PackageError(f"{name}: listed in the manifest but missing from the zip", member=name)
        return _check_members(zf, entries, manifest, v, trust, extract_to)


def _check_members(
    zf: zipfile.ZipFile,
    entries: dict[str, Entry],
    manifest: Manifest,
    v: PackageVerdict,
    trust: set[str] | None,
    extract_to: Path | None,
) -> dict[str, bytes | Path]:
    contents: dict[str, bytes | Path] = {}
    failures: list[MemberCheck] = []
    for m in manifest.members:
        entry = entries[m.name]
        if m.name == "assessment.json" and m.size > MAX_ASSESSMENT_JSON:
            raise PackageError(f"assessment.json: larger than {MAX_ASSESSMENT_JSON} bytes", member=m.name)
        with tempfile.TemporaryFile() as tmp:
            keep = (
                m.name == "report.pdf"
                or m.name == "assessment.json"
                or (extract_to is not None and m.name.startswith("evidence/"))
            )
            reason = _member_ok(zf, entry, m.sha256, m.size, tmp if keep else None)
            if not reason and m.name == "report.pdf":
                tmp.seek(0)
                v.pdf = verify_pdf_stream(tmp, None)
                reason = _pdf_problem(v.pdf, v.fingerprint)
            if not reason and m.name == "assessment.json":
                tmp.seek(0)
                contents[m.name] = tmp.read()
            if not reason and extract_to is not None and m.name.startswith("evidence/"):
                target = extract_to / m.sha256
                tmp.seek(0)
                with open(target, "wb") as out:
                    while chunk := tmp.read(CHUNK):
                        out.write(chunk)
                contents[m.name] = target
        check = MemberCheck(m.name, not reason, reason)
        v.members.append(check)
        if reason:
            failures.append(check)
    if failures:
        first = failures[0]
        more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
        raise PackageError(f"{first.name}: {first.reason}{more}", member=first.name)
    v.valid = True
    v.trusted = trust is not None and v.fingerprint in trust
    v.trust_how = "given with --trust" if v.trusted else ""
    return contents


def _pdf_problem(pdf: PdfVerdict, fingerprint: str | None) -> str:
    if not pdf.valid:
        return f"PDF signature: {pdf.reason}"
    if pdf.fingerprint != fingerprint:
        return f"PDF signed by a different certificate ({pdf.fingerprint})"
    return ""


def read_package(
    path: Path,
    trust_fingerprints: set[str] | None = None,
    evidence_dir: Path | None = None,
) -> VerifiedPackage:
    """Verify, then hand out assessment.json and evidence files; PackageError if anything fails.

    Everything is read from the one open file that was verified. Evidence goes into
    evidence_dir (created if needed; a new temporary folder the caller owns when None),
    each file named by its sha256. An untrusted but valid package is returned: check
    `verdict.trusted` before treating it as from a known researcher.
    """
    verdict = PackageVerdict(path=Path(path))
    target = Path(tempfile.mkdtemp(prefix="irm-evidence-")) if evidence_dir is None else Path(evidence_dir)
    target.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".incoming-", dir=target))
    try:
        with open(path, "rb") as f:
            contents = _verify_open(f, verdict, trust_fingerprints, extract_to=staging)
        evidence: dict[str, Path] = {}
        for name, p in contents.items():
            if isinstance(p, Path):
                final = target / p.name
                os.replace(p, final)
                evidence[name.removeprefix("evidence/")] = final
    except OSError as exc:
        raise PackageError(f"cannot read {path}: {exc.strerror}", unreadable=True) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if evidence_dir is None and not any(target.iterdir()):
            target.rmdir()
    assert verdict.manifest is not None and verdict.valid
    assessment = contents["assessment.json"]
    assert isinstance(assessment, bytes)
    return VerifiedPackage(verdict, verdict.manifest, assessment, evidence, target if evidence else None)
