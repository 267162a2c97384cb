"""Issue 18, items 1 and 2: the window on a laptop's screen (1280x720, 1366x768) and a Tab order
and scoring pane that follow what the researcher sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from irm_app.ui import window_state

FORMS = ("irm-progress-report-legacy", "irm-action-plan-review-2021", "irm-results-report-2021")
LAPTOPS = (QRect(0, 0, 1280, 720), QRect(0, 0, 1366, 768), QRect(0, 28, 1280, 692))


@pytest.mark.parametrize("screen", LAPTOPS, ids=lambda r: f"{r.width()}x{r.height()}+{r.y()}")
def test_window_opens_inside_the_screen(qtbot, tmp_path, screen: QRect):
    w = QMainWindow()
    qtbot.addWidget(w)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert window_state.restore_window(settings, w, screen) is False  # nothing saved yet
    assert screen.contains(w.geometry()), w.geometry()
    assert w.width() > 1100 and w.height() > 600  # fitted, not shrunk to nothing


def test_last_geometry_restored_only_where_it_still_fits(qtbot, tmp_path):
    laptop = QRect(0, 0, 1280, 720)
    small = QSettings(str(tmp_path / "small.ini"), QSettings.Format.IniFormat)
    before = QMainWindow()
    qtbot.addWidget(before)
    before.setGeometry(30, 40, 700, 500)  # the researcher's own choice, which fits
    window_state.save_window(small, before, [])
    w = QMainWindow()
    qtbot.addWidget(w)
    assert window_state.restore_window(small, w, laptop) is True
    assert (w.width(), w.height()) == (700, 500)

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    big = QMainWindow()
    qtbot.addWidget(big)
    big.setGeometry(60, 40, 1500, 940)  # saved on a desktop monitor
    window_state.save_window(settings, big, [])
    w2 = QMainWindow()
    qtbot.addWidget(w2)
    assert window_state.restore_window(settings, w2, laptop) is False  # would hang off the laptop
    assert laptop.contains(w2.geometry())


def _laptop_window(make_window, lib, qtbot, form: str, size: tuple[int, int] = (1280, 720)):
    aid = lib.assessments.create_assessment("AP_USA05", form, researcher="Ana", who="Ana").id
    w = make_window(lib)
    w.resize(*size)
    w.select(aid, "US0113")
    for _ in range(5):  # the levels reflow after the first layout pass
        QApplication.processEvents()
    return w, aid


def test_nothing_in_the_scoring_pane_is_clipped_on_a_laptop(make_window, sample_library, qtbot):
    """Each form in turn in one window, at 1280x720 then 1366x768 and back, as the screenshots go."""
    lib = sample_library
    ids = [lib.assessments.create_assessment("AP_USA05", f, researcher="Ana", who="Ana").id for f in FORMS]
    w = make_window(lib)
    for aid in ids:
        for size in ((1280, 720), (1366, 768), (1280, 720)):
            w.resize(*size)
            w.select(aid, "US0113")
            for _ in range(5):  # the levels reflow after the first layout pass
                QApplication.processEvents()
            bar = w.commitments.scroll.horizontalScrollBar()
            try:
                qtbot.waitUntil(lambda bar=bar: bar.maximum() == 0, timeout=3000)  # the reflow has settled
            except qtbot.TimeoutError:
                pass  # _assert_not_clipped says which form and size
            _assert_not_clipped(w, f"{lib.assessments.assessment(aid).form} at {size}")


def _assert_not_clipped(w, where: str) -> None:
    page = w.commitments
    widest = max(page.form.editors.values(), key=lambda ed: ed.minimumSizeHint().width())
    assert page.scroll.horizontalScrollBar().maximum() == 0, (
        f"{where}: the scoring pane scrolls sideways; widest field {widest.field.key} "
        f"{widest.minimumSizeHint()} in {page.scroll.viewport().width()} px"
        + "; wider than the viewport: " + ", ".join(
            f"{type(c).__name__}#{c.objectName()} {c.minimumSizeHint().width()}"
            for c in page.scroll.widget().findChildren(QWidget)
            if c.isVisible() and c.minimumSizeHint().width() > page.scroll.viewport().width() - 12))
    viewport = page.scroll.viewport()
    for key, ed in page.form.editors.items():
        assert ed.width() <= viewport.width(), f"{where}: {key}"
        for b in ed.buttons:
            assert b.width() >= b.sizeHint().width(), f"{where}: {key}: {b.text()!r} is cut short"
            right = b.mapTo(ed, b.rect().topRight()).x()
            assert right < ed.width(), f"{where}: {key}: {b.text()!r} runs past the field's frame"
    for label in (page.form.derived, page.form.claim):
        if label.isVisible():  # laid out by an independent text engine at the label's width
            doc = QTextDocument()
            doc.setDefaultFont(label.font())
            doc.setDocumentMargin(0)
            doc.setHtml(label.text())
            doc.setTextWidth(label.contentsRect().width())
            assert label.contentsRect().height() >= doc.size().height() - 1, f"{where}: {label.objectName()} loses a line"


def test_levels_reflow_to_the_width(make_window, sample_library, qtbot):
    w, _aid = _laptop_window(make_window, sample_library, qtbot, "irm-progress-report-legacy")
    ed = w.commitments.form.editors["potential_impact"]  # None, Minor, Moderate, Transformative
    narrow, wide = ed.columns, None
    w.resize(1920, 1080)
    w.commitments.splitter.setSizes([400, 1000])
    for _ in range(5):
        QApplication.processEvents()
    wide = ed.columns
    assert wide == len(ed.buttons) > narrow >= 1
    rows = {b.y() for b in ed.buttons}
    assert len(rows) == 1  # all four levels on one line when there is room


def _inside(widget: QWidget | None, box: QWidget) -> bool:
    return widget is not None and (widget is box or box.isAncestorOf(widget))


def test_tab_from_the_table_reaches_the_first_level_before_the_lists_below(make_window, sample_library, qtbot):
    w, _aid = _laptop_window(make_window, sample_library, qtbot, "irm-results-report-2021")
    page = w.commitments
    first = next(iter(page.form.editors.values()))
    page.table.setFocus()
    presses = 0
    while QApplication.focusWidget() not in first.buttons and presses < 40:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        presses += 1
        f = QApplication.focusWidget()
        assert not _inside(f, page.challenges) and not _inside(f, page.evidence), f"reached {f} first"
    assert QApplication.focusWidget() in first.buttons
    assert presses <= 5  # table -> text -> revisit -> definitions -> first level (was 13)


def test_scoring_pane_starts_at_the_top_for_each_commitment(make_window, sample_library, qtbot):
    w, _aid = _laptop_window(make_window, sample_library, qtbot, "irm-progress-report-legacy")
    bar = w.commitments.scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the legacy form is taller than a laptop's pane
    bar.setValue(bar.maximum())
    w.commitments.select_commitment("US0114")
    assert w.commitments.cid == "US0114"
    assert bar.value() == 0


def test_help_pane_follows_the_assessment_in_view(make_window, sample_library, qtbot):
    lib = sample_library
    legacy = lib.assessments.create_assessment("AP_USA05", "irm-progress-report-legacy", researcher="Ana", who="Ana").id
    results = lib.assessments.create_assessment("AP_USA05", "irm-results-report-2021", researcher="Ana", who="Ana").id
    w = make_window(lib)
    w.select(legacy, "US0113")
    form = w.commitments.form
    form.editors["potential_impact"].buttons[0].setFocus()
    qtbot.waitUntil(lambda: "Transformative" in form.help.toPlainText())
    w.select(results, "US0113")
    assert "Transformative" not in form.help.toPlainText()  # the results form has no such level
    shown = form.help.toPlainText()
    labels = {lv.label for f in lib.forms.get("irm-results-report-2021").commitment_fields for lv in f.levels}
    assert not shown or any(lb in shown for lb in labels)


def test_the_dashboard_fits_a_laptop_without_scrolling_sideways(make_window, scored_library, qtbot):
    """At 1280x720 the claims box's labels wrap: before, "claimed more than the IRM assessed (of 2
    compared)" widened the page past the window and the last tile was cut."""
    lib, aid = scored_library
    w = make_window(lib)
    w.resize(1280, 720)
    w.show()
    w.select(aid)
    w.tabs.setCurrentWidget(w.dashboard)
    for _ in range(3):
        QApplication.processEvents()
    inner = w.dashboard.widget()
    assert inner.minimumSizeHint().width() <= w.dashboard.viewport().width(), (
        inner.minimumSizeHint().width(), w.dashboard.viewport().width())
    assert not w.dashboard.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("size", ((1280, 720), (1366, 768)), ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_derived_line_keeps_its_lines_with_the_search_dock_open(make_window, scored_library, size, qapp):
    """The search dock takes the window's lower third: the scoring pane gets short, and the derived
    line of US0113 (every indicator answered) was laid out one line short, its last line drawn
    over the "Verifiability" heading below it."""
    from irm_app.ui.app import load_font

    before = qapp.font()
    load_font(qapp)  # the app's own font, as the screenshots have it (the test process's is smaller)
    lib, aid = scored_library
    w = make_window(lib)
    w.definitions.set_shown(False)  # compact, as a laptop opens
    w.resize(*size)
    w.select(aid, "US0113")  # every indicator answered: the longest derived line
    w.commitments.form.editors["specificity"].buttons[0].setFocus()
    w.show_search()
    w.search.box.setText("milestones")
    w.search.run()
    for _ in range(5):
        QApplication.processEvents()
    _assert_not_clipped(w, f"the search dock open at {size}")
    derived = w.commitments.form.derived
    below = derived.parentWidget().layout()
    at = below.indexOf(derived)
    nxt = below.itemAt(at + 1).widget() if at + 1 < below.count() else None
    if nxt is not None and nxt.isVisible():
        assert derived.geometry().bottom() < nxt.geometry().top(), "the derived line runs into the heading below"
    qapp.setFont(before)
