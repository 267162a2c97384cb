"""The evidence form (add / edit one item) and the commitment picker it shares with "Link to…".

The dialog only collects and validates; the panel writes through the Store (with undo). An
attached file is hashed here so the researcher sees its SHA-256 before saving; the library
copies it in (once per content) when the item is saved.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any, get_args
from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...library.evidence import MAX_ATTACHMENT
from ...model import Commitment, EvidenceItem, EvidenceKind
from ..scripts import isolate, tooltip

KINDS: tuple[str, ...] = get_args(EvidenceKind)
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2})?$")


_KIND_LABELS = {
    "document": QT_TRANSLATE_NOOP("Evidence", "Document"),
    "interview": QT_TRANSLATE_NOOP("Evidence", "Interview"),
    "website": QT_TRANSLATE_NOOP("Evidence", "Website"),
    "observation": QT_TRANSLATE_NOOP("Evidence", "Observation"),
}


def kind_label(kind: str) -> str:
    """What a user reads for an evidence kind, in the interface language (the key is what the
    library stores); a kind without a label here shows its key, capitalised."""
    label = _KIND_LABELS.get(kind)
    return QCoreApplication.translate("Evidence", label) if label else kind.replace("_", " ").capitalize()


def commitment_label(c: Commitment, width: int = 70) -> str:
    title = c.short_title or c.title
    if len(title) > width:
        title = title[: width - 1] + "…"
    return f"{c.id} — {isolate(title)}"


def date_problem(text: str) -> str | None:
    """None if empty or an ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known)."""
    text = text.strip()
    if not text:
        return None
    if _PARTIAL_DATE.match(text):
        month = text[5:7]
        return None if not month or 1 <= int(month) <= 12 else f"{text}: no such month"
    try:
        date.fromisoformat(text)
    except ValueError:
        return f"{text!r} is not a date: use YYYY-MM-DD (or YYYY-MM, YYYY)"
    return None if len(text) == 10 else f"{text!r}: use YYYY-MM-DD"


def url_problem(text: str) -> str | None:
    """None if empty or an http(s) address with a host; file:, javascript: and the like are refused."""
    text = text.strip()
    if not text:
        return None
    if any(ch.isspace() for ch in text):
        return "the URL contains spaces"
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return "the URL must start with http:// or https:// and name a host"
    return None


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class CommitmentChecklist(QWidget):
    """A filterable list of the plan's commitments with a check box each."""

    changed = Signal()

    def __init__(
        self, commitments: list[Commitment], checked: Iterable[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(placeholderText=self.tr("Filter by id or title"))
        self.filter.setAccessibleName(self.tr("Filter commitments"))
        self.filter.setToolTip(self.tr("Show only commitments whose id or title contains this text"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Linked commitments"))
        self.list.setToolTip(self.tr("Tick every commitment this evidence supports"))
        self.list.setUniformItemSizes(True)
        ticked = set(checked)
        for c in commitments:
            item = QListWidgetItem(commitment_label(c))
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(tooltip(f"{c.id}: {isolate(c.title)}"))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.id in ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.count)
        self.filter.textChanged.connect(self._apply_filter)
        self.list.itemChanged.connect(self._on_changed)
        self._update_count()

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self._items():
            item.setHidden(bool(needle) and needle not in item.toolTip().casefold())

    def _on_changed(self) -> None:
        self._update_count()
        self.changed.emit()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%d of %d commitments linked") % (len(self.checked()), self.list.count()))

    def checked(self) -> list[str]:
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, ids: Iterable[str]) -> None:
        wanted = set(ids)
        for item in self._items():
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class LinkDialog(QDialog):
    """"Link to other commitments…": tick every commitment one evidence item supports."""

    def __init__(self, title: str, commitments: list[Commitment], checked: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link evidence to commitments"))
        self.picker = CommitmentChecklist(commitments, checked)
        heading = QLabel(self.tr("Commitments supported by “%s”:") % title)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)  # the evidence title is data
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.picker)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def checked(self) -> list[str]:
        return self.picker.checked()


class EvidenceDialog(QDialog):
    """Add or edit one evidence item; OK stays disabled until every input is valid."""

    def __init__(
        self,
        commitments: list[Commitment],
        item: EvidenceItem | None = None,
        *,
        link_to: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.file: Path | None = None
        self._sha = ""
        self.setWindowTitle(self.tr("Edit evidence") if item else self.tr("Add evidence"))

        self.kind = QComboBox()
        for k in KINDS:
            self.kind.addItem(kind_label(k), k)
        self.title_edit = QLineEdit(placeholderText=self.tr("e.g. Ministry progress report, March 2024"))
        self.date_edit = QLineEdit(placeholderText=self.tr("YYYY-MM-DD (or YYYY-MM, YYYY); empty: no date"))
        today = QPushButton(self.tr("Today"))
        self.url_edit = QLineEdit(placeholderText="https://…")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(60)
        self.notes.setMaximumHeight(110)
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.detach_button = QPushButton(self.tr("Clear"))
        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setWordWrap(True)
        self.links = CommitmentChecklist(commitments)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a4262c;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

        for widget, name, tip in (
            (self.kind, self.tr("Kind of evidence"), self.tr("Document, interview, website or observation")),
            (self.title_edit, self.tr("Title"), self.tr("Required: what the evidence is, as cited in the report")),
            (self.date_edit, self.tr("Date"), self.tr("When the evidence was produced or gathered; leave empty if unknown")),
            (today, self.tr("Set date to today"), self.tr("Fill in today's date")),
            (self.url_edit, self.tr("URL"), self.tr("Where it can be found online: an http:// or https:// address")),
            (self.notes, self.tr("Notes"), self.tr("Your notes: who was interviewed, what the page showed, page numbers…")),
            (self.attach_button, self.tr("Attach file"), self.tr("Copy a file into the library with this evidence")),
            (self.detach_button, self.tr("Clear attached file"), self.tr("Do not attach the file chosen here")),
            (self.file_label, self.tr("Attached file"), self.tr("The attached file's name and SHA-256 fingerprint")),
        ):
            widget.setAccessibleName(name)
            widget.setToolTip(tip)

        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit, 1)
        date_row.addWidget(today)
        file_row = QHBoxLayout()
        file_row.addWidget(self.attach_button)
        file_row.addWidget(self.detach_button)
        file_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Date:"), date_row)
        form.addRow(self.tr("&URL:"), self.url_edit)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("File:"), file_row)
        form.addRow("", self.file_label)
        form.addRow(self.tr("Supports:"), self.links)
        date_label = form.labelForField(date_row)  # rows holding a widget get their buddy from Qt
        if isinstance(date_label, QLabel):
            date_label.setBuddy(self.date_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(640, 620)

        if item is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind)))
            self.title_edit.setText(item.title)
            self.date_edit.setText(item.date or "")
            self.url_edit.setText(item.url or "")
            self.notes.setPlainText(item.notes)
            self.links.set_checked(item.commitment_ids)
        elif link_to:
            self.links.set_checked([link_to])

        today.clicked.connect(self._set_today)
        self.attach_button.clicked.connect(self._choose_file)
        self.detach_button.clicked.connect(self._clear_file)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for signal in (self.title_edit.textChanged, self.date_edit.textChanged, self.url_edit.textChanged):
            signal.connect(self._validate)
        self._show_file()
        self._validate()

    def _set_today(self) -> None:
        self.date_edit.setText(date.today().isoformat())

    # -- the attached file ------------------------------------------------------------------------
    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file to this evidence"))
        if name:
            self.attach(Path(name))

    def attach(self, path: Path) -> bool:
        """Choose a file to attach (what the file dialog calls); False, with the reason shown, if unusable."""
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT:
                self.problem.setText(self.tr("%s is too large to attach (limit %d MB)") % (path.name, MAX_ATTACHMENT >> 20))
                return False
            self._sha = sha256_of(path)
        except OSError as e:
            self.problem.setText(self.tr("Cannot read %s: %s") % (path.name, e.strerror))
            return False
        self.file = path
        self._show_file()
        self._validate()
        return True

    def _clear_file(self) -> None:
        self.file = None
        self._show_file()
        self._validate()

    def _show_file(self) -> None:
        if self.file is not None:
            text = self.tr("%s (new)\nSHA-256 %s") % (self.file.name, self._sha)
        elif self.item is not None and self.item.file_sha256:
            text = self.tr("%s\nSHA-256 %s") % (self.item.file_name or "", self.item.file_sha256)
        else:
            text = self.tr("No file attached")
        self.file_label.setText(text)
        self.detach_button.setEnabled(self.file is not None)

    # -- validation and the result ----------------------------------------------------------------
    def problems(self) -> list[str]:
        """Why OK is disabled, first problem first (empty when the form can be saved)."""
        out = []
        if not self.title_edit.text().strip():
            out.append(self.tr("A title is required."))
        for p in (date_problem(self.date_edit.text()), url_problem(self.url_edit.text())):
            if p:
                out.append(p[0].upper() + p[1:] + ".")
        return out

    def _validate(self) -> None:
        problems = self.problems()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
        self.problem.setText(problems[0] if problems else "")
        for widget, bad in (
            (self.title_edit, not self.title_edit.text().strip()),
            (self.date_edit, bool(date_problem(self.date_edit.text()))),
            (self.url_edit, bool(url_problem(self.url_edit.text()))),
        ):
            widget.setStyleSheet("border: 1px solid #a4262c;" if bad else "")

    def accept(self) -> None:
        if not self.problems():
            super().accept()

    def values(self) -> dict[str, Any]:
        """Keyword arguments for Library.evidence.add_evidence (minus who); `file` only when one was chosen."""
        out: dict[str, Any] = {
            "title": self.title_edit.text().strip(),
            "kind": self.kind.currentData(),
            "date": self.date_edit.text().strip() or None,
            "url": self.url_edit.text().strip() or None,
            "notes": self.notes.toPlainText().strip(),
            "commitment_ids": self.links.checked(),
        }
        if self.file is not None:
            out["file"] = self.file
        return out

    def changes(self) -> dict[str, Any]:
        """Only what differs from the item being edited (all values when adding)."""
        values = self.values()
        if self.item is None:
            return values
        return {k: v for k, v in values.items() if k == "file" or getattr(self.item, k) != v}
