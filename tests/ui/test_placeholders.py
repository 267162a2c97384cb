"""Issue 18 (nothing clipped at 1280x720): a filter box's hint read "Filter: member, plan, year,
researcher (Ctrl…" in the 300 px library pane, and "Filter b…" beside the Comments dock. A box
now shows its full hint where it fits and a short one where it does not, the full one in its
tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

from irm_app.ui.widgets.placeholder import FittingPlaceholder, fit_placeholder

from .test_laptop_comments_dock import _window_with_dock

SIZES = ((1280, 720), (1366, 768), (1920, 1080))


def _fits(edit: QLineEdit) -> bool:
    fitter = edit.findChild(FittingPlaceholder)
    assert fitter is not None, f"{edit.objectName()} has no fitting hint"
    return edit.fontMetrics().horizontalAdvance(edit.placeholderText()) <= fitter.room()


def _boxes(w) -> list[QLineEdit]:
    return [w.library_pane.filter_edit, w.commitments.filter_edit]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_filter_hints_are_never_cut(make_window, scored_library, size) -> None:
    lib, aid = scored_library
    w = make_window(lib)
    w.resize(*size)
    w.select(aid, "US0114")
    for _ in range(4):
        QApplication.processEvents()
    for edit in _boxes(w):
        assert edit.placeholderText(), edit.objectName()
        assert _fits(edit), f"{edit.objectName()}: {edit.placeholderText()!r} cut at {size}"
        assert edit.toolTip()  # the full hint, one hover away


@pytest.mark.parametrize("size", SIZES[:2], ids=lambda s: f"{s[0]}x{s[1]}")
def test_filter_hints_fit_beside_the_comments_dock(make_window, scored_library, size) -> None:
    w = _window_with_dock(make_window, scored_library, size)
    edit = w.commitments.filter_edit
    assert _fits(edit), f"{edit.placeholderText()!r} cut with the dock open at {size}"


def test_the_full_hint_where_there_is_room_the_short_one_where_not(qtbot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    full, short = "Filter by ID, title or institution (Ctrl+F)", "Filter (Ctrl+F)"
    fit_placeholder(edit, full, short)
    edit.resize(edit.fontMetrics().horizontalAdvance(full) + 80, 30)
    edit.show()
    QApplication.processEvents()
    assert edit.placeholderText() == full
    edit.resize(edit.fontMetrics().horizontalAdvance(short) + 60, 30)
    QApplication.processEvents()
    assert edit.placeholderText() == short
    assert edit.toolTip() == full
