"""The app's start pauses PySide6's `__feature__` import hook (it read the source of every module
imported after PySide6, ~60 ms of each start) and the cycle collector (~30 ms of collections
finding nothing) until its first paint; the hook is sound only while the app selects no feature,
and both must come back afterwards."""

from __future__ import annotations

import builtins
import gc
import re
import sys
from pathlib import Path

from PySide6.support import feature

from irm_app.collector import CollectorPause
from irm_app.ui import app as app_module
from irm_app.ui.quick_start import plain_imports

ROOT = Path(__file__).resolve().parents[2]


def _module(folder: Path, name: str) -> str:
    (folder / f"{name}.py").write_text("VALUE = 1\n", encoding="utf-8")
    return name


def test_modules_imported_while_paused_are_not_read_and_the_hook_comes_back(tmp_path: Path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    hooked = builtins.__import__
    inside, after = _module(tmp_path, "irm_plain_inside"), _module(tmp_path, "irm_plain_after")
    try:
        with plain_imports():
            assert builtins.__import__ is builtins.__orig_import__
            __import__(inside)
            from PySide6.QtSvg import QSvgRenderer  # a Qt module first loaded while paused works

            assert QSvgRenderer().isValid() is False
        assert builtins.__import__ is hooked
        __import__(after)
        assert inside not in feature.pyside_feature_dict  # its source was not read
        assert feature.pyside_feature_dict.get(after) == -1  # the hook is back: read, "no PySide6"
    finally:
        for name in (inside, after):
            sys.modules.pop(name, None)


def test_a_replacement_made_meanwhile_is_left_alone():
    hooked = builtins.__import__

    def other(*args, **kwargs):
        return builtins.__orig_import__(*args, **kwargs)

    try:
        with plain_imports():
            builtins.__import__ = other
        assert builtins.__import__ is other
    finally:
        builtins.__import__ = hooked


def test_the_app_selects_no_pyside_feature():
    """The pause is safe only while no module asks for snake_case / true_property."""
    uses = [str(p.relative_to(ROOT)) for p in (ROOT / "irm_app").rglob("*.py")
            if re.search(r"\b__feature__\b|feature\.set_selection", p.read_text(encoding="utf-8"))
            and p.name != "quick_start.py"]
    assert uses == []


def test_the_collector_is_off_from_the_frame_to_the_paint_and_back_on_after(scored_library, tmp_path: Path, qapp,
                                                                          monkeypatch):
    from PySide6.QtCore import QSettings

    lib, _aid = scored_library
    seen: list[tuple[str, bool]] = []
    monkeypatch.setattr(app_module, "_note_startup", lambda stage: seen.append((stage.split()[0], gc.isenabled())))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert gc.isenabled()
    assert app_module.run_gui(lib.path, screenshot=tmp_path / "s.png", settings=settings) == 0
    assert seen == [("frame", False), ("painted", False)]
    assert gc.isenabled()  # on again once the window was grabbed
    assert builtins.__import__ is not builtins.__orig_import__  # and the feature hook back
    assert gc.get_freeze_count() == 0  # a caller that goes on living (this test) gets nothing frozen


def test_the_start_is_frozen_for_the_collector_only_for_the_whole_process():
    """`irm-app gui` freezes what its start made once the window is painted; anything else calling
    in keeps its collector as it was."""
    assert gc.get_freeze_count() == 0
    plain = CollectorPause()
    plain.pause()
    plain.resume()
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    whole = CollectorPause(freeze=True)
    whole.pause()
    made = [[] for _ in range(3)]  # containers the start made, alive after it
    whole.resume()
    try:
        assert gc.isenabled() and gc.get_freeze_count() >= len(made)  # in the permanent generation
    finally:
        gc.unfreeze()
    assert gc.get_freeze_count() == 0


def test_opening_another_library_unfreezes_the_start(scored_library, tmp_path: Path, make_window) -> None:
    """The first library's pages, frozen with the start, can be collected once another replaces them."""
    from irm_app.library import Library

    lib, _aid = scored_library
    w = make_window(lib)
    other = tmp_path / "other.db"
    Library.open(other).close()
    gc.freeze()
    try:
        assert w.open_library(other)
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()


def test_a_collector_turned_off_elsewhere_stays_off():
    pause = CollectorPause()
    gc.disable()
    try:
        pause.pause()
        pause.resume()
        assert not gc.isenabled()
    finally:
        gc.enable()
    pause.pause()
    assert not gc.isenabled()
    pause.resume()
    pause.resume()  # twice (the paint, then the way out) is once
    assert gc.isenabled()


def test_after_first_paint_runs_once_the_window_is_painted_not_before(qtbot):
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QLabel

    from irm_app.ui.quick_start import after_first_paint

    w = QLabel("painted?")
    qtbot.addWidget(w)
    order: list[str] = []

    class Watch(QObject):
        def eventFilter(self, _obj, event):
            if event.type() == QEvent.Type.Paint:
                order.append("paint")
            return False

    watch = Watch()
    w.installEventFilter(watch)
    w.show()
    after_first_paint(w, lambda: order.append("callback"))
    qtbot.waitUntil(lambda: "callback" in order)
    assert order[0] == "paint"  # a zero timer set here would have run first
    w.update()
    qtbot.waitUntil(lambda: order.count("paint") >= 2)
    qtbot.wait(50)
    assert order.count("callback") == 1


def test_after_first_paint_runs_anyway_if_nothing_is_painted_and_never_for_a_widget_gone(qtbot, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from irm_app.ui import quick_start

    monkeypatch.setattr(quick_start, "LATEST_MS", 30)
    hidden, gone = QWidget(), QWidget()
    qtbot.addWidget(hidden)
    ran: list[str] = []
    quick_start.after_first_paint(hidden, lambda: ran.append("hidden"))
    quick_start.after_first_paint(gone, lambda: ran.append("gone"))
    gone.deleteLater()
    qtbot.waitUntil(lambda: ran == ["hidden"])
    qtbot.wait(80)
    assert ran == ["hidden"]


def test_the_recent_list_reaches_the_disk_once_the_window_is_painted(make_window, scored_library, tmp_path, qtbot):
    from PySide6.QtCore import QSettings

    from irm_app.ui.window_state import recent_libraries

    lib, _aid = scored_library
    w = make_window(lib)
    on_disk = QSettings(w.settings.fileName(), QSettings.Format.IniFormat)
    qtbot.waitUntil(lambda: (on_disk.sync() or True) and recent_libraries(on_disk)[:1] == [lib.path.resolve()])
