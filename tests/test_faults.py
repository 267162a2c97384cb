"""The faults of issue 11: each ends with one true line and nothing lost.

Damaged library read, full disk mid-command, damaged WAL, 16 writers at once, a foreign
SQLite file, leftovers of SIGKILL, a FIFO or /dev/zero as a file, a closed pipe, bad numbers.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import irm_app.cli as cli
from irm_app.library import Library, LibraryError
from irm_app.library.leftovers import app_temp_dir, private_tempdir, sweep

from .conftest import PLAN_ID
from .test_reliability import damage, make_library, value

ROOT = Path(__file__).resolve().parents[1]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def irm(*argv: str, env: dict[str, str] | None = None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "irm_app.cli", *argv], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, **(env or {})}, **kw)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- 1. read commands recover a damaged library ------------------------------------------------


@pytest.mark.parametrize("command", [["plans"], ["assessments"], ["show", "{aid}"], ["export-json", "--out", "-"]])
def test_read_commands_recover_a_damaged_library(tmp_path: Path, capsys, command: list[str]) -> None:
    db = tmp_path / "library.db"
    aid = make_library(db)  # closing made a backup holding the score
    damage(db)
    code, out, err = run(capsys, *[a.format(aid=aid) for a in command], "--db", str(db))
    assert code == 0, err
    assert err.count("\n") == 1 and "restored from the backup" in err
    assert PLAN_ID in out or aid[:8] in out
    assert value(db, aid) == "high"


# -- 2. score and justification: both or neither -----------------------------------------------


def test_full_disk_during_score_with_justification_saves_neither_and_says_so(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "library.db"
    aid = make_library(db)
    real_open = Library.open.__func__

    def full_disk_open(cls, path, **kw):  # noqa: ANN001 - the disk fills right after the open
        lib = real_open(cls, path, **kw)
        pages = lib.db.execute("PRAGMA page_count").fetchone()[0]
        lib.db.execute(f"PRAGMA max_page_count = {pages + 2}")
        return lib

    monkeypatch.setattr(Library, "open", classmethod(full_disk_open))
    code, _, err = run(capsys, "score", aid, "US0114", "specificity=low", "--justification", "j" * 2_000_000,
                       "--db", str(db))
    monkeypatch.undo()
    assert code == 2 and err.count("\n") == 1 and "not saved: the disk is full" in err
    with Library.open(db, readonly=True) as lib:
        assert lib.scores.score(aid, "US0114", "specificity") is None  # "not saved" is true: nothing of it
        assert lib.scores.score(aid, "US0113", "specificity").value == "high"  # what was saved before is kept


# -- 3. a damaged WAL costs at most the last seconds of work -----------------------------------

WRITER = textwrap.dedent(
    """
    import sys, time
    from irm_app.library import Library
    lib = Library.open(sys.argv[1])
    aid, n = sys.argv[2], int(sys.argv[3])
    for i in range(n):
        lib.scores.set_justification(aid, "US0113", "specificity", f"edit {i}", who="Ana")
        print(f"ack {i}", flush=True)
    print("done", flush=True)
    time.sleep(120)
    """
)


def _killed_writer(db: Path, aid: str, n: int, *, settle: bool) -> int:
    """Make n acknowledged edits in a child, SIGKILL it (at once, or once its WAL is empty),
    damage the WAL's first frame, and return how many acknowledged edits survive."""
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(db), aid, str(n)], stdout=subprocess.PIPE,
                             text=True, cwd=ROOT)
    try:
        acked = []
        for line in iter(child.stdout.readline, ""):
            if line.startswith("done"):
                break
            acked.append(line)
        wal = db.with_name(db.name + "-wal")
        deadline = time.monotonic() + 30
        while settle and wal.exists() and wal.stat().st_size > 0 and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert len(acked) == n
    if wal.exists() and wal.stat().st_size > 32:
        with open(wal, "r+b") as f:  # the first frame's header: every frame after it is dropped
            f.seek(32 + 8)
            f.write(os.urandom(16))
    with Library.open(db) as lib:  # the next start: the first connection rebuilds the WAL index
        assert lib.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"  # the loss is silent
        text = lib.scores.score(aid, "US0113", "specificity").justification
    return int(text.split()[1]) + 1 if text.startswith("edit ") else 0


