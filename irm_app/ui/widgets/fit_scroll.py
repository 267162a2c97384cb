"""A vertical scroll area that is never narrower than what it holds.

A plain QScrollArea's minimum width is a few pixels, so a splitter or a dock beside it could
squeeze it below its content's minimum and it scrolled sideways: with the Comments dock open at
1280x720 the scoring pane cut the derived line, a field's third level and "Comments: 1 open".
Asking for the content's minimum width (plus the vertical scroll bar) makes the neighbours give
way instead; the content then reflows (levels in fewer columns, labels wrapped) to the width."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QScrollArea, QWidget


class FitWidthScroll(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def needed_width(self) -> int:
        """The content's minimum width, the vertical bar beside it and the frame."""
        inner = self.widget()
        content = inner.minimumSizeHint().width() if inner is not None else 0
        return content + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:
        return QSize(self.needed_width(), super().minimumSizeHint().height())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content's minimum may have changed: tell the splitter
        return super().eventFilter(obj, event)
