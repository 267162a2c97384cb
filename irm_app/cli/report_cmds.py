"""`irm-app report`: the IRM report of an assessment as .docx or .pdf."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import UserError, add_db, open_library


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="export an assessment's report as Word or PDF")
    p.add_argument("assessment")
    p.add_argument("--format", choices=("docx", "pdf"), help="default: from the --out extension")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--lang", default="en", help="report language: en, es, fr, pt (any catalogue in "
                   "resources/translations), or qps-ploc, the pseudo-locale for checking")
    p.add_argument("--summary-lang", help="add the executive summary in this language too (IRM practice: "
                   "--lang es --summary-lang en)")
    p.add_argument("--legacy", action="store_true", help="the legacy layout: a section per commitment with "
                   "the plan's text, the government's reports and every score (progress / end-of-term reports)")
    p.add_argument("--passphrase-file", type=Path, help="a final PDF is signed when you have a signing "
                   "identity: read its passphrase from this file's first line (else asked)")
    p.add_argument("--no-sign", action="store_true", help="write the PDF unsigned")
    add_db(p)
    p.set_defaults(func=cmd_report)


def report_format(args: argparse.Namespace) -> str:
    fmt = args.format or args.out.suffix.lower().lstrip(".")
    if fmt not in ("docx", "pdf"):
        raise UserError(f"{args.out}: say --format docx or --format pdf")
    return fmt


def cmd_report(args: argparse.Namespace) -> int:
    from ..methodology.i18n import PSEUDO
    from ..operations.reports import missing_translations, render_report, report_input
    from ..reports import available_languages

    fmt = report_format(args)
    for lang in (args.lang, args.summary_lang):
        if lang is not None and lang not in [*available_languages(), PSEUDO]:
            raise UserError(f"no report language {lang!r}; available: {', '.join(available_languages())}")
    if not args.out.parent.is_dir():
        raise UserError(f"{args.out.parent}: no such folder")
    with open_library(args) as lib:
        inp = report_input(lib, lib.assessments.resolve_assessment(args.assessment).id)
    for lang in {args.lang, args.summary_lang} - {None}:
        missing = missing_translations(inp, lang)
        if missing:
            print(f"warning: {len(missing)} methodology string(s) of {inp.form.key} have no {lang} translation; "
                  f"English shown (irm-app forms --check-translations lists them)", file=sys.stderr)
    render_report(inp, fmt, args.out, lang=args.lang, summary_lang=args.summary_lang,
                  structure="legacy" if args.legacy else "product")
    note = _sign(args, inp) if fmt == "pdf" and not args.no_sign else ""
    print(f"wrote {args.out}{note}")
    return 0


def _sign(args: argparse.Namespace, inp: object) -> str:
    """' (signed by …)', or a note on stderr saying why the PDF is unsigned (no identity, a draft)."""
    from ..operations.identity import current_or_none
    from ..operations.reports import ReportNotSigned, sign_report
    from ..signing.identity import read_passphrase

    if current_or_none() is None:
        print("note: not signed: no signing identity (irm-app identity create)", file=sys.stderr)
        return ""
    if inp.doc.assessment(inp.assessment_id).status != "final":  # type: ignore[attr-defined]
        status = inp.doc.assessment(inp.assessment_id).status  # type: ignore[attr-defined]
        print(f"note: not signed: the assessment is {status} (only a final report is signed)", file=sys.stderr)
        return ""
    passphrase = read_passphrase(args.passphrase_file, "Passphrase of your signing key: ")
    try:
        return f" (signed by {sign_report(inp, args.out, passphrase)})"  # type: ignore[arg-type]
    except ReportNotSigned as e:
        print(f"note: {e}", file=sys.stderr)
        return ""
