"""`irm-app public-comments add|import|list`: comments received in the public comment period."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..text_safety import for_terminal
from .common import UserError, input_file, open_library, table, who


def register(sub: argparse._SubParsersAction) -> None:
    from .common import add_db

    top = sub.add_parser("public-comments", help="comments of the public comment period: add, import a CSV, list")
    psub = top.add_subparsers(dest="public_command", metavar="ACTION", required=True)
    p = psub.add_parser("add", help="record one comment (pasted text)")
    p.add_argument("assessment")
    p.add_argument("--text", help="the comment as received")
    p.add_argument("--text-file", type=Path, help="read the comment from this UTF-8 file")
    p.add_argument("--name", default="", help="who sent it (empty: Anonymous)")
    p.add_argument("--date", default="", help="when it was received, YYYY-MM-DD (default: today)")
    p.add_argument("--about", default="", help="what it is about: a commitment id, or words")
    add_db(p)
    p.set_defaults(func=cmd_add)
    p = psub.add_parser("import", help="record every row of a CSV with the columns name, date, text, about")
    p.add_argument("assessment")
    p.add_argument("file", type=Path)
    add_db(p)
    p.set_defaults(func=cmd_import)
    p = psub.add_parser("list", help="the public comments with how each was handled (as the annex lists them)")
    p.add_argument("assessment")
    add_db(p)
    p.set_defaults(func=cmd_list)


def cmd_add(args: argparse.Namespace) -> int:
    from ..operations.public_comments import add_public_comment

    if args.text_file:
        text = input_file(args.text_file, 1024 * 1024).read_text(encoding="utf-8", errors="replace")
    elif args.text is not None:
        text = args.text
    else:
        raise UserError("give the comment: --text T or --text-file F")
    with open_library(args, write=True) as lib:
        c = add_public_comment(lib, args.assessment, text, name=args.name, when=args.date, about=args.about,
                               who=who(args)).result
    print(c.id)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ..operations.public_comments import import_public_csv, read_public_csv

    input_file(args.file)
    read_public_csv(args.file)  # every row checked before the library is opened for writing
    with open_library(args, write=True) as lib:
        r = import_public_csv(lib, args.assessment, args.file, who=who(args)).result
    print(f"imported {for_terminal(args.file.name)}: {r.new} public comments ({r.held} already here)")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from ..review.annex import public_annex_rows

    with open_library(args) as lib:
        rows = public_annex_rows(lib.snapshot([lib.assessments.resolve_assessment(args.assessment).id]).assessments[0])
    print(table([(r.number, for_terminal(r.name), r.date, for_terminal(r.about[:30]), for_terminal(r.text[:50]),
                  for_terminal(r.handling[:50] or "(not yet answered)")) for r in rows],
                ["#", "name", "date", "about", "comment", "how it was handled"]))
    return 0
