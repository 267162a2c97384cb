"""The window's actions: each one triggers the callable it was given, and every one is in a menu once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject

from irm_app.ui.actions import Action, build_actions


def test_each_action_runs_the_handler_it_was_given(qtbot) -> None:
    parent = QObject()
    ran: list[Action] = []
    built = build_actions(parent, {a: (lambda a=a: ran.append(a)) for a in Action})
    built[Action.EXPORT_REPORT].trigger()
    built[Action.TAB_DASHBOARD].trigger()
    assert ran == [Action.EXPORT_REPORT, Action.TAB_DASHBOARD]
    assert built[Action.IMPORT].shortcut().toString() == "Ctrl+I"
    assert "OGP's commitments table" in built[Action.IMPORT].toolTip()


def test_a_missing_handler_is_refused_by_name() -> None:
    handlers = {a: (lambda: None) for a in Action if a is not Action.VERIFY}
    with pytest.raises(ValueError, match="VERIFY"):
        build_actions(QObject(), handlers)


def test_the_window_shows_every_action_once_with_no_shared_key(make_window, sample_library) -> None:
    w = make_window(sample_library)
    in_menus, keys = [], []
    for entry in w.menuBar().actions():  # read each menu as it comes (PySide6 6.10 drops held wrappers)
        menu = entry.menu()
        for a in menu.actions() if menu is not None else []:
            if not a.isSeparator():
                in_menus.append(a.text())
                keys += [k.toString() for k in a.shortcuts() if not k.isEmpty()]
    for action in Action:
        assert in_menus.count(w.actions_[action.value].text()) == 1, action
    assert len(keys) == len(set(keys))  # a key on two actions is "ambiguous" to Qt and triggers neither
