"""The library tree: plans, and under each its assessments with their progress."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from ...library.queries import Progress
from ...model import Assessment
from ..scripts import isolate
from ..store import Store

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LibraryTree(QTreeWidget):
    assessmentSelected = Signal(str)  # '' when a plan without assessments is selected
    planSelected = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("libraryTree")
        self.setHeaderLabels([self.tr("Library"), self.tr("Scored")])
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, self.header().ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, self.header().ResizeMode.ResizeToContents)
        self.setAccessibleName(self.tr("Library: plans and assessments"))
        self.setToolTip(self.tr("Plans in this library and the assessments of each"))
        self._items: dict[str, QTreeWidgetItem] = {}
        self.currentItemChanged.connect(self._on_current)
        store.libraryChanged.connect(self.reload)
        store.scoresChanged.connect(self._scores_changed)
        store.assessmentChanged.connect(self.update_progress)
        self.reload()

    def reload(self) -> None:
        current = self.current_assessment()
        self.blockSignals(True)
        self.clear()
        self._items = {}
        lib = self.store
        progress = lib.progress_all()  # one read of the library, not one per assessment
        by_plan: dict[str, list[Assessment]] = {}
        for a in lib.assessments():
            by_plan.setdefault(a.plan_id, []).append(a)
        for p in lib.plans():
            pitem = QTreeWidgetItem([f"{isolate(p.member)} {p.period}".strip()])
            pitem.setToolTip(0, f"{p.id}: {isolate(p.title)}\n{p.commitments} commitments, {p.milestones} milestones")
            pitem.setData(0, KIND_ROLE, "plan")
            pitem.setData(0, ID_ROLE, p.id)
            self.addTopLevelItem(pitem)
            for a in by_plan.get(p.id, []):
                aitem = QTreeWidgetItem()
                aitem.setData(0, KIND_ROLE, "assessment")
                aitem.setData(0, ID_ROLE, a.id)
                pitem.addChild(aitem)
                self._items[a.id] = aitem
                self._show_progress(aitem, a, progress[a.id])
            pitem.setExpanded(True)
        self.blockSignals(False)
        if current and current in self._items:
            self.setCurrentItem(self._items[current])

    def _scores_changed(self, aid: str, _cid: str) -> None:
        """A bound method, not a lambda: Qt drops it when this widget goes (no dangling self)."""
        self.update_progress(aid)

    def update_progress(self, aid: str) -> None:
        item = self._items.get(aid)
        if item is None:
            return
        lib = self.store
        self._show_progress(item, lib.assessment(aid), lib.progress(aid))

    def _show_progress(self, item: QTreeWidgetItem, a: Assessment, pr: Progress) -> None:
        form = self.store.form(a.form)
        who = f" \u2014 {a.researcher}" if a.researcher else ""
        item.setText(0, a.title or form.title)
        final = self.tr(" · final") if a.status == "final" else ""
        item.setText(1, self.tr("%d/%d scored") % (pr.scored, pr.total) + final)
        item.setToolTip(1, self.tr("Commitments with every applicable field scored"))
        item.setToolTip(0, self.tr(
            "%s%s\nForm: %s %s\n%d of %d commitments scored, %d justified, %d with evidence, %d to revisit"
        ) % (a.title, who, form.key, a.form_version, pr.scored, pr.total, pr.justified, pr.with_evidence, pr.revisit))

    def select_assessment(self, aid: str) -> None:
        if aid in self._items:
            self.setCurrentItem(self._items[aid])

    def select_plan(self, plan_id: str) -> None:
        """The plan's item (which selects its first assessment, if it has one)."""
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            if item.data(0, ID_ROLE) == plan_id:
                self.setCurrentItem(item)
                return

    def current_assessment(self) -> str | None:
        item = self.currentItem()
        if item is None or item.data(0, KIND_ROLE) != "assessment":
            return None
        return item.data(0, ID_ROLE)

    def first_assessment(self) -> str | None:
        return next(iter(self._items), None)

    def _on_current(self, item: QTreeWidgetItem | None, _prev: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        if item.data(0, KIND_ROLE) == "assessment":
            self.assessmentSelected.emit(item.data(0, ID_ROLE))
        else:
            self.planSelected.emit(item.data(0, ID_ROLE))
            if item.childCount():
                self.setCurrentItem(item.child(0))
            else:
                self.assessmentSelected.emit("")
