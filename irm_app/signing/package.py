"""Writing the `.irmpkg` upload package: members, a manifest of their hashes, and its signature.

Layout and checks are documented in docs/package-format.md. The writer emits the single
canonical zip form that `zip_layout.read_layout` accepts, and checks its own output with the
full verifier before the file replaces `out`, so a package that leaves this function verifies.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

from .. import __version__
from ..library.leftovers import part_name, private_tempdir
from ..model import utcnow
from .cms import sign_detached
from .errors import PackageError
from .identity import Identity
from .manifest import MANIFEST, SIGNATURE, Manifest, Member
from .pdf_sign import certificate_time_problem, not_final_note, sign_pdf, verify_pdf
from .zip_layout import DATE_TIME, EXTERNAL_ATTR, MAX_TOTAL_SIZE

CHUNK = 1024 * 1024
EXTENSION = ".irmpkg"
APP_PACKAGE_LIMIT = 1024 * 1024 * 1024
"""Packages this app writes and opens: at most 1 GiB (the format's ceiling is 2 GiB)."""


def _sha256_file(path: Path) -> tuple[str, int]:
    h, size = hashlib.sha256(), 0
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def _zipinfo(name: str, size: int) -> zipfile.ZipInfo:
    """Stored, never deflated: then every data byte is covered by the CRC and the sha256 as is."""
    info = zipfile.ZipInfo(name, date_time=DATE_TIME)
    info.compress_type = zipfile.ZIP_STORED
    info.create_system = 3
    info.external_attr = EXTERNAL_ATTR
    info.file_size = size
    return info


def _chunks(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            yield chunk


def _signed_report(report_pdf: Path, workdir: Path, identity: Identity, passphrase: bytes, status: str) -> Path:
    """Use the PDF as is if this identity already signed it, else sign a copy (a report that
    is not final says so in the signature's box: a draft for review is signed as one)."""
    verdict = verify_pdf(report_pdf)
    if verdict.valid and verdict.fingerprint == identity.fingerprint:
        return report_pdf
    if verdict.reason != "the PDF has no signature":
        raise PackageError(
            f"report.pdf ({report_pdf}): already signed but not usable here: "
            f"{verdict.reason or 'signed by ' + str(verdict.signer)}",
            member="report.pdf",
        )
    signed = workdir / "report.pdf"
    sign_pdf(report_pdf, signed, identity, passphrase, note=not_final_note(status))
    return signed


def write_package(
    out: Path,
    *,
    assessment_json: bytes,
    report_pdf: Path,
    report_docx: Path | None,
    evidence: dict[str, Path],
    assessment_id: str,
    plan_id: str,
    identity: Identity,
    passphrase: bytes,
    status: str = "",
    version: int = 0,
) -> Manifest:
    """Build, sign and atomically write a package; evidence maps each file's sha256 to its path.

    report_pdf may be unsigned (it is then signed with `identity`) or already signed by it.
    `status` and `version` (the assessment's lifecycle) go into the signed manifest.
    """
    from .package_read import verify_package

    out = Path(out)
    problem = certificate_time_problem(identity.cert)
    if problem:
        raise PackageError(f"cannot sign with {identity.cert_path}: {problem}")
    key = identity.unlock(passphrase)  # fail early on a wrong passphrase
    out.parent.mkdir(parents=True, exist_ok=True)
    # The working files (signed report, assessment.json) live in the app's temp folder; the
    # package is written beside `out` under a name this run owns, then renamed: a killed run's
    # leftovers are found and removed at the next start (library/leftovers.py).
    with private_tempdir("pkg") as tmp:
        workdir = tmp.path
        files: dict[str, Path] = {}
        (workdir / "assessment.json").write_bytes(assessment_json)
        files["assessment.json"] = workdir / "assessment.json"
        files["report.pdf"] = _signed_report(Path(report_pdf), workdir, identity, passphrase, status)
        if report_docx is not None:
            files["report.docx"] = Path(report_docx)
        members: list[Member] = []
        for name, path in files.items():
            digest, size = _sha256_file(path)
            members.append(Member(name, digest, size))
        for expected, path in sorted(evidence.items()):
            digest, size = _sha256_file(Path(path))
            if digest != expected.lower():
                raise PackageError(
                    f"evidence {path}: content sha256 is {digest}, not {expected}",
                    member=f"evidence/{expected}",
                )
            members.append(Member(f"evidence/{digest}", digest, size))
            files[f"evidence/{digest}"] = Path(path)
        members.sort(key=lambda m: m.name)
        limit = min(MAX_TOTAL_SIZE, APP_PACKAGE_LIMIT) - 2 * 1024 * 1024
        if sum(m.size for m in members) > limit:
            raise PackageError(f"package content is over the {limit:,} byte limit (evidence too large)")
        manifest = Manifest(
            app_version=__version__,
            created=utcnow(),
            assessment_id=assessment_id,
            plan_id=plan_id,
            signer_subject=identity.subject_str,
            signer_fingerprint=identity.fingerprint,
            members=members,
            status=status,
            version=version,
        )
        manifest_bytes = manifest.to_bytes()
        signature = sign_detached(manifest_bytes, identity.cert, key, identity.chain)

        tmp_out = tmp.owns(part_name(out))
        with open(tmp_out, "wb") as raw, zipfile.ZipFile(raw, "w", allowZip64=False) as zf:
            for name, data in ((MANIFEST, manifest_bytes), (SIGNATURE, signature)):
                with zf.open(_zipinfo(name, len(data)), "w") as dst:
                    dst.write(data)
            for m in members:
                with zf.open(_zipinfo(m.name, m.size), "w") as dst:
                    for chunk in _chunks(files[m.name]):
                        dst.write(chunk)
        with open(tmp_out, "rb+") as f:
            os.fsync(f.fileno())
        verdict = verify_package(tmp_out)
        if not verdict.valid:
            raise PackageError(f"the written package does not verify: {verdict.error}")
        os.replace(tmp_out, out)
    return manifest
