"""Identity, signed packages, verification and opening a package for review."""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
from pathlib import Path

from ..library import Library
from ..signing.errors import SigningError
from ..signing.identity import create_identity, import_pkcs12, load_identity, read_passphrase
from ..signing.package_read import read_package
from ..signing.verify import exit_code, format_verdict, verify_file
from .common import UserError, add_db, open_library, who


def register(sub: argparse._SubParsersAction) -> None:
    ident = sub.add_parser("identity", help="the researcher's signing identity")
    isub = ident.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    p = isub.add_parser("create", help="make an ECDSA P-256 key and a self-signed certificate")
    for opt in ("name", "email", "org", "country"):
        p.add_argument(f"--{opt}", required=True)
    p.add_argument("--passphrase-file", type=Path, help="read the passphrase from this file's first line")
    p.add_argument("--replace", action="store_true", help="replace an existing identity")
    p.set_defaults(func=cmd_identity_create)
    p = isub.add_parser("import", help="use a key and certificate issued by an organisation (.p12)")
    p.add_argument("file", type=Path)
    p.add_argument("--p12-passphrase-file", type=Path)
    p.add_argument("--passphrase-file", type=Path, help="the new passphrase that protects the stored key")
    p.add_argument("--replace", action="store_true")
    p.set_defaults(func=cmd_identity_import)
    p = isub.add_parser("show", help="the subject and SHA-256 fingerprint to register with the portal")
    p.set_defaults(func=cmd_identity_show)

    p = sub.add_parser("package", help="export a signed .irmpkg (report PDF + DOCX, assessment.json, evidence)")
    p.add_argument("assessment")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--passphrase-file", type=Path)
    p.add_argument("--lang", default="en")
    add_db(p)
    p.set_defaults(func=cmd_package)

    p = sub.add_parser("verify", help="verify a package or a signed PDF (exit 0 valid, 1 invalid, 2 unreadable)")
    p.add_argument("file", type=Path)
    p.add_argument("--trust", action="append", default=[], metavar="FINGERPRINT|CERT.pem",
                   help="a trusted signer; without it a valid signature by an unknown key is reported as untrusted")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("open-package", help="verify a package, then open it as a read-only review copy")
    p.add_argument("file", type=Path)
    p.add_argument("--trust", action="append", default=[], metavar="FINGERPRINT|CERT.pem")
    add_db(p)
    p.set_defaults(func=cmd_open_package)


def _new_passphrase(file: Path | None) -> bytes:
    first = read_passphrase(file, "New passphrase for the signing key: ")
    if file is None and read_passphrase(None, "Repeat the passphrase: ") != first:
        raise UserError("the passphrases do not match")
    if len(first) < 8:
        raise UserError("the passphrase must have at least 8 characters")
    return first


def cmd_identity_create(args: argparse.Namespace) -> int:
    ident = create_identity(args.name, args.email, args.org, args.country, _new_passphrase(args.passphrase_file),
                            replace=args.replace)
    _print_identity(ident)
    return 0


def cmd_identity_import(args: argparse.Namespace) -> int:
    p12 = read_passphrase(args.p12_passphrase_file, "Passphrase of the .p12 file: ")
    ident = import_pkcs12(args.file, p12, _new_passphrase(args.passphrase_file), replace=args.replace)
    _print_identity(ident)
    return 0


def cmd_identity_show(args: argparse.Namespace) -> int:
    _print_identity(load_identity())
    return 0


def _print_identity(ident) -> None:  # noqa: ANN001
    print(f"subject:     {ident.subject_str}")
    print(f"fingerprint: {ident.fingerprint}  (SHA-256; register this with the OGP portal)")
    print(f"valid until: {ident.not_after:%Y-%m-%d}")


