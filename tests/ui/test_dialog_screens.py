"""Issue 18, item 1 (the dialogs): the review step, the plan editor and the import report open
inside a laptop's screen (1280x720, 1366x768) and larger on a monitor, and nothing in them is cut:
the review's field tabs, a long plan title and its themes, the milestone boxes, the import
report's Why and Column cells."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QStyle, QToolButton, QWidget

from irm_app.library import Library
from irm_app.operations import plans as plan_ops
from irm_app.ui.dialogs.import_result import FlaggedValuesDialog, ImportResultDialog
from irm_app.ui.dialogs.import_result import fit_to_screen as fit_report
from irm_app.ui.widgets.screen_fit import room
from irm_app.ui.widgets.wrapping_line import WrappingLineEdit
from tests.intake_docs import EN_LABELS, build_template_docx, english_commitments

OGP = Path(__file__).parents[1] / "data" / "ogp" / "commitments-sample.csv"
LAPTOPS = (QRect(0, 0, 1280, 720), QRect(0, 0, 1366, 768))
SCREENS = (*LAPTOPS, QRect(0, 0, 1920, 1080))
LONG_TITLE = ("Fifth U.S. Open Government National Action Plan: equitable data, civic space, government "
              "services, anti-corruption and equal justice under the law, co-created with civil society")
THEMES = ("Improve Access to Government Data, Research, and Information, Increase Civic Space to Engage the "
          "Public, Transform Government Service Delivery, Counter Corruption and Ensure Government Integrity "
          "and Accountability to the Public, Ensure Equal Justice Under the Law")


@pytest.fixture(autouse=True)
def app_font(qapp):
    """The app's own font (bundled DejaVu Sans 10), as the user and the screenshots see it: the
    widths measured here depend on it. The test process's font is put back after."""
    from irm_app.ui.app import load_font

    before = qapp.font()
    load_font(qapp)
    yield
    qapp.setFont(before)


def _settle(dialog: QWidget, screen: QRect) -> None:
    dialog.fit_to_screen(screen)  # type: ignore[attr-defined]
    for _ in range(4):  # wrapped boxes fit their height after the first layout pass
        QApplication.processEvents()


def _inside(dialog: QWidget, screen: QRect) -> None:
    space = room(screen)
    assert space.width() <= 1240 and space.height() <= 680 or screen.width() > 1280
    hint = dialog.minimumSizeHint()
    assert hint.width() <= space.width() and hint.height() <= space.height(), (hint, space)
    assert dialog.width() <= space.width() and dialog.height() <= space.height(), (dialog.size(), space)


def _shows_whole(edit: QWidget) -> None:
    """The box shows its whole text: a one-line box as wide as the text, a wrapping one as tall."""
    text = edit.text()  # type: ignore[attr-defined]
    assert text
    if isinstance(edit, QLineEdit):
        room_ = edit.contentsRect().width() - 8  # the line edit's own text margins
        assert QFontMetrics(edit.font()).horizontalAdvance(text) <= room_, f"{edit.objectName()} cut: {text!r}"
        return
    assert isinstance(edit, QPlainTextEdit) and edit.lineWrapMode() != QPlainTextEdit.LineWrapMode.NoWrap
    assert edit.verticalScrollBar().maximum() == 0, f"{edit.objectName()} scrolls: {text!r}"
    last = edit.document().lastBlock()
    bottom = edit.blockBoundingGeometry(last).translated(edit.contentOffset()).bottom()
    assert bottom <= edit.viewport().height() + 1, f"{edit.objectName()} cuts its last line: {text!r}"


def _placeholders_read_whole(dialog: QWidget) -> None:
    for edit in dialog.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if edit.isVisibleTo(dialog) and hint:
            width = QFontMetrics(edit.font()).horizontalAdvance(hint)
            assert width <= edit.contentsRect().width() - 8, f"placeholder {hint!r} cut at {edit.width()} px"


