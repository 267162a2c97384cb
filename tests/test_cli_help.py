"""`irm-app --help` and `--version` as a user types them: the installed script is ours (not
pip's wrapper), and the help printed from the stored text is exactly what argparse prints."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from irm_app import cli
from irm_app.cli import build_parser, help_text, help_text_source

SCRIPT = Path(sys.executable).with_name("irm-app")


def run_app(*argv: str, columns: int | None = None, importtime: bool = False) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("COLUMNS", None)
    if columns is not None:
        env["COLUMNS"] = str(columns)
    launcher = [str(SCRIPT)] if SCRIPT.exists() else ["-m", "irm_app"]
    cmd = [sys.executable, *(["-X", "importtime"] if importtime else []), *launcher, *argv]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env, stdin=subprocess.DEVNULL)


def argparse_help(columns: int) -> str:
    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(columns)
    try:
        return build_parser(()).format_help()
    finally:
        if saved is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved


def imported_modules(stderr: str) -> set[str]:
    return {line.split("|")[-1].strip() for line in stderr.splitlines() if line.startswith("import time:")}


@pytest.mark.skipif(sys.version_info[:2] != help_text.PYTHON, reason="the stored help is used on its Python only")
def test_stored_help_is_argparse_s_own() -> None:
    """A command or help text changed without regenerating help_text.py fails here."""
    assert Path(help_text.__file__).read_text(encoding="utf-8") == help_text_source(help_text.COLUMNS), (
        "irm_app/cli/help_text.py is stale: run python -m irm_app.cli.help_text"
    )
    assert help_text.TEXT == argparse_help(help_text.COLUMNS)


@pytest.mark.parametrize("flag", ["--help", "-h"])
@pytest.mark.parametrize("columns", [80, 100, 50])
def test_help_prints_what_argparse_prints_at_any_width(flag: str, columns: int) -> None:
    r = run_app(flag, columns=columns, importtime=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout == argparse_help(columns)
    mods = imported_modules(r.stderr)
    if columns == help_text.COLUMNS and sys.version_info[:2] == help_text.PYTHON:
        assert not mods & {"argparse", "gettext", "textwrap"}, "the stored text needs no parser"
    else:
        assert "argparse" in mods  # another width: argparse lays it out


def test_a_command_added_without_regenerating_still_shows_in_help(monkeypatch, capsys) -> None:
    """A merge that adds a command group but not a new help_text.py: --help stays argparse's truth."""
    monkeypatch.setenv("COLUMNS", str(help_text.COLUMNS))
    monkeypatch.setitem(cli.COMMANDS, "gui_cmd", (*cli.COMMANDS["gui_cmd"], ("brand-new", "a command added later")))
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "brand-new" in out and "a command added later" in out
    assert out == build_parser(()).format_help()


def test_help_with_more_arguments_is_argparse_s() -> None:
    """Only a bare `--help` is answered from the stored text: `score --help` is the command's."""
    r = run_app("score", "--help", columns=80)
    assert r.returncode == 0
    assert r.stdout.startswith("usage: irm-app score ")


@pytest.mark.skipif(not SCRIPT.exists(), reason="no installed irm-app script beside this interpreter")
def test_installed_script_is_ours_and_imports_no_re() -> None:
    """pip's generated entry-point wrapper imports `re` before the app's first line (1.6x
    `python -c pass` by itself); the installed `irm-app` is scripts/irm-app."""
    assert SCRIPT.read_text(encoding="utf-8").splitlines()[1:] == (
        Path(__file__).parents[1] / "scripts" / "irm-app").read_text(encoding="utf-8").splitlines()[1:]
    r = run_app("--version", importtime=True)
    assert r.returncode == 0
    assert r.stdout == f"irm-app {__import__('irm_app').__version__}\n"
    assert "re" not in imported_modules(r.stderr)
