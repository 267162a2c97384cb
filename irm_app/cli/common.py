"""What every subcommand shares: the library option, user errors, and who is acting."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserFacingError
from ..paths import default_db

if TYPE_CHECKING:
    from ..library import Library


class UserError(UserFacingError):
    """Bad input or usage: printed as one line, exit code 2."""


def add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db", type=Path, default=None,
        help="the library file (default: IRM_APP_DB, else library.db in the user data folder)",
    )


def db_path(args: argparse.Namespace) -> Path:
    return args.db if getattr(args, "db", None) else default_db()


def open_library(args: argparse.Namespace, *, write: bool = False) -> Library:
    """Open the library; read-only commands never create, lock or migrate it."""
    path = db_path(args)
    if not write and not path.exists():
        raise UserError(f"{path}: no library yet (import a plan first: irm-app import FILE)")
    if not write:
        from ..library import Library

        return Library.open(path, readonly=True)
    from ..library.recovery import open_or_recover

    lib, message = open_or_recover(path)  # a damaged library is replaced by its newest sound backup
    if message:
        print(f"irm-app: {message}", file=sys.stderr)
    return lib


def who(args: argparse.Namespace) -> str:
    return getattr(args, "who", None) or os.environ.get("IRM_APP_USER") or _login()


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def table(rows: Sequence[Sequence[object]], headers: Sequence[str]) -> str:
    """A plain aligned text table."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
