"""`irm-app report`: the IRM report of an assessment as .docx or .pdf."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import UserError, add_db, open_library


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="export an assessment's report as Word or PDF")
    p.add_argument("assessment")
    p.add_argument("--format", choices=("docx", "pdf"), help="default: from the --out extension")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--lang", default="en", help="report language (available: %(default)s and any catalogue added)")
    add_db(p)
    p.set_defaults(func=cmd_report)


def report_format(args: argparse.Namespace) -> str:
    fmt = args.format or args.out.suffix.lower().lstrip(".")
    if fmt not in ("docx", "pdf"):
        raise UserError(f"{args.out}: say --format docx or --format pdf")
    return fmt


def cmd_report(args: argparse.Namespace) -> int:
    from ..operations.reports import report
    from ..reports import available_languages

    fmt = report_format(args)
    if args.lang not in available_languages():
        raise UserError(f"no report language {args.lang!r}; available: {', '.join(available_languages())}")
    if not args.out.parent.is_dir():
        raise UserError(f"{args.out.parent}: no such folder")
    with open_library(args) as lib:
        report(lib, lib.resolve_assessment(args.assessment).id, fmt, args.out, lang=args.lang)
    print(f"wrote {args.out}")
    return 0
