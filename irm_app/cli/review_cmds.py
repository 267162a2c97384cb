"""The review loop on the command line: comment, comments, reply, resolve, review-state,
review-export. Thin front ends over `operations.comments` and `operations.review_files`;
`import F.irmreview` / `import reviewed.docx` live with `import` (cli/review_import.py)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from ..text_safety import for_terminal
from .common import UserError, add_db, input_file, open_library, table, who

if TYPE_CHECKING:
    from ..interchange import CommentDoc

HELP = {
    "comment": "comment on an assessment or review copy: a commitment, a field, a section, the plan or the report",
    "comments": "list the comments of an assessment or review copy, threaded (filters: open, reviewer, commitment)",
    "reply": "reply to a comment (in its thread)",
    "resolve": "resolve a comment (with a note, or changing the score it is about), or reopen it",
    "review-state": "set a review state (e.g. needs_changes, approved) of a commitment or of the report",
    "review-export": "export your comments and states on a review copy as a signed .irmreview file",
}


def _text(args: argparse.Namespace) -> str:
    if getattr(args, "text_file", None):
        return input_file(args.text_file, 1024 * 1024).read_text(encoding="utf-8", errors="replace")
    if args.text is None:
        raise UserError("give the text: --text T or --text-file F")
    return args.text


def _add_text(p: argparse.ArgumentParser) -> None:
    p.add_argument("--text", help="the text")
    p.add_argument("--text-file", type=Path, help="read the text from this UTF-8 file")


def _add_author(p: argparse.ArgumentParser) -> None:
    p.add_argument("--author", help="who says it (default: IRM_APP_USER, else your login name)")
    p.add_argument("--role", help="the author's role (resources/review/review.toml: irm_staff, external_reviewer, "
                                  "government, civil_society, public)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("comment", help=HELP["comment"])
    p.add_argument("target", metavar="COPY_OR_ASSESSMENT")
    p.add_argument("commitment", nargs="?")
    p.add_argument("--field", help="a field of the form (with COMMITMENT, or a plan-level field without)")
    p.add_argument("--section", help="a narrative section key")
    p.add_argument("--cluster", help="a cluster's name")
    p.add_argument("--plan", action="store_true", help="about the plan-level assessment (default: the whole report)")
    _add_text(p)
    _add_author(p)
    add_db(p)
    p.set_defaults(func=cmd_comment)

    p = sub.add_parser("comments", help=HELP["comments"])
    p.add_argument("target", metavar="COPY_OR_ASSESSMENT")
    state = p.add_mutually_exclusive_group()
    state.add_argument("--open", action="store_const", const="open", dest="status", help="open threads only")
    state.add_argument("--resolved", action="store_const", const="resolved", dest="status")
    p.add_argument("--author", help="threads started by this reviewer")
    p.add_argument("--role", help="threads started by this role")
    p.add_argument("--commitment", help="about this commitment")
    p.add_argument("--states", action="store_true", help="the review states instead")
    p.add_argument("--tracked-changes", action="store_true", help="tracked changes of imported Word files instead")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_db(p)
    p.set_defaults(func=cmd_comments)

    p = sub.add_parser("reply", help=HELP["reply"])
    p.add_argument("comment", metavar="COMMENT_ID")
    _add_text(p)
    _add_author(p)
    add_db(p)
    p.set_defaults(func=cmd_reply)

    p = sub.add_parser("resolve", help=HELP["resolve"])
    p.add_argument("comment", metavar="COMMENT_ID")
    p.add_argument("--note", help="how it was handled (printed in the public comments' annex)")
    p.add_argument("--score", metavar="LEVEL", help="change the score the comment is about to LEVEL (linked to it)")
    p.add_argument("--field", help="with --score: the field, if the comment is about a commitment, not a field")
    p.add_argument("--justification", help="with --score: the new justification")
    p.add_argument("--reopen", action="store_true", help="reopen a resolved comment")
    add_db(p)
    p.set_defaults(func=cmd_resolve)

    p = sub.add_parser("review-state", help=HELP["review-state"])
    p.add_argument("target", metavar="COPY_OR_ASSESSMENT")
    p.add_argument("state", help="a review state of resources/review/review.toml")
    p.add_argument("--commitment", help="of this commitment (default: of the report)")
    p.add_argument("--reviewer", help="your name (default: IRM_APP_USER, else your login name)")
    p.add_argument("--role", help="your role")
    add_db(p)
    p.set_defaults(func=cmd_review_state)

    p = sub.add_parser("review-export", help=HELP["review-export"])
    p.add_argument("copy", metavar="COPY")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--role", help="your role (default: that of your first comment)")
    p.add_argument("--passphrase-file", type=Path)
    add_db(p)
    p.set_defaults(func=cmd_review_export)


def cmd_comment(args: argparse.Namespace) -> int:
    from ..operations.comments import add_comment

    with open_library(args, write=True) as lib:
        c = add_comment(lib, args.target, _text(args), author=args.author or who(args), role=args.role,
                        commitment_id=args.commitment, field_key=args.field, cluster=args.cluster,
                        section=args.section, plan=args.plan, who=who(args)).result
    print(c.id)
    return 0


def _where(c: CommentDoc) -> str:
    parts = [c.anchor]
    for key in ("commitment_id", "field", "cluster", "section"):
        value = getattr(c, key)
        if value:
            parts.append(value)
    return for_terminal(" ".join(parts))


def cmd_comments(args: argparse.Namespace) -> int:
    from ..operations import comments as ops

    with open_library(args) as lib:
        if args.states:
            rows = [s.model_dump(mode="json") for s in ops.review_states(lib, args.target)]
            if args.json:
                print(json.dumps(rows, ensure_ascii=False, indent=2))
            else:
                print(table([(r["commitment_id"] or "(report)", for_terminal(r["reviewer"]), for_terminal(r["role"]),
                              for_terminal(r["state"]), r["updated"]) for r in rows], ["commitment", "reviewer", "role", "state", "updated"]))
            return 0
        if args.tracked_changes:
            changes = ops.tracked_changes(lib, args.target)
            if args.json:
                print(json.dumps([t.__dict__ for t in changes], ensure_ascii=False, indent=2))
            else:
                print(table([(t.kind, for_terminal(t.author), for_terminal(t.commitment_id or t.section or "(document)"),
                              for_terminal(t.text[:60])) for t in changes], ["kind", "author", "where", "text"]))
                print("tracked changes are listed, never applied: make the edits you agree with yourself")
            return 0
        found = ops.list_comments(lib, args.target, status=args.status, author=args.author, role=args.role,
                                  commitment_id=args.commitment)
    if args.json:
        print(json.dumps([c.model_dump(mode="json") for c in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("no comments")
        return 0
    for c, depth in ops.threads(found):
        pad = "    " * depth
        flags = [c.status] + (["older version"] if c.outdated else []) + (
            [f"score {c.score_change.get('field')}: {c.score_change.get('old')!r} -> {c.score_change.get('new')!r}"]
            if c.score_change else [])
        print(f"{pad}{c.id[:8]}  [{_where(c)}]  {for_terminal(c.author)} ({for_terminal(c.role)}), {c.created_at}  "
              f"{for_terminal(', '.join(flags))}")
        for line in c.text.splitlines() or [""]:
            print(f"{pad}    {for_terminal(line)}")
        if c.status == "resolved":
            note = f": {c.note}" if c.note else ""
            print(f"{pad}    resolved by {for_terminal(c.resolved_by)} at {c.resolved_at}{for_terminal(note)}")
    return 0


def cmd_reply(args: argparse.Namespace) -> int:
    from ..operations.comments import reply

    with open_library(args, write=True) as lib:
        c = reply(lib, args.comment, _text(args), author=args.author or who(args), role=args.role,
                  who=who(args)).result
    print(c.id)
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from ..operations import comments as ops

    if args.reopen and (args.score or args.note):
        raise UserError("--reopen takes no --score or --note")
    with open_library(args, write=True) as lib:
        if args.reopen:
            c = ops.reopen(lib, args.comment, who=who(args)).result
        else:
            if args.score is not None:
                ops.score_from_comment(lib, args.comment, args.score, field_key=args.field,
                                       justification=args.justification, who=who(args))
            c = ops.resolve(lib, args.comment, who=who(args), note=args.note).result
    print(f"{c.id[:8]} {c.status}" + (f" (score {c.score_change['field']} -> {c.score_change['new']!r})"
                                     if c.score_change and args.score is not None else ""))
    return 0


def cmd_review_state(args: argparse.Namespace) -> int:
    from ..operations.comments import set_review_state

    with open_library(args, write=True) as lib:
        s = set_review_state(lib, args.target, args.state, reviewer=args.reviewer or who(args), role=args.role,
                             commitment_id=args.commitment, who=who(args)).result
    print(f"{s.commitment_id or 'report'}: {s.state} ({for_terminal(s.reviewer)}, {s.role})")  # both from the vocabulary
    return 0


def cmd_review_export(args: argparse.Namespace) -> int:
    from ..operations.review_files import export_review
    from ..signing.identity import read_passphrase

    if not args.out.parent.is_dir():
        raise UserError(f"{args.out.parent}: no such folder")
    with open_library(args, write=True) as lib:
        from ..library.review_copies import resolve_copy

        resolve_copy(lib, args.copy)  # a clear line before the passphrase is asked
        passphrase = read_passphrase(args.passphrase_file, "Passphrase of your signing key: ")
        r = export_review(lib, args.copy, args.out, passphrase, who=who(args), role=args.role).result
    print(f"wrote {args.out}: {r.comments} comments, {r.states} review states, "
          f"reviewing package {r.package_sha256[:16] or '(unknown version)'}")
    return 0
