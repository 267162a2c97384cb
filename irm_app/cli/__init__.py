"""`irm-app`: the command line. No subcommand opens the desktop app.

Exit codes: 0 success; 2 bad input or usage (one line on stderr, no traceback); 1 internal
error (one line on stderr, the traceback in the log file it names).

Start-up cost is the interpreter's plus argparse's: this module imports nothing of the app.
The arguments are parsed first; only the module of the command that runs is imported (it
registers its subcommands in full, the others are listed from `COMMANDS` with their one-line
help), so `--version` and `--help` import no library, model or Qt code and `verify` no report
code. `tests/test_cli_imports.py` holds both: the listing equals the full parser's, and what each
command imports.
"""

from __future__ import annotations

import os
import sys

from .. import __version__
from ..errors import UserFacingError, one_line

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~1.5 ms of every start)
if TYPE_CHECKING:
    import argparse

COMMANDS: dict[str, tuple[tuple[str, str], ...]] = {
    "library_cmds": (
        ("import", "import a plan (JSON), OGP's commitments table (CSV/XLSX) or the plan's document (PDF/DOCX); "
                   "or review files (.irmreview) and a reviewed .docx"),
        ("plans", "list the plans in the library"),
        ("assessments", "list assessments with their progress"),
        ("forms", "list the methodology forms"),
        ("new-assessment", "start assessing a plan with a methodology form"),
        ("score", "record levels: score ASSESSMENT COMMITMENT FIELD=LEVEL... (no COMMITMENT: plan-level fields)"),
        ("show", "show an assessment, or one commitment of it"),
        ("export-json", "write the interchange document (irm-app/1)"),
    ),
    "plan_cmds": (
        ("plan-new", "create a plan from nothing (then commitment-add)"),
        ("plan-edit", "change a plan's member, number, period, title or themes"),
        ("commitment-add", "add a commitment to a plan"),
        ("commitment-edit", "change a commitment's fields (never its scores)"),
        ("commitment-delete", "delete a commitment (refused if scored, unless --force)"),
        ("commitment-move", "move a commitment to a position (1 = first)"),
        ("milestone-add", "add a milestone to a commitment"),
        ("milestone-edit", "change a milestone's title, text or dates"),
        ("milestone-delete", "delete a milestone"),
        ("milestone-move", "move a milestone to a position (1 = first)"),
    ),
    "lifecycle_cmds": (
        ("status",
         "draft, submitted (for review) or final: final numbers a version and locks scores and narrative; leaving final reopens it (all audited)"),
        ("delete-assessment", "delete an assessment with its scores and evidence (the audit log keeps the record)"),
    ),
    "narrative_cmds": (
        ("narrative", "write one section of the report (the form's [[narrative]])"),
        ("narratives", "the report's sections, with word counts and suggested lengths"),
        ("cluster", "group commitments analysed together (an empty --members dissolves it)"),
        ("requirements", "the minimum requirements of the co-creation standards: level, requirement, justification"),
    ),
    "context_cmds": (
        ("eligibility", "record a minimum-eligibility value of the plan's member"),
        ("tag", "tag a commitment with OGP grand challenges"),
    ),
    "report_cmds": (
        ("report", "export an assessment's report as Word or PDF"),
    ),
    "signing_cmds": (
        ("identity", "the researcher's signing identity"),
        ("package", "export a signed .irmpkg (report PDF + DOCX, assessment.json, evidence)"),
        ("verify", "verify a package or a signed PDF (exit 0 valid and trusted, "
                   "3 valid but signer not trusted, 1 invalid, 2 unreadable)"),
        ("open-package", "verify a package, then open it as a read-only review copy"),
    ),
    "trust_cmds": (
        ("trust", "the signers (and organisation CAs) whose packages you trust"),
        ("review-copies", "the read-only review copies opened from packages"),
        ("remove-review-copy", "delete a review copy and its files (your own work is untouched)"),
    ),
    "review_cmds": (
        ("comment", "comment on an assessment or review copy: a commitment, a field, a section, the plan or the report"),
        ("comments", "list the comments of an assessment or review copy, threaded (filters: open, reviewer, commitment)"),
        ("reply", "reply to a comment (in its thread)"),
        ("resolve", "resolve a comment (with a note, or changing the score it is about), or reopen it"),
        ("review-state", "set a review state (e.g. needs_changes, approved) of a commitment or of the report"),
        ("review-export", "export your comments and states on a review copy as a signed .irmreview file"),
    ),
    "public_cmds": (
        ("public-comments", "comments of the public comment period: add, import a CSV, list"),
    ),
    "backup_cmds": (
        ("backup", "copy the library now (default: into its backups folder)"),
        ("backups", "list the library's automatic backups, newest first"),
        ("restore", "replace the library by a backup (the current file is kept aside)"),
    ),
    "search_cmds": (
        ("search", "find words in plans, commitments, milestones, justifications, evidence, narrative and review comments"),
    ),
    "gui_cmd": (
        ("gui", "open the desktop app (the default)"),
    ),
}
"""Command module -> its subcommands and their one-line help, in the order `--help` lists them.
A module's `register(sub)` adds the same names with the same help (a test compares them); a new
group is one entry here and one module with `register` (or the functions named in REGISTRARS)."""

