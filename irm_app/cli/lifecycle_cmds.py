"""An assessment's lifecycle: `status` (draft / final) and `delete-assessment`, both audited."""

from __future__ import annotations

import argparse
import sys

from ..operations import assessments as ops
from .common import UserError, add_db, open_library, who


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("status", help="draft, submitted (for review) or final: final numbers a version and "
                       "locks scores and narrative; leaving final reopens it (all audited)")
    p.add_argument("assessment")
    p.add_argument("status", choices=ops.STATUSES)
    p.add_argument("--who", help="who is changing it (default: your login name or IRM_APP_USER)")
    add_db(p)
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("delete-assessment",
                       help="delete an assessment with its scores and evidence (the audit log keeps the record)")
    p.add_argument("assessment")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--who")
    add_db(p)
    p.set_defaults(func=cmd_delete)


def cmd_status(args: argparse.Namespace) -> int:
    with open_library(args, write=True) as lib:
        a = lib.assessments.resolve_assessment(args.assessment)
        ops.set_status(lib, a.id, args.status, who=who(args))
        version = lib.assessments.assessment(a.id).version
    note = f" (version {version})" if args.status == "final" else " (reopened)" if a.status == "final" else ""
    print(f"{a.id} {a.status} -> {args.status}{note}")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with open_library(args, write=True) as lib:
        a = lib.assessments.resolve_assessment(args.assessment)
        n = sum(len(f) for f in lib.scores.all(a.id).values())
        what = f"assessment {a.id} ({a.plan_id}, {a.form}, {n} score{'' if n == 1 else 's'})"
        if not args.yes:
            if not sys.stdin.isatty():
                raise UserError(f"delete {what}: say --yes to confirm")
            answer = input(f"Delete {what}? This cannot be undone. [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("not deleted")
                return 0
        ops.delete_assessment(lib, a.id, who=who(args))
    print(f"deleted {what}")
    return 0
