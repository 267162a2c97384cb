"""The library tree: OGP members (a country or a local government), under each its plans, under
each plan its assessments with their progress; a filter narrows it to what matches.

Why grouped: a real library holds ~200 plans; a flat list of them cannot be scanned. A member
shows its plan count; its group opens when the assessment shown is in it or a filter matches.
Selecting a member or a plan shows its first assessment (the tree's current item stays where
the keyboard put it, so arrow keys walk the tree freely).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QHelpEvent, QResizeEvent
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from ...library.queries import PlanSummary, Progress
from ...model import Assessment
from ..scripts import isolate, tooltip
from ..store import Store
from ..widgets.wrapping_delegate import WrappingDelegate

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # a plan's or an assessment's id (None on a member)
TEXT_ROLE = Qt.ItemDataRole.UserRole + 2  # what the filter matches, casefolded


class LibraryTree(QTreeWidget):
    assessmentSelected = Signal(str)  # '' when a plan (or member) without assessments is selected
    planSelected = Signal(str)
    filterCleared = Signal()  # an item the filter hid was asked for by name: the filter is gone

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("libraryTree")
        self.setHeaderLabels([self.tr("Library"), self.tr("Scored")])
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, self.header().ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, self.header().ResizeMode.ResizeToContents)
        # Names wrap rather than end in "…" (the 300 px pane cut "IRM Progress Report …" and
        # "United States 2022-…"): rows as tall as their text at the column's width.
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(WrappingDelegate(self))
        self.header().sectionResized.connect(self._column_resized)  # bound: dropped with the tree
        self.header().geometriesChanged.connect(self.scheduleDelayedItemsLayout)
        self.setAccessibleName(self.tr("Library: members, their plans and assessments"))
        self.setToolTip(self.tr("Plans in this library by OGP member, and the assessments of each"))
        self._items: dict[str, QTreeWidgetItem] = {}  # assessment id -> item
        self._plans: dict[str, QTreeWidgetItem] = {}  # plan id -> item
        self._members: dict[str, QTreeWidgetItem] = {}  # member -> item
        self._summaries: dict[str, PlanSummary] = {}  # plan id -> what its tooltip says
        self._open: set[str] = set()  # members the user opened (kept across reloads)
        self.filter_text = ""
        self.currentItemChanged.connect(self._on_current)
        self.itemExpanded.connect(lambda item: self._remember(item, True))
        self.itemCollapsed.connect(lambda item: self._remember(item, False))
        store.libraryChanged.connect(self.reload)
        store.scoresChanged.connect(self._scores_changed)
        store.assessmentChanged.connect(self.update_progress)
        self.reload()

    def _column_resized(self, *_args: int) -> None:
        self.scheduleDelayedItemsLayout()

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self.scheduleDelayedItemsLayout()  # the names' column changed width: rows re-wrap

    # -- building ------------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.current_assessment()
        current_plan = self.current_plan()
        self.blockSignals(True)
        self.clear()
        self._items, self._plans, self._members = {}, {}, {}
        self._summaries = {}
        lib = self.store
        progress = lib.progress_all()  # as the library keeps it: no score read, no commitment checked
        by_plan: dict[str, list[Assessment]] = {}
        for a in lib.assessments():
            by_plan.setdefault(a.plan_id, []).append(a)
        plans = sorted(lib.plans(milestones=False), key=lambda p: (p.member.casefold(), p.period, p.id))
        counts: dict[str, int] = {}
        for p in plans:
            counts[p.member] = counts.get(p.member, 0) + 1
        for p in plans:
            group = self._members.get(p.member)
            if group is None:
                group = self._member_item(p.member, counts[p.member])
            pitem = QTreeWidgetItem([f"{isolate(p.member)} {p.period}".strip()])
            self._summaries[p.id] = p  # its tooltip (with the milestone count) is set when first wanted
            pitem.setData(0, KIND_ROLE, "plan")
            pitem.setData(0, ID_ROLE, p.id)
            pitem.setData(0, TEXT_ROLE, " ".join((p.member, p.period, p.id, p.title)).casefold())
            group.addChild(pitem)
            self._plans[p.id] = pitem
            assessments = by_plan.get(p.id, [])
            labels = [a.title or lib.form(a.form).title for a in assessments]
            for a, label in zip(assessments, labels, strict=True):
                aitem = QTreeWidgetItem()
                aitem.setData(0, KIND_ROLE, "assessment")
                aitem.setData(0, ID_ROLE, a.id)
                aitem.setData(0, TEXT_ROLE, " ".join((label, a.researcher)).casefold())
                pitem.addChild(aitem)
                self._items[a.id] = aitem
                self._show_progress(aitem, a, progress[a.id], twin=labels.count(label) > 1)
            pitem.setExpanded(True)
        self._apply_filter()
        self.blockSignals(False)
        if current and current in self._items:
            self.setCurrentItem(self._items[current])
        elif current_plan and current_plan in self._plans:
            self.setCurrentItem(self._plans[current_plan])

    def _fill_plan_tooltip(self, item: QTreeWidgetItem) -> None:
        """A plan's tooltip, set when it is first hovered or made current (keyboard, screen reader).

        Why not at build: its milestone count parses every commitment's JSON (28 ms for one plan
        of 5,000 at start-up, for a tooltip nobody has looked at yet)."""
        p = self._summaries.get(item.data(0, ID_ROLE)) if item.data(0, KIND_ROLE) == "plan" else None
        if p is None or item.toolTip(0):
            return
        milestones = p.milestones if p.milestones is not None else self.store.milestone_count(p.id)
        item.setToolTip(0, tooltip(self.tr("%s: %s\n%d commitments, %d milestones")
                                   % (p.id, isolate(p.title), p.commitments, milestones)))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.itemAt(event.pos())
            if item is not None:
                self._fill_plan_tooltip(item)
        return super().viewportEvent(event)

    def _member_item(self, member: str, count: int) -> QTreeWidgetItem:
        plans = self.tr("1 plan") if count == 1 else self.tr("%d plans") % count
        item = QTreeWidgetItem([isolate(member), plans])
        item.setData(0, KIND_ROLE, "member")
        item.setData(0, TEXT_ROLE, member.casefold())
        item.setToolTip(0, tooltip(self.tr("%s: %s in this library") % (isolate(member), plans)))
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        self.addTopLevelItem(item)
        self._members[member] = item
        return item

    def _remember(self, item: QTreeWidgetItem, opened: bool) -> None:
        if item.data(0, KIND_ROLE) == "member" and not self.filter_text:
            member = next((m for m, it in self._members.items() if it is item), None)
            if member is not None:
                (self._open.add if opened else self._open.discard)(member)

    # -- filtering -----------------------------------------------------------------------------
    def set_filter(self, text: str) -> int:
        """Show only the members, plans and assessments whose words contain every word typed
        (a member's name shows all its plans); returns how many plans are shown."""
        self.filter_text = text.strip().casefold()
        return self._apply_filter()

    def _apply_filter(self) -> int:
        words = self.filter_text.split()
        shown = 0
        current = self._items.get(self.current_assessment() or "")
        current_group = self._member_of(current) if current is not None else None
        for member, group in self._members.items():
            member_hit = bool(words) and all(w in group.data(0, TEXT_ROLE) for w in words)
            any_plan = False
            for i in range(group.childCount()):
                pitem = group.child(i)
                texts = [pitem.data(0, TEXT_ROLE)] + [pitem.child(j).data(0, TEXT_ROLE)
                                                      for j in range(pitem.childCount())]
                hit = not words or member_hit or all(any(w in t for t in texts) for w in words)
                pitem.setHidden(not hit)
                any_plan |= hit
                shown += hit
            group.setHidden(not any_plan)
            group.setExpanded(bool(words) and any_plan or member in self._open or group is current_group)
        return shown

    @staticmethod
    def _member_of(item: QTreeWidgetItem) -> QTreeWidgetItem:
        while item.parent() is not None:
            item = item.parent()
        return item

    def plan_count(self) -> int:
        return len(self._plans)

    def visible_plans(self) -> list[str]:
        return [pid for pid, item in self._plans.items() if not item.isHidden() and not item.parent().isHidden()]

    # -- progress ------------------------------------------------------------------------------
    def _scores_changed(self, aid: str, cid: str) -> None:
        """A bound method, not a lambda: Qt drops it when this widget goes (no dangling self)."""
        self.update_progress(aid)

    def update_progress(self, aid: str) -> None:
        """The library kept the count in the write's own transaction: read it, nothing recounted."""
        item = self._items.get(aid)
        if item is None:
            return
        lib = self.store
        self._show_progress(item, lib.assessment(aid), lib.stored_progress(aid),
                            twin=bool(item.data(0, TEXT_ROLE + 1)))

    def _show_progress(self, item: QTreeWidgetItem, a: Assessment, pr: Progress, *, twin: bool = False) -> None:
        form = self.store.form(a.form)
        who = f" \u2014 {isolate(a.researcher)}" if a.researcher else ""
        label = isolate(a.title or form.title)
        # Two assessments of one plan with one label: tell them apart by researcher and date.
        item.setData(0, TEXT_ROLE + 1, twin)
        day = a.created[:10]
        item.setText(0, (f"{label} \u2014 {isolate(a.researcher)}, {day}" if a.researcher else f"{label} \u2014 {day}")
                     if twin else label)
        final = self.tr(" · final") if a.status == "final" else ""
        item.setText(1, self.tr("%d/%d scored") % (pr.scored, pr.total) + final)
        item.setToolTip(1, self.tr("Commitments with every applicable field scored"))
        item.setToolTip(0, tooltip(self.tr(
            "%s%s\nForm: %s %s\n%d of %d commitments scored, %d justified, %d with evidence, %d to revisit"
        ) % (isolate(a.title), who, form.key, a.form_version, pr.scored, pr.total, pr.justified, pr.with_evidence,
             pr.revisit)))
        item.setData(1, Qt.ItemDataRole.AccessibleTextRole,
                     self.tr("%d of %d commitments scored") % (pr.scored, pr.total) + final)

    # -- selection -----------------------------------------------------------------------------
    def select_assessment(self, aid: str) -> None:
        if aid in self._items:
            item = self._items[aid]
            self._reveal(item)
            self.setCurrentItem(item)

    def select_plan(self, plan_id: str) -> None:
        """The plan's item (which shows its first assessment, if it has one)."""
        item = self._plans.get(plan_id)
        if item is not None:
            self._reveal(item)
            self.setCurrentItem(item)

    def _reveal(self, item: QTreeWidgetItem) -> None:
        """A filtered-out or folded item asked for by name (import, search, new assessment) shows."""
        hidden = item.isHidden() or any(p.isHidden() for p in _ancestors(item))
        if hidden and self.filter_text:
            self.set_filter("")
            self.filterCleared.emit()
        group = self._member_of(item)
        group.setExpanded(True)

    def current_assessment(self) -> str | None:
        """The assessment selected, or the one a selected plan or member shows (its first)."""
        item = self.currentItem()
        if item is None:
            return None
        if item.data(0, KIND_ROLE) == "assessment":
            return item.data(0, ID_ROLE)
        return self._first_assessment_under(item)

    def current_plan(self) -> str | None:
        item = self.currentItem()
        while item is not None and item.data(0, KIND_ROLE) == "assessment":
            item = item.parent()
        if item is None:
            return None
        if item.data(0, KIND_ROLE) == "plan":
            return item.data(0, ID_ROLE)
        return item.child(0).data(0, ID_ROLE) if item.childCount() else None

    def _first_assessment_under(self, item: QTreeWidgetItem) -> str | None:
        if item.data(0, KIND_ROLE) == "plan":
            return item.child(0).data(0, ID_ROLE) if item.childCount() else None
        for i in range(item.childCount()):
            found = self._first_assessment_under(item.child(i))
            if found:
                return found
        return None

    def has_assessment(self, aid: str) -> bool:
        return aid in self._items

    def first_assessment(self) -> str | None:
        return next(iter(self._items), None)

    def first_plan(self) -> str | None:
        """The first plan in the tree's order (member, period, id)."""
        return next(iter(self._plans), None)

    def _on_current(self, item: QTreeWidgetItem | None, _prev: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        kind = item.data(0, KIND_ROLE)
        if kind == "plan":
            self._fill_plan_tooltip(item)
            self.planSelected.emit(item.data(0, ID_ROLE))
        self.assessmentSelected.emit(self.current_assessment() or "")


def _ancestors(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    out = []
    while item.parent() is not None:
        item = item.parent()
        out.append(item)
    return out
