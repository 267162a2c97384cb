"""A table's horizontal header whose labels wrap on up to three lines instead of being cut.

The columns are as wide as their label up to 180 px; a longer label ("Relevancia para los
valores de OGP", "Impacto potencial") was elided inside its column. Here each label wraps at
its section's width and the header is as tall as the tallest label needs (the tooltip still
gives the whole label and the form's help)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

MAX_LINES = 3


class WrappingHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        # Sizing the columns resizes sections one by one (26 at start-up): the view's geometry is
        # re-read once after them, not per section (with 5,000 rows each read was ~2 ms).
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(0)
        self._relayout_timer.timeout.connect(self.relayout)
        self.sectionResized.connect(self._relayout_timer.start)

    def label_height(self, logical: int) -> int:
        """The height the section's label takes wrapped at the section's width (at most MAX_LINES)."""
        model = self.model()
        if model is None:
            return 0
        text = str(model.headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        opt = QStyleOptionHeader()
        self.initStyleOption(opt)
        opt.section = logical
        opt.rect = QRect(0, 0, self.sectionSize(logical), 10_000)
        text_rect = self.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, opt, self)
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, opt, self)
        width = max(text_rect.width() - margin, 10)
        fm = self.fontMetrics()
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        need = fm.boundingRect(QRect(0, 0, width, 10_000), flags, text).height()
        return min(need, MAX_LINES * fm.lineSpacing())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.model() is None:
            return hint
        one_line = self.fontMetrics().lineSpacing()
        tallest = max((self.label_height(c) for c in range(self.count()) if not self.isSectionHidden(c)), default=0)
        return QSize(hint.width(), hint.height() + max(0, tallest - one_line))

    def relayout(self) -> None:
        """A section's new width may change the lines its label takes: the view re-reads the height
        (on the next turn of the event loop after the sections changed, before the paint)."""
        self._relayout_timer.stop()
        self.updateGeometry()
        view = self.parent()
        if view is not None and hasattr(view, "updateGeometries"):
            view.updateGeometries()
