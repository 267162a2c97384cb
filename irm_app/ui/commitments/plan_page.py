"""The "Plan-level" tab: the form's plan fields (co-creation standards, public influence),
scored with the same widgets as a commitment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ..scripts import escape_html as escape
from ..scripts import isolate
from ..store import Store
from ..undo.commands import UndoTarget
from ..widgets.review_banner import ReviewBanner
from .definitions import DefinitionsSwitch
from .scoring_form import ScoringForm


class PlanPage(QWidget):
    def __init__(self, store: Store, undo_stack: UndoTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.form = ScoringForm(store, undo_stack, "plan")
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        box = QWidget()
        bl = QVBoxLayout(box)
        self.head = QHBoxLayout()
        self.head.addWidget(self.heading, 1)
        bl.addLayout(self.head)
        bl.addWidget(self.form)
        bl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(box)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("planSplitter")
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.form.help)
        self.splitter.setSizes([700, 360])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.banner = ReviewBanner()
        lay.addWidget(self.banner)
        lay.addWidget(self.splitter, 1)

    def use_definitions(self, switch: DefinitionsSwitch) -> None:
        """The same switch as the Commitments tab's: the levels pane beside the plan's fields."""
        self.definitions_button = switch.button()
        self.head.addWidget(self.definitions_button, 0, Qt.AlignmentFlag.AlignTop)
        self.form.set_definitions_shown(switch.shown)
        switch.changed.connect(self.form.set_definitions_shown)
        self.form.definitionsRequested.connect(lambda: switch.set_shown(True))

    def set_assessment(self, aid: str | None) -> None:
        if aid:
            lib = self.store
            a = lib.assessment(aid)
            plan = lib.plan_heading(a.plan_id)
            form = lib.form(a.form)
            self.banner.show_for(a)
            self.heading.setText(
                "<h3>" + self.tr("The plan as a whole: %s %s") % (escape(isolate(plan.member)), escape(plan.period)) + "</h3>"
                + ("" if form.plan_fields else "<p>" + self.tr("This form has no plan-level fields.") + "</p>")
            )
        else:
            self.banner.show_for(None)
            self.heading.setText("")
        self.form.set_target(aid, None)
