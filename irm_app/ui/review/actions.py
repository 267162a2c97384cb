"""The window's review actions: File > Import review (a signed .irmreview or a reviewed Word
file), File > Export review (a review copy's comments and states, signed), View > Comments.

Parsing and verifying run on the TaskRunner; the merge is one operation through the Store.
A Word file's tracked changes are listed for the researcher, never applied.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserFacingError, one_line
from ...text_safety import plain
from ..dialogs.messages import show_error, show_message
from .comments_view import CommentsView
from .door import ReviewDoor, read_word
from .report_box import ReportReview

if TYPE_CHECKING:
    from ...library.comments import TrackedChangeRow
    from ...review.docx_review import DocxReview
    from ..main_window import MainWindow

DOCK_SHARE, DOCK_MAX = 0.27, 480  # the Comments dock's default width: a share of the window, capped
REVIEW_FILTER = QT_TRANSLATE_NOOP("ReviewActions", "Reviews (*.irmreview *.docx);;Review files (*.irmreview);;Word (*.docx);;All files (*)")


class TrackedChangesDialog(QDialog):
    """What the reviewer changed in Word, as a list: kind, who, where, the text. Read-only."""

    def __init__(self, rows: list[TrackedChangeRow], summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trackedChanges")
        self.setWindowTitle(self.tr("Review imported"))
        lay = QVBoxLayout(self)
        head = QLabel(summary)
        head.setObjectName("importSummary")
        head.setTextFormat(Qt.TextFormat.PlainText)
        head.setWordWrap(True)
        lay.addWidget(head)
        note = QLabel(self.tr("Tracked changes in the Word file (listed, never applied; change the scores "
                              "or the narrative yourself where you agree):"))
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        lay.addWidget(note)
        self.table = QTableWidget(len(rows), 4)
        self.table.setObjectName("trackedChangesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Change"), self.tr("By"), self.tr("Where"), self.tr("Text")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        kinds = {"insertion": self.tr("inserted"), "deletion": self.tr("deleted")}
        for r, row in enumerate(rows):
            where = " \u00b7 ".join(x for x in (row.commitment_id, row.section) if x) or self.tr("the report")
            for c, text in enumerate((kinds.get(row.kind, row.kind), plain(row.author), plain(where),
                                      plain(row.text)[:400])):
                self.table.setItem(r, c, QTableWidgetItem(text))  # items hold plain text
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(3, 380)
        lay.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)
        self.resize(760, 420)


class ExportReviewDialog(QDialog):
    """Where to write the review file, and the passphrase of the signing key (this once)."""

    def __init__(self, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportReview")
        self.setWindowTitle(self.tr("Export review"))
        self.path = QLineEdit(str(suggested))
        self.path.setObjectName("reviewPath")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of your signing key"))
        form = QFormLayout(self)
        form.addRow(self.tr("&File:"), self.path)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choice(self) -> tuple[Path, bytes]:
        return Path(self.path.text().strip()), self.passphrase.text().encode()


class ReviewActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.view = CommentsView(window.store)  # type: ignore[arg-type]
        self.report = ReportReview(window.store)  # type: ignore[arg-type]
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(4, 0, 4, 4)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.report)
        self.dock = QDockWidget(self.tr("Comments"), window)
        self.dock.setObjectName("commentsDock")
        self.dock.setWidget(body)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.view.showCommitment.connect(self._show_commitment)

    @property
    def door(self) -> ReviewDoor:
        return ReviewDoor(self.w.store)  # type: ignore[arg-type]

    def set_assessment(self, aid: str | None) -> None:
        self.view.set_scope(aid or None)
        self.report.set_assessment(aid or None)

    def show_comments(self) -> None:
        shown = self.dock.isVisible()
        self.dock.show()
        self.dock.raise_()
        self.set_assessment(self.w.tree.current_assessment() or None)
        if not shown and not self.dock.isFloating():
            self.w.resizeDocks([self.dock], [self.default_width()], Qt.Orientation.Horizontal)

    def default_width(self) -> int:
        """About a quarter of the window (340 px at 1280, at most 480): opened at its content's
        width it left the scoring pane too little on a laptop; never below what the dock needs, and
        never so wide that the window's middle (library, table, scoring pane) cannot have its minimum."""
        need = self.dock.minimumSizeHint().width()
        central = self.w.centralWidget()
        room = self.w.width() - (central.minimumSizeHint().width() if central is not None else 0) - 12
        return max(need, min(DOCK_MAX, int(self.w.width() * DOCK_SHARE), room))

    def _show_commitment(self, cid: str) -> None:
        self.w.stack.setCurrentWidget(self.w.tabs)
        self.w.tabs.setCurrentWidget(self.w.commitments)
        self.w.commitments.select_commitment(cid)

    # -- import --------------------------------------------------------------------------------
    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.w, self.tr("Import a review"), "", self.tr(REVIEW_FILTER))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        path = Path(path)
        if path.suffix.lower() == ".docx":
            self.w.runner.run(lambda: read_word(path), on_done=lambda r: self._word_read(r),
                              on_error=lambda e, tb: self._failed(e, tb), label=self.tr("Reading %s\u2026") % path.name)
            return
        from ...operations.review_files import read_review
        from ...operations.trust import default_store

        trust = default_store()
        self.w.runner.run(lambda: read_review(path, None, trust), on_done=self._review_read,
                          on_error=lambda e, tb: self._failed(e, tb), label=self.tr("Verifying %s\u2026") % path.name)

    def _failed(self, exc: BaseException, tb: str = "") -> None:
        self.w.last_dialog = show_error(self.w, self.tr("Import review"), one_line(exc) if isinstance(
            exc, UserFacingError) else str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
            details=tb if not isinstance(exc, UserFacingError) else "")

    def _target(self, named: str | None) -> str | None:
        """The researcher's own assessment the file names; a file naming none (not exported by
        this app) goes to the assessment shown, if it is the researcher's own."""
        store = self.w.store
        assert store is not None
        ids = {a.id for p in store.plans() for a in store.assessments(p.id) if not a.read_only}
        if named:
            return named if named in ids else None
        shown = self.w.tree.current_assessment()
        return shown if shown in ids else None

    def _word_read(self, review: DocxReview) -> None:
        aid = self._target(review.assessment_id)
        if aid is None and review.assessment_id:
            self.w.last_dialog = show_error(self.w, self.tr("Import review"), self.tr(
                "%s: it reviews assessment %s, which is not one of yours in this library; nothing was "
                "imported") % (review.path.name, plain(review.assessment_id)[:36]))
            return
        if aid is None:
            self.w.last_dialog = show_error(self.w, self.tr("Import review"), self.tr(
                "%s: which assessment does it review? Select the assessment first (the file names none "
                "of this library's)") % review.path.name)
            return
        try:
            result = self.door.import_word(review, aid)
        except UserFacingError:
            return  # the Store said why
        self.w.tree.select_assessment(aid)
        summary = self.tr("%s: %d new comments, %d already here, %d tracked changes") % (
            review.path.name, result.comments_new, result.comments_held, len(review.changes))
        if result.notes:
            summary += "\n" + "\n".join(result.notes[:5])
        dialog = TrackedChangesDialog(self.door.tracked_changes(aid), summary, self.w)
        self.w.last_dialog = dialog
        dialog.open()
        self.show_comments()

    def _review_read(self, read: object) -> None:
        from ...operations.review import default_history
        from ...operations.review_files import import_review_files

        store = self.w.store
        assert store is not None
        try:
            change = store.run(lambda: import_review_files(store.library, [read], who=store.who,  # type: ignore[list-item]
                                                           history=default_history()))
        except UserFacingError as e:
            self._failed(e)
            return
        lines = []
        versions = {"current": self.tr("current"), "older": self.tr("older (flagged)"), "unknown": self.tr("unknown")}
        for r in change.result:
            trust = self.tr("trusted") if r.trusted else self.tr("signer not in your trusted list")
            lines.append(self.tr("%s by %s (%s): %d new comments, %d already here, %d states; reviews the %s "
                                 "version") % (r.path.name, plain(r.reviewer), trust, r.comments_new,
                                               r.comments_held, r.states,
                                               versions.get(r.version, r.version)))
        if change.result:
            self.w.tree.select_assessment(change.result[0].assessment_id)
        self.w.last_dialog = show_message(self.w, self.tr("Import review"), "\n".join(lines))
        self.show_comments()

    # -- export (the reviewer, on a review copy) -------------------------------------------------
    def ask_export(self) -> ExportReviewDialog | None:
        aid = self.w.tree.current_assessment()
        store = self.w.store
        if not aid or store is None or not store.assessment(aid).read_only:
            self.w.statusBar().showMessage(self.tr("Select a review copy first: a review is exported from "
                                                   "the copy you commented on"), 8000)
            return None
        dialog = ExportReviewDialog(Path.home() / f"review-{aid[:8]}.irmreview", self.w)
        dialog.accepted.connect(lambda: self.export(aid, *dialog.choice()))
        self.w.last_dialog = dialog
        dialog.open()
        return dialog

    def export(self, aid: str, out: Path, passphrase: bytes) -> bool:
        from ...library.review_copies import review_copies
        from ...operations.review_files import export_review

        store = self.w.store
        assert store is not None
        copy = next((c.id for c in review_copies(store.library) if c.assessment_id == aid), aid)
        try:
            change = store.run(lambda: export_review(store.library, copy, out, passphrase, who=store.who))
        except UserFacingError as e:
            self.w.last_dialog = show_error(self.w, self.tr("Export review"), one_line(e))
            return False
        r = change.result
        self.w.statusBar().showMessage(self.tr("Review written to %s: %d comments, %d states") % (
            r.out, r.comments, r.states), 10000)
        return True
