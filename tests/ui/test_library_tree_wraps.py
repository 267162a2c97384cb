"""Issue 18 (nothing clipped at 1280x720): the 300 px library pane cut its names ("IRM Progress
Report …", "United States 2022-…"). They wrap now, each row as tall as its text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from irm_app.ui.widgets.tree_items import tree_items

SIZES = ((1280, 720), (1366, 768), (1920, 1080))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_library_name_is_shown_whole(make_window, scored_library, size, qapp) -> None:
    from irm_app.ui.app import load_font

    before = qapp.font()
    load_font(qapp)  # the app's own font: the widths depend on it
    lib, aid = scored_library
    lib.assessments.create_assessment("AP_USA05", "irm-action-plan-review-2021", researcher="Ana", who="Ana")
    w = make_window(lib)
    w.resize(*size)
    w.select(aid)
    w.tree.expandAll()
    for _ in range(4):
        QApplication.processEvents()
    tree = w.tree
    try:
        items = tree_items(tree)
        assert len(items) >= 4  # member, plan, two assessments
        for item in items:
            rect = tree.visualRect(tree.indexFromItem(item, 0))
            fm = tree.fontMetrics()
            if item.font(0).bold():
                f = tree.font()
                f.setBold(True)
                from PySide6.QtGui import QFontMetrics

                fm = QFontMetrics(f)
            need = fm.boundingRect(QRect(0, 0, rect.width() - 8, 10_000), int(Qt.TextFlag.TextWordWrap),
                                   item.text(0))
            assert need.height() <= rect.height(), f"{item.text(0)!r} cut at {size}: {need} in {rect}"
            assert fm.horizontalAdvance(item.text(0).split()[0]) <= rect.width()
    finally:
        qapp.setFont(before)
