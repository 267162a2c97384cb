"""`irm-app gui`: the desktop app. Checks for a display before Qt can abort the process."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import system_libs
from .common import UserError, add_db, db_path, open_library, who


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the desktop app (the default)")
    add_db(p)
    p.add_argument("--screenshot", type=Path, metavar="FILE.png",
                   help="render the main window offscreen to a PNG and exit")
    p.add_argument("--sample", action="store_true",
                   help="open on the bundled sample plan: import it and start an assessment if there is none")
    p.add_argument("--form", default=SAMPLE_FORM, help="the form of that assessment (default: %(default)s)")
    p.add_argument("--researcher", default="", help="your name, recorded on the assessment and in the audit log")
    p.set_defaults(func=cmd_gui)


SAMPLE_FORM = "irm-results-report-2021"  # the sample is a 2022-2024 plan: the refreshed methodology


def prepare_sample(args: argparse.Namespace, researcher: str) -> None:
    """Make sure the library holds the sample plan with an assessment to open (idempotent), in
    the researcher's name (the GUI asks it at the first start; never the login name by default)."""
    from ..operations import assessments as ops
    from ..paths import sample_plan

    bundle = ops.read_plan_file(sample_plan())
    with open_library(args, write=True) as lib:
        missing = [p for p in bundle.plans if not lib.plans.has_plan(p.id)]
        if missing:
            ops.import_bundle(lib, bundle, who=researcher or who(args))
        for plan in bundle.plans:
            if not lib.assessments.all(plan.id):
                ops.new_assessment(lib, plan.id, args.form, researcher=researcher, who=researcher or who(args))


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_gui(args: argparse.Namespace) -> int:
    if args.screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif not has_display():
        raise UserError(
            "no display available: run it in a desktop session, or use the command-line "
            "subcommands (irm-app --help), or irm-app gui --screenshot FILE.png"
        )
    elif (missing := system_libs.problem()) is not None:
        raise UserError(missing)
    from ..ui import stack_check

    if (broken := stack_check.problem()) is not None:
        raise UserError(broken)
    from ..ui.app import run_gui

    prepare = (lambda name: prepare_sample(args, name)) if args.sample else None
    return run_gui(db_path(args), screenshot=args.screenshot, researcher=args.researcher, prepare=prepare,
                   whole_process=getattr(args, "process_exits", False))
