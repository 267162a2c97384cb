"""Reliability: one writer, backups and restore, start-up recovery, failing disks.

Each test states what a researcher would notice: a clear one-line message, and nothing already
saved lost.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import irm_app.cli as cli
from irm_app.cli import backup_cmds
from irm_app.importers.registry import read_import
from irm_app.library import Library, LibraryCorrupt, LibraryError
from irm_app.library.backups import BackupPolicy, list_backups, make_backup, restore, rotate, verify
from irm_app.library.lock import LibraryLocked
from irm_app.library.recovery import describe_age, open_or_recover
from irm_app.paths import sample_plan

from .conftest import LEGACY, PLAN_ID

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def run():
    """`irm-app ...` through cli.main (the backup commands are in cli.COMMANDS)."""
    assert "backup_cmds" in cli.COMMANDS and backup_cmds.register
    return cli.main


def make_library(path: Path) -> str:
    """A closed library with the sample imported and one score; returns the assessment id."""
    with Library.open(path) as lib:
        lib.imports.import_bundle(read_import(sample_plan()), who="t")
        a = lib.assessments.create_assessment(PLAN_ID, LEGACY, researcher="Ana", who="Ana")
        lib.scores.set_score(a.id, "US0113", "specificity", "high", who="Ana")
    return a.id


def value(path: Path, aid: str, cid: str = "US0113", field: str = "specificity") -> object:
    with Library.open(path, readonly=True) as lib:
        s = lib.scores.score(aid, cid, field)
        return s.value if s else None


def damage(path: Path) -> None:
    """Overwrite the library's pages after the header: what a bad sector or a clobbering tool does."""
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(4096)
        f.write(os.urandom(max(size - 4096, 8192)))


# -- one writer --------------------------------------------------------------------------------

HOLDER = textwrap.dedent(
    """
    import sys, time
    from irm_app.library import Library
    lib = Library.open(sys.argv[1])
    print("ready", flush=True)
    time.sleep(60)
    """
)


