"""Issue 18, item 1 (headers readable): the commitments table in Spanish and in Arabic. Before, long
Spanish labels were cut inside their 180 px column ("…ancia para los valores de", "Impacto
potencia"), the column at the table's edge was cut ("Verificable"; right to left, "ifiable"), and
the Review tab read "Revisión (1 abiertos)"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle

from irm_app.operations import comments as ops

SIZES = ((1280, 720), (1366, 768), (1920, 1080))


def _window(make_window, scored_library, size: tuple[int, int]):
    lib, aid = scored_library
    w = make_window(lib)
    w.definitions.set_shown(False)
    w.resize(*size)
    w.select(aid, "US0114")
    for _ in range(6):
        QApplication.processEvents()
    return w


def _shown_columns(table) -> list[tuple[int, QRect]]:
    """Each column on the table's first screen, with where it sits in the viewport."""
    h = table.horizontalHeader()
    out = []
    for c in range(h.count()):
        if h.isSectionHidden(c):
            continue
        rect = table.visualRect(table.model().index(0, c))
        if rect.right() >= 0 and rect.left() < table.viewport().width():
            out.append((c, rect))
    return out


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_spanish_headers_wrap_and_none_is_cut(language, make_window, scored_library, size):
    language("es")
    w = _window(make_window, scored_library, size)
    table = w.commitments.table
    h = table.horizontalHeader()
    fm = QFontMetrics(h.font())
    margin = 2 * h.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, h)
    flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
    labels = []
    for c in range(h.count()):  # every column, those reached by scrolling too
        if h.isSectionHidden(c):
            continue
        text = str(table.model().headerData(c, Qt.Orientation.Horizontal))
        width = h.sectionSize(c) - margin - 12  # the sort arrow's room on the column sorted by
        labels.append(text)
        for word in text.split():
            assert fm.horizontalAdvance(word) <= width, f"{word!r} of {text!r} is wider than its column"
        need = fm.boundingRect(QRect(0, 0, width, 10_000), flags, text).height()
        assert need <= h.height(), f"{text!r} needs {need} px of a {h.height()} px header at {size}"
    assert any(fm.horizontalAdvance(t) > 180 for t in labels), labels  # "Relevancia para los valores de OGP"
    assert h.height() >= 2 * fm.lineSpacing()  # so the header takes two lines at least


@pytest.mark.parametrize("lang", ["es", "ar", "en"])
def test_no_column_is_cut_at_the_table_edge(language, make_window, scored_library, lang):
    if lang != "en":
        language(lang)
    w = _window(make_window, scored_library, (1280, 720))
    table = w.commitments.table
    assert table.isRightToLeft() == (lang == "ar")
    width = table.viewport().width()
    columns = _shown_columns(table)
    assert len(columns) >= 4  # ID, done, title and a field at least
    for c, rect in columns:
        text = table.model().headerData(c, Qt.Orientation.Horizontal)
        assert rect.left() >= 0 and rect.right() < width, f"{text!r} is cut at the table's edge: {rect} in {width} px"


def test_the_review_tab_says_one_open_in_the_singular(language, make_window, scored_library):
    language("es")
    lib, aid = scored_library
    ops.add_comment(lib, aid, "Una duda.", author="Eve", commitment_id="US0114", field_key=None, who="Eve")
    w = _window(make_window, scored_library, (1366, 768))
    page = w.commitments
    assert page.side.tabText(page.side.indexOf(page.review_tab)) == "Revisión (1 abierto)"
    ops.add_comment(lib, aid, "Otra duda.", author="Eve", commitment_id="US0114", field_key=None, who="Eve")
    page.select_commitment("US0113")
    page.select_commitment("US0114")
    assert page.side.tabText(page.side.indexOf(page.review_tab)) == "Revisión (2 abiertos)"


def test_a_column_narrowed_by_hand_wraps_its_label_on_more_lines(language, make_window, scored_library):
    """The header re-reads its height once the sections changed (once per turn of the event loop,
    not per section: sizing 26 columns of a 5,000-row table re-read the view's geometry 29 times)."""
    language("es")
    w = _window(make_window, scored_library, (1920, 1080))
    table = w.commitments.table
    h = table.horizontalHeader()
    model = table.model()
    shown = [c for c in range(h.count()) if not h.isSectionHidden(c)]
    longest = max(shown, key=lambda c: len(str(model.headerData(c, Qt.Orientation.Horizontal))))
    fm = QFontMetrics(h.font())
    for c in shown:  # every label on one line
        h.resizeSection(c, 450)
    for _ in range(3):
        QApplication.processEvents()
    assert h.height() < 2 * fm.lineSpacing()
    h.resizeSection(longest, fm.horizontalAdvance("Relevancia") + 40)  # about one word a line
    for _ in range(3):
        QApplication.processEvents()
    assert h.height() >= 3 * fm.lineSpacing()
