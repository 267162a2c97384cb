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
