"""The plan editor: a plan's header, commitments and milestones, edited by hand with undo.

Every edit is an undo step (commands.py) whose redo and undo run an `operations.plans` call
through the Store, so each is audited and the window's views refresh from its Change; the editor
re-reads the plan after every change it hears of. Scores are never touched, except by deleting a
commitment the researcher confirmed knowing what recorded work goes with it (undo brings it all
back). Text fields save when focus leaves them (or after a pause in typing), one undo step each.

Keys: Ctrl+Z / Ctrl+Shift+Z undo / redo, Ctrl+N new commitment, Ctrl+Shift+N new milestone,
Alt+Up / Alt+Down move the selected commitment, Ctrl+Up / Ctrl+Down previous / next commitment.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserFacingError, one_line
from ...model import ActionPlan, Commitment, Milestone
from ...operations import plans as ops
from ..scripts import isolate
from ..store import Store
from ..widgets import screen_fit
from ..widgets.text_edit import AutoSaveTextEdit
from ..widgets.wrapping_line import WrappingLineEdit
from . import commands as cmd
from .header import PlanHeader, line_edit

# The labels are marked for lupdate (it cannot read `self.tr(label)`; they stayed English).
C_LINES = (("id", QT_TRANSLATE_NOOP("PlanEditor", "&ID:")), ("start", QT_TRANSLATE_NOOP("PlanEditor", "&Start:")),
           ("end", QT_TRANSLATE_NOOP("PlanEditor", "&End:")), ("title", QT_TRANSLATE_NOOP("PlanEditor", "&Title:")),
           ("lead_institution", QT_TRANSLATE_NOOP("PlanEditor", "&Lead institution:")),
           ("theme", QT_TRANSLATE_NOOP("PlanEditor", "T&heme:")))  # id, start and end: one line
C_TEXTS = (("description", QT_TRANSLATE_NOOP("PlanEditor", "&Description:")),
           ("problem", QT_TRANSLATE_NOOP("PlanEditor", "Public &problem:")))
M_LINES = (("id", QT_TRANSLATE_NOOP("PlanEditor", "Milestone ID:"), 0, 0),
           ("start", QT_TRANSLATE_NOOP("PlanEditor", "Start:"), 0, 2),
           ("end", QT_TRANSLATE_NOOP("PlanEditor", "End:"), 0, 4),
           ("title", QT_TRANSLATE_NOOP("PlanEditor", "Milestone title:"), 1, 0))  # key, label, grid row, column
PREFERRED = QSize(1400, 900)


class PlanEditor(QDialog):
    def __init__(self, store: Store, plan_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.plan_id = store, plan_id
        self.plan: ActionPlan = store.plan(plan_id)
        self.undo_stack = QUndoStack(self)
        self.last_question: QMessageBox | None = None
        self._loading = False
        self.setObjectName("planEditor")
        lay = QVBoxLayout(self)
        self.header = PlanHeader(self._header_edited)
        self.head = self.header.edits
        lay.addWidget(self.header)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._commitment_list())
        split.addWidget(self._commitment_form())
        split.setSizes([380, 900])
        lay.addWidget(split, 1)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setObjectName("planEditorError")
        self.error.setStyleSheet("QLabel { color: #a00000; }")
        lay.addWidget(self.error)
        lay.addLayout(self._footer())
        for b in self.findChildren(QPushButton):  # Enter in a field must not press a button
            b.setAutoDefault(False)
        store.changed.connect(self._changed)
        store.failed.connect(self._failed)
        self._reload()
        self.fit_to_screen()

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """Roomy on a monitor, inside a laptop's screen (`available`: the screen's free area)."""
        screen_fit.fit_to_screen(self, PREFERRED, available)

    # -- building ------------------------------------------------------------------------------
    def _shortcut(self, keys: str | QKeySequence.StandardKey, slot: Any) -> QAction:
        act = QAction(self)
        act.setShortcut(QKeySequence(keys))
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _commitment_list(self) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel(self.tr("Commitments:")))
        self.list = QListWidget()
        self.list.setObjectName("planCommitments")
        self.list.setAccessibleName(self.tr("Commitments of the plan"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show)
        lay.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add"))
        self.delete_button = QPushButton(self.tr("De&lete\u2026"))
        self.up_button, self.down_button = QPushButton(self.tr("Up")), QPushButton(self.tr("Down"))
        self.add_button.clicked.connect(self.add_commitment)
        self.delete_button.clicked.connect(self.delete_commitment)
        self.up_button.clicked.connect(lambda: self.move_commitment(-1))
        self.down_button.clicked.connect(lambda: self.move_commitment(1))
        for b, tip in ((self.add_button, "Ctrl+N"), (self.delete_button, "Delete"), (self.up_button, "Alt+Up"),
                       (self.down_button, "Alt+Down")):
            b.setToolTip(tip)
            row.addWidget(b)
        lay.addLayout(row)
        self._shortcut("Ctrl+N", self.add_commitment)
        self._shortcut("Alt+Up", lambda: self.move_commitment(-1))
        self._shortcut("Alt+Down", lambda: self.move_commitment(1))
        self._shortcut("Ctrl+Up", lambda: self.list.setCurrentRow(max(0, self.list.currentRow() - 1)))
        self._shortcut("Ctrl+Down", lambda: self.list.setCurrentRow(min(self.list.count() - 1,
                                                                         self.list.currentRow() + 1)))
        del_act = QAction(self.list)
        del_act.setShortcut(QKeySequence.StandardKey.Delete)
        del_act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        del_act.triggered.connect(self.delete_commitment)
        self.list.addAction(del_act)
        return box

    def _commitment_form(self) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.c_lines: dict[str, QLineEdit | WrappingLineEdit] = {}
        dates = QHBoxLayout()  # the id and the dates share a line: the editor fits a 1280x720 screen
        for key, english in C_LINES:  # a commitment's title wraps: read whole, not cut at the box's edge
            label = self.tr(english)
            self.c_lines[key] = edit = line_edit(f"c_{key}", label, lambda k=key: self._line_edited(k),
                                                  wrap=key == "title")
            if key == "id":
                form.addRow(label, dates)
                form.labelForField(dates).setBuddy(edit)
                dates.addWidget(edit, 2)
            elif key in ("start", "end"):
                text = QLabel(label)
                text.setBuddy(edit)
                dates.addWidget(text)
                dates.addWidget(edit, 1)
            else:
                form.addRow(label, edit)
        self.c_texts: dict[str, AutoSaveTextEdit] = {}
        for key, english in C_TEXTS:
            label = self.tr(english)
            edit = AutoSaveTextEdit()
            edit.setObjectName(f"plan_c_{key}")
            edit.setAccessibleName(label.replace("&", "").rstrip(":"))
            edit.committed.connect(lambda old, new, k=key: self._push_commitment(k, old, new))
            self.c_texts[key] = edit
            form.addRow(label, edit)
        lay.addLayout(form, 3)
        lay.addWidget(QLabel(self.tr("Milestones:")))
        self.milestones = QListWidget()
        self.milestones.setObjectName("planMilestones")
        self.milestones.setAccessibleName(self.tr("Milestones of the commitment"))
        self.milestones.setWordWrap(True)
        self.milestones.currentRowChanged.connect(self._show_milestone)
        lay.addWidget(self.milestones, 2)
        # labels beside the boxes, not placeholders: a placeholder is cut in a narrow box and gone
        # once the box holds a value
        grid = QGridLayout()
        self.m_lines: dict[str, QLineEdit | WrappingLineEdit] = {}
        for key, english, row, col in M_LINES:
            label = self.tr(english)
            self.m_lines[key] = edit = line_edit(f"m_{key}", label, lambda k=key: self._milestone_edited(k),
                                                  wrap=key == "title")
            text = QLabel(label)
            text.setBuddy(edit)
            grid.addWidget(text, row, col, Qt.AlignmentFlag.AlignTop if key == "title" else Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(edit, row, col + 1, 1, 5 if key == "title" else 1)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)
        self.m_add = QPushButton(self.tr("Add milestone"))
        self.m_add.setToolTip("Ctrl+Shift+N")
        self.m_add.clicked.connect(self.add_milestone)
        self.m_delete = QPushButton(self.tr("Delete milestone"))
        self.m_delete.clicked.connect(self.delete_milestone)
        grid.addWidget(self.m_add, 1, 6, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.m_delete, 1, 7, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(grid)
        self._shortcut("Ctrl+Shift+N", self.add_milestone)
        return box

    def _footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.redo_button = QPushButton(self.tr("&Redo"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self._shortcut(QKeySequence.StandardKey.Undo, self.undo)
        self._shortcut("Ctrl+Shift+Z", self.redo)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(self.undo_button)
        row.addWidget(self.redo_button)
        row.addStretch(1)
        row.addWidget(close)
        return row

    # -- showing -------------------------------------------------------------------------------
    def _failed(self, message: str) -> None:
        if self.isVisible():
            self.error.setText(message)
            self._reload()

    def _changed(self, _change: object) -> None:
        if self.isVisible():
            self._reload()

    def _reload(self) -> None:
        """Re-read the plan and show it, keeping the commitment and milestone in view by id."""
        keep_c, keep_m = self.current_id(), self.current_milestone_id()
        self.plan = self.store.library.plans.plan(self.plan_id)
        self.setWindowTitle(self.tr("Plan \u2014 %s %s (%s)") % (isolate(self.plan.member), self.plan.period, self.plan.id))
        p = self.plan
        self._loading = True
        self.header.show_plan(p)
        self.list.blockSignals(True)
        self.list.clear()
        for i, c in enumerate(p.commitments, start=1):
            self.list.addItem(f"{i}. {c.id}  {isolate(c.title)}")
        ids = [c.id for c in p.commitments]
        row = ids.index(keep_c) if keep_c in ids else min(max(self.list.currentRow(), 0), len(ids) - 1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._loading = False
        self._show(row, keep_m)

    def current(self) -> Commitment | None:
        row = self.list.currentRow()
        return self.plan.commitments[row] if 0 <= row < len(self.plan.commitments) else None

    def current_id(self) -> str | None:
        c = self.current() if hasattr(self, "plan") and self.list.count() else None
        return c.id if c else None

    def current_milestone(self) -> Milestone | None:
        c, row = self.current(), self.milestones.currentRow()
        return c.milestones[row] if c and 0 <= row < len(c.milestones) else None

    def current_milestone_id(self) -> str | None:
        m = self.current_milestone() if self.list.count() else None
        return m.id if m else None

    def _show(self, row: int, keep_m: str | None = None) -> None:
        c = self.current()
        self._loading = True
        for key, edit in self.c_lines.items():
            edit.setText(str(getattr(c, key) or "") if c else "")
            edit.setCursorPosition(0)
            edit.setEnabled(c is not None)
        for key, edit in self.c_texts.items():
            edit.load(getattr(c, key) if c else "")
            edit.setEnabled(c is not None)
        self.milestones.blockSignals(True)
        self.milestones.clear()
        for m in c.milestones if c else []:
            dates = " \u2013 ".join(x for x in (m.start, m.end) if x)
            self.milestones.addItem(f"{m.id}  {isolate(m.title)}" + (f"  [{dates}]" if dates else ""))
        mids = [m.id for m in c.milestones] if c else []
        self.milestones.setCurrentRow(mids.index(keep_m) if keep_m in mids else (0 if mids else -1))
        self.milestones.blockSignals(False)
        self._loading = False
        self._show_milestone(self.milestones.currentRow())
        for w in (self.delete_button, self.up_button, self.down_button, self.m_add):
            w.setEnabled(c is not None)

    def _show_milestone(self, _row: int) -> None:
        m = self.current_milestone()
        self._loading = True
        for key, edit in self.m_lines.items():
            edit.setText(str(getattr(m, key) or "") if m else "")
            edit.setCursorPosition(0)
            edit.setEnabled(m is not None)
        self.m_delete.setEnabled(m is not None)
        self._loading = False

    # -- editing -------------------------------------------------------------------------------
    def push(self, command: cmd.PlanCommand) -> None:
        """Run and record one edit; a refusal (the Store says why) leaves no undo step and the
        view snaps back to what the library holds."""
        self.error.clear()
        self.undo_stack.push(command)

    def undo(self) -> None:
        self._flush()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def _flush(self) -> None:
        for edit in self.c_texts.values():
            edit.flush()

    def _header_edited(self) -> None:
        if self._loading:
            return
        try:
            old, changed = self.header.changes(self.plan)
        except UserFacingError as e:
            self.error.setText(one_line(e))
            return
        if changed:
            self.push(cmd.edit_plan(self.store, self.plan_id, old, changed))

    def _line_edited(self, key: str) -> None:
        c = self.current()
        if self._loading or c is None:
            return
        text = self.c_lines[key].text().strip()
        new: Any = text or None if key in ("start", "end") else text
        if new != getattr(c, key):
            self._push_commitment(key, getattr(c, key), new)

    def _push_commitment(self, key: str, old: Any, new: Any) -> None:
        c = self.current()
        if not self._loading and c is not None and old != new:
            self.push(cmd.edit_commitment(self.store, self.plan_id, c.id, key, old, new))

    def add_commitment(self) -> None:
        self._flush()
        cid = ops.next_commitment_id(self.plan)
        pos = self.list.currentRow() + 1 if self.list.count() else 0
        self.push(cmd.add_commitment(self.store, self.plan_id, cid, self.tr("New commitment"), pos))
        self.list.setCurrentRow(pos)
        self.c_lines["title"].setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.c_lines["title"].selectAll()

    def delete_commitment(self) -> None:
        c = self.current()
        if c is None:
            return
        used = self.store.library.plan_edits.recorded_work(self.plan_id, c.id)
        if not used:
            self.push(cmd.DeleteCommitment(self.store, self.plan_id, c.id))
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete commitment"),
                          self.tr("%s has %s. Delete it and them?") % (c.id, used),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setInformativeText(self.tr("The audit log keeps the record; Undo puts everything back."))
        box.finished.connect(lambda answer, cid=c.id: self._delete_answered(cid, answer))
        self.last_question = box
        box.open()

    def _delete_answered(self, cid: str, answer: int) -> None:
        if answer == QMessageBox.StandardButton.Yes:
            self.push(cmd.DeleteCommitment(self.store, self.plan_id, cid))

    def move_commitment(self, delta: int) -> None:
        c, row = self.current(), self.list.currentRow()
        if c is not None and 0 <= row + delta < self.list.count():
            self.push(cmd.move_commitment(self.store, self.plan_id, c.id, row, row + delta))

    def add_milestone(self) -> None:
        c = self.current()
        if c is None:
            return
        used = {m.id for m in c.milestones}
        n = len(used) + 1
        while f"{c.id}.{n}" in used:
            n += 1
        m = Milestone(id=f"{c.id}.{n}", title=self.tr("New milestone"))
        self.push(cmd.add_milestone(self.store, self.plan_id, c.id, m, len(c.milestones)))
        self.milestones.setCurrentRow(self.milestones.count() - 1)
        self.m_lines["title"].setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.m_lines["title"].selectAll()

    def delete_milestone(self) -> None:
        c, m = self.current(), self.current_milestone()
        if c is not None and m is not None:
            self.push(cmd.delete_milestone(self.store, self.plan_id, c.id, m, self.milestones.currentRow()))

    def _milestone_edited(self, key: str) -> None:
        c, m = self.current(), self.current_milestone()
        if self._loading or c is None or m is None:
            return
        text = self.m_lines[key].text().strip()
        new: Any = text or None if key in ("start", "end") else text
        if new != getattr(m, key):
            self.push(cmd.edit_milestone(self.store, self.plan_id, c.id, m.id, key, getattr(m, key), new))
