"""The "Commitments" tab: the filterable table, and beside it the selected commitment's text,
its scoring form, the levels help and its evidence."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..evidence.panel import EvidencePanel
from ..review.door import field_counts, is_review_change
from ..review.panel import CommitmentReview
from ..store import Store
from ..undo.commands import SetGrandChallenges, SetRevisit, UndoTarget
from ..widgets.fit_scroll import FitWidthScroll
from ..widgets.placeholder import fit_placeholder
from ..widgets.reflow_bar import ReflowBar
from ..widgets.review_banner import ReviewBanner
from ..widgets.wrapping_header import WrappingHeader
from .claims import GrandChallengesBox
from .definitions import DefinitionsSwitch
from .filter import CommitmentsFilter
from .model import ID_ROLE, CommitmentsModel
from .scoring_form import ScoringForm
from .table_fit import fit_columns, fit_title
from .view import CommitmentView


class CommitmentsPage(QWidget):
    commitmentSelected = Signal(str)

    def __init__(self, store: Store, undo_stack: UndoTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.aid: str | None = None
        self.cid: str | None = None

        self.model = CommitmentsModel(store, self)
        self.proxy = CommitmentsFilter(self)
        self.proxy.setSourceModel(self.model)

        # -- left: filter bar and table
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter")
        fit_placeholder(self.filter_edit, self.tr("Filter by ID, title or institution (Ctrl+F)"),
                        self.tr("Filter (Ctrl+F)"))
        self.filter_edit.setAccessibleName(self.tr("Filter commitments"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.filter_edit.textChanged.connect(self._update_count)  # the empty state quotes the filter
        self.quick = QComboBox()
        self.quick.setObjectName("quickFilter")
        self.quick.setAccessibleName(self.tr("Show"))
        self.quick.setAccessibleDescription(self.tr("Which commitments the table lists"))
        self.quick.setToolTip(self.tr("Show only the commitments that need attention"))
        for key, label in (
            ("all", self.tr("All commitments")),
            ("unscored", self.tr("Not fully scored")),
            ("unjustified", self.tr("Missing justification")),
            ("revisit", self.tr("Flagged: revisit later")),
            ("claimed_more", self.tr("Claimed more than assessed")),
        ):
            self.quick.addItem(label, key)
        self.quick.currentIndexChanged.connect(lambda _i: self.proxy.set_quick(self.quick.currentData()))
        self.quick.currentIndexChanged.connect(self._update_count)
        self.count_label = QLabel()
        self.empty = QLabel()  # what to do when the table shows nothing (plain text: it quotes the filter)
        self.empty.setObjectName("tableEmpty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 8px;")
        self.empty.hide()
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        self.table = QTableView()
        self.table.setHorizontalHeader(WrappingHeader(self.table))  # long labels on two or three lines
        self.table.setObjectName("commitmentsTable")
        self.table.setAccessibleName(self.tr("Commitments"))
        self.table.setAccessibleDescription(self.tr("One row per commitment of the plan: its done mark, title, "
                                                    "each field's level and the derived indicators"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table instead of walking its cells
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(110)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.viewport().installEventFilter(self)  # fit_title on every resize
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.last_menu: QMenu | None = None  # the last context menu shown (tests read it)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.filter_bar = ReflowBar(self.filter_edit, self.quick)  # stacks where the box would cut its hint
        ll.addWidget(self.filter_bar)
        ll.addWidget(self.empty)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.count_label)

        # -- right: the commitment, its scoring form, help and evidence
        self.text = CommitmentView()
        self.revisit = QCheckBox(self.tr("&Revisit later"))
        self.revisit.setObjectName("revisit")
        self.revisit.setAccessibleName(self.tr("Revisit later"))
        self.revisit.setToolTip(self.tr("Flag this commitment to come back to; filter on it from the list"))
        self.revisit.clicked.connect(self._revisit_clicked)
        self.form = ScoringForm(store, undo_stack, "commitment")
        self.evidence = EvidencePanel(store, undo_stack, self)
        self.challenges = GrandChallengesBox()
        self.challenges.edited.connect(self._challenges_edited)
        self.banner = ReviewBanner()

        form_box = QWidget()
        fl = QVBoxLayout(form_box)
        fl.setContentsMargins(6, 6, 6, 6)
        self.form_head = QHBoxLayout()  # revisit, then the definitions button (use_definitions)
        self.form_head.addWidget(self.revisit, 1)
        fl.addLayout(self.form_head)
        fl.addWidget(self.form)
        fl.addWidget(self.challenges)
        fl.addWidget(QLabel("<h4 style='margin:6px 0 0 0'>" + self.tr("Evidence") + "</h4>"))
        fl.addWidget(self.evidence)
        fl.addStretch(1)
        self.scroll = scroll = FitWidthScroll()  # the table gives way, the form never scrolls sideways
        scroll.setObjectName("scoringScroll")
        scroll.setWidget(form_box)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.detail_splitter = QSplitter(Qt.Orientation.Vertical)
        self.detail_splitter.setObjectName("detailSplitter")
        self.detail_splitter.addWidget(self.text)
        self.detail_splitter.addWidget(scroll)
        self.review = CommitmentReview(store)
        self.form.commentsRequested.connect(self._comments_requested)
        self.side = QTabWidget()  # the focused field's levels, or the commitment's review
        self.side.setObjectName("detailTabs")
        self.side.addTab(self.form.help, self.tr("Levels"))
        self.review_tab = FitWidthScroll()  # scrolls rather than raise the window's minimum height
        self.review_tab.setObjectName("reviewScroll")
        self.review_tab.setWidget(self.review)
        self.review_tab.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.side.addTab(self.review_tab, self.tr("Review"))
        self.detail_splitter.addWidget(self.side)
        self.detail_splitter.setSizes([270, 500, 170])
        self.detail_splitter.setChildrenCollapsible(False)
        # Escape anywhere beside the table hands the keyboard back to it (Down, then Tab, scores the next)
        self.back_to_table = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.detail_splitter)
        self.back_to_table.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_to_table.activated.connect(self._focus_table)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("tableSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_splitter)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.banner)
        lay.addWidget(self.splitter, 1)
        store.scoresChanged.connect(self._on_scores_changed)
        store.changed.connect(self._on_changed)
        self._update_count()

    def use_definitions(self, switch: DefinitionsSwitch) -> None:
        """Definitions on demand (the window's one switch, remembered in its settings)."""
        self.definitions_button = switch.button()
        self.form_head.addWidget(self.definitions_button)
        QWidget.setTabOrder(self.revisit, self.definitions_button)
        self.form.set_definitions_shown(switch.shown)
        switch.changed.connect(self.form.set_definitions_shown)
        self.form.definitionsRequested.connect(lambda: switch.set_shown(True))
        self._levels_tab(switch.shown)
        switch.changed.connect(self._levels_tab)

    def _levels_tab(self, shown: bool) -> None:
        """Compact: no Levels tab (it would be an empty pane below the form), the Review tab
        instead; with the definitions on, the Levels tab is back and in front."""
        index = self.side.indexOf(self.form.help)
        self.side.setTabVisible(index, shown)
        self.side.setCurrentIndex(index if shown else self.side.indexOf(self.review_tab))

    # -- what is shown -------------------------------------------------------------------------
    def set_assessment(self, aid: str | None) -> None:
        self.form.flush()
        self.aid = aid
        self.model.set_assessment(aid)
        self.banner.show_for(self.store.assessment(aid) if aid else None)
        self._fit_columns()
        self.cid = None
        self._show(None)
        if self.proxy.rowCount():
            self.select_row(0)

    def _fit_columns(self) -> None:
        fit_columns(self.table, self.model)

    def fit_title(self) -> None:
        fit_title(self.table, self.model)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_title()
        return super().eventFilter(obj, event)

    def select_row(self, proxy_row: int) -> None:
        idx = self.proxy.index(proxy_row, 0)
        if idx.isValid():
            self.table.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(idx)

    def select_commitment(self, cid: str) -> bool:
        row = self.model.row_of(cid)
        if row < 0:
            return False
        idx = self.proxy.mapFromSource(self.model.index(row, 0))
        if not idx.isValid():
            return False
        self.select_row(idx.row())
        return True

    def move(self, delta: int) -> None:
        """Ctrl+Up / Ctrl+Down: the previous or next commitment in the table's current order. From
        the scoring pane the keyboard goes to the new commitment's first field (the pane starts at
        its top; focus left on the old one's last box would sit out of view)."""
        cur = self.table.currentIndex()
        row = (cur.row() if cur.isValid() else -1) + delta
        if 0 <= row < self.proxy.rowCount():
            in_pane = self.scroll.isAncestorOf(QApplication.focusWidget())
            self.select_row(row)
            if in_pane:
                self.focus_first_field()

    def focus_first_field(self) -> bool:
        """The keyboard on the form's first input that Tab would stop at; False if none is enabled."""
        for w in self.form.focus_chain():
            if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
                w.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False

    def _focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        cid = current.data(ID_ROLE) if current.isValid() else None
        if cid != self.cid:
            self._show(cid)

    def _show(self, cid: str | None) -> None:
        self.form.flush()
        self.cid = cid
        row = self.model.row_of(cid) if cid else -1
        commitment = None
        if row >= 0 and self.aid:  # the table holds light rows: the detail is read in full here
            commitment = self.store.commitment(self.store.assessment(self.aid).plan_id, self.model.commitment_id(row))
        self.text.show_commitment(commitment)
        self.form.set_target(self.aid if cid else None, cid, commitment)
        self.scroll.verticalScrollBar().setValue(0)  # each commitment's form starts at its first field
        prev: QWidget = getattr(self, "definitions_button", self.revisit)
        for w in self.form.focus_chain():  # Tab: revisit, definitions, the fields, then the lists below
            QWidget.setTabOrder(prev, w)
            prev = w
        self.revisit.setEnabled(bool(cid) and self.form.isEnabled())
        self.revisit.setChecked(self.model.revisit(row) if row >= 0 else False)
        self.challenges.setEnabled(bool(cid) and self.form.isEnabled())
        self._show_challenges()
        if self.aid and cid:
            self.evidence.set_commitment(self.aid, cid)
        self.review.set_commitment(self.aid if cid else None, cid)
        self._show_comment_counts()
        if cid:
            self.commitmentSelected.emit(cid)

    def _on_scores_changed(self, aid: str, cid: str) -> None:
        if aid == self.aid and cid == self.cid:
            row = self.model.row_of(cid)
            self.revisit.setChecked(self.model.revisit(row))
            self._show_challenges()
        self._update_count()

    def _on_changed(self, change: object) -> None:
        if is_review_change(change, self.aid):
            self._show_comment_counts()
            self.model.reload_review()

    def _show_comment_counts(self) -> None:
        counts = field_counts(self.review.door, self.aid, self.cid) if self.aid and self.cid else {}
        self.form.show_comments(counts)
        open_count, total, _tip = counts.get("", (0, 0, ""))
        self.side.setTabText(1, self.tr("Review (%n open)", "", open_count) if open_count else
                             self.tr("Review (%d)") % total if total else self.tr("Review"))

    def _comments_requested(self, field_key: str) -> None:
        self.side.setCurrentWidget(self.review_tab)
        self.review.about_field(field_key)

    def _show_challenges(self) -> None:
        state = self.store.commitment_states(self.aid).get(self.cid) if self.aid and self.cid else None
        self.challenges.set_value(state.grand_challenges if state else ())

    def _challenges_edited(self, old: list[str], new: list[str]) -> None:
        if self.aid and self.cid:
            self.undo_stack.push(SetGrandChallenges(self.store, self.aid, self.cid, old, new,
                                                    self.tr("Grand challenges: %s") % self.cid))
        self._show_challenges()  # a rejected edit snaps back to the stored value

    def _revisit_clicked(self, checked: bool) -> None:
        if self.aid and self.cid:
            self.undo_stack.push(SetRevisit(self.store, self.aid, self.cid, checked,
                                            self.tr("Revisit later: %s") % self.cid))

    def _table_menu(self, pos: QPoint) -> None:
        """Right-click (or the menu key) on a row: revisit later, copy its ID or title."""
        idx = self.table.indexAt(pos)
        if not idx.isValid() or not self.aid:
            return
        self.select_row(idx.row())
        c = next((c for c in self.model.commitments if c.id == self.cid), None)
        if c is None:
            return
        menu = QMenu(self)
        revisit = menu.addAction(self.tr("&Revisit later"))
        revisit.setCheckable(True)
        revisit.setChecked(self.revisit.isChecked())
        revisit.setEnabled(self.revisit.isEnabled())
        revisit.toggled.connect(self._revisit_from_menu)
        menu.addSeparator()
        menu.addAction(self.tr("Copy &ID"), lambda: QGuiApplication.clipboard().setText(c.id))
        menu.addAction(self.tr("Copy &title"), lambda: QGuiApplication.clipboard().setText(c.title))
        self.last_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _revisit_from_menu(self, on: bool) -> None:
        self.revisit.setChecked(on)
        self._revisit_clicked(on)

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("%d of %d commitments shown") % (shown, total))
        self.empty.setText(self._empty_text(shown, total))
        self.empty.setVisible(bool(self.aid) and shown == 0)
        self.empty.setAccessibleName(self.empty.text())

    def _empty_text(self, shown: int, total: int) -> str:
        """Guidance for an empty table: what to do next, in plain words."""
        if shown:
            return ""
        if not total:
            return self.tr("This plan has no commitments yet. Add them with Plan > Edit plan (Ctrl+P), "
                           "or import the plan's file (Ctrl+I).")
        text = self.filter_edit.text().strip()
        quick = self.quick.currentIndex() > 0
        if text and quick:
            return self.tr("No commitment matches \u201c%s\u201d among those shown as \u201c%s\u201d. "
                           "Clear the filter box, or choose \u201c%s\u201d under Show.") % (
                text, self.quick.currentText(), self.quick.itemText(0))
        if text:
            return self.tr("No commitment matches \u201c%s\u201d in its ID, title or institutions. "
                           "Check the spelling or clear the filter box.") % text
        return self.tr("No commitment is \u201c%s\u201d. Choose \u201c%s\u201d under Show to see them all.") % (
            self.quick.currentText(), self.quick.itemText(0))
