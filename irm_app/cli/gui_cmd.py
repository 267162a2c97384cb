"""`irm-app gui`: the desktop app. Checks for a display before Qt can abort the process."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .common import UserError, add_db, db_path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the desktop app (the default)")
    add_db(p)
    p.add_argument("--screenshot", type=Path, metavar="FILE.png",
                   help="render the main window offscreen to a PNG and exit")
    p.set_defaults(func=cmd_gui)


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
    from ..ui.app import run_gui

    return run_gui(db_path(args), screenshot=args.screenshot)
