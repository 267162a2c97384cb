"""`search`: every text of the library (plans, commitments, milestones, justifications,
evidence, narrative), one line per hit with what it is and where."""

from __future__ import annotations

import argparse

from ..operations import search as ops
from ..text_safety import for_terminal
from .common import add_db, open_library

HELP = "find words in plans, commitments, milestones, justifications, evidence, narrative and review comments"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help=HELP)
    p.add_argument("text", help="the words to find (all of them, in any order; no query syntax)")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--assessment", help="only this assessment and its plan's texts")
    scope.add_argument("--plan", help="only this plan's texts and its assessments'")
    p.add_argument("--limit", type=int, default=50, help="at most this many hits (default 50)")
    add_db(p)
    p.set_defaults(func=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    """Exit 0 with hits, 1 with none (as grep), so scripts can tell."""
    with open_library(args) as lib:
        found = ops.search(lib, args.text, plan_id=args.plan, assessment_id=args.assessment,
                           limit=max(1, args.limit))
    for h in found.hits:
        cells = (ops.KIND_LABELS.get(h.kind, h.kind), ops.where(h), ops.plain_snippet(h))
        print("\t".join(for_terminal(c) for c in cells))
    if not found.hits:
        print(f"no matches for {for_terminal(args.text)!s}")
        return 1
    if found.truncated:
        print(f"... {found.total - len(found.hits)} more (--limit {found.total} shows all)")
    return 0