def build_package(lib: Library, assessment_id: str, out: Path, passphrase: bytes, *, lang: str, actor: str) -> str:
    """Snapshot → reports → signed package, from ONE snapshot; records what was signed. Returns the signer."""
    from ..interchange import dumps
    from ..reports import export_report
    from ..signing.package import write_package

    ident = load_identity()
    ident.unlock(passphrase)  # a wrong passphrase fails here, before any work
    a = lib.assessment(assessment_id)
    doc = lib.snapshot([a.id])
    form = lib.form(a.form)
    assessment_json = dumps(doc).encode("utf-8")
    with tempfile.TemporaryDirectory(prefix="irm-package-") as tmp:
        t = Path(tmp)
        export_report(doc, a.id, form, "pdf", t / "report.pdf", lang=lang)
        export_report(doc, a.id, form, "docx", t / "report.docx", lang=lang)
        evidence = {}
        for item in doc.assessment(a.id).evidence:
            if item.file_sha256 and item.file_sha256 not in evidence:
                f = t / item.file_sha256
                f.write_bytes(lib.file_bytes(item.file_sha256))
                evidence[item.file_sha256] = f
        write_package(out, assessment_json=assessment_json, report_pdf=t / "report.pdf",
                      report_docx=t / "report.docx", evidence=evidence, assessment_id=a.id,
                      plan_id=a.plan_id, identity=ident, passphrase=passphrase)
    lib.record_export(a.id, kind="package", path=out, sha256=_sha256(out),
                      content_sha256=hashlib.sha256(assessment_json).hexdigest(),
                      signer=f"{ident.subject_str} ({ident.fingerprint})", who=actor)
    return ident.subject_str


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def cmd_package(args: argparse.Namespace) -> int:
    if not args.out.parent.is_dir():
        raise UserError(f"{args.out.parent}: no such folder")
    passphrase = read_passphrase(args.passphrase_file, "Passphrase of your signing key: ")
    with open_library(args, write=True) as lib:
        a = lib.resolve_assessment(args.assessment)
        signer = build_package(lib, a.id, args.out, passphrase, lang=args.lang, actor=who(args))
    print(f"wrote {args.out} (signed by {signer})")
    return 0


def trust_set(values: list[str]) -> set[str] | None:
    """Fingerprints, given directly or as certificate files."""
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
                raise UserError(f"{p}: not a certificate") from e
            out.add(cert.fingerprint(hashes.SHA256()).hex())
        else:
            out.add(v)
    return out


def cmd_verify(args: argparse.Namespace) -> int:
    if not args.file.exists():
        raise UserError(f"{args.file}: no such file")
    verdict = verify_file(args.file, trust_set(args.trust))
    stream = sys.stdout if exit_code(verdict) == 0 else sys.stderr
    for line in format_verdict(verdict):
        print(line, file=stream)
    return exit_code(verdict)


def cmd_open_package(args: argparse.Namespace) -> int:
    from ..interchange import loads

    if not args.file.exists():
        raise UserError(f"{args.file}: no such file")
    try:
        with tempfile.TemporaryDirectory(prefix="irm-open-") as tmp:
            pkg = read_package(args.file, trust_set(args.trust), evidence_dir=Path(tmp))
            try:
                doc = loads(pkg.assessment_json)
            except ValueError as e:
                raise UserError(f"{args.file.name}: assessment.json: {str(e).splitlines()[0]}") from e
            if pkg.manifest.assessment_id not in {a.id for a in doc.assessments}:
                raise UserError(f"{args.file.name}: assessment.json does not hold the assessment the manifest names")
            files = {sha: p.read_bytes() for sha, p in pkg.evidence.items()}
    except SigningError as e:
        raise UserError(f"{args.file.name}: refused: {e}") from e
    signer = pkg.verdict.signer or "unknown signer"
    with open_library(args, write=True) as lib:
        changes = lib.load_snapshot(doc, files, signer=f"{signer} ({pkg.verdict.fingerprint})", who=who(args))
    trust = "trusted signer" if pkg.verdict.trusted else "signer not in your trusted list"
    print(f"opened {args.file.name} read-only: signed by {signer} ({trust})")
    for line in changes:
        print(f"  {line}")
    return 0
