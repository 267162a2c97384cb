"""What every subcommand shares: the library option, user errors, and who is acting."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserFacingError
from ..paths import default_db

if TYPE_CHECKING:
    from ..library import Library, LibraryCorrupt


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
    """Open the library; read-only commands never create, lock or migrate a sound one.

    A damaged library is replaced by its newest sound backup, for reading as for writing (the
    recovery takes the writer's lock while files move). Writers wait for another writer's lock
    (IRM_APP_LOCK_WAIT seconds, default 15) before giving up with one line.
    """
    path = db_path(args)
    if not write and not path.exists():
        raise UserError(f"{path}: no library yet (import a plan first: irm-app import FILE)")
    if not write:
        from ..library import Library, LibraryCorrupt

        try:
            return Library.open(path, readonly=True)
        except LibraryCorrupt as damage:
            _recover_for_reading(path, damage)
            return Library.open(path, readonly=True)
    from ..library.backups import BackupPolicy
    from ..library.lock import default_wait
    from ..library.recovery import open_or_recover

    # A command's close copies the library only if the newest backup is older than the interval:
    # one copy per interval, not per command (docs/reliability.md, "Backups").
    lib, message = open_or_recover(path, wait=default_wait(), backups=BackupPolicy(path, defer_close=True))
    if message:
        print(f"irm-app: {message}", file=sys.stderr)
    return lib


def _recover_for_reading(path: Path, damage: LibraryCorrupt) -> None:
    from ..library import LibraryCorrupt, LibraryError
    from ..library.lock import default_wait
    from ..library.recovery import open_or_recover

    try:
        lib, message = open_or_recover(path, wait=default_wait())
    except LibraryCorrupt:
        raise  # names the damage and the backups tried; the file was left untouched
    except LibraryError as e:  # locked by the app, or a read-only location
        raise LibraryCorrupt(f"{damage}; it could not be restored from a backup now: {e}") from e
    lib.close()
    if message:
        print(f"irm-app: {message}", file=sys.stderr)


@contextmanager
def lasting_imports(args: argparse.Namespace) -> Iterator[None]:
    """Imports that live as long as the process (modules, classes, pydantic schemas): the cyclic
    collector is paused while they load; when the call is the process's own command line
    (`args.process_exits`, set by `main`), what they made is then frozen (`gc.freeze`), so
    neither a collection during the command nor the interpreter's at exit walks it again.

    Why: nothing `score` imports is ever garbage before the process ends, yet the collector ran
    ~80 times during its imports (10 ms) and at exit the interpreter took every class and
    function apart through it (~25 ms): 205 -> 168 ms of CPU per call (docs/performance.md,
    "`score`, second round"); the OS takes that memory back at exit without freeing it object by
    object. A caller that goes on living (a test calling `main([...])`) keeps its collector as it
    was: paused only during the imports, nothing frozen. Reference counting frees as before, and
    the collector runs as usual for the command's own work: only fixed imports go in here."""
    from ..collector import CollectorPause

    pause = CollectorPause(freeze=getattr(args, "process_exits", False))
    pause.pause()
    try:
        yield
    finally:
        pause.resume()


def bounded_int(lo: int, hi: int, what: str) -> Callable[[str], int]:
    """An argparse type for a whole number in [lo, hi]: 'inf', '1e3' or 4,300 digits get one line."""

    def parse(text: str) -> int:
        t = text.strip()
        if not (t.isascii() and t.lstrip("+-").isdigit()) or len(t) > 12:
            raise argparse.ArgumentTypeError(f"{what} must be a whole number from {lo} to {hi}, not {_clip(text)!r}")
        n = int(t)
        if not lo <= n <= hi:
            raise argparse.ArgumentTypeError(f"{what} must be from {lo} to {hi}, not {n}")
        return n

    return parse


def _clip(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[:n] + "..."


MAX_INPUT = 2 * 1024**3
"""No CLI input file is read past this (importers and readers apply their own, lower limits)."""


def input_file(path: Path, limit: int = MAX_INPUT) -> Path:
    """A file the command will read, refused with one line unless it is a regular file: a named
    pipe would block forever and /dev/zero would fill the memory."""
    from ..input_files import regular_file_problem

    problem = regular_file_problem(path, limit)
    if problem:
        raise UserError(f"{path}: {problem}")
    return path


def who(args: argparse.Namespace) -> str:
    return getattr(args, "who", None) or os.environ.get("IRM_APP_USER") or _login()


def _login() -> str:
    import getpass  # and termios with it: only a command with no other name for its actor needs them

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
