"""Horizontal stacked bar charts (QtCharts) with counts on the bars and colours by level order.

One bar set per bucket (a level, "Does not apply", "Not scored"); each category is one row.
Level *i* of any field has the same colour everywhere, so "further along" reads the same in
every chart. Charts are built once per assessment and updated in place (`set_values`), so a
score change does not rebuild the scene.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

# Ordered levels: light to dark (viridis, reversed), readable for the common colour blindnesses.
LEVEL_COLOURS = ("#fde725", "#95d840", "#3cbb75", "#1f968b", "#2d708e", "#453781", "#440154")
NOT_APPLICABLE_COLOUR = "#c8c8c8"
NOT_SCORED_COLOUR = "#f0f0f0"
DARK_TEXT, LIGHT_TEXT = QColor("#1b1b1b"), QColor("#ffffff")
ROW_HEIGHT = 40


@dataclass(frozen=True)
class Bucket:
    """One stacked segment kind: its legend label and colour."""

    label: str
    colour: str


def level_colour(index: int) -> str:
    return LEVEL_COLOURS[min(index, len(LEVEL_COLOURS) - 1)]


def text_colour(fill: str) -> QColor:
    """Black on light fills, white on dark ones (relative luminance)."""
    c = QColor(fill)
    lum = 0.2126 * c.redF() ** 2.2 + 0.7152 * c.greenF() ** 2.2 + 0.0722 * c.blueF() ** 2.2
    return DARK_TEXT if lum > 0.2 else LIGHT_TEXT


def wrap(text: str, width: int = 32, lines: int = 2) -> str:
    """A category label as HTML on at most `lines` lines (Qt truncates one long line to '...')."""
    words, out, line = text.split(), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    out.append(line)
    if len(out) > lines:
        out = out[: lines - 1] + [" ".join(out[lines - 1 :])[: width - 1] + "…"]
    return "<br>".join(html.escape(line) for line in out)


class StackedBarChart(QChartView):
    """A titled chart: categories as rows (first on top), buckets stacked left to right, counts on segments.

    `categories` are HTML (see `wrap`); Qt draws the first category at the bottom, so rows are
    handed to Qt reversed and every public method speaks in the caller's order.
    """

    def __init__(
        self,
        title: str,
        categories: list[str],
        buckets: list[Bucket],
        *,
        axis_title: str,
        parent: QWidget | None = None,
    ) -> None:
        chart = QChart()
        super().__init__(chart, parent)
        self.categories = list(categories)
        self.buckets = list(buckets)
        chart.setTitle(title)
        title_font = QFont(chart.titleFont())
        title_font.setBold(True)
        title_font.setPointSizeF(max(title_font.pointSizeF(), 10.0))
        chart.setTitleFont(title_font)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setShowToolTips(True)

        self.series = QHorizontalStackedBarSeries()
        self.series.setLabelsVisible(True)
        self.series.setLabelsFormat("@value")
        self.series.setLabelsPrecision(6)
        self.series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsCenter)
        self.series.setBarWidth(0.7)
        self.sets: list[QBarSet] = []
        label_font = QFont(chart.font())
        label_font.setBold(True)
        for b in buckets:
            s = QBarSet(b.label)
            s.setColor(QColor(b.colour))
            s.setBorderColor(QColor("#8a8a8a") if b.colour == NOT_SCORED_COLOUR else QColor(b.colour).darker(130))
            s.setLabelColor(text_colour(b.colour))
            s.append([0.0] * len(self.categories))
            s.setLabelFont(label_font)
            self.series.append(s)
            self.sets.append(s)
        chart.addSeries(self.series)

        self.category_axis = QBarCategoryAxis()
        self.category_axis.append([c or " " for c in reversed(self.categories)])
        self.category_axis.setGridLineVisible(False)
        chart.addAxis(self.category_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.category_axis)
        self.value_axis = QValueAxis()
        self.value_axis.setTitleText(axis_title)
        self.value_axis.setLabelFormat("%d")
        self.value_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.value_axis.setTickAnchor(0)
        chart.addAxis(self.value_axis, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.value_axis)

        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        legend_rows = 1 + sum(len(b.label) + 5 for b in buckets) // 90
        self.setMinimumHeight(140 + ROW_HEIGHT * max(1, len(self.categories)) + 24 * legend_rows)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, rows: list[list[int]]) -> None:
        """rows[category][bucket] counts, categories in the caller's order; the axis spans the largest total."""
        n = len(rows)
        for b, s in enumerate(self.sets):
            for c, row in enumerate(rows):
                s.replace(n - 1 - c, float(row[b]))
            has_any = any(row[b] for row in rows)
            # An empty set would print "0" on its neighbour: make its labels transparent.
            s.setLabelColor(text_colour(self.buckets[b].colour) if has_any else QColor(Qt.GlobalColor.transparent))
        top = max([sum(r) for r in rows] + [1])
        self.value_axis.setRange(0, top)
        self.value_axis.setTickInterval(nice_step(top))

    def values(self) -> dict[str, list[float]]:
        """What the bars show: bucket label -> one value per category (what tests compare)."""
        return {s.label(): [s.at(i) for i in reversed(range(s.count()))] for s in self.sets}


def nice_step(top: int) -> int:
    """A tick interval giving at most ~8 integer ticks."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if top / step <= 8:
            return step
    return max(1, top // 8)
