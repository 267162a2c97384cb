"""What an import brought in and what it flagged, and later, for one plan, its flagged values.

A flagged value is one the importer could not map to a level (`lib.plans.import_flags`): kept raw,
never a score. Each row jumps to its commitment and, where the form names the column, its field.
Every text shown here comes from outside (the imported file): plain text cells only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...model import ImportFlag
from ..scripts import isolate
from ..widgets import screen_fit

if TYPE_CHECKING:
    from ...importers.bundle import ImportResult
    from ..main_window import MainWindow


COLUMN_WIDEST = (160, 160, 200, 160)  # plan, commitment, column, value: wider wraps; Why takes the rest
PREFERRED = QSize(900, 560)  # at least; a big screen gives it more (FILL of the room)
FILL = 0.65


class FlagsTable(QTableWidget):
    """One row per flagged value: plan, commitment, column, the value as it came, and why."""

    jumpRequested = Signal(int)  # the row's index in `flags`

    def __init__(self, flags: Sequence[ImportFlag], parent: QWidget | None = None) -> None:
        super().__init__(len(flags), 5, parent)
        self.flags = list(flags)
        self.setObjectName("flagsTable")
        self.setAccessibleName(self.tr("Flagged values"))
        self.setHorizontalHeaderLabels([self.tr("Plan"), self.tr("Commitment"), self.tr("Column"),
                                        self.tr("Value"), self.tr("Why")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        # every cell read whole: wrapped over the lines it needs, never cut with an ellipsis
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for row, f in enumerate(self.flags):
            cells = (f.plan_id, f.commitment_id or self.tr("(plan)"), f.column, f.raw, f.message)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)  # plain text: never markup
                item.setToolTip(text)
                self.setItem(row, col, item)
        self.resizeColumnsToContents()
        for col, widest in enumerate(COLUMN_WIDEST):  # a long column name or value wraps
            self.setColumnWidth(col, min(self.columnWidth(col), widest))
        # the Why column's width follows the dialog's: the rows' heights follow it
        self.horizontalHeader().sectionResized.connect(self._column_resized)  # bound: dropped with the table
        self.cellDoubleClicked.connect(lambda row, _col: self.jumpRequested.emit(row))
        if self.flags:
            self.selectRow(0)

    def _column_resized(self, *_args: int) -> None:
        self.resizeRowsToContents()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.jumpRequested.emit(self.currentRow())
            return
        super().keyPressEvent(e)


class FlagsPane(QWidget):
    """The flagged values with what they are, Go to, and a plain sentence when there are none."""

    def __init__(self, window: MainWindow, flags: Sequence[ImportFlag], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.table = FlagsTable(flags)
        self.table.jumpRequested.connect(self.go_to)
        explain = QLabel(self.tr("Values the import could not map to a level of the form: kept as they were, "
                                 "not scored. Score these commitments by hand."))
        explain.setWordWrap(True)
        self.no_flags = QLabel(self.tr("No value was flagged: every value the file gave was read as a level "
                                       "or left blank."))
        self.no_flags.setWordWrap(True)
        self.no_flags.setVisible(not flags)
        self.table.setVisible(bool(flags))
        self.go_button = QPushButton(self.tr("&Go to commitment"))
        self.go_button.setToolTip(self.tr("Show the selected value's commitment and field (Enter, or a double-click)"))
        self.go_button.setEnabled(bool(flags))
        self.go_button.clicked.connect(lambda: self.go_to(self.table.currentRow()))
        lay = QVBoxLayout(self)
        lay.addWidget(explain)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.no_flags)
        self.setFocusProxy(self.table if flags else self.go_button)  # keyboard: the list first

    def go_to(self, row: int) -> None:
        if 0 <= row < len(self.table.flags):
            go_to_flag(self.window_, self.table.flags[row])


def _plain(object_name: str = "") -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # plan ids and file names come from outside
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def fit_to_screen(dialog: QDialog, available: QRect | None = None) -> None:
    """Larger on a big screen, inside a laptop's (`available`: the screen's free area)."""
    screen_fit.fit_to_screen(dialog, PREFERRED, available, FILL)


def _frame(dialog: QDialog, window: MainWindow, pane: FlagsPane) -> QDialogButtonBox:
    """What both views share around the pane: size, deletion on close, Close and Go to."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    fit_to_screen(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.addButton(pane.go_button, QDialogButtonBox.ButtonRole.ActionRole)
    buttons.rejected.connect(dialog.close)
    return buttons


