"""What a killed run leaves behind, found and removed at the next start.

Why: a SIGKILL (or a power cut) in the middle of a backup leaves a `.part` copy of the whole
library; in the middle of a package it leaves a folder holding the report and the evidence in
plain text. Such files are made only where the next start will look, and named after the
process that owns them, so only leftovers of dead processes are removed:

- backup copies: `<dest>.<pid>.part` next to their destination (`connection.backup_to`);
- working folders: `<user data>/tmp/<purpose>-<pid>-<random>/` (`private_tempdir`), mode 0700;
  a file such a run must write elsewhere (a package's last step, beside its output) is listed
  in the folder's `.owned` file first, and removed with the folder.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..paths import user_data_dir

_PART = re.compile(r"^.+\.(?P<pid>\d+)\.part$")
_DIR = re.compile(r"^[a-z]+-(?P<pid>\d+)-[0-9a-f]+$")
LEGACY_AGE = 3600.0
"""A `.part` without a pid (written before pids were in the name) is stale after an hour."""
OWNED = ".owned"


def app_temp_dir() -> Path:
    return user_data_dir() / "tmp"


def part_name(dest: Path) -> Path:
    """The temporary name of a copy being written to `dest`, owned by this process."""
    return dest.with_name(f"{dest.name}.{os.getpid()}.part")


def pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - os.kill(pid, 0) would terminate it there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # it exists (another user's), or we cannot tell: keep its files
    return True


class TempDir:
    """A private working folder; `owns(path)` records a file written outside it."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def owns(self, path: Path) -> Path:
        with open(self.path / OWNED, "a", encoding="utf-8") as f:
            f.write(f"{path}\n")
            f.flush()
            os.fsync(f.fileno())
        return path


def new_private_dir(purpose: str, root: Path | None = None) -> Path:
    """A working folder under the app's temp folder, owned by this process (mode 0700); the
    caller removes it, and if this process is killed `sweep` does at the next start."""
    root = root or app_temp_dir()
    root.mkdir(parents=True, exist_ok=True)
    path = root / f"{purpose}-{os.getpid()}-{secrets.token_hex(6)}"
    path.mkdir(mode=0o700)
    return path


@contextmanager
def private_tempdir(purpose: str, root: Path | None = None) -> Iterator[TempDir]:
    """A working folder under the app's temp folder, removed on the way out (and, if this
    process is killed, by `sweep` at the next start)."""
    path = new_private_dir(purpose, root)
    try:
        yield TempDir(path)
    finally:
        _remove_dir(path)


def sweep(library: Path | None = None, root: Path | None = None) -> list[Path]:
    """Remove what dead processes left: their working folders, and the `.part` copies next to
    the library and in its backups folder. Returns what was removed."""
    removed: list[Path] = []
    root = root or app_temp_dir()
    for d in _entries(root):
        m = _DIR.match(d.name)
        if m and d.is_dir() and not pid_alive(int(m["pid"])):
            _remove_dir(d)
            removed.append(d)
    if library is not None:
        for folder in (library.parent, library.parent / "backups"):
            for p in _entries(folder):
                if p.name.startswith(library.stem) and _stale_part(p):
                    try:
                        p.unlink()
                        removed.append(p)
                    except OSError:
                        pass
    return removed


def _stale_part(p: Path) -> bool:
    if not p.name.endswith(".part") or not p.is_file():
        return False
    m = _PART.match(p.name)
    if m:
        return not pid_alive(int(m["pid"]))
    try:
        return time.time() - p.stat().st_mtime > LEGACY_AGE
    except OSError:
        return False


def _remove_dir(path: Path) -> None:
    try:
        owned = (path / OWNED).read_text(encoding="utf-8").splitlines()
    except OSError:
        owned = []
    for line in owned:
        if line.endswith(".part"):
            Path(line).unlink(missing_ok=True)
    shutil.rmtree(path, ignore_errors=True)


def _entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []
