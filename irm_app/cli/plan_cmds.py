"""Plans typed or corrected by hand: plan-new, plan-edit, commitment-* and milestone-* (all audited).

Thin functions over `operations.plans`, for scripts and tests; positions on the command line
count from 1, as a reader of the plan counts.
"""

from __future__ import annotations

import argparse
from typing import Any

from ..operations import plans as ops
from .common import UserError, add_db, open_library, who

TEXT_OPTIONS = {"title": "title", "lead": "lead_institution", "theme": "theme", "description": "description",
                "problem": "problem", "start": "start", "end": "end", "number": "number"}
"""Commitment options -> model fields; other text fields with --set FIELD=TEXT."""


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--who", help="who is editing (default: your login name or IRM_APP_USER)")
    add_db(p)


def _commitment_options(p: argparse.ArgumentParser, *, title_required: bool) -> None:
    p.add_argument("--title", required=title_required)
    for opt in ("lead", "theme", "description", "problem", "start", "end", "number"):
        p.add_argument(f"--{opt}", help=f"the commitment's {TEXT_OPTIONS[opt].replace('_', ' ')}")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=TEXT",
                   help="any other text field (contribution, relevance, additional_info, short_title, url)")


def _plan_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--member-code", help="e.g. KE: prefixes the commitment ids made here")
    p.add_argument("--number", type=int, help="the action plan's number")
    p.add_argument("--period", help="e.g. 2024-2026")
    p.add_argument("--title")
    p.add_argument("--theme", action="append", help="a theme of the plan (repeat for more)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("plan-new", help="create a plan from nothing (then commitment-add)")
    p.add_argument("--member", required=True, help="the country or locality")
    p.add_argument("--id", dest="plan_id", help="the plan id (default AP_<code><nn>, OGP's style)")
    _plan_options(p)
    _common(p)
    p.set_defaults(func=cmd_plan_new)

    p = sub.add_parser("plan-edit", help="change a plan's member, number, period, title or themes")
    p.add_argument("plan")
    p.add_argument("--member")
    _plan_options(p)
    _common(p)
    p.set_defaults(func=cmd_plan_edit)

    p = sub.add_parser("commitment-add", help="add a commitment to a plan")
    p.add_argument("plan")
    p.add_argument("--id", dest="commitment_id", help="its id (default: member code + next number)")
    p.add_argument("--position", type=int, help="1 = first (default: last)")
    _commitment_options(p, title_required=True)
    _common(p)
    p.set_defaults(func=cmd_commitment_add)

    p = sub.add_parser("commitment-edit", help="change a commitment's fields (never its scores)")
    p.add_argument("plan")
    p.add_argument("commitment")
    p.add_argument("--id", dest="new_id", help="a new id (refused once scores or evidence name it)")
    _commitment_options(p, title_required=False)
    _common(p)
    p.set_defaults(func=cmd_commitment_edit)

    p = sub.add_parser("commitment-delete", help="delete a commitment (refused if scored, unless --force)")
    p.add_argument("plan")
    p.add_argument("commitment")
    p.add_argument("--force", action="store_true", help="also delete its scores, tags and evidence links")
    _common(p)
    p.set_defaults(func=cmd_commitment_delete)

    p = sub.add_parser("commitment-move", help="move a commitment to a position (1 = first)")
    p.add_argument("plan")
    p.add_argument("commitment")
    p.add_argument("position", type=int)
    _common(p)
    p.set_defaults(func=cmd_commitment_move)

    p = sub.add_parser("milestone-add", help="add a milestone to a commitment")
    p.add_argument("plan")
    p.add_argument("commitment")
    p.add_argument("--title", required=True)
    p.add_argument("--id", dest="milestone_id", help="its id (default <commitment>.<n>)")
    p.add_argument("--position", type=int, help="1 = first (default: last)")
    _milestone_options(p)
    _common(p)
    p.set_defaults(func=cmd_milestone_add)

    p = sub.add_parser("milestone-edit", help="change a milestone's title, text or dates")
    p.add_argument("plan")
    p.add_argument("commitment")
    p.add_argument("milestone")
    p.add_argument("--title")
    p.add_argument("--id", dest="new_id")
    _milestone_options(p)
    _common(p)
    p.set_defaults(func=cmd_milestone_edit)

    p = sub.add_parser("milestone-delete", help="delete a milestone")
    p.add_argument("plan")
    p.add_argument("commitment")
    p.add_argument("milestone")
    _common(p)
    p.set_defaults(func=cmd_milestone_delete)

    p = sub.add_parser("milestone-move", help="move a milestone to a position (1 = first)")
    p.add_argument("plan")
    p.add_argument("commitment")
    p.add_argument("milestone")
    p.add_argument("position", type=int)
    _common(p)
    p.set_defaults(func=cmd_milestone_move)


def _milestone_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--description")
    p.add_argument("--lead")
    p.add_argument("--start")
    p.add_argument("--end")


def _position(n: int | None) -> int | None:
    if n is None:
        return None
    if n < 1:
        raise UserError(f"position {n}: positions count from 1")
    return n - 1


def _commitment_changes(args: argparse.Namespace) -> dict[str, Any]:
    out = {field: getattr(args, opt) for opt, field in TEXT_OPTIONS.items() if getattr(args, opt) is not None}
    for item in args.set:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise UserError(f"--set {item!r}: expected FIELD=TEXT")
        if key in ("id", "milestones"):
            raise UserError(f"--set {key}: use --id, or the milestone-* commands")
        out[key] = value
    return out


def _plan_changes(args: argparse.Namespace) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("member", "member_code", "number", "title"):
        if getattr(args, key, None) is not None:
            out[key] = getattr(args, key)
    if args.period is not None:
        out["period_start"], out["period_end"] = ops.parse_period(args.period)
    if args.theme is not None:
        out["themes"] = args.theme
    return out


def cmd_plan_new(args: argparse.Namespace) -> int:
    with open_library(args, write=True) as lib:
        plan = ops.new_plan(lib, member=args.member, plan_id=args.plan_id, member_code=args.member_code,
                            number=args.number, period=args.period or "", title=args.title or "",
                            themes=args.theme, who=who(args)).result
    print(plan.id)
    return 0


def cmd_plan_edit(args: argparse.Namespace) -> int:
    changes = _plan_changes(args)
    if not changes:
        raise UserError("plan-edit: nothing to change (see irm-app plan-edit --help)")
    with open_library(args, write=True) as lib:
        old = ops.edit_plan(lib, args.plan, changes, who=who(args)).result
    print(f"{args.plan}: " + (", ".join(f"{k} changed" for k in old) or "nothing changed"))
    return 0


def cmd_commitment_add(args: argparse.Namespace) -> int:
    fields = _commitment_changes(args)
    title = fields.pop("title")
    with open_library(args, write=True) as lib:
        c = ops.add_commitment(lib, args.plan, title=title, commitment_id=args.commitment_id,
                               position=_position(args.position), fields=fields, who=who(args)).result
    print(c.id)
    return 0


def cmd_commitment_edit(args: argparse.Namespace) -> int:
    changes = _commitment_changes(args)
    if args.new_id:
        changes["id"] = args.new_id
    if not changes:
        raise UserError("commitment-edit: nothing to change (see irm-app commitment-edit --help)")
    with open_library(args, write=True) as lib:
        old = ops.edit_commitment(lib, args.plan, args.commitment, changes, who=who(args)).result
    print(f"{args.plan}/{args.commitment}: " + (", ".join(f"{k} changed" for k in old) or "nothing changed"))
    return 0


def cmd_commitment_delete(args: argparse.Namespace) -> int:
    with open_library(args, write=True) as lib:
        gone = ops.delete_commitment(lib, args.plan, args.commitment, force=args.force, who=who(args)).result
    n = len(gone.scores)
    extra = f" and its {n} score{'s' if n != 1 else ''}" if n else ""
    print(f"deleted {args.plan}/{args.commitment}{extra} (recorded in the audit log)")
    return 0


def cmd_commitment_move(args: argparse.Namespace) -> int:
    with open_library(args, write=True) as lib:
        ops.move_commitment(lib, args.plan, args.commitment, _position(args.position) or 0, who=who(args))
        order = lib.plans.commitment_ids(args.plan)
    print(f"{args.plan}/{args.commitment}: now {order.index(args.commitment) + 1} of {len(order)}")
    return 0


def _milestone_fields(args: argparse.Namespace) -> dict[str, Any]:
    return {k: getattr(args, k) for k in ("description", "lead", "start", "end") if getattr(args, k) is not None}


def cmd_milestone_add(args: argparse.Namespace) -> int:
    with open_library(args, write=True) as lib:
        m = ops.add_milestone(lib, args.plan, args.commitment, title=args.title, milestone_id=args.milestone_id,
                              position=_position(args.position), fields=_milestone_fields(args),
                              who=who(args)).result
    print(m.id)
    return 0


def cmd_milestone_edit(args: argparse.Namespace) -> int:
    changes = _milestone_fields(args)
    if args.title is not None:
        changes["title"] = args.title
    if args.new_id:
        changes["id"] = args.new_id
    if not changes:
        raise UserError("milestone-edit: nothing to change (see irm-app milestone-edit --help)")
    with open_library(args, write=True) as lib:
        old = ops.edit_milestone(lib, args.plan, args.commitment, args.milestone, changes, who=who(args)).result
    print(f"{args.milestone}: " + (", ".join(f"{k} changed" for k in old) or "nothing changed"))
    return 0


def cmd_milestone_delete(args: argparse.Namespace) -> int:
    with open_library(args, write=True) as lib:
        ops.delete_milestone(lib, args.plan, args.commitment, args.milestone, who=who(args))
    print(f"deleted {args.milestone}")
    return 0


def cmd_milestone_move(args: argparse.Namespace) -> int:
    with open_library(args, write=True) as lib:
        ops.move_milestone(lib, args.plan, args.commitment, args.milestone, _position(args.position) or 0,
                           who=who(args))
    print(f"{args.milestone}: now {args.position}")
    return 0
