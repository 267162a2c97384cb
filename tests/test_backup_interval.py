"""Backups by interval across processes: a burst of `irm-app` writes copies the library once per
interval, and the edits a close left out reach the next backup (docs/reliability.md, "Backups").

Time passing is simulated the way the policy sees it: the interval counts from the newest
backup's name (its UTC time), so a backup renamed to an older time is one made that long ago.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from irm_app.library import Library
from irm_app.library.backups import STAMP, BackupPolicy, list_backups, make_backup, verify

from .test_reliability import make_library, value

ROOT = Path(__file__).resolve().parents[1]


def irm(*args: str) -> subprocess.CompletedProcess[str]:
    """The CLI in its own process, as a user or a script runs it."""
    return subprocess.run([sys.executable, "-m", "irm_app.cli", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def age_newest_backup(db: Path, minutes: float) -> Path:
    """Rename the newest backup as if it had been made `minutes` ago (or ahead, if negative)."""
    newest = list_backups(db)[0].path
    when = datetime.now(UTC) - timedelta(minutes=minutes)
    moved = newest.with_name(f"{db.stem}-{when.strftime(STAMP)}.db")
    newest.rename(moved)
    return moved


def test_commands_within_the_interval_copy_once_and_the_next_backup_holds_their_edits(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    aid = make_library(db)
    assert len(list_backups(db)) == 1
    for cid in ("US0114", "US0115", "US0116"):  # three processes, each a durable write
        r = irm("score", aid, cid, "specificity=low", "--db", str(db))
        assert r.returncode == 0, r.stderr
    assert len(list_backups(db)) == 1  # not one full copy per command
    for cid in ("US0114", "US0115", "US0116"):
        assert value(db, aid, cid) == "low"  # acknowledged and in the library all the same
    age_newest_backup(db, 6)  # six minutes later (the interval is five)
    r = irm("score", aid, "US0117", "specificity=medium", "--db", str(db))
    assert r.returncode == 0, r.stderr
    backups = list_backups(db)
    assert len(backups) == 2
    newest = backups[0].path
    assert verify(newest) is None
    for cid in ("US0114", "US0115", "US0116"):  # what the earlier closes left out
        assert value(newest, aid, cid) == "low"


def test_a_command_after_the_interval_backs_up_even_with_no_edit_of_its_own(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    aid = make_library(db)
    assert irm("score", aid, "US0114", "specificity=low", "--db", str(db)).returncode == 0
    age_newest_backup(db, 6)
    r = irm("score", aid, "US0114", "specificity=low", "--db", str(db))  # the same value: nothing to write
    assert r.returncode == 0, r.stderr
    assert len(list_backups(db)) == 2
    assert value(list_backups(db)[0].path, aid, "US0114") == "low"


def test_a_backup_dated_in_the_future_does_not_hold_backups_off(tmp_path: Path) -> None:
    """A clock set back (or a copied folder) must not stop backups until that time comes."""
    db = tmp_path / "library.db"
    aid = make_library(db)
    age_newest_backup(db, -60)  # an hour ahead
    assert irm("score", aid, "US0114", "specificity=low", "--db", str(db)).returncode == 0
    assert len(list_backups(db)) == 2


def test_the_app_still_backs_up_its_edits_when_it_closes(tmp_path: Path) -> None:
    """The GUI's policy (the default) is unchanged: a session's edits are copied at its close."""
    db = tmp_path / "library.db"
    aid = make_library(db)
    with Library.open(db) as lib:
        lib.scores.set_score(aid, "US0114", "specificity", "low", who="Ana")
    assert len(list_backups(db)) == 2
    assert value(list_backups(db)[0].path, aid, "US0114") == "low"


def test_the_interval_runs_from_the_newest_backup_not_from_this_open(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    aid = make_library(db)
    for b in list_backups(db):
        b.path.unlink()
    with Library.open(db, readonly=True) as lib:  # a backup another process made 290 s ago
        make_backup(lib.db, db, datetime.now(UTC) - timedelta(seconds=290))
    clock = [1000.0]
    policy = BackupPolicy(db, interval=300, clock=lambda: clock[0], defer_close=True)
    with Library.open(db, backups=policy) as lib:
        assert len(list_backups(db)) == 1  # 290 s old: none at open
        lib.scores.set_score(aid, "US0114", "specificity", "low", who="Ana")
        assert len(list_backups(db)) == 1
        clock[0] += 11  # 301 s after that backup, 11 s after this open
        lib.scores.set_score(aid, "US0115", "specificity", "low", who="Ana")
        assert len(list_backups(db)) == 2
    assert not policy.deferred  # the copy during the session left nothing for the close
    assert value(list_backups(db)[0].path, aid, "US0115") == "low"
