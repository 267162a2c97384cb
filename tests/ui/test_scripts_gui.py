"""Plan text in other scripts in the GUI: CJK drawn with real glyphs, RTL names isolated."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics, QImage, QTextLayout
from PySide6.QtWidgets import QLabel

from irm_app.ui.app import load_font
from irm_app.ui.scripts import FSI, PDI, isolate

CJK_TITLE = "公开政府预算数据 行政文書のオープンデータ化 공공 데이터 개방 확대"


@pytest.fixture
def app_font(qapp):
    """The app's fonts as `irm-app gui` sets them; the test session's font restored after."""
    before = QFont(qapp.font())
    load_font(qapp)
    yield qapp.font()
    qapp.setFont(before)


def rendered(text: str, qtbot) -> QImage:
    label = QLabel(text)
    qtbot.addWidget(label)
    label.resize(60, 40)
    return label.grab().toImage()


def test_cjk_title_is_drawn_with_glyphs_not_boxes(app_font, qtbot):
    metrics = QFontMetrics(app_font)
    assert all(metrics.inFontUcs4(ord(ch)) for ch in CJK_TITLE if not ch.isspace())
    # a font without the glyphs draws one and the same box for every character: two different
    # characters of each script must give two different, non-blank pictures
    blank = rendered("", qtbot)
    for a, b in (("公", "开"), ("の", "オ"), ("공", "데")):
        ia, ib = rendered(a, qtbot), rendered(b, qtbot)
        assert ia != blank and ib != blank
        assert ia != ib, f"{a} and {b} render alike (boxes)"


def test_cjk_plan_title_in_a_label_is_laid_out_in_the_fallback(app_font, qtbot):
    label = QLabel(f"Evidence for CN0001 — {CJK_TITLE}")
    qtbot.addWidget(label)
    layout = QTextLayout(label.text(), label.font())
    layout.beginLayout()
    layout.createLine().setLineWidth(10_000)
    layout.endLayout()
    families = {run.rawFont().familyName() for run in layout.glyphRuns()}
    assert "Droid Sans Fallback" in families and "DejaVu Sans" in families


def x_of(text: str, font: QFont) -> list[float]:
    """The x of each character's leading edge as Qt lays `text` out left to right."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return [line.cursorToX(i)[0] for i in range(len(text))]


def test_an_arabic_member_name_is_isolated_from_the_sentence_around_it(app_font):
    member, period = "الأردن", "2021–2025"
    assert isolate("United States") == "United States"  # Latin text unchanged
    assert isolate(member) == f"{FSI}{member}{PDI}"
    for text, isolated in ((f"{member} {period} (AP_JOR05)", False), (f"{isolate(member)} {period} (AP_JOR05)", True)):
        xs = x_of(text, app_font)
        arabic = [xs[i] for i, ch in enumerate(text) if "\u0600" <= ch <= "\u06ff"]
        digit = xs[text.index("2")]
        # isolated, the period follows the name as the app's sentence says; not isolated, the
        # digits join the Arabic run and are drawn to its left
        assert (digit > max(arabic)) is isolated, (text, digit, arabic)
