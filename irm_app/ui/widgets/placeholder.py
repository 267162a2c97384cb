"""A line edit's hint that never shows cut: the full hint where the box is wide enough, a short one
where it is not (the library pane at 300 px cut "Filter: member, plan, year, researcher (Ctrl…";
beside the Comments dock the commitments filter read "Filter b…"). The full hint stays in the
tooltip, so what the box matches is always one hover away."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

_SLACK = 8  # px: the text margins Qt keeps inside the frame besides the style's


class FittingPlaceholder(QObject):
    """Installed on a QLineEdit: on every resize, the full hint if it fits, else the short one."""

    def __init__(self, edit: QLineEdit, full: str, short: str) -> None:
        super().__init__(edit)
        self.edit, self.full, self.short = edit, full, short
        if not edit.toolTip():
            edit.setToolTip(full)
        edit.installEventFilter(self)
        self.fit()

    def room(self) -> int:
        """The width the hint has: the box's, less its frame, text margins and clear button."""
        opt = QStyleOptionFrame()
        self.edit.initStyleOption(opt)
        inner = self.edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, opt, self.edit)
        m = self.edit.textMargins()
        clear = self.edit.height() if self.edit.isClearButtonEnabled() else 0  # the button is square
        return inner.width() - m.left() - m.right() - clear - _SLACK

    def needed(self) -> int:
        """The box's least width for its short hint to show whole."""
        return self.edit.fontMetrics().horizontalAdvance(self.short) + self.edit.width() - self.room()

    def fit(self) -> None:
        fits = self.edit.fontMetrics().horizontalAdvance(self.full) <= self.room()
        self.edit.setPlaceholderText(self.full if fits else self.short)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.edit and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self.fit()
        return False


def fit_placeholder(edit: QLineEdit, full: str, short: str) -> FittingPlaceholder:
    """Give `edit` the hint `full`, or `short` wherever `full` would be cut."""
    return FittingPlaceholder(edit, full, short)