def _labelled(dialog: QWidget, boxes: list[QWidget]) -> None:
    buddies = {id(label.buddy()) for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    for box in boxes:
        assert id(box) in buddies, f"{box.accessibleName()} has no label"


# -- the review step ---------------------------------------------------------------------------
def _review(make_window, tmp_path: Path):
    source = english_commitments(3)
    doc = build_template_docx(tmp_path / "plan.docx", source, EN_LABELS, plan_title="Fifth National Action Plan",
                              intro="Introduction.", annex="Annex.")
    lib = Library.open(tmp_path / "lib.db")
    w = make_window(lib)
    w.owns_library = True
    w.import_file(doc)
    d = w.review_dialog
    d.themes.setText(THEMES)
    d.panel.lines["title"].setText(LONG_TITLE)
    return w, d


@pytest.mark.parametrize("screen", LAPTOPS, ids=lambda r: f"{r.width()}x{r.height()}")
def test_the_review_step_opens_inside_a_laptop_screen_with_every_tab_readable(make_window, tmp_path, screen):
    w, d = _review(make_window, tmp_path)
    _settle(d, screen)
    _inside(d, screen)
    bar = d.panel.tabs.tabBar()
    arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    assert not arrows, "the tabs scroll behind arrows"
    fm = bar.fontMetrics()
    for i in range(bar.count()):
        rect = bar.tabRect(i)
        assert bar.rect().contains(rect), f"tab {bar.tabText(i)!r} out of view"
        lines = bar.tabText(i).split("\n")
        assert " ".join(lines) == d.panel.tabs.tabToolTip(i)  # the whole label, over two lines
        assert all(fm.horizontalAdvance(line) < rect.width() for line in lines)
        assert len(lines) * fm.lineSpacing() <= rect.height()
    _placeholders_read_whole(d)
    _labelled(d, [d.panel.m_title, d.panel.m_start, d.panel.m_end])
    _shows_whole(d.themes)
    _shows_whole(d.panel.lines["title"])


def test_the_review_step_is_roomier_on_a_monitor(make_window, tmp_path):
    w, d = _review(make_window, tmp_path)
    _settle(d, QRect(0, 0, 1920, 1080))
    assert d.width() > 1500 and d.height() > 900


# -- the plan editor ---------------------------------------------------------------------------
@pytest.mark.parametrize("screen", SCREENS, ids=lambda r: f"{r.width()}x{r.height()}")
def test_the_plan_editor_shows_a_long_title_and_its_themes_whole(make_window, sample_library, qtbot, screen):
    from irm_app.ui.plans.actions import open_editor

    lib = sample_library
    plan_ops.edit_plan(lib, "AP_USA05", {"title": LONG_TITLE, "themes": [t.strip() for t in THEMES.split(", ")
                                                                         if t.strip()]}, who="Ana")
    w = make_window(lib)
    e = open_editor(w, "AP_USA05")
    _settle(e, screen)
    _inside(e, screen)
    assert e.head["title"].text() == LONG_TITLE
    _shows_whole(e.head["title"])
    _shows_whole(e.head["themes"])
    _shows_whole(e.c_lines["title"])
    _placeholders_read_whole(e)
    _labelled(e, list(e.m_lines.values()))
    e.close()


# -- the import report -------------------------------------------------------------------------
def _cells_read_whole(view: ImportResultDialog) -> None:
    table = view.table
    style = table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    fm = table.fontMetrics()
    for row in range(table.rowCount()):
        for col in (2, 4):  # the Column and Why cells were cut with an ellipsis
            rect = table.visualRect(table.model().index(row, col))
            text = table.item(row, col).text()
            need = fm.boundingRect(QRect(0, 0, rect.width() - 2 * margin, 10_000),
                                   int(Qt.TextFlag.TextWordWrap), text).height()
            assert need <= rect.height(), f"row {row}: {text!r} needs {need} px, has {rect.height()}"


@pytest.mark.parametrize("screen", SCREENS, ids=lambda r: f"{r.width()}x{r.height()}")
def test_the_import_report_fits_the_screen_and_reads_every_why_whole(make_window, db_path, screen):
    lib = Library.open(db_path)
    w = make_window(lib)
    try:
        w.import_file(OGP)
        view = w.last_dialog
        assert isinstance(view, ImportResultDialog)
        fit_report(view, screen)
        for _ in range(3):
            QApplication.processEvents()
        _inside(view, screen)
        if screen.width() >= 1920:
            assert view.width() > 1100 and view.height() > 600  # a big screen gives it room
        _cells_read_whole(view)
        view.resize(700, view.height())  # narrower: the rows grow to keep the text whole
        QApplication.processEvents()
        _cells_read_whole(view)
        assert view.table.textElideMode() == Qt.TextElideMode.ElideNone
        flagged = FlaggedValuesDialog(w, "AP_ALB01")  # Plan > Flagged values: the same table, later
        flagged.show()
        fit_report(flagged, screen)
        QApplication.processEvents()
        _inside(flagged, screen)
        _cells_read_whole(flagged)
        flagged.close()
    finally:
        w.close()
        lib.close()


# -- the wrapping box ---------------------------------------------------------------------------
def test_a_wrapping_box_keeps_a_one_line_value(qtbot):
    box = WrappingLineEdit()
    qtbot.addWidget(box)
    box.resize(200, box.height())
    box.show()
    value = "Open\u00a0Government\rPartnership"  # Qt's document would turn these into a space and a break
    box.setText(value)
    assert box.text() == value  # shown, not changed
    finished: list[bool] = []
    box.editingFinished.connect(lambda: finished.append(True))
    box.setFocus()
    box.setCursorPosition(4)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert finished and box.text() == value  # Enter finishes the edit, adds no line break
    data = QMimeData()
    data.setText("pasted\nover two lines")
    box.setText("")
    box.insertFromMimeData(data)
    assert box.text() == "pasted over two lines"
    one = box.height()
    box.setText(LONG_TITLE)
    QApplication.processEvents()
    assert box.height() > one  # taller for a longer value, up to its most lines
    assert box.height() <= box.minimumSizeHint().height() * box.max_lines
