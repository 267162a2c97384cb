"""`narrative`, `narratives`, `cluster`, `requirements`: the researcher's written sections, clusters
and the minimum-requirements review."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..operations import narrative as ops
from .common import UserError, add_db, input_file, open_library, table, who

MAX_TEXT_BYTES = 2_000_000  # a section is prose, not a data dump: refuse a wrong file early


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("narrative", help="write one section of the report (the form's [[narrative]])")
    p.add_argument("assessment")
    p.add_argument("section", help="the section's key (see `irm-app narratives ASSESSMENT`)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--commitment", help="for a section written per promising commitment")
    where.add_argument("--cluster", help="for a section written per cluster (by its name)")
    p.add_argument("--text-file", type=Path, required=True, help="UTF-8 text; an empty file removes the section")
    p.add_argument("--who")
    add_db(p)
    p.set_defaults(func=cmd_narrative)

    p = sub.add_parser("narratives", help="the report's sections, with word counts and suggested lengths")
    p.add_argument("assessment")
    add_db(p)
    p.set_defaults(func=cmd_narratives)

    p = sub.add_parser("cluster", help="group commitments analysed together (an empty --members dissolves it)")
    p.add_argument("assessment")
    p.add_argument("name")
    p.add_argument("--members", required=True, help="commitment ids, comma-separated")
    p.add_argument("--who")
    add_db(p)
    p.set_defaults(func=cmd_cluster)

    p = sub.add_parser("requirements",
                       help="the minimum requirements of the co-creation standards: level, requirement, justification")
    p.add_argument("assessment")
    add_db(p)
    p.set_defaults(func=cmd_requirements)


def read_text(path: Path) -> str:
    input_file(path)  # a named pipe would block, a device never end
    try:
        data = path.read_bytes()[:MAX_TEXT_BYTES + 1]
    except OSError as e:
        raise UserError(f"{path}: cannot read ({e.strerror})") from None
    if len(data) > MAX_TEXT_BYTES:
        raise UserError(f"{path}: larger than {MAX_TEXT_BYTES // 1_000_000} MB; a section is prose")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise UserError(f"{path}: not UTF-8 text (byte {e.start})") from None


def cmd_narrative(args: argparse.Namespace) -> int:
    text = read_text(args.text_file)
    with open_library(args, write=True) as lib:
        a = lib.assessments.resolve_assessment(args.assessment)
        ops.set_narrative(lib, a.id, args.section, text, commitment_id=args.commitment, cluster=args.cluster,
                          who=who(args))
    target = args.commitment or (f"cluster {args.cluster!r}" if args.cluster else "the plan")
    print(f"{a.id[:8]} {args.section} ({target}): {ops.word_count(text)} words")
    return 0


def cmd_narratives(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        a = lib.assessments.resolve_assessment(args.assessment)
        rows = ops.sections(lib, a.id)
    print(table([(s.section, s.target or "plan", s.title, s.words, s.suggested or "") for s in rows],
                ["section", "for", "title", "words", "suggested"]))
    return 0


def cmd_cluster(args: argparse.Namespace) -> int:
    members = [m.strip() for m in args.members.split(",") if m.strip()]
    with open_library(args, write=True) as lib:
        a = lib.assessments.resolve_assessment(args.assessment)
        change = ops.set_cluster(lib, a.id, args.name, members, who=who(args))
    print(f"cluster {args.name!r}: {', '.join(change.result) or 'dissolved'}")
    return 0


def cmd_requirements(args: argparse.Namespace) -> int:
    """Each plan field of the form's minimum-requirements review (`[report].requirements`), as the
    report prints it; score one with `irm-app score A FIELD=LEVEL --justification "… [E:id]"`."""
    from ..text_safety import for_terminal

    with open_library(args) as lib:
        a = lib.assessments.resolve_assessment(args.assessment)
        form = lib.forms.get(a.form)
        scores = lib.scores.all(a.id).get(None, {})
    keys = form.report.requirements
    if not keys:
        print(f"form {form.key} has no minimum-requirements review")
        return 0
    for key in keys:
        f = form.field(key)
        stored = scores.get(key)
        level = f.level(stored.value) if stored is not None and isinstance(stored.value, str) else None
        shown = for_terminal(level.label) if level else "not scored"
        print(f"{for_terminal(f.label)}: {shown}  ({key})")  # a form file is text from outside too
        if f.statement:
            print(f"  requires: {for_terminal(f.statement)}")
        if stored is not None and stored.justification:
            print(f"  justification: {for_terminal(stored.justification)}")
    return 0
