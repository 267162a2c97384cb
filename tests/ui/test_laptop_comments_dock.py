"""Issue 18, item 1 (laptop screens): the Comments dock open beside the scoring pane at 1280x720
and 1366x768. Before, the pane scrolled sideways (the derived line, a level and "Comments: 1 open"
cut at its edge), the table's Title column ran past the table, the dock's third filter read
"Every co…" and its list cut each comment and reviewer to one line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton

from irm_app.operations import comments as ops

from .test_laptop_screens import FORMS, _assert_not_clipped

LAPTOPS = ((1280, 720), (1366, 768))
COMMENTS = (("Rita Staff", "US0115", "specificity", "Low? The milestones have dates and owners."),
            ("Eve External", "US0114", None, "The tracker's 2024-02 update says two milestones slipped."),
            ("Eve External", "US0113", "completion_progress", "Substantial seems generous: see the agency's blog."))


def _window_with_dock(make_window, scored_library, size: tuple[int, int]):
    lib, aid = scored_library
    for author, cid, field, text in COMMENTS:
        ops.add_comment(lib, aid, text, author=author, commitment_id=cid, field_key=field, who=author)
    w = make_window(lib)
    w.definitions.set_shown(False)  # compact, as a laptop opens
    w.resize(*size)
    w.select(aid, "US0115")
    w.actions_["comments"].trigger()
    for _ in range(6):  # the dock's width, then the levels' reflow
        QApplication.processEvents()
    return w


@pytest.mark.parametrize("size", LAPTOPS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_scoring_pane_never_scrolls_sideways_with_the_comments_dock_open(make_window, scored_library, size):
    w = _window_with_dock(make_window, scored_library, size)
    page = w.commitments
    assert w.reviewing.dock.isVisible()
    assert not page.scroll.horizontalScrollBar().isVisible()
    _assert_not_clipped(w, f"the Comments dock open at {size}")
    spec = page.form.editors["specificity"]
    assert spec.comments_button.isVisible()
    assert spec.comments_button.width() >= spec.comments_button.sizeHint().width()  # "Comments: 1 o…" before
    assert spec.columns == len({b.y() for b in spec.buttons[:spec.columns]}) * spec.columns  # rows of equal width
    right = max(b.mapTo(spec, b.rect().topRight()).x() for b in spec.buttons)
    assert right < spec.width()  # the third level stays inside the frame (it was cut at the pane's edge)
    assert page.scroll.width() >= page.scroll.widget().minimumSizeHint().width()


@pytest.mark.parametrize("size", LAPTOPS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_table_title_column_ends_inside_the_table(make_window, scored_library, size):
    w = _window_with_dock(make_window, scored_library, size)
    page = w.commitments
    h = page.table.horizontalHeader()
    title = page.model.column_of("fixed", "title")
    assert h.sectionViewportPosition(title) + h.sectionSize(title) <= page.table.viewport().width()
    w.reviewing.dock.hide()  # room again: the column is as wide as it was
    w.resize(1920, 1080)
    for _ in range(4):
        QApplication.processEvents()
    assert 240 <= h.sectionSize(title) < 240 + 180  # as wide as it was, and the slack to a column's edge


@pytest.mark.parametrize("size", LAPTOPS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_dock_leaves_the_middle_its_room_and_shows_its_filters_whole(make_window, scored_library, size):
    w = _window_with_dock(make_window, scored_library, size)
    dock = w.reviewing.dock
    assert dock.width() <= 0.3 * size[0]  # it opened at its content's width, 363 px, before
    view = w.reviewing.view
    assert view.commitment.currentText() == "Every commitment"
    for button in dock.widget().findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), f"{button.text()!r} is cut"
    for combo in dock.widget().findChildren(QComboBox):  # the choice shown, its arrow beside it
        if combo.isVisible():
            need = combo.fontMetrics().horizontalAdvance(combo.currentText()) + 36
            assert combo.width() >= need, f"{combo.objectName()}: {combo.currentText()!r} is cut"


@pytest.mark.parametrize("size", LAPTOPS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_each_comment_and_reviewer_wraps_whole_in_the_list(make_window, scored_library, size):
    w = _window_with_dock(make_window, scored_library, size)
    tree = w.reviewing.view.tree
    assert tree.topLevelItemCount() == 3
    shown = sum(tree.columnWidth(c) for c in range(tree.columnCount()) if not tree.isColumnHidden(c))
    assert shown <= tree.viewport().width()  # no column behind a sideways scroll
    fm = QFontMetrics(tree.font())
    flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        row = tree.visualItemRect(item)
        for col in (0, 1):
            text = item.text(col)
            width = tree.columnWidth(col) - (tree.indentation() if col == 0 else 0) - 8
            need = fm.boundingRect(0, 0, width, 10_000, flags, text).height()
            assert row.height() >= need, f"{text!r} needs {need} px, its row is {row.height()}"
    assert any(tree.visualItemRect(tree.topLevelItem(i)).height() > fm.height() + 8
               for i in range(3))  # at this width some comment takes two lines: the rows are not uniform
    first = tree.topLevelItem(0)
    assert first.text(0) in {c[3] for c in COMMENTS}  # the whole comment, not its first line cut
    tree.setCurrentItem(first)
    assert "US01" in w.reviewing.view.detail.toPlainText().splitlines()[0]  # where it is, with About hidden


def test_every_form_fits_beside_the_dock_at_1280x720(make_window, sample_library):
    lib = sample_library
    ids = [lib.assessments.create_assessment("AP_USA05", f, researcher="Ana", who="Ana").id for f in FORMS]
    w = make_window(lib)
    w.definitions.set_shown(False)
    w.resize(1280, 720)
    w.select(ids[0], "US0113")
    w.actions_["comments"].trigger()
    for aid in ids:
        w.select(aid, "US0113")
        for _ in range(6):
            QApplication.processEvents()
        _assert_not_clipped(w, f"{lib.assessments.assessment(aid).form} beside the Comments dock")
