"""Subcommands: backup, backups, restore (the library's safety copies)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from .common import add_db, db_path, open_library


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="copy the library now (default: into its backups folder)")
    p.add_argument("--out", type=Path, help="write the copy to this file instead")
    add_db(p)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("backups", help="list the library's automatic backups, newest first")
    add_db(p)
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser("restore", help="replace the library by a backup (the current file is kept aside)")
    p.add_argument("backup", type=Path)
    add_db(p)
    p.set_defaults(func=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    from ..operations.backups import backup_now

    with open_library(args) as lib:  # read-only: works while the app has the library open
        dest = backup_now(lib, args.out)
    print(f"wrote {dest}")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from ..library.recovery import describe_age
    from ..operations.backups import backups_of

    path = db_path(args)
    items = backups_of(path)
    if not items:
        print(f"no backups of {path} yet")
        return 0
    now = datetime.now(UTC)
    for b in items:
        print(f"{b.path}  {b.when.strftime('%Y-%m-%d %H:%M:%S UTC')}  {describe_age(b.when, now)} ago  "
              f"{b.size:,} bytes")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ..operations.backups import restore_backup

    path = db_path(args)
    aside = restore_backup(path, args.backup)
    print(f"restored {path} from {args.backup}")
    if aside.exists():
        print(f"the previous library is kept as {aside}")
    return 0