REGISTRARS: dict[str, tuple[str, ...]] = {"trust_cmds": ("register", "register_review")}
"""A module whose commands are added by more than its `register`: its functions, in order."""

DEFAULT = "gui"

DESCRIPTION = ("IRM Assessor: assess OGP action plans with the IRM methodology. "
               "Without a command, opens the desktop app.")


def module_of(command: str) -> str | None:
    return next((m for m, cmds in COMMANDS.items() if any(name == command for name, _ in cmds)), None)


def chosen_command(argv: list[str]) -> str:
    """The subcommand named on the line (top-level options take no value), else the default."""
    return next((a for a in argv if not a.startswith("-")), DEFAULT)


def build_parser(full: str | tuple[str, ...] | None = None) -> argparse.ArgumentParser:
    """The parser; the modules in `full` (None: every module) register their subcommands in
    full, the others only list theirs by name and help."""
    import argparse
    import importlib

    class Formatter(argparse.HelpFormatter):
        """argparse's, sized without `shutil` (which imports zlib, bz2 and lzma: ~3 ms of --help)."""

        def __init__(self, prog: str) -> None:
            super().__init__(prog, width=_columns() - 2)

    class OneLineParser(argparse.ArgumentParser):
        """Usage errors as the one line the exit-code contract promises (argparse prints the usage too)."""

        def error(self, message: str) -> None:  # type: ignore[override]
            _usage_error(self.prog, message)

    parser = OneLineParser(
        formatter_class=Formatter,
        prog="irm-app",
        description=DESCRIPTION,
    )
    parser.add_argument("--version", action="version", version=f"irm-app {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    wanted = tuple(COMMANDS) if full is None else (full,) if isinstance(full, str) else full
    for module, commands in COMMANDS.items():
        if module in wanted:
            loaded = importlib.import_module(f"{__name__}.{module}")
            for registrar in REGISTRARS.get(module, ("register",)):
                getattr(loaded, registrar)(sub)
            continue
        real, sub._parser_class = sub._parser_class, _Listed  # argparse's own hook for the class
        try:
            for name, help_text in commands:
                sub.add_parser(name, help=help_text)
        finally:
            sub._parser_class = real
    return parser


class _Listed:
    """A subcommand that is only listed (name and help in --help, a valid choice): never parsed,
    since the command that runs is always registered in full. A real ArgumentParser per listed
    command cost 21 parsers and ~60 gettext catalogue look-ups on every start."""

    def __init__(self, **_: object) -> None:
        pass


def _columns() -> int:
    """The terminal's width as shutil.get_terminal_size gives it: $COLUMNS, the terminal, else 80."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def main(argv: list[str] | None = None) -> int:
    """Run one command. Without `argv` the call is the process's own command line (the
    `irm-app` script, `python -m irm_app`): the process exits after it (`args.process_exits`)."""
    process_exits = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"]:  # the one answer that needs no parser at all
        print(f"irm-app {__version__}")
        return 0
    if argv in (["--help"], ["-h"]) and _print_ready_help():
        return 0
    if not os.environ.get("IRM_APP_DEBUG"):
        # Libraries' warnings (e.g. cryptography's on long certificate names) are for developers,
        # not for the person at the terminal; IRM_APP_DEBUG=1 shows them.
        import warnings

        warnings.simplefilter("ignore")
    command = chosen_command(argv)
    module = module_of(command)
    try:
        parser = build_parser(() if module is None or "-h" in argv[:1] or "--help" in argv[:1] else module)
        args = parser.parse_args(argv)
        if args.command is None:
            args = parser.parse_args([DEFAULT, *argv])
        args.process_exits = process_exits
    except SystemExit as e:  # usage errors (2) and --help / --version (0), as a return value
        return int(e.code or 0)
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return code
    except BrokenPipeError:
        return _closed_pipe()
    except UserFacingError as e:  # every package's user errors derive from it
        print(f"irm-app: {_shown(one_line(e))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("irm-app: interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # an internal error: keep the details, show one line
        log = _log_traceback()
        print(f"irm-app: internal error: {_shown(one_line(e))} (details in {log})", file=sys.stderr)
        return 1


def _print_ready_help() -> bool:
    """Print the stored `--help` (help_text.py) if it is what argparse would print here: made from
    these commands and description (a command added without regenerating it is never hidden),
    on this Python (argparse's layout changes between versions), at this terminal width.
    False: argparse's turn."""
    from . import help_text

    if (sys.version_info[:2] != help_text.PYTHON or _columns() != help_text.COLUMNS
            or help_text.DESCRIPTION != DESCRIPTION or help_text.COMMANDS != tuple(COMMANDS.items())):
        return False
    sys.stdout.write(help_text.TEXT)
    return True


def help_text_source(columns: int = 80) -> str:
    """help_text.py as it should be: argparse's `--help` at `columns` on this Python."""
    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(columns)
    try:
        text = build_parser(()).format_help()
    finally:
        if saved is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved
    if '"""' in text or "\\" in text:
        raise ValueError("the help text needs quoting help_text.py does not do")
    from pprint import pformat

    return (
        '"""`irm-app --help` as argparse prints it on this Python at this width, kept ready so the\n'
        "usual answer needs no argparse, gettext or textwrap (`irm_app.cli.main`; argparse still\n"
        "formats it for another width or Python). tests/test_cli_help.py fails when TEXT is not\n"
        "exactly argparse's; regenerate with `python -m irm_app.cli.help_text`.\n"
        '"""\n\n'
        f"PYTHON = {tuple(sys.version_info[:2])!r}\n"
        f"COLUMNS = {columns}\n"
        f"DESCRIPTION = {DESCRIPTION!r}\n"
        f"COMMANDS = {pformat(tuple(COMMANDS.items()), width=110, sort_dicts=False)}\n"
        '"""What TEXT was made from: `main` prints TEXT only while these equal cli.COMMANDS and DESCRIPTION."""\n'
        f'TEXT = """\\\n{text}"""\n\n'
        'if __name__ == "__main__":\n'
        "    from pathlib import Path\n\n"
        "    from . import help_text_source\n\n"
        '    Path(__file__).write_text(help_text_source(COLUMNS), encoding="utf-8")\n'
    )


def _shown(text: str) -> str:
    """Text from outside as the terminal shows it, controls escaped (imported only when needed)."""
    from ..text_safety import for_terminal

    return for_terminal(text)


def _usage_error(prog: str, message: str) -> None:
    """argparse's usage error as one line: whitespace folded, a 4,300-digit number echoed back cut
    short, control characters shown escaped; exit code 2."""
    text = " ".join(message.split())
    if len(text) > 300:  # a 4,300-digit number echoed back is not a message
        text = text[:300] + "..."
    print(f"{prog}: {_shown(text)} (see {prog} --help)", file=sys.stderr)
    raise SystemExit(2)


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


def _log_traceback() -> object:
    import traceback

    from ..paths import user_data_dir

    try:
        log = user_data_dir() / "errors.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        with open(log, "a", encoding="utf-8") as f:
            f.write(traceback.format_exc() + "\n")
        return log
    except OSError:
        return "stderr (the log could not be written)"
