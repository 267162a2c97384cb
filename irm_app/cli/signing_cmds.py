"""Identity, signed packages, verification and opening a package for review.

The signing stack (cryptography, pyhanko) is imported inside each command, not here: every
`irm-app` start, the desktop app's included, builds this parser.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import UserError, add_db, input_file, open_library, who


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

    p = sub.add_parser("verify", help="verify a package or a signed PDF (exit 0 valid and trusted, "
                       "3 valid but signer not trusted, 1 invalid, 2 unreadable)")
    p.add_argument("file", type=Path)
    p.add_argument("--trust", action="append", default=[], metavar="FINGERPRINT|CERT.pem",
                   help="trust this signer for this run only (the lasting list: `irm-app trust add`)")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("open-package", help="verify a package, then open it as a read-only review copy")
    p.add_argument("file", type=Path)
    p.add_argument("--trust", action="append", default=[], metavar="FINGERPRINT|CERT.pem")
    p.add_argument("--accept-new-key", action="store_true",
                   help="open it although an earlier package of this assessment or signer came from another key")
    add_db(p)
    p.set_defaults(func=cmd_open_package)


def _new_passphrase(file: Path | None) -> bytes:
    from ..signing.identity import read_passphrase

    first = read_passphrase(file, "New passphrase for the signing key: ")
    if file is None and read_passphrase(None, "Repeat the passphrase: ") != first:
        raise UserError("the passphrases do not match")
    from ..signing.identity import passphrase_problem

    problem = passphrase_problem(first)
    if problem:
        raise UserError(problem)
    return first


def cmd_identity_create(args: argparse.Namespace) -> int:
    from ..operations.identity import create

    ident = create(args.name, args.email, args.org, args.country, _new_passphrase(args.passphrase_file),
                   replace=args.replace, who=who(args)).result
    _print_identity(ident)
    return 0


def cmd_identity_import(args: argparse.Namespace) -> int:
    from ..operations.identity import import_p12
    from ..signing.identity import read_passphrase

    p12 = read_passphrase(args.p12_passphrase_file, "Passphrase of the .p12 file: ")
    ident = import_p12(input_file(args.file), p12, _new_passphrase(args.passphrase_file), replace=args.replace,
                       who=who(args)).result
    _print_identity(ident)
    return 0


def cmd_identity_show(args: argparse.Namespace) -> int:
    from ..operations.identity import current

    _print_identity(current())
    return 0


def _print_identity(ident) -> None:
    print(f"subject:     {ident.subject_str}")
    print(f"fingerprint: {ident.fingerprint}  (SHA-256; register this with the OGP portal)")
    print(f"valid until: {ident.not_after:%Y-%m-%d}")


def cmd_package(args: argparse.Namespace) -> int:
    from ..operations.packaging import build_package
    from ..signing.identity import read_passphrase

    if not args.out.parent.is_dir():
        raise UserError(f"{args.out.parent}: no such folder")
    passphrase = read_passphrase(args.passphrase_file, "Passphrase of your signing key: ")
    with open_library(args, write=True) as lib:
        a = lib.assessments.resolve_assessment(args.assessment)
        status, version = a.status, a.version
        signer = build_package(lib, a.id, args.out, passphrase, lang=args.lang, who=who(args)).result.signer
    state = f"final, version {version}" if status == "final" else f"{status}: for review, marked DRAFT, not the final report"
    print(f"wrote {args.out} (signed by {signer}; {state})")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """The verdict; a valid package from another key than last time's is refused as opening refuses it."""
    from ..operations.review import check, default_history, trust_set
    from ..operations.trust import default_store

    input_file(args.file)
    checked = check(args.file, trust_set(args.trust), default_store(), default_history())
    code = checked.exit_code
    stream = sys.stdout if code == 0 else sys.stderr
    for line in checked.lines():
        print(line, file=stream)
    return code


def cmd_open_package(args: argparse.Namespace) -> int:
    from ..library.review_copies import ReviewCopyRefused
    from ..operations.review import default_history, load_review_copy, read_review_copy, trust_set
    from ..operations.trust import default_store
    from ..signing.continuity import KeyChanged
    from ..signing.verify import EXIT_INVALID, EXIT_UNTRUSTED, EXIT_VALID, report_state
    from ..text_safety import for_terminal

    input_file(args.file)
    copy = read_review_copy(args.file, trust_set(args.trust), default_store())  # verify first
    try:
        with open_library(args, write=True) as lib:
            opened = load_review_copy(lib, copy, who=who(args), history=default_history(),
                                      accept_new_key=args.accept_new_key).result
    except ReviewCopyRefused as e:
        print(f"irm-app: {for_terminal(e)}", file=sys.stderr)
        return EXIT_INVALID
    except KeyChanged as e:
        print(f"!!! {for_terminal(e)}", file=sys.stderr)
        print(f"Signer:       {for_terminal(copy.signer)}", file=sys.stderr)
        print(f"Fingerprint:  {copy.verdict.fingerprint}  (SHA-256)", file=sys.stderr)
        return EXIT_INVALID
    if opened.trusted:
        print(f"VALID package, trusted signer ({for_terminal(opened.trust_how)})")
    else:
        print("VALID package, but UNTRUSTED signer (not on your trusted list): compare the fingerprint with the signer "
              "before relying on it (`irm-app trust add FINGERPRINT --name NAME`)")
    print(f"Signer:       {for_terminal(opened.signer)}")
    print(f"Fingerprint:  {opened.fingerprint}  (SHA-256)")
    if copy.verdict.manifest is not None:
        print(f"Report:       {report_state(copy.verdict.manifest)}")
    print(f"opened {for_terminal(args.file.name)} as a read-only review copy")
    for line in opened.changes:
        print(f"  {for_terminal(line)}")
    return EXIT_VALID if opened.trusted else EXIT_UNTRUSTED
