"""The app's start pauses PySide6's `__feature__` import hook (it read the source of every module
imported after PySide6, ~70 ms of each start); that is sound only while the app selects no
feature, and the hook must come back afterwards."""

from __future__ import annotations

import builtins
import re
import sys
from pathlib import Path

from PySide6.support import feature

from irm_app.ui.plain_imports import plain_imports

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
            and p.name != "plain_imports.py"]
    assert uses == []
