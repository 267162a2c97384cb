"""The integrity check at open is skipped only for bytes a passed check (or this app's own writes
since) vouches for: a changed file, a foreign write during a session and an old mark all lead
to the full check, so damage is still found at open (docs/reliability.md)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from irm_app.importers.registry import read_import
from irm_app.library import Library, LibraryCorrupt
from irm_app.library.connection import MARK_MAX_AGE, file_state, mark_path
from irm_app.paths import sample_plan


def damage_in_place(path: Path) -> None:
    """Garbage over the pages after the first, keeping the file's inode (what `cp` onto it does)."""
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(4096)
        f.write(os.urandom(max(size - 4096, 8192)))


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "library.db"
    with Library.open(path) as lib:
        lib.imports.import_bundle(read_import(sample_plan()), who="t")
    return path


def test_a_clean_session_leaves_a_mark_for_the_bytes_it_left(library: Path) -> None:
    mark = json.loads(mark_path(library).read_text(encoding="utf-8"))
    assert mark["state"] == file_state(library)
    with Library.open(library) as lib:  # opens vouched; writes; closes cleanly
        a = lib.assessments.all()
        assert a == [] or a
    again = json.loads(mark_path(library).read_text(encoding="utf-8"))
    assert again["state"] == file_state(library)
    assert again["checked"] == mark["checked"]  # the time of the full check it descends from


def test_the_apps_own_idle_checkpoint_keeps_the_mark(library: Path) -> None:
    """The checkpointer writes the file on its own connection after a quiet spell: that write is
    this process's, so the mark still vouches for what the session left (no full check next time)."""
    with Library.open(library) as lib:
        with lib.tx.atomic():
            lib.db.execute("UPDATE plans SET title = title || '.'")
        lib._checkpointer._on_idle()  # what its timer runs, on its thread, after `idle` seconds
        assert lib._checkpointer.checkpoints == 1
    mark = json.loads(mark_path(library).read_text(encoding="utf-8"))
    assert mark["state"] == file_state(library)


def test_damage_after_the_session_is_found_at_the_next_open(library: Path) -> None:
    damage_in_place(library)
    with pytest.raises(LibraryCorrupt):
        Library.open(library, readonly=True)


def test_a_foreign_write_during_a_session_is_not_vouched_for(library: Path) -> None:
    lib = Library.open(library)
    damage_in_place(library)  # another program writes into the open library
    try:
        lib.close()
    except Exception:  # noqa: BLE001 - the close itself may notice; what matters is the next open
        pass
    with pytest.raises(LibraryCorrupt):
        Library.open(library, readonly=True)


def test_damage_that_keeps_the_metadata_is_found_once_the_mark_is_a_day_old(library: Path) -> None:
    damage_in_place(library)
    state = file_state(library)  # a bad sector: the bytes changed, the mark still matches them
    mark_path(library).write_text(json.dumps({"state": state, "checked": time.time() - MARK_MAX_AGE - 60}),
                                  encoding="utf-8")
    with pytest.raises(LibraryCorrupt):
        Library.open(library, readonly=True)


def test_no_mark_or_a_broken_one_means_the_full_check(library: Path) -> None:
    mark_path(library).write_text("{not json", encoding="utf-8")
    damage_in_place(library)
    with pytest.raises(LibraryCorrupt):
        Library.open(library, readonly=True)