def test_second_writer_is_refused_with_who_holds_it_and_readers_still_work(
    tmp_path: Path, run, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IRM_APP_LOCK_WAIT", "0.3")  # the CLI waits for the lock, then gives up
    db = tmp_path / "library.db"
    aid = make_library(db)
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert child.stdout.readline().strip() == "ready"
        with pytest.raises(LibraryLocked) as e:
            Library.open(db)
        assert f"pid {child.pid} on host" in str(e.value) and str(db) in str(e.value)
        assert value(db, aid) == "high"  # read-only opens ignore the lock
        assert run(["plans", "--db", str(db)]) == 0
        capsys.readouterr()
        assert run(["score", aid, "US0113", "specificity=low", "--db", str(db)]) == 2
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and "is open for writing by pid" in err and "waited 0.3 s" in err
        assert value(db, aid) == "high"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    with Library.open(db) as lib:  # the dead holder's lock went with it
        lib.scores.set_score(aid, "US0113", "specificity", "low", who="Ana")
    assert value(db, aid) == "low"


def test_one_process_may_open_its_library_twice(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    with Library.open(db) as a, Library.open(db) as b:
        assert a.plans.summaries() == b.plans.summaries()
    with Library.open(db):  # both released: opening again works
        pass


# -- backups -----------------------------------------------------------------------------------


def test_open_backs_up_and_policy_backs_up_at_most_every_interval(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    aid = make_library(db)  # a new library: backed up at close (it was edited)
    assert len(list_backups(db)) == 1
    clock = [1000.0]
    policy = BackupPolicy(db, interval=300, clock=lambda: clock[0])
    with Library.open(db, backups=policy) as lib:
        lib.scores.set_score(aid, "US0114", "specificity", "low", who="Ana")
        assert len(list_backups(db)) == 1  # the last backup is recent and the interval has not passed
        clock[0] += 301
        lib.scores.set_score(aid, "US0115", "specificity", "low", who="Ana")
        assert len(list_backups(db)) == 2
        assert verify(list_backups(db)[0].path) is None
    newest = list_backups(db)[0].path
    with Library.open(newest, readonly=True) as copy:
        assert copy.scores.score(aid, "US0115", "specificity").value == "low"


def test_rotation_keeps_the_last_ten_and_one_per_day_for_a_week(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    make_library(db)
    folder = tmp_path / "backups"
    for p in folder.iterdir():
        p.unlink()
    now = datetime(2024, 6, 30, 12, 0, tzinfo=UTC)
    with Library.open(db, readonly=True) as lib:
        for h in range(0, 24 * 20, 6):  # every 6 hours for 20 days
            make_backup(lib.db, db, now - timedelta(hours=h))
    rotate(db, keep=10, days=7, now=now)
    kept = [b.when for b in list_backups(db)]
    assert kept[:10] == [now - timedelta(hours=h) for h in range(0, 60, 6)]
    days = {w.date() for w in kept}
    assert days == {(now - timedelta(days=d)).date() for d in range(0, 8)}  # one per day, up to 7 days back
    assert len(kept) == 10 + 5


def test_restore_brings_back_the_backup_and_keeps_the_current_file(tmp_path: Path, run, capsys) -> None:
    db = tmp_path / "library.db"
    aid = make_library(db)
    assert run(["backup", "--db", str(db)]) == 0
    backup = Path(capsys.readouterr().out.split("wrote ", 1)[1].strip())
    with Library.open(db) as lib:
        lib.scores.set_score(aid, "US0113", "specificity", "low", who="Ana")
    assert run(["backups", "--db", str(db)]) == 0
    assert str(backup) in capsys.readouterr().out
    assert run(["restore", str(backup), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert value(db, aid) == "high"
    replaced = next(tmp_path.glob("library.db.replaced-*"))
    assert replaced.name in out
    assert value(replaced, aid) == "low"  # the work that was replaced is still there


def test_restore_refuses_a_damaged_backup_and_changes_nothing(tmp_path: Path, run, capsys) -> None:
    db = tmp_path / "library.db"
    aid = make_library(db)
    bad = tmp_path / "bad.db"
    shutil.copy(list_backups(db)[0].path, bad)
    damage(bad)
    assert run(["restore", str(bad), "--db", str(db)]) == 2
    assert "not restored" in capsys.readouterr().err
    assert value(db, aid) == "high"
    assert not list(tmp_path.glob("library.db.replaced-*"))
    with pytest.raises(LibraryCorrupt):
        restore(db, bad)


def test_backup_out_file_and_no_overwrite(tmp_path: Path, run, capsys) -> None:
    db = tmp_path / "library.db"
    aid = make_library(db)
    out = tmp_path / "copy.db"
    assert run(["backup", "--db", str(db), "--out", str(out)]) == 0
    assert value(out, aid) == "high"
    assert run(["backup", "--db", str(db), "--out", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err


# -- recovery ----------------------------------------------------------------------------------


def test_damaged_library_is_replaced_by_newest_good_backup(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    aid = make_library(db)
    good = list_backups(db)[0]
    with Library.open(db, readonly=True) as lib:  # a newer backup that is itself damaged
        newer = make_backup(lib.db, db, datetime.now(UTC) + timedelta(seconds=5))
    damage(newer)
    damage(db)
    with pytest.raises(LibraryCorrupt):
        Library.open(db)
    lib, message = open_or_recover(db)
    with lib:
        assert lib.scores.score(aid, "US0113", "specificity").value == "high"
    assert good.path.name in message or good.when.strftime("%Y-%m-%d %H:%M") in message
    assert "old" in message and "damaged-" in message
    damaged = list(tmp_path.glob("library.db.damaged-*"))
    assert [p for p in damaged if not p.name.endswith(("-wal", "-shm"))]  # kept, never deleted


def test_damaged_library_without_good_backup_stays_put_with_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    make_library(db)
    shutil.rmtree(tmp_path / "backups")
    damage(db)
    before = db.read_bytes()
    with pytest.raises(LibraryCorrupt) as e:
        open_or_recover(db)
    assert "no backups" in str(e.value) and "\n" not in str(e.value)
    assert db.read_bytes() == before


def test_a_sound_library_opens_without_recovery(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    make_library(db)
    lib, message = open_or_recover(db)
    lib.close()
    assert message is None
    assert describe_age(datetime.now(UTC) - timedelta(hours=3)) == "3 hours"


# -- failing disks -----------------------------------------------------------------------------


def test_full_disk_gives_one_line_and_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    aid = make_library(db)
    with Library.open(db) as lib:
        lib.scores.set_justification(aid, "US0113", "specificity", "kept", who="Ana")
        pages = lib.db.execute("PRAGMA page_count").fetchone()[0]
        lib.db.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(LibraryError) as e:
            lib.scores.set_justification(aid, "US0114", "specificity", "x" * 2_000_000, who="Ana")
        assert "disk is full" in str(e.value) and "\n" not in str(e.value)
        assert lib.scores.score(aid, "US0114", "specificity") is None  # rolled back, not half-written
    with Library.open(db, readonly=True) as lib:
        assert lib.scores.score(aid, "US0113", "specificity").justification == "kept"


def _mount_tmpfs(where: Path, size: str) -> bool:
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    where.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True)
    return r.returncode == 0


def test_real_full_disk_on_a_tiny_filesystem(tmp_path: Path) -> None:
    mnt = tmp_path / "tiny"
    # 4 MB: the library, its open-time backup (each ~0.8 MB with the search index of schema 8,
    # which also stores each justification twice more) and room for a few writes before it fills.
    if not _mount_tmpfs(mnt, "4m"):
        pytest.skip("needs root to mount a tiny tmpfs")
    try:
        db = mnt / "library.db"
        aid = make_library(db)
        saved = 0
        with Library.open(db) as lib:
            with pytest.raises(LibraryError) as e:
                for i in range(200):
                    lib.scores.set_justification(aid, "US0113", "specificity", f"{i} " + "y" * 50_000, who="Ana")
                    saved = i
            assert "\n" not in str(e.value) and "not saved" in str(e.value)
        with Library.open(db, readonly=True) as lib:
            assert lib.scores.score(aid, "US0113", "specificity").justification.startswith(f"{saved} ")
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_read_only_location_gives_one_line(tmp_path: Path) -> None:
    db = tmp_path / "ro" / "library.db"
    make_library(db)
    folder = db.parent
    mounted = False
    if os.geteuid() == 0:
        if not _mount_tmpfs(tmp_path / "rofs", "8m"):
            pytest.skip("root ignores permissions and cannot mount here")
        folder = tmp_path / "rofs" / "lib"
        shutil.copytree(db.parent, folder)
        db = folder / "library.db"
        mounted = subprocess.run(["mount", "-o", "remount,ro", str(tmp_path / "rofs")]).returncode == 0
        assert mounted
    else:
        (folder / "library.db").chmod(0o444)
        folder.chmod(0o555)
    try:
        with pytest.raises(LibraryError) as e:
            Library.open(db)
        assert str(db) in str(e.value) and "\n" not in str(e.value)
        with Library.open(db, readonly=True) as lib:  # reading still works
            assert lib.plans.summaries()
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(tmp_path / "rofs")], capture_output=True)
        else:
            folder.chmod(0o755)


def test_vanished_folder_refuses_the_edit_instead_of_writing_into_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    db = folder / "library.db"
    aid = make_library(db)
    with Library.open(db) as lib:
        lib.scores.set_score(aid, "US0114", "specificity", "low", who="Ana")
        moved = tmp_path / "moved"
        folder.rename(moved)  # the sync tool moved it, the stick was pulled
        with pytest.raises(LibraryError) as e:
            lib.scores.set_score(aid, "US0115", "specificity", "low", who="Ana")
        assert "not saved" in str(e.value) and "\n" not in str(e.value)
    assert value(moved / "library.db", aid, "US0114") == "low"


def test_library_replaced_by_garbage(tmp_path: Path, run, capsys) -> None:
    db = tmp_path / "library.db"
    aid = make_library(db)
    with Library.open(db) as lib:
        lib.scores.set_score(aid, "US0114", "specificity", "low", who="Ana")
        keep = tmp_path / "keep.db"
        shutil.copy(db, keep)
        for side in ("-wal", "-shm"):
            if db.with_name(db.name + side).exists():
                shutil.copy(db.with_name(db.name + side), keep.with_name(keep.name + side))
        tmp = tmp_path / "garbage"
        tmp.write_bytes(os.urandom(50_000))
        tmp.replace(db)  # replaced while open
        with pytest.raises(LibraryError) as e:
            lib.scores.set_score(aid, "US0115", "specificity", "low", who="Ana")
        assert "replaced" in str(e.value)
    garbage = db.read_bytes()
    assert run(["plans", "--db", str(db)]) == 0  # a read command recovers it, as a write would
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged" in err and "restored from the backup" in err
    [aside] = [p for p in tmp_path.iterdir()
               if p.name.startswith("library.db.damaged-") and not p.name.endswith(("-wal", "-shm"))]
    assert aside.read_bytes() == garbage  # set aside as it was, never deleted
    assert value(db, aid, "US0114") == "low"  # the backup made at close held the last edit
    assert value(keep, aid, "US0114") == "low"  # what was saved is in the file that was there
