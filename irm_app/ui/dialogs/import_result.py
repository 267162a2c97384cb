"""What an import did, whole: every plan that came in, the totals, every flagged value with its
row and why; and the Flagged values view of one plan, reachable later (Plan > Flagged values).

Why a dialog of tables: a real OGP table brings ~214 plans and dozens of flagged values; a
message box showed 8 plan ids and a 6-line box. Everything shown is the file's own text, as
plain text in table cells (never markup).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...importers.bundle import ImportResult
from ...library import PlanSummary
from ...model import ImportFlag


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportResult", text)


_HEADERS = (QT_TRANSLATE_NOOP("ImportResult", "Plan"), QT_TRANSLATE_NOOP("ImportResult", "Commitment"),
            QT_TRANSLATE_NOOP("ImportResult", "Column"), QT_TRANSLATE_NOOP("ImportResult", "Value found"),
            QT_TRANSLATE_NOOP("ImportResult", "Why it was flagged"), QT_TRANSLATE_NOOP("ImportResult", "Flagged values"),
            QT_TRANSLATE_NOOP("ImportResult", "(plan)"))


def flags_table(flags: Sequence[ImportFlag], parent: QWidget | None = None) -> QTableWidget:
    """One row per flagged value: plan, commitment, column, the value as found, why."""
    table = QTableWidget(len(flags), 5, parent)
    table.setObjectName("flagsTable")
    table.setHorizontalHeaderLabels([
        _t("Plan"), _t("Commitment"), _t("Column"),
        _t("Value found"), _t("Why it was flagged"),
    ])
    table.setAccessibleName(_t("Flagged values"))
    for row, f in enumerate(flags):
        for col, text in enumerate((f.plan_id, f.commitment_id or _t("(plan)"), f.column, f.raw,
                                    f.message)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, col, item)
    _read_only(table)
    table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)  # the reason is a sentence: all of it shows
    table.resizeRowsToContents()
    return table


def _read_only(table: QTableWidget) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSortingEnabled(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)
    table.resizeColumnsToContents()
    for col in range(table.columnCount()):
        table.setColumnWidth(col, min(table.columnWidth(col), 260))


def _empty(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("emptyState")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class ImportResultDialog(QDialog):
    """The import report: a summary line, then tabs for plans, flagged values, conflicts, notes."""

    def __init__(self, result: ImportResult, source_name: str, plans: dict[str, PlanSummary],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importResult")
        self.setWindowTitle(self.tr("Import report"))
        self.result_ = result
        self.summary = QLabel(self._summary(result, source_name))
        self.summary.setObjectName("importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("importTabs")
        self.plans_table = self._plans_table(result, plans)
        self.tabs.addTab(self.plans_table, self.tr("Plans (%d)") % self.plans_table.rowCount())
        self.flags = flags_table(result.flags) if result.flags else None
        self.tabs.addTab(self.flags or _empty(self.tr("Nothing was flagged: every value was read as the form's.")),
                         self.tr("Flagged values (%d)") % len(result.flags))
        for title, lines, none in (
            (self.tr("Conflicts (%d)"), result.conflicts,
             self.tr("No conflicts: nothing already in the library was contradicted.")),
            (self.tr("Notes (%d)"), result.notes, self.tr("No notes.")),
        ):
            if lines:
                box = QListWidget()
                box.addItems(list(lines))
                self.tabs.addTab(box, title % len(lines))
            else:
                self.tabs.addTab(_empty(none), title % 0)
        if result.flags:
            self.tabs.setCurrentIndex(1)  # what needs the researcher's eye first
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.tabs, 1)
        if result.flags:
            lay.addWidget(QLabel(self.tr("Flagged values are kept as found and never scored; "
                                         "Plan > Flagged values shows them again for each plan.")))
        lay.addWidget(buttons)
        self.resize(900, 520)

    def _summary(self, r: ImportResult, source_name: str) -> str:
        text = self.tr("Imported %s: %d plans added, %d updated; %d commitments added, %d updated, %d milestones.") % (
            source_name, len(r.plans_added), len(r.plans_updated), r.commitments_added, r.commitments_updated,
            r.milestones)
        if r.assessments_created:
            text += " " + self.tr("%d assessments created from earlier IRM codes (%d scores).") % (
                len(r.assessments_created), r.scores_set)
        if r.flags:
            text += " " + self.tr("%d values flagged.") % len(r.flags)
        return text

    def _plans_table(self, r: ImportResult, plans: dict[str, PlanSummary]) -> QTableWidget:
        rows = [(pid, self.tr("added")) for pid in r.plans_added] + [(pid, self.tr("updated")) for pid in r.plans_updated]
        table = QTableWidget(len(rows), 5)
        table.setObjectName("importPlans")
        table.setHorizontalHeaderLabels([self.tr("Plan"), self.tr("Member"), self.tr("Period"), self.tr("Commitments"),
                                         self.tr("What happened")])
        table.setAccessibleName(self.tr("Plans in the import"))
        for row, (pid, what) in enumerate(rows):
            p = plans.get(pid)
            cells = (pid, p.member if p else "", p.period if p else "", str(p.commitments) if p else "", what)
            for col, text in enumerate(cells):
                table.setItem(row, col, QTableWidgetItem(text))
        _read_only(table)
        return table

    # What the message box it replaces offered (the window's tests and users read these).
    def text(self) -> str:
        return self.summary.text()

    def detailedText(self) -> str:  # noqa: N802 - QMessageBox's name, kept for the same readers
        return "\n".join(self.result_.lines())


class FlaggedValuesDialog(QDialog):
    """The values an import flagged for one plan, any time after the import."""

    def __init__(self, plan_label: str, flags: Sequence[ImportFlag], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flaggedValues")
        self.setWindowTitle(self.tr("Flagged values \u2014 %s") % plan_label)
        lay = QVBoxLayout(self)
        self.table = flags_table(flags) if flags else None
        lay.addWidget(self.table or _empty(self.tr(
            "No values were flagged when this plan was imported: everything was read as the form's.")), 1)
        note = QLabel(self.tr("A flagged value is kept as the file had it and never becomes a score: score the "
                              "field yourself if the value was meant.") if flags else "")
        note.setWordWrap(True)
        lay.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(860, 420)
