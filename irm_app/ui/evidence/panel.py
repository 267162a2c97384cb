"""The evidence behind one commitment: list, add, edit, remove (undoable), open, and link.

Every change goes through the Store via `evidence_commands`, so Ctrl+Z undoes it in the library
too, and the panel redraws from `Store.evidenceChanged` rather than from what it just did.
Links and files open only when the user asks (a button or a double click), and a URL opens only
if it is http(s): a review copy from someone else's package may hold anything.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserFacingError
from ...library import CommitmentRow, LibraryError
from ...model import EvidenceItem
from ..scripts import isolate
from ..store import Store
from ..undo.commands import UndoTarget
from . import commands as cmd
from .dialog import EvidenceDialog, LinkDialog, url_problem
from .opening import AttachmentChoice
from .tree import EvidenceTree


def safe_file_name(name: str | None) -> str:
    """A name that stays inside the temp folder whatever the package said (no folders, no dots only)."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1].strip().lstrip(".")
    cleaned = "".join(ch for ch in base if ch.isprintable() and ch not in '<>:"|?*')
    return cleaned or "attachment"


class EvidencePanel(QWidget):
    """Evidence for the commitment chosen with `set_commitment(aid, cid)`."""

    def __init__(
        self,
        store: Store,
        undo_stack: UndoTarget,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.open_url: Callable[[QUrl], bool] = open_url or (lambda url: QDesktopServices.openUrl(url))
        self.aid: str | None = None
        self.cid: str | None = None
        self.read_only = False
        self.attachment_box: AttachmentChoice | None = None
        self.dialog: QDialog | None = None  # the open Add/Edit/Link dialog (window-modal)
        self._on_accept: Callable[[], None] | None = None
        self._commitments: list[CommitmentRow] = []
        self._items: dict[str, EvidenceItem] = {}
        self._tmp: tempfile.TemporaryDirectory[str] | None = None

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.tree = EvidenceTree(self.tr("Evidence for this commitment"))
        self.empty = QLabel(self.tr("No evidence linked yet. Add an item, or link one already in this assessment below."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")

        self.add_button = self._button(self.tr("&Add…"), self.tr("Add a new evidence item for this commitment"), self.add)
        self.edit_button = self._button(self.tr("Ed&it…"), self.tr("Edit the selected evidence item"), self.edit)
        self.remove_button = self._button(
            self.tr("&Remove"), self.tr("Delete the selected evidence item from the assessment (Ctrl+Z undoes)"), self.remove
        )
        self.open_link_button = self._button(
            self.tr("Open lin&k"), self.tr("Open the item's URL in your web browser"), self.open_link
        )
        self.open_file_button = self._button(
            self.tr("&Open file"), self.tr("Open the attached file with your system's viewer"), self.open_file
        )
        self.link_button = self._button(
            self.tr("Link to other co&mmitments…"),
            self.tr("Choose every commitment the selected item supports"),
            self.link_other,
        )
        self.add_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder))
        self.remove_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon))

        self.others = EvidenceTree(self.tr("Other evidence in this assessment"))
        self.others.setMaximumHeight(160)
        self.link_here_button = self._button(
            self.tr("Link &to this commitment"),
            self.tr("Make the selected item evidence for this commitment too"),
            self.link_here,
        )

        # Two buttons a row: three in a row were wider than the scoring pane at 1280x720; the long
        # "Link to other commitments" on a row of its own (beside another it set the pane's minimum).
        buttons = QGridLayout()
        for i, b in enumerate((self.add_button, self.edit_button, self.remove_button,
                               self.open_link_button, self.open_file_button)):
            buttons.addWidget(b, i // 2, i % 2)
        buttons.addWidget(self.link_button, 3, 0, 1, 2)
        buttons.setColumnStretch(2, 1)
        others_box = QGroupBox(self.tr("Other evidence in this assessment"))
        others_layout = QVBoxLayout(others_box)
        others_layout.addWidget(self.others)
        row = QHBoxLayout()
        row.addWidget(self.link_here_button)
        row.addStretch(1)
        others_layout.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(others_box)

        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.others.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        store.evidenceChanged.connect(self._on_evidence_changed)
        store.libraryChanged.connect(self.refresh)
        self.refresh()

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        b = QPushButton(text)
        b.setToolTip(tip)
        b.setAccessibleName(text.replace("&", "").rstrip("…"))
        b.clicked.connect(slot)  # a bound method, not a lambda: no reference cycle through Qt
        return b

    # -- what is shown -----------------------------------------------------------------------------
    def set_commitment(self, aid: str, cid: str) -> None:
        if aid != self.aid:
            a = self.store.assessment(aid)
            self.read_only = a.read_only
            self._commitments = self.store.commitment_rows(a.plan_id)
        self.aid, self.cid = aid, cid
        self.refresh()

    def _on_evidence_changed(self, aid: str) -> None:
        if aid == self.aid:
            self.refresh()

    def refresh(self) -> None:
        if self.aid is None or self.cid is None:
            self.heading.setText(self.tr("Choose a commitment to see its evidence."))
            self.tree.clear()
            self.others.clear()
            self._update_buttons()
            return
        titles = {c.id: c for c in self._commitments}
        c = titles.get(self.cid)
        text = self.tr("Evidence for %s") % self.cid + (f" — {isolate(c.short_title or c.title)}" if c else "")
        if self.read_only:
            text += self.tr(" (read-only review copy)")
        self.heading.setText(text)
        items = self.store.evidence(self.aid)
        self._items = {e.id: e for e in items}
        linked = [e for e in items if self.cid in e.commitment_ids]
        self.tree.show_items(linked, self._linked_text)
        self.others.show_items([e for e in items if self.cid not in e.commitment_ids], self._linked_text)
        self.empty.setVisible(not linked)
        self._update_buttons()

    def _linked_text(self, e: EvidenceItem) -> str:
        if not e.commitment_ids:
            return self.tr("Not linked to any commitment")
        return self.tr("Supports: %s") % ", ".join(e.commitment_ids)

    def selected_item(self) -> EvidenceItem | None:
        eid = self.tree.selected_id()
        return self._items.get(eid) if eid else None

    def select(self, evidence_id: str) -> bool:
        return self.tree.select_id(evidence_id)

    def _update_buttons(self) -> None:
        item = self.selected_item()
        editable = self.cid is not None and not self.read_only
        self.add_button.setEnabled(editable)
        for b in (self.edit_button, self.remove_button, self.link_button):
            b.setEnabled(editable and item is not None)
        self.open_link_button.setEnabled(bool(item and item.url and not url_problem(item.url)))
        self.open_file_button.setEnabled(bool(item and item.file_sha256))
        self.link_here_button.setEnabled(editable and self.others.selected_id() is not None)

    # -- changes (undoable) --------------------------------------------------------------------------
    def _show(self, dialog: QDialog, on_accept: Callable[[], None]) -> QDialog:
        """Open a window-modal dialog without blocking (so tests and the event loop keep running)."""
        self.dialog, self._on_accept = dialog, on_accept
        dialog.accepted.connect(self._dialog_accepted)
        dialog.finished.connect(self._dialog_finished)
        dialog.open()
        return dialog

    def _dialog_accepted(self) -> None:
        if self._on_accept is not None:
            self._on_accept()

    def _dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = self._on_accept = None

    def _double_clicked(self) -> None:
        if self.read_only:
            self.open_link()
        else:
            self.edit()

    def _try(self, action: Callable[[], object]) -> bool:
        """False if the library refused (Store.failed has told the user; nothing was pushed)."""
        try:
            action()
        except UserFacingError:
            return False
        return True

    def add(self) -> EvidenceDialog | None:
        if self.aid is None or self.cid is None or self.read_only:
            return None
        dlg = EvidenceDialog(self._commitments, link_to=self.cid, parent=self)
        aid = self.aid

        def done() -> None:
            self._try(lambda: self._added(cmd.add_evidence(self.undo_stack, self.store, aid, **dlg.values())))

        self._show(dlg, done)
        return dlg

    def _added(self, item: EvidenceItem) -> None:
        self.select(item.id)

    def edit(self) -> EvidenceDialog | None:
        item = self.selected_item()
        if item is None or self.read_only:
            return None
        dlg = EvidenceDialog(self._commitments, item, parent=self)

        def done() -> None:
            changes = dlg.changes()
            if changes:
                self._try(lambda: cmd.edit_evidence(self.undo_stack, self.store, item.id, **changes))

        self._show(dlg, done)
        return dlg

    def remove(self) -> None:
        item = self.selected_item()
        if item is not None and not self.read_only:
            self._try(lambda: cmd.remove_evidence(self.undo_stack, self.store, item.id))

    def link_other(self) -> LinkDialog | None:
        item = self.selected_item()
        if item is None or self.read_only:
            return None
        dlg = LinkDialog(item.title, self._commitments, item.commitment_ids, parent=self)

        def done() -> None:
            wanted = dlg.checked()
            if sorted(wanted) != sorted(item.commitment_ids):
                self._try(lambda: cmd.link_evidence(self.undo_stack, self.store, item.id, wanted))

        self._show(dlg, done)
        return dlg

    def link_here(self) -> None:
        eid = self.others.selected_id()
        item = self._items.get(eid) if eid else None
        if item is None or self.cid is None or self.read_only:
            return
        cid = self.cid
        self._try(lambda: cmd.link_evidence(self.undo_stack, self.store, item.id, [*item.commitment_ids, cid]))
        self.select(item.id)

    # -- opening (only on the user's request) ----------------------------------------------------------
    def open_link(self) -> bool:
        item = self.selected_item()
        if item is None or not item.url or url_problem(item.url):
            return False
        return bool(self.open_url(QUrl(item.url)))

    def open_file(self) -> bool:
        """Own evidence opens directly; a review copy's file only after saying so (see opening.py)."""
        item = self.selected_item()
        if item is None or not item.file_sha256:
            return False
        if self.read_only:
            self.ask_attachment(item)
            return False
        return self._open_exported(item)

    def _open_exported(self, item: EvidenceItem) -> bool:
        try:
            path = self.export_file(item)
        except (LibraryError, OSError) as e:
            self.store.failed.emit(self.tr("Cannot open the attached file: %s") % e)
            return False
        return bool(self.open_url(QUrl.fromLocalFile(str(path))))

    def ask_attachment(self, item: EvidenceItem) -> AttachmentChoice:
        a = self.store.assessment(self.aid) if self.aid else None
        self.attachment_box = AttachmentChoice(
            safe_file_name(item.file_name), (a.signer if a else "") or self.tr("an unknown signer"), self,
            on_open=lambda: self._open_exported(item), data=lambda: self.store.file_bytes(item.file_sha256 or ""),
            failed=self.store.failed.emit)
        self.attachment_box.open()
        return self.attachment_box

    def export_file(self, item: EvidenceItem) -> Path:
        """The attachment written to a private temp folder under its original name (kept until the panel goes)."""
        assert item.file_sha256
        if self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="irm-evidence-")
        folder = Path(self._tmp.name) / item.file_sha256[:16]
        folder.mkdir(exist_ok=True)
        path = folder / safe_file_name(item.file_name)
        if not path.exists():
            path.write_bytes(self.store.file_bytes(item.file_sha256))
        return path
