"""`irm-app`: the command line. No subcommand opens the desktop app.

Exit codes: 0 success; 2 bad input or usage (one line on stderr, no traceback); 1 internal
error (one line on stderr, the traceback in the log file it names).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
import warnings
from pathlib import Path

from .. import __version__
from ..errors import UserFacingError, one_line
from ..paths import user_data_dir
from ..text_safety import for_terminal
from . import (
    backup_cmds,
    context_cmds,
    gui_cmd,
    library_cmds,
    lifecycle_cmds,
    narrative_cmds,
    plan_cmds,
    report_cmds,
    signing_cmds,
    trust_cmds,
)

REGISTRARS = [
    library_cmds.register,
    plan_cmds.register,
    lifecycle_cmds.register,
    narrative_cmds.register,
    context_cmds.register,
    report_cmds.register,
    signing_cmds.register,
    trust_cmds.register,
    trust_cmds.register_review,
    backup_cmds.register,
    gui_cmd.register,
]
"""Each command group adds its subcommands; a new group is one import and one entry here."""


class OneLineParser(argparse.ArgumentParser):
    """Usage errors as the one line the exit-code contract promises (argparse prints the usage too)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        text = " ".join(message.split())
        if len(text) > 300:  # a 4,300-digit number echoed back is not a message
            text = text[:300] + "..."
        print(f"{self.prog}: {for_terminal(text)} (see {self.prog} --help)", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="irm-app",
        description="IRM Assessor: assess OGP action plans with the IRM methodology. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"irm-app {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for register in REGISTRARS:
        register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    if not os.environ.get("IRM_APP_DEBUG"):
        # Libraries' warnings (e.g. cryptography's on long certificate names) are for developers,
        # not for the person at the terminal; IRM_APP_DEBUG=1 shows them.
        warnings.simplefilter("ignore")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            args = parser.parse_args(["gui", *(argv if argv is not None else sys.argv[1:])])
    except SystemExit as e:  # usage errors (2) and --help / --version (0), as a return value
        return int(e.code or 0)
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return code
    except BrokenPipeError:
        return _closed_pipe()
    except UserFacingError as e:  # every package's user errors derive from it
        print(f"irm-app: {for_terminal(one_line(e))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("irm-app: interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # an internal error: keep the details, show one line
        log = _log_traceback()
        print(f"irm-app: internal error: {for_terminal(one_line(e))} (details in {log})", file=sys.stderr)
        return 1


def _closed_pipe() -> int:
    """`irm-app plans | head`: the reader left; stop quietly, as cat and grep do (exit 141 = 128 + SIGPIPE).

    stdout is pointed at devnull so the interpreter's final flush cannot raise again.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
    return 141


def _log_traceback() -> Path | str:
    try:
        log = user_data_dir() / "errors.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        with open(log, "a", encoding="utf-8") as f:
            f.write(traceback.format_exc() + "\n")
        return log
    except OSError:
        return "stderr (the log could not be written)"
