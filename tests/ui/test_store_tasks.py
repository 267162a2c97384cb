"""The Store's signals and the TaskRunner's delivery on the GUI thread."""

from __future__ import annotations

import re
import threading

import pytest

from irm_app.library import LibraryError
from irm_app.ui.store import Store
from irm_app.ui.tasks import TaskRunner


def test_store_writes_durably_and_says_saved(scored_library):
    lib, aid = scored_library
    store = Store(lib, "Bo")
    saved, changed = [], []
    store.saved.connect(saved.append)
    store.scoresChanged.connect(lambda a, c: changed.append((a, c)))
    store.set_score(aid, "US0120", "specificity", "medium")
    assert lib.scores.score(aid, "US0120", "specificity").value == "medium"
    assert lib.history.audit(aid)[-1].who == "Bo"
    assert re.fullmatch(r"Saved \d\d:\d\d:\d\d", saved[-1])
    assert changed == [(aid, "US0120")]


def test_store_reports_a_rejected_edit_and_changes_nothing(scored_library):
    lib, aid = scored_library
    store = Store(lib, "Bo")
    failed, saved = [], []
    store.failed.connect(failed.append)
    store.saved.connect(saved.append)
    with pytest.raises(ValueError):
        store.set_score(aid, "US0120", "specificity", "enormous")
    assert "enormous" in failed[0] and "\n" not in failed[0]
    assert saved == [] and lib.scores.score(aid, "US0120", "specificity") is None
    with pytest.raises(LibraryError):
        store.set_score(aid, "NOPE", "specificity", "high")


def test_task_runner_delivers_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    gui = threading.get_ident()
    seen = {}
    runner.run(lambda: threading.get_ident(),
               on_done=lambda worker: seen.update(worker=worker, done_in=threading.get_ident()),
               on_error=lambda e, tb: seen.update(error=e), label="work")
    qtbot.waitUntil(lambda: "done_in" in seen)
    assert seen["worker"] != gui and seen["done_in"] == gui


def test_task_runner_delivers_errors_with_traceback(qtbot):
    runner = TaskRunner()
    seen = {}

    def boom():
        raise ValueError("bad file: line 3")

    runner.run(boom, on_done=lambda r: seen.update(done=r), on_error=lambda e, tb: seen.update(e=e, tb=tb), label="x")
    qtbot.waitUntil(lambda: "e" in seen)
    assert str(seen["e"]) == "bad file: line 3" and "boom" in seen["tb"] and "done" not in seen


def test_synchronous_runner_runs_inline():
    out = []
    TaskRunner(synchronous=True).run(lambda: 7, on_done=out.append, on_error=lambda e, tb: out.append(e), label="x")
    assert out == [7]


def test_progress_appears_only_for_slow_work_and_goes_away(qtbot):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner(parent)
    release = threading.Event()
    seen = {}
    runner.run(lambda: release.wait(30) and "ok", on_done=lambda r: seen.update(r=r),
               on_error=lambda e, tb: seen.update(e=e), label="Reading plan.xlsx")
    assert runner.progress_dialogs() == []  # nothing flashes up for quick work
    qtbot.waitUntil(lambda: bool(runner.progress_dialogs()), timeout=5000)
    assert runner.progress_dialogs()[0].labelText() == "Reading plan.xlsx"
    release.set()
    qtbot.waitUntil(lambda: "r" in seen, timeout=5000)
    assert seen == {"r": "ok"} and runner.progress_dialogs() == []
