"""The library's safety copies as user actions: copy now, list, restore. The CLI's `backup`,
`backups` and `restore` call these, so a front end never reaches into the store's files itself."""

from __future__ import annotations

from pathlib import Path

from ..library import Library
from ..library.backups import BackupInfo, list_backups, make_backup, restore
from ..library.errors import LibraryError


class BackupExists(LibraryError):
    """The chosen destination of a copy already exists (a copy never overwrites)."""


def backup_now(lib: Library, out: Path | None = None) -> Path:
    """A consistent copy of the open library: into its backups folder, or to `out` (never over
    an existing file). Works read-only, so while the app has the library open too."""
    if out is None:
        return make_backup(lib.db, lib.path)
    if out.exists():
        raise BackupExists(f"{out}: already exists; choose another name")
    return lib.backup(out)


def backups_of(path: Path) -> list[BackupInfo]:
    """The library's automatic backups, newest first."""
    return list_backups(path)


def restore_backup(path: Path, backup: Path) -> Path:
    """Replace the library by `backup`; the result is where the previous file was kept aside."""
    if not backup.is_file():
        raise LibraryError(f"{backup}: no such backup (see irm-app backups)")
    return restore(path, backup)
