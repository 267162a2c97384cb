"""`irm-app trust add|list|remove`: the reviewer's trusted signers and organisation CAs.

Thin front ends over `irm_app.operations.trust` and `operations.review` (the trust file lives in
the user data folder; review copies in the library).
"""

from __future__ import annotations

import argparse

from ..text_safety import for_terminal
from .common import table, who


def register(sub: argparse._SubParsersAction) -> None:
    trust = sub.add_parser("trust", help="the signers (and organisation CAs) whose packages you trust")
    tsub = trust.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    p = tsub.add_parser("add", help="trust a signer by certificate file or SHA-256 fingerprint")
    p.add_argument("what", metavar="CERT.pem|FINGERPRINT")
    p.add_argument("--name", default="", help="who this is (required with a bare fingerprint)")
    p.add_argument("--ca", action="store_true",
                   help="the certificate is an organisation's CA: trust every signing key it issued")
    p.set_defaults(func=cmd_trust_add)
    p = tsub.add_parser("list", help="the trusted signers and CAs, with full fingerprints")
    p.set_defaults(func=cmd_trust_list)
    p = tsub.add_parser("remove", help="stop trusting a signer (fingerprint, its prefix, or name)")
    p.add_argument("ref", metavar="FINGERPRINT|NAME")
    p.set_defaults(func=cmd_trust_remove)


def cmd_trust_add(args: argparse.Namespace) -> int:
    from ..operations.trust import add_trusted, default_store

    entry = add_trusted(default_store(), args.what, args.name, ca=args.ca, who=who(args)).result
    kind = "CA (every key it issues)" if entry.kind == "anchor" else "signer"
    print(f"trusted {kind}: {for_terminal(entry.name)}")
    print(f"fingerprint: {entry.fingerprint}")
    return 0


def cmd_trust_list(args: argparse.Namespace) -> int:
    from ..operations.trust import default_store, trusted

    store = default_store()
    entries = trusted(store)
    if not entries:
        print(f"no trusted signers yet ({store.path}); add one with `irm-app trust add`")
        return 0
    rows = [("CA" if e.kind == "anchor" else "signer", for_terminal(e.name), e.fingerprint, e.added[:10])
            for e in entries]
    print(table(rows, ["kind", "name", "SHA-256 fingerprint", "added"]))
    return 0


def cmd_trust_remove(args: argparse.Namespace) -> int:
    from ..operations.trust import default_store, remove_trusted

    entry = remove_trusted(default_store(), args.ref, who=who(args)).result
    print(f"no longer trusted: {for_terminal(entry.name)} ({entry.fingerprint})")
    return 0


def register_review(sub: argparse._SubParsersAction) -> None:
    from .common import add_db

    p = sub.add_parser("review-copies", help="the read-only review copies opened from packages")
    add_db(p)
    p.set_defaults(func=cmd_review_copies)
    p = sub.add_parser("remove-review-copy", help="delete a review copy and its files (your own work is untouched)")
    p.add_argument("copy", metavar="COPY", help="its id (or a unique prefix), or the assessment id the package named")
    add_db(p)
    p.set_defaults(func=cmd_remove_review_copy)


def cmd_review_copies(args: argparse.Namespace) -> int:
    from .common import open_library

    with open_library(args) as lib:
        copies = lib.review_copies.all()
    if not copies:
        print("no review copies")
        return 0
    rows = [(c.id, "unreadable: " + for_terminal(c.problem) if c.status != "ok" else "ok",
             for_terminal(c.signer), c.opened[:16], for_terminal(c.package_name)) for c in copies]
    print(table(rows, ["copy", "status", "signer (SHA-256 fingerprint)", "opened", "package"]))
    return 0


def cmd_remove_review_copy(args: argparse.Namespace) -> int:
    from ..operations.review import remove_review_copy
    from .common import open_library

    with open_library(args, write=True) as lib:
        info = remove_review_copy(lib, args.copy, who=who(args)).result
    print(f"removed review copy {info.id} (signed by {for_terminal(info.signer)})")
    return 0
