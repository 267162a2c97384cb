"""One entry point for `irm-app verify`: a package or a signed PDF, told apart by content."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .errors import IdentityError
from .identity import normalize_fingerprint
from .package_read import MemberCheck, PackageVerdict, verify_package
from .pdf_sign import PdfVerdict, verify_pdf

Verdict = PackageVerdict | PdfVerdict

EXIT_VALID, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2


def _sniff(path: Path) -> str:
    with open(path, "rb") as f:
        head = f.read(1024)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "package"
    if b"%PDF-" in head:
        return "pdf"
    return "unknown"


def verify_file(path: Path, trust: set[str] | None = None) -> Verdict:
    """Verify a .irmpkg or a signed PDF; `trust` holds certificate fingerprints (any format)."""
    path = Path(path)
    try:
        kind = _sniff(path)
    except OSError as exc:
        return PackageVerdict(path=path, unreadable=True, error=f"cannot read {path}: {exc.strerror}")
    try:
        trusted = {normalize_fingerprint(t) for t in trust} if trust is not None else None
    except IdentityError as exc:
        return PackageVerdict(path=path, error=str(exc))
    if kind == "package":
        return verify_package(path, trusted)
    if kind == "pdf":
        verdict = verify_pdf(path)
        if trusted is not None and verdict.valid:
            is_trusted = verdict.fingerprint in trusted
            return PdfVerdict(
                valid=is_trusted,
                intact=verdict.intact,
                signer=verdict.signer,
                fingerprint=verdict.fingerprint,
                signing_time=verdict.signing_time,
                trusted=is_trusted,
                reason="" if is_trusted else "signer is not one of the trusted fingerprints",
                cert=verdict.cert,
            )
        return verdict
    return PackageVerdict(path=path, unreadable=True, error=f"{path.name}: neither a package nor a PDF")


def exit_code(v: Verdict) -> int:
    """0 valid, 1 invalid (tampered, untrusted when trust was asked, hostile), 2 unreadable."""
    if v.valid:
        return EXIT_VALID
    if isinstance(v, PackageVerdict) and v.unreadable:
        return EXIT_UNREADABLE
    return EXIT_INVALID


def _when(t: dt.datetime | None) -> str:
    return t.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if t else "unknown"


def format_verdict(v: Verdict) -> list[str]:
    """Lines for the CLI: the outcome first, then signer, fingerprint, time and one line per member."""
    if v.valid:
        status = "VALID, trusted signer" if v.trusted else "VALID, signer NOT in the trusted list (untrusted)"
    elif isinstance(v, PackageVerdict) and v.unreadable:
        status = f"UNREADABLE: {v.error}"
    else:
        status = f"INVALID: {v.error if isinstance(v, PackageVerdict) else v.reason}"
    lines = [status]
    if v.signer:
        lines += [
            f"Signer:       {v.signer}",
            f"Fingerprint:  {v.fingerprint}",
            f"Signed at:    {_when(v.signing_time)}",
        ]
    if isinstance(v, PackageVerdict):
        width = max((len(m.name) for m in v.members), default=0)
        lines += [_member_line(m, width) for m in v.members]
    else:
        lines.append(f"report PDF    {'OK' if v.valid else 'FAILED: ' + v.reason}")
    return lines


def _member_line(m: MemberCheck, width: int) -> str:
    return f"  {m.name.ljust(width)}  {'OK' if m.ok else 'FAILED: ' + m.reason}"