def test_damaged_wal_after_a_burst_loses_at_most_the_unchecked_commits(tmp_path: Path) -> None:
    from irm_app.library.checkpoint import EVERY

    db = tmp_path / "library.db"
    aid = make_library(db)
    survived = _killed_writer(db, aid, 36, settle=False)
    assert survived >= 36 - (EVERY - 1)  # before: 2 of 36


def test_damaged_wal_after_a_quiet_moment_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    aid = make_library(db)
    assert _killed_writer(db, aid, 36, settle=True) == 36


# -- 4. parallel writers wait for the lock -----------------------------------------------------


def test_sixteen_parallel_score_commands_all_succeed(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    aid = make_library(db)
    with Library.open(db, readonly=True) as lib:
        cids = [c.id for c in lib.plans.plan(PLAN_ID).commitments][:16]
    env = {**os.environ, "IRM_APP_LOCK_WAIT": "300"}  # 2 shared cores: generous, still bounded
    procs = [subprocess.Popen([sys.executable, "-m", "irm_app.cli", "score", aid, cid, "specificity=low",
                               "--justification", f"why {cid}", "--db", str(db)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
             for cid in cids]
    results = [(p.wait(timeout=600), p.stderr.read()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    assert [code for code, _ in results] == [0] * 16, [err for _, err in results if err]
    with Library.open(db, readonly=True) as lib:
        for cid in cids:
            s = lib.scores.score(aid, cid, "specificity")
            assert (s.value, s.justification) == ("low", f"why {cid}")


def test_a_writer_that_waits_too_long_gets_one_line(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    aid = make_library(db)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom irm_app.library import Library\n"
         "lib = Library.open(sys.argv[1]); print('ready', flush=True); time.sleep(60)", str(db)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "ready"
        r = irm("score", aid, "US0113", "specificity=low", "--db", str(db), env={"IRM_APP_LOCK_WAIT": "0.5"})
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "waited 0.5 s" in r.stderr
    assert value(db, aid) == "high"


# -- 5. a foreign SQLite file is refused untouched ---------------------------------------------


def _foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ana', '555')")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("command", [["import", "{sample}"], ["plans"], ["new-assessment", "P", "--form", "x",
                                                                        "--researcher", "A"]])
def test_foreign_sqlite_file_is_refused_untouched(tmp_path: Path, capsys, command: list[str]) -> None:
    from irm_app.paths import sample_plan

    db = _foreign(tmp_path / "contacts.db")
    before = sha(db)
    code, _, err = run(capsys, *[a.format(sample=sample_plan()) for a in command], "--db", str(db))
    assert code == 2 and err.count("\n") == 1 and "not an IRM library" in err and "contacts" in err
    assert sha(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contacts.db"]  # no lock, WAL or backup beside it


def test_new_and_migrated_libraries_say_they_are_ours(tmp_path: Path) -> None:
    from irm_app.library.schema import APPLICATION_ID

    db = tmp_path / "library.db"
    make_library(db)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.execute("PRAGMA application_id = 0")  # a library from before schema 5
    conn.execute("PRAGMA user_version = 4")  # the schema just before the header's id
    conn.execute("DROP TABLE review_files")  # and before the review copies (6)
    conn.execute("DROP TABLE review_copies")
    for table in ("comments", "review_states", "review_imports", "tracked_changes"):  # and before 7
        conn.execute(f"DROP TABLE {table}")
    conn.close()
    with pytest.raises(LibraryError, match="needs upgrading"):  # 6's tables are missing
        Library.open(db, readonly=True)
    with Library.open(db):  # ours (our tables, no id yet): migrated, not refused
        pass
    assert sqlite3.connect(db).execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    with Library.open(db, readonly=True) as lib:
        assert lib.plans.summaries()


# -- 6. leftovers of killed runs ---------------------------------------------------------------

KILLED_BACKUP = textwrap.dedent(
    """
    import os, sys
    from irm_app.library import Library
    from irm_app.library.backups import make_backup
    from irm_app.library.leftovers import private_tempdir
    lib = Library.open(sys.argv[1])
    with private_tempdir("package") as tmp:
        (tmp.path / "evidence.pdf").write_bytes(b"plaintext evidence")
        print(tmp.path, flush=True)
        part = tmp.owns(lib.path.parent / f"out.irmpkg.{os.getpid()}.part")
        part.write_bytes(b"half a package")
        os.kill(os.getpid(), 9)
    """
)


def test_sigkill_leftovers_are_removed_at_next_start(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    aid = make_library(db)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    backups = db.parent / "backups"
    stale = backups / f"library-20240101T000000Z.db.{int(dead.stdout)}.part"
    stale.write_bytes(b"x" * 100_000)  # what a backup killed mid-copy leaves
    live = backups / f"library-20240101T000001Z.db.{os.getpid()}.part"
    live.write_bytes(b"y")  # a backup this (live) process is writing: kept
    r = subprocess.run([sys.executable, "-c", KILLED_BACKUP, str(db)], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == -signal.SIGKILL
    work = Path(r.stdout.strip())
    assert (work / "evidence.pdf").exists() and work.parent == app_temp_dir()
    with Library.open(db) as lib:  # the next start
        assert lib.scores.score(aid, "US0113", "specificity").value == "high"
    assert not work.exists() and not stale.exists() and not (db.parent / "out.irmpkg.0.part").exists()
    assert not [p for p in db.parent.iterdir() if p.name.startswith("out.irmpkg.")]
    assert live.exists()


def test_a_private_tempdir_of_a_live_process_is_kept_and_its_own_is_removed_on_exit(tmp_path: Path) -> None:
    with private_tempdir("package", root=tmp_path) as tmp:
        assert sweep(root=tmp_path) == [] and tmp.path.exists()
        assert oct(tmp.path.stat().st_mode & 0o777) == "0o700"
    assert not tmp.path.exists()


# -- 7. only regular files are read ------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX special files")
def test_attaching_a_fifo_or_dev_zero_is_refused_with_one_line(tmp_path: Path, scored_library) -> None:
    lib, aid = scored_library
    before = lib.evidence.items(aid, "US0113")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for path, why in ((fifo, "named pipe"), (Path("/dev/zero"), "device"), (tmp_path, "folder")):
        with pytest.raises(LibraryError) as e:
            lib.evidence.add_evidence(aid, title="t", file=path, commitment_ids=["US0113"], who="Ana")
        assert "not a regular file" in str(e.value) and why in str(e.value) and "\n" not in str(e.value)
    assert lib.evidence.items(aid, "US0113") == before


def test_attaching_a_file_over_the_limit_is_refused(tmp_path: Path, scored_library, monkeypatch: pytest.MonkeyPatch) -> None:
    from irm_app.library import evidence

    lib, aid = scored_library
    monkeypatch.setattr(evidence, "MAX_ATTACHMENT", 1000)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%" * 1001)
    with pytest.raises(LibraryError, match="too large"):
        lib.evidence.add_evidence(aid, title="t", file=big, who="Ana")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX special files")
def test_importing_a_fifo_or_dev_zero_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.json"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero")):
        r = irm("import", str(path), "--db", str(tmp_path / "library.db"), timeout=60)
        assert r.returncode == 2 and r.stderr.count("\n") == 1 and "not a regular file" in r.stderr


# -- 8. a closed pipe, bad numbers -------------------------------------------------------------


def test_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    aid = make_library(db)
    with Library.open(db) as lib:  # more than a pipe holds (64 KiB), so the writer meets the closed end
        lib.scores.set_justification(aid, "US0113", "specificity", "long " * 100_000, who="Ana")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # unbuffered, a partial write is silent
    p = subprocess.Popen([sys.executable, "-m", "irm_app.cli", "export-json", "--out", "-", "--db", str(db)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    p.stdout.read(10)
    p.stdout.close()  # `| head -c 10`
    err = p.stderr.read().decode()
    p.stderr.close()
    assert p.wait(timeout=60) == 141 and err == ""


@pytest.mark.parametrize("year", ["inf", "1" + "0" * 4300, "2e3", "-5", "nan"])
def test_bad_numbers_give_one_line(db_path: Path, capsys, year: str) -> None:
    code, _, err = run(capsys, "eligibility", PLAN_ID, "fiscal_transparency", "4 of 4", "--year", year,
                       "--db", str(db_path))
    assert code == 2 and err.count("\n") == 1 and "--year" in err and len(err) < 400
