"""Subcommands: backup, backups, restore (the library's safety copies)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from .common import UserError, add_db, db_path, open_library


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
    from ..library.backups import make_backup

    with open_library(args) as lib:  # read-only: works while the app has the library open
        if args.out:
            if args.out.exists():
                raise UserError(f"{args.out}: already exists; choose another name")
            dest = lib.backup(args.out)
        else:
            dest = make_backup(lib.db, lib.path)
    print(f"wrote {dest}")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from ..library.backups import list_backups
    from ..library.recovery import describe_age

    path = db_path(args)
    items = list_backups(path)
    if not items:
        print(f"no backups of {path} yet")
        return 0
    now = datetime.now(UTC)
    for b in items:
        print(f"{b.path}  {b.when.strftime('%Y-%m-%d %H:%M:%S UTC')}  {describe_age(b.when, now)} ago  "
              f"{b.size:,} bytes")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ..library.backups import restore

    path = db_path(args)
    if not args.backup.is_file():
        raise UserError(f"{args.backup}: no such backup (see irm-app backups)")
    aside = restore(path, args.backup)
    print(f"restored {path} from {args.backup}")
    if aside.exists():
        print(f"the previous library is kept as {aside}")
    return 0