class ImportResultDialog(QDialog):
    """After an import: the totals, every plan, every flagged value, the conflicts and notes."""

    def __init__(self, window: MainWindow, result: ImportResult, source: str) -> None:
        super().__init__(window)
        self.flags = FlagsPane(window, result.flags)
        self.table, self.no_flags, self.go_button = self.flags.table, self.flags.no_flags, self.flags.go_button
        self.buttons = _frame(self, window, self.flags)
        self.heading, self.summary = _plain(), _plain("importSummary")
        self.setWindowTitle(self.tr("Import report"))
        self.setObjectName("importResult")
        self._lines = result.lines()
        self.heading.setText(self.tr("Imported %s") % source)
        plans = len(result.plans_added) + len(result.plans_updated)
        parts = [
            self.tr("Plans: %d (%d new, %d updated)") % (plans, len(result.plans_added), len(result.plans_updated)),
            self.tr("Commitments: %d added, %d updated; milestones: %d") % (
                result.commitments_added, result.commitments_updated, result.milestones),
        ]
        if result.assessments_created or result.scores_set:
            parts.append(self.tr("Assessments from earlier IRM codes: %d (scores: %d)") % (
                len(result.assessments_created), result.scores_set))
        parts.append(self.tr("Flagged values: %d; conflicts: %d") % (len(result.flags), len(result.conflicts)))
        self.summary.setText("\n".join(parts))

        self.plan_list = QListWidget()
        self.plan_list.setObjectName("importedPlans")
        self.plan_list.setAccessibleName(self.tr("Plans imported"))
        known = {p.id: p for p in window.store.plans()} if window.store else {}
        for pid, how in [(p, self.tr("new")) for p in result.plans_added] + [(p, self.tr("updated")) for p in result.plans_updated]:
            p = known.get(pid)
            label = f"{pid} \u2014 {isolate(p.member)} {p.period} ({how})" if p else f"{pid} ({how})"
            self.plan_list.addItem(label)
        self.notes = QPlainTextEdit("\n".join([*result.conflicts, *result.notes]))
        self.notes.setReadOnly(True)
        self.notes.setAccessibleName(self.tr("Conflicts and notes"))

        self.tabs = QTabWidget()
        self.tabs.addTab(self.plan_list, self.tr("Plans (%d)") % plans)
        self.tabs.addTab(self.flags, self.tr("Flagged values (%d)") % len(result.flags))
        self.tabs.addTab(self.notes, self.tr("Conflicts and notes (%d)") % (len(result.conflicts) + len(result.notes)))
        if result.flags:
            self.tabs.setCurrentIndex(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.summary)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.buttons)

    # the same reading as the message box it replaced: what the user saw, for tests and copying
    def text(self) -> str:
        return self.heading.text()

    def detailedText(self) -> str:  # noqa: N802 - QMessageBox's name
        return "\n".join(self._lines)


class FlaggedValuesDialog(QDialog):
    """Plan > Flagged values: what the library holds of one plan and the values its imports flagged."""

    def __init__(self, window: MainWindow, plan_id: str) -> None:
        store = window.store
        assert store is not None
        super().__init__(window)
        # each import of the same file records its flags again: one row per distinct value
        flags = list({(f.commitment_id, f.column, f.raw, f.message): f
                      for f in store.library.plans.import_flags(plan_id)}.values())
        self.flags = FlagsPane(window, flags)
        self.table, self.no_flags, self.go_button = self.flags.table, self.flags.no_flags, self.flags.go_button
        self.buttons = _frame(self, window, self.flags)
        self.heading, self.summary = _plain(), _plain("importSummary")
        self.setWindowTitle(self.tr("Flagged values"))
        self.setObjectName("flaggedValues")
        plan = next((p for p in store.plans() if p.id == plan_id), None)
        name = f"{isolate(plan.member)} {plan.period}".strip() if plan else plan_id
        self.heading.setText(self.tr("%s (%s)") % (name, plan_id))
        self.summary.setText(self.tr("In the library: commitments %d, milestones %d, assessments %d; flagged values %d")
                             % (plan.commitments if plan else 0, plan.milestones if plan else 0,
                                len(store.assessments(plan_id)), len(self.table.flags)))
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.summary)
        lay.addWidget(self.flags, 1)
        lay.addWidget(self.buttons)


def go_to_flag(w: MainWindow, flag: ImportFlag) -> bool:
    """Show the flagged value's commitment in an assessment of its plan (the one shown if it is one),
    with the field the column feeds focused; without an assessment, say what to do."""
    store = w.store
    assert store is not None
    current = w.tree.current_assessment()
    if current and store.assessment(current).plan_id == flag.plan_id:
        aid = current
    else:
        found = store.assessments(flag.plan_id)
        if not found:
            w.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "Plan %s has no assessment yet: create one (File > New assessment) to score its "
                "flagged values") % flag.plan_id, 10000)
            return False
        aid = found[0].id
    w.select(aid)
    tab = w.plan_page if flag.commitment_id is None else w.commitments
    w.stack.setCurrentWidget(w.tabs)
    w.tabs.setCurrentWidget(tab)
    if flag.commitment_id is not None and not w.commitments.select_commitment(flag.commitment_id):
        w.commitments.filter_edit.clear()  # the filter hid it
        w.commitments.quick.setCurrentIndex(0)
        if not w.commitments.select_commitment(flag.commitment_id):
            return False
    form = tab.form
    for key, ed in form.editors.items():
        field = form.form.field(key) if form.form else None
        columns = {field.ogp_column, *(lv.ogp_column for lv in field.levels)} if field else set()
        if flag.column in columns and ed.buttons:
            ed.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
            if tab is w.commitments:
                w.commitments.scroll.ensureWidgetVisible(ed)
            break
    w.activateWindow()
    return True
