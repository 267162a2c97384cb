"""The Store: the one door from the GUI into the library.

Every mutation goes through here so that each write is durable when the call returns, the
status bar can say "Saved", and every view learns exactly what changed from a signal instead
of polling the database.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ..importers.bundle import ImportBundle, ImportResult
from ..library import Library, LibraryError
from ..model import Assessment, EvidenceItem, ScoreValue

if TYPE_CHECKING:  # the signing stack (cryptography, pyhanko) loads when a package is opened
    from ..operations.review import OpenedPackage, ReviewCopy


class Store(QObject):
    """The library for the GUI: every mutation goes through here, saves at once, and signals who changed."""

    saved = Signal(str)  # emitted after every durable write with "Saved hh:mm:ss"
    scoresChanged = Signal(str, str)  # assessment_id, commitment_id ('' = plan level)
    evidenceChanged = Signal(str)  # assessment_id
    libraryChanged = Signal()  # plans/assessments added or removed (import, new assessment)
    failed = Signal(str)  # one-line error for the status bar/dialog

    def __init__(self, library: Library, who: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.who = who

    # -- helpers -------------------------------------------------------------------------------
    def _saved(self) -> None:
        self.saved.emit(self.tr("Saved %s") % datetime.now().strftime("%H:%M:%S"))

    def _guard(self, fn: Any, *args: Any, **kw: Any) -> Any:
        """Run a library call; on a user-facing error emit `failed` and re-raise."""
        try:
            return fn(*args, **kw)
        except (LibraryError, ValueError, KeyError) as e:
            msg = str(e) if not isinstance(e, KeyError) else f"unknown field {e.args[0]!r}"
            self.failed.emit(msg)
            raise

    # -- scores --------------------------------------------------------------------------------
    def set_score(self, aid: str, cid: str | None, field: str, value: ScoreValue) -> ScoreValue:
        out = self._guard(self.library.set_score, aid, cid, field, value, who=self.who)
        self._saved()
        self.scoresChanged.emit(aid, cid or "")
        return out

    def set_justification(self, aid: str, cid: str | None, field: str, text: str) -> None:
        self._guard(self.library.set_justification, aid, cid, field, text, who=self.who)
        self._saved()
        self.scoresChanged.emit(aid, cid or "")

    def set_revisit(self, aid: str, cid: str, flag: bool) -> None:
        self._guard(self.library.set_revisit, aid, cid, flag, who=self.who)
        self._saved()
        self.scoresChanged.emit(aid, cid)

    def set_grand_challenges(self, aid: str, cid: str, challenges: list[str]) -> None:
        self._guard(self.library.set_grand_challenges, aid, cid, challenges, who=self.who)
        self._saved()
        self.scoresChanged.emit(aid, cid)

    # -- evidence ------------------------------------------------------------------------------
    def add_evidence(self, aid: str, **kw: Any) -> EvidenceItem:
        """kw as Library.add_evidence minus `who`."""
        item = self._guard(self.library.add_evidence, aid, who=self.who, **kw)
        self._saved()
        self.evidenceChanged.emit(aid)
        return item

    def update_evidence(self, evidence_id: str, **changes: Any) -> EvidenceItem:
        item = self._guard(self.library.update_evidence, evidence_id, who=self.who, **changes)
        self._saved()
        self.evidenceChanged.emit(item.assessment_id)
        return item

    def remove_evidence(self, evidence_id: str) -> EvidenceItem:
        item = self._guard(self.library.remove_evidence, evidence_id, who=self.who)
        self._saved()
        self.evidenceChanged.emit(item.assessment_id)
        return item

    def restore_evidence(self, item: EvidenceItem) -> None:
        self._guard(self.library.restore_evidence, item, who=self.who)
        self._saved()
        self.evidenceChanged.emit(item.assessment_id)

    # -- library -------------------------------------------------------------------------------
    def import_bundle(self, bundle: ImportBundle) -> ImportResult:
        result = self._guard(self.library.import_bundle, bundle, who=self.who)
        self._saved()
        self.libraryChanged.emit()
        return result

    def load_review_copy(self, copy: ReviewCopy) -> OpenedPackage:
        """A verified package into the library as a read-only review copy (shared with the CLI)."""
        from ..operations.review import load_review_copy

        opened = self._guard(load_review_copy, self.library, copy, who=self.who).result
        self._saved()
        self.libraryChanged.emit()
        return opened

    def create_assessment(self, plan_id: str, form_key: str, researcher: str) -> Assessment:
        a = self._guard(
            self.library.create_assessment, plan_id, form_key, researcher=researcher, who=self.who or researcher
        )
        self._saved()
        self.libraryChanged.emit()
        return a
