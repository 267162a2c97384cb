"""Start-up: a damaged library is restored from its newest sound backup and the user is told;
a library another instance holds gets a clear sentence instead of a lock file's details."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from irm_app.importers.registry import read_import
from irm_app.library import Library
from irm_app.library.lock import LibraryLocked
from irm_app.paths import sample_plan
from irm_app.ui.app import open_window, startup_error_text
from irm_app.ui.tasks import TaskRunner


def test_damaged_library_is_recovered_and_the_user_told(tmp_path: Path, qtbot):
    db = tmp_path / "library.db"
    with Library.open(db) as lib:  # closing writes a backup
        lib.imports.import_bundle(read_import(sample_plan()), who="t")
        aid = lib.assessments.create_assessment("AP_USA05", "irm-progress-report-legacy", researcher="Ana", who="Ana").id
    size = db.stat().st_size
    with open(db, "r+b") as f:  # a clobbered file
        f.seek(4096)
        f.write(os.urandom(max(size - 4096, 8192)))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = open_window(db, settings, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(w)
    try:
        qtbot.waitUntil(lambda: isinstance(w.last_dialog, QMessageBox))
        box = w.last_dialog
        assert "restored from the backup" in box.text() and "damaged-" in box.text()
        assert "restored from the backup" in w.statusBar().currentMessage()
        assert w.tree.current_assessment() == aid  # the backup's work is there
    finally:
        w.close()
    assert list(tmp_path.glob("library.db.damaged-*"))


def test_a_sound_library_opens_without_a_message(tmp_path: Path, qtbot):
    db = tmp_path / "library.db"
    Library.open(db).close()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = open_window(db, settings, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(w)
    qtbot.wait(50)
    assert w.last_dialog is None
    assert w.statusBar().currentMessage() == ""  # not "Opening the library…" once it is open
    w.close()


def test_second_instance_gets_a_clear_sentence():
    text = startup_error_text(LibraryLocked("library /x/library.db is open for writing by pid 42"))
    assert text.startswith("This library is already open in another IRM Assessor window")


def test_damage_found_by_the_check_after_the_first_paint_is_recovered(tmp_path: Path, qtbot):
    """The window is up before the full check (deferred, on a worker); damage in pages the window
    did not read is still found, and the newest sound backup put in place, as at open."""
    from irm_app.library.connection import mark_path
    from tests.test_deferred_check import damage_table

    db = tmp_path / "library.db"
    with Library.open(db) as lib:  # closing writes a backup
        lib.imports.import_bundle(read_import(sample_plan()), who="t")
        aid = lib.assessments.create_assessment("AP_USA05", "irm-progress-report-legacy", researcher="Ana", who="Ana").id
    damage_table(db, "audit")
    assert mark_path(db).exists()  # stale now: the damage changed the file
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = open_window(db, settings, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(w)
    try:
        assert w.library.pending_check is not None  # the window was built before the check ran
        assert w.commitments.model.rowCount() == 36  # the first paint shows the damaged file's rows
        qtbot.waitUntil(lambda: isinstance(w.last_dialog, QMessageBox))
        assert "restored from the backup" in w.last_dialog.text()
        assert w.library.pending_check is None and w.tree.current_assessment() == aid
    finally:
        w.close()
    assert list(tmp_path.glob("library.db.damaged-*"))
    with Library.open(db) as lib:  # the file in place passes the full check
        assert lib.assessments.assessment(aid).id == aid


def _stale_library(tmp_path: Path) -> tuple[Path, str]:
    """A sound library whose mark no longer vouches for it (another program wrote it): the GUI
    defers its full check until after the first paint."""
    import sqlite3

    db = tmp_path / "library.db"
    with Library.open(db) as lib:
        lib.imports.import_bundle(read_import(sample_plan()), who="t")
        aid = lib.assessments.create_assessment("AP_USA05", "irm-progress-report-legacy", researcher="Ana", who="Ana").id
    conn = sqlite3.connect(db)
    conn.execute("UPDATE assessments SET title = 'Edited elsewhere' WHERE id = ?", (aid,))
    conn.commit()
    conn.close()
    return db, aid


def test_a_check_that_could_not_run_is_not_taken_for_damage(tmp_path: Path, qtbot, monkeypatch):
    """A busy file is not a damaged one: no recovery, no file moved aside; writes stay held, the
    check is tried again, and after the last try the status bar says to open it again."""
    import sqlite3

    from irm_app.library.connection import PendingCheck
    from irm_app.ui import sound_check

    db, aid = _stale_library(tmp_path)
    tries: list[int] = []

    def busy(self) -> str | None:
        tries.append(1)
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(PendingCheck, "run", busy)
    monkeypatch.setattr(sound_check, "RETRY_MS", 10)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = open_window(db, settings, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(w)
    try:
        qtbot.waitUntil(lambda: len(tries) == sound_check.RETRIES, timeout=5000)
        qtbot.wait(50)
        assert "open it again to retry" in w.statusBar().currentMessage()
        assert not isinstance(w.last_dialog, QMessageBox)  # nothing "restored from the backup"
        assert not list(tmp_path.glob("library.db.damaged-*"))
        assert w.library.tx.held is not None  # unchecked: still no write
        assert w.library.assessments.assessment(aid).title == "Edited elsewhere"
    finally:
        w.close()


def test_a_check_that_ends_after_the_window_closed_changes_nothing(tmp_path: Path, qtbot):
    """The result of a check still running when the window closes finds the library closed: no
    recovery opens a library (and takes its writer lock) behind a closed window."""
    from irm_app.ui import sound_check

    db, _aid = _stale_library(tmp_path)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = open_window(db, settings, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(w)
    lib = w.library
    w.close()
    assert lib.closed
    sound_check._checked(w, lib, "*** in database main *** Page 7: btreeInitPage() returns error code 11")
    assert not list(tmp_path.glob("library.db.damaged-*"))
    with Library.open(db) as again:  # nobody holds the writer lock
        assert again.assessments.all()
