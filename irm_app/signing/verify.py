"""One entry point for `irm-app verify`: a package or a signed PDF, told apart by content.

The outcome is one of four, each with its exit code, so `irm-app verify pkg && accept` only
accepts what the reviewer trusts:
  0  valid and trusted (the fingerprint is on the trust list, given with --trust, or the
     certificate chains to a trusted organisation CA)
  3  valid, but the signer is not trusted (anyone can make a key with any name)
  1  invalid (tampered, expired, hostile, a weak key)
  2  unreadable, or not what it claims to be (a PDF named .irmpkg), or a usage error
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from ..text_safety import for_terminal
from .errors import IdentityError
from .identity import normalize_fingerprint
from .manifest import Manifest
from .package_read import MemberCheck, PackageVerdict, verify_package
from .pdf_sign import PdfVerdict, verify_pdf
from .trust import TrustStore

Verdict = PackageVerdict | PdfVerdict

EXIT_VALID, EXIT_INVALID, EXIT_UNREADABLE, EXIT_UNTRUSTED = 0, 1, 2, 3
PACKAGE_SUFFIX = ".irmpkg"


def sniff(path: Path) -> str:
    """'package', 'review' (a .irmreview), 'pdf' or 'unknown', from the first bytes (never from the name)."""
    with open(path, "rb") as f:
        head = f.read(1024)
    if head.startswith(b"PK\x03\x04") and head[30:41] == b"review.json":
        return "review"  # the canonical layout's first member (docs/review-format.md)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "package"
    if b"%PDF-" in head:
        return "pdf"
    return "unknown"


def verify_file(path: Path, trust: set[str] | None = None, store: TrustStore | None = None) -> Verdict:
    """Verify a .irmpkg or a signed PDF, then decide trust from `store` plus the one-off `trust`."""
    path = Path(path)
    try:
        kind = sniff(path)
    except OSError as exc:
        return PackageVerdict(path=path, unreadable=True, error=f"cannot read {path}: {exc.strerror}")
    try:
        extra = {normalize_fingerprint(t) for t in trust} if trust else set()
    except IdentityError as exc:
        return PackageVerdict(path=path, unreadable=True, error=str(exc))
    suffix = path.suffix.lower()
    if kind == "pdf" and suffix == PACKAGE_SUFFIX:
        return PackageVerdict(path=path, unreadable=True, error=f"{path.name}: a PDF, not a package")
    if kind == "package" and suffix == ".pdf":
        return PackageVerdict(path=path, unreadable=True, error=f"{path.name}: a package, not a PDF")
    if kind == "review" and suffix == ".pdf":
        return PackageVerdict(path=path, unreadable=True, error=f"{path.name}: a review file, not a PDF")
    if kind == "review":
        from .review_file import review_verdict

        return apply_trust(review_verdict(path), store, extra)
    if kind == "package":
        return apply_trust(verify_package(path), store, extra)
    if kind == "pdf":
        return apply_trust(verify_pdf(path), store, extra)
    return PackageVerdict(path=path, unreadable=True, error=f"{path.name}: neither a package nor a PDF")


def apply_trust(v: Verdict, store: TrustStore | None, extra: set[str]) -> Verdict:
    """Set `trusted` on a valid verdict; an untrusted signer never makes it invalid."""
    if not v.valid or v.cert is None:
        return v
    if store is not None:
        chain = list(v.chain) if isinstance(v, PackageVerdict) else []
        decision = store.decide(v.cert, chain, extra)
        trusted, how = decision.trusted, decision.how
    else:
        trusted = v.fingerprint in extra
        how = "given with --trust" if trusted else ""
    if isinstance(v, PackageVerdict):
        v.trusted, v.trust_how = trusted, how
        return v
    return dataclasses.replace(v, trusted=trusted, reason=how if trusted else v.reason)


def exit_code(v: Verdict) -> int:
    if v.valid:
        return EXIT_VALID if v.trusted else EXIT_UNTRUSTED
    if isinstance(v, PackageVerdict) and v.unreadable:
        return EXIT_UNREADABLE
    return EXIT_INVALID


def _when(t: dt.datetime | None) -> str:
    return t.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if t else "unknown"


def status_line(v: Verdict) -> str:
    """The verdict in one line; every foreign string in it is neutralised for a terminal."""
    what = "signed PDF" if not isinstance(v, PackageVerdict) else (
        "review file" if any(m.name == "review.sig" for m in v.members) else "package")
    if v.valid and v.trusted:
        how = v.trust_how if isinstance(v, PackageVerdict) else v.reason
        return f"VALID {what}, trusted signer ({for_terminal(how)})"
    if v.valid:
        return (f"VALID {what}, but UNTRUSTED signer (not on your trusted list): compare the fingerprint "
                "with the signer, "
                "then `irm-app trust add FINGERPRINT --name NAME`")
    if isinstance(v, PackageVerdict) and v.unreadable:
        return f"UNREADABLE: {for_terminal(v.error)}"
    return f"INVALID: {for_terminal(v.error if isinstance(v, PackageVerdict) else v.reason)}"


def format_verdict(v: Verdict) -> list[str]:
    """Lines for the CLI: the outcome first, then signer, full fingerprint, time, one line per member."""
    lines = [status_line(v)]
    if v.signer:
        lines += [
            f"Signer:       {for_terminal(v.signer)}",
            f"Fingerprint:  {v.fingerprint}  (SHA-256)",
            f"Signed at:    {_when(v.signing_time)}",
        ]
    if isinstance(v, PackageVerdict) and v.manifest is not None:
        lines.append(f"Report:       {report_state(v.manifest)}")
    if isinstance(v, PackageVerdict):
        width = max((len(m.name) for m in v.members), default=0)
        lines += [_member_line(m, width) for m in v.members]
    else:
        lines.append(f"report PDF    {'OK' if v.valid else 'FAILED: ' + for_terminal(v.reason)}")
    return lines


def report_state(m: Manifest) -> str:
    """What the package's report is, as its signed manifest states (never mistakable for final)."""
    if m.status == "final":
        return f"FINAL, version {m.version}"
    if m.status == "submitted":
        return "SUBMITTED FOR REVIEW: a draft, not the final report"
    if m.status == "draft":
        return "DRAFT for review: not the final report"
    return "status not recorded (a package from an older version): check the report's cover"


def _member_line(m: MemberCheck, width: int) -> str:
    name = for_terminal(m.name)
    return f"  {name.ljust(width)}  {'OK' if m.ok else 'FAILED: ' + for_terminal(m.reason)}"
