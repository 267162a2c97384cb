"""The OGP context of an assessment: member eligibility values and grand-challenge tags."""

from __future__ import annotations

import argparse
import typing

from pydantic import ValidationError

from ..model import GRAND_CHALLENGES, EligibilityValue
from ..operations import assessments as ops
from ..operations import scoring
from .common import UserError, add_db, bounded_int, open_library, who

AREAS = typing.get_args(EligibilityValue.model_fields["area"].annotation)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eligibility", help="record a minimum-eligibility value of the plan's member")
    p.add_argument("plan")
    p.add_argument("area", choices=AREAS)
    p.add_argument("value", help="the recorded value, e.g. '4 of 4' or 'Yes'")
    p.add_argument("--source", default="", help="where the value comes from")
    p.add_argument("--year", type=bounded_int(1900, 2200, "--year"))
    add_db(p)
    p.set_defaults(func=cmd_eligibility)

    p = sub.add_parser("tag", help="tag a commitment with OGP grand challenges")
    p.add_argument("assessment")
    p.add_argument("commitment")
    p.add_argument("--grand-challenge", action="append", default=[], choices=list(GRAND_CHALLENGES),
                   help="repeat for several; none clears the tags")
    add_db(p)
    p.set_defaults(func=cmd_tag)


def cmd_eligibility(args: argparse.Namespace) -> int:
    try:
        item = EligibilityValue(area=args.area, value=args.value, source=args.source, year=args.year)
    except ValidationError as e:
        raise UserError(f"eligibility: {e.errors()[0]['msg']}") from e
    with open_library(args, write=True) as lib:
        ops.set_eligibility(lib, args.plan, item, who=who(args))
    print(f"{args.plan} {args.area} = {args.value}")
    return 0


def cmd_tag(args: argparse.Namespace) -> int:
    with open_library(args, write=True) as lib:
        a = lib.assessments.resolve_assessment(args.assessment)
        scoring.set_grand_challenges(lib, a.id, args.commitment, args.grand_challenge, who=who(args))
    print(f"{args.commitment}: " + (", ".join(GRAND_CHALLENGES[g] for g in args.grand_challenge) or "no grand challenge"))
    return 0
