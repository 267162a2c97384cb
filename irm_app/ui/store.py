"""The Store: the GUI's one door into the library, for reads and for writes.

Writes: every action is an `irm_app.operations` call (the CLI's own), durable when it returns;
the Store then emits the operation's Change record (`changed`) and the narrow signal of its kind
(`scoresChanged`, `evidenceChanged`, `assessmentChanged`, `libraryChanged`), so each view
refreshes only what the change names. While a change is being announced, each distinct read is
served once (views that refresh together share it): one score edit costs about a dozen SQL
statements however many views are on screen.

Errors: a `UserFacingError` becomes `failed` (one line) and is re-raised for the caller to
back out; anything else is a bug: logged with its traceback and announced as an internal error,
never dressed up as bad input.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QLocale, QObject, QTime, Signal

from ..errors import UserFacingError, one_line
from ..importers.bundle import ImportBundle, ImportResult
from ..library import CommitmentRow, CommitmentState, Library, PlanHeading, PlanSummary, Progress, ScoreRow
from ..library.light_reads import ScoreValues
from ..library.queries import compute_progress
from ..methodology.errors import FormError
from ..methodology.i18n import localize, translation_languages
from ..model import ActionPlan, Assessment, Commitment, EvidenceItem, ImportFlag, Score, ScoreValue
from ..operations import Change, ChangeKind, scoring
from ..operations import assessments as assessment_ops
from ..operations import evidence as evidence_ops
from ..operations import search as search_ops

if TYPE_CHECKING:  # the signing stack (cryptography, pyhanko) loads when a package is opened
    from ..methodology import Form
    from ..operations.packaging import PackageInput, PackageResult
    from ..operations.reports import ReportInput
    from ..operations.review import OpenedPackage, ReviewCopy
    from ..operations.search import SearchResults
    from ..signing.continuity import KeyHistory

log = logging.getLogger(__name__)
T = TypeVar("T")


class Store(QObject):
    """The library for the GUI: reads and writes go through here; every write signals what changed."""

    saved = Signal(str)  # emitted after every durable write with "Saved hh:mm:ss"
    changed = Signal(object)  # the operation's Change record, before the narrow signal below
    scoresChanged = Signal(str, str)  # assessment_id, commitment_id ('' = plan level)
    evidenceChanged = Signal(str)  # assessment_id
    assessmentChanged = Signal(str)  # one assessment's header (status, researcher)
    libraryChanged = Signal()  # plans/assessments added or removed (import, new, delete, review copy)
    failed = Signal(str)  # one-line error for the status bar/dialog

    def __init__(self, library: Library, who: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.who = who
        self._forms: dict[tuple[str, str, str], Form] = {}  # localized, by (key, version, language)
        self._memo: dict[Hashable, Any] | None = None  # reads shared while a change is announced

    # -- running an action ---------------------------------------------------------------------
    def run(self, action: Callable[[], Change[T]]) -> Change[T]:
        """Run one operation: the GUI's action runner. Announces its change; on a user-facing
        error emits `failed` and re-raises; a bug is logged and announced as an internal error."""
        try:
            change = action()
        except UserFacingError as e:
            self.failed.emit(one_line(e))
            raise
        except Exception as e:
            log.exception("internal error in a GUI action")
            self.failed.emit(self.tr("Internal error: %s (details in the log)") % one_line(e))
            raise
        self._announce(change)
        return change

    def _announce(self, change: Change[Any]) -> None:
        if change.kind is not ChangeKind.NONE:
            self.saved.emit(self.tr("Saved %s") % QLocale().toString(QTime.currentTime(), "HH:mm:ss"))
        sharing = self._memo is not None  # inside `sharing()`: what was read before is stale now
        self._memo = {}
        try:
            self.changed.emit(change)
            aid = change.assessment_id or ""
            if change.kind is ChangeKind.SCORES:
                self.scoresChanged.emit(aid, change.commitment_id or "")
            elif change.kind is ChangeKind.EVIDENCE:
                self.evidenceChanged.emit(aid)
            elif change.kind is ChangeKind.ASSESSMENT:
                self.assessmentChanged.emit(aid)
            elif change.kind is ChangeKind.LIBRARY:
                self.libraryChanged.emit()
        finally:
            self._memo = {} if sharing else None

    @contextmanager
    def sharing(self) -> Iterator[None]:
        """Serve each distinct read once inside the block (as while a change is announced): the
        views a selection refreshes together parse a plan's commitments once, not once each.
        A write inside the block drops what was read before it."""
        if self._memo is not None:
            yield
            return
        self._memo = {}
        try:
            yield
        finally:
            self._memo = None

    # -- reads ---------------------------------------------------------------------------------
    def _read(self, key: Hashable, fn: Callable[[], T]) -> T:
        if self._memo is None:
            return fn()
        if key not in self._memo:
            self._memo[key] = fn()
        return self._memo[key]

    @property
    def path(self) -> Path:
        return self.library.path

    def form(self, key: str) -> Form:
        """The form in the interface language (QLocale's default, set at start) where it has a
        translation file: labels, levels and help read in that language, keys unchanged, so the
        scores recorded are the same codes. A broken translation file shows the form in English."""
        form = self.library.forms.get(key)
        lang = QLocale().name().split("_")[0]
        if lang in ("en", "C", "") or lang not in translation_languages():
            return form
        cached = self._forms.get((key, form.version, lang))
        if cached is None:
            try:
                localized = localize(form, lang)
            except FormError as e:
                log.warning("%s; the form shows in English", e)
                cached = form
            else:
                for line in localized.missing[:5]:
                    log.info("%s", line)
                cached = localized.form
            self._forms[(key, form.version, lang)] = cached
        return cached

    def plans(self, *, milestones: bool = True) -> list[PlanSummary]:
        """`milestones=False`: without the milestone count (None), which parses every commitment."""
        return self._read(("plans", milestones), lambda: self.library.plans.summaries(milestones=milestones))

    def milestone_count(self, plan_id: str) -> int:
        return self._read(("milestones", plan_id), lambda: self.library.plans.milestone_count(plan_id))

    def plan(self, plan_id: str) -> ActionPlan:
        return self._read(("plan", plan_id), lambda: self.library.plans.plan(plan_id))

    def plan_heading(self, plan_id: str) -> PlanHeading:
        """Member, title and period: what a heading shows, without the plan's commitments."""
        return self._read(("plan_heading", plan_id), lambda: self.library.plans.plan_heading(plan_id))

    def commitment_rows(self, plan_id: str) -> list[CommitmentRow]:
        """The plan's commitments as light rows (ids, titles, institutions): what tables and lists show."""
        return self._read(("commitment_rows", plan_id), lambda: self.library.plans.commitment_rows(plan_id))

    def commitment(self, plan_id: str, cid: str) -> Commitment:
        """One commitment in full (its texts and milestones): what a detail view shows."""
        return self._read(("commitment", plan_id, cid), lambda: self.library.plans.commitment(plan_id, cid))

    def commitments(self, plan_id: str) -> list[Commitment]:
        return self._read(("commitments", plan_id), lambda: self.library.plans.commitments(plan_id))

    def assessments(self, plan_id: str | None = None) -> list[Assessment]:
        return self._read(("assessments", plan_id), lambda: self.library.assessments.all(plan_id))

    def assessment(self, aid: str) -> Assessment:
        return self._read(("assessment", aid), lambda: self.library.assessments.assessment(aid))

    def scores(self, aid: str) -> dict[str | None, dict[str, ScoreRow]]:
        """Every score of the assessment as plain rows (Score's attribute names; read-only)."""
        return self._read(("scores", aid), lambda: self.library.scores.score_rows(aid))

    def scores_for(self, aid: str, cid: str | None) -> dict[str, Score]:
        return self._read(("scores_for", aid, cid), lambda: self.library.scores.scores_for(aid, cid))

    def commitment_states(self, aid: str) -> dict[str, CommitmentState]:
        return self._read(("states", aid), lambda: self.library.scores.commitment_states(aid))

    def progress(self, aid: str) -> Progress:
        """From the shared reads (the same scores and states the other views just asked for)."""
        a = self.assessment(aid)
        ids = self._read(("ids", a.plan_id), lambda: self.library.plans.commitment_ids(a.plan_id))
        evidenced = self._read(("evidenced", aid), lambda: self.library.evidence.evidenced_commitments(aid))
        return compute_progress(self.form(a.form), ids, self.scores(aid), self.commitment_states(aid), evidenced)

    def score_values(self, aid: str) -> dict[str, ScoreValues]:
        """Commitment id -> (values, justified fields) of one assessment: what the table needs.
        Taken from the whole library's read when one is shared (start-up: the tree read it)."""
        if self._memo is not None and ("score_values", None) in self._memo:
            return self._memo[("score_values", None)].get(aid, {})
        return self._read(("score_values", aid), lambda: self.library.scores.score_values(aid).get(aid, {}))

    def score_values_of(self, aid: str, cids: list[str]) -> dict[str, ScoreValues]:
        """As `score_values`, for these commitments only: what a table's first screen shows."""
        if self._memo is not None:
            for key in (("score_values", None), ("score_values", aid)):
                if key in self._memo:
                    whole = self._memo[key]
                    whole = whole.get(aid, {}) if key[1] is None else whole
                    return {c: whole[c] for c in cids if c in whole}
        return self.library.scores.score_values(aid, cids).get(aid, {})

    def progress_all(self) -> dict[str, Progress]:
        """Every assessment's progress as the library keeps it (library/progress.py): no score
        is read, so the tree's counts cost nothing that grows with the plans at start-up."""
        return self._read(("progress_all", None), self.library.scores.progress_all)

    def stored_progress(self, aid: str) -> Progress:
        """One assessment's entry of `progress_all`, read afresh (after a write: a few counts).

        Why: with one plan of 5,000 the tree re-read all ~51,000 scores after every edit
        (160-170 ms per score given); the library now keeps the count in each write."""
        return self._read(("stored_progress", aid), lambda: self.library.scores.stored_progress(aid))

    def import_flags(self, plan_id: str) -> list[ImportFlag]:
        """The values an import could not map, as found (kept, never scored)."""
        return self.library.plans.import_flags(plan_id)

    def search(self, text: str, *, assessment_id: str | None = None, limit: int = 200) -> SearchResults:
        """Every text of the library (or the assessment's and its plan's), as the CLI's `search`."""
        return search_ops.search(self.library, text, assessment_id=assessment_id, prefix=True, limit=limit)

    def evidence(self, aid: str, cid: str | None = None) -> list[EvidenceItem]:
        return self._read(("evidence", aid, cid), lambda: self.library.evidence.items(aid, cid))

    def evidence_item(self, evidence_id: str) -> EvidenceItem:
        return self.library.evidence.evidence_item(evidence_id)

    def file_bytes(self, sha256: str) -> bytes:
        return self.library.evidence.file_bytes(sha256)

    # -- scores --------------------------------------------------------------------------------
    def set_score(self, aid: str, cid: str | None, field: str, value: ScoreValue) -> ScoreValue:
        return self.run(lambda: scoring.set_score(self.library, aid, cid, field, value, who=self.who)).result

    def set_justification(self, aid: str, cid: str | None, field: str, text: str) -> None:
        self.run(lambda: scoring.set_justification(self.library, aid, cid, field, text, who=self.who))

    def set_revisit(self, aid: str, cid: str, flag: bool) -> None:
        self.run(lambda: scoring.set_revisit(self.library, aid, cid, flag, who=self.who))

    def set_grand_challenges(self, aid: str, cid: str, challenges: list[str]) -> None:
        self.run(lambda: scoring.set_grand_challenges(self.library, aid, cid, challenges, who=self.who))

    # -- evidence ------------------------------------------------------------------------------
    def add_evidence(self, aid: str, **kw: Any) -> EvidenceItem:
        """kw as Library.evidence.add_evidence minus `who`."""
        return self.run(lambda: evidence_ops.add_evidence(self.library, aid, who=self.who, **kw)).result

    def update_evidence(self, evidence_id: str, **changes: Any) -> EvidenceItem:
        return self.run(lambda: evidence_ops.edit_evidence(self.library, evidence_id, who=self.who,
                                                           **changes)).result

    def remove_evidence(self, evidence_id: str) -> EvidenceItem:
        return self.run(lambda: evidence_ops.remove_evidence(self.library, evidence_id, who=self.who)).result

    def restore_evidence(self, item: EvidenceItem) -> None:
        self.run(lambda: evidence_ops.restore_evidence(self.library, item, who=self.who))

    # -- assessments and the library -----------------------------------------------------------
    def import_bundle(self, bundle: ImportBundle) -> ImportResult:
        return self.run(lambda: assessment_ops.import_bundle(self.library, bundle, who=self.who)).result

    def load_review_copy(self, copy: ReviewCopy, *, history: KeyHistory | None = None,
                         accept_new_key: bool = False) -> OpenedPackage:
        """A verified package into the library as a read-only review copy (shared with the CLI);
        with `history`, a different key than last time raises KeyChanged unless accepted."""
        from ..operations.review import load_review_copy

        return self.run(lambda: load_review_copy(self.library, copy, who=self.who, history=history,
                                                 accept_new_key=accept_new_key)).result

    def create_assessment(self, plan_id: str, form_key: str, researcher: str) -> Assessment:
        return self.run(lambda: assessment_ops.new_assessment(
            self.library, plan_id, form_key, researcher=researcher, who=self.who or researcher)).result

    def set_researcher(self, aid: str, researcher: str) -> None:
        """The researcher of one assessment (audited: old and new name, by whom)."""
        self.run(lambda: assessment_ops.set_researcher(self.library, aid, researcher, who=self.who or researcher))

    def set_status(self, aid: str, status: str) -> None:
        self.run(lambda: assessment_ops.set_status(self.library, aid, status, who=self.who))

    def delete_assessment(self, aid: str) -> Assessment:
        """A backup of the library is written first (operations.manage.delete_assessment)."""
        from ..operations import manage

        return self.run(lambda: manage.delete_assessment(self.library, aid, who=self.who)).result

    # -- exports -------------------------------------------------------------------------------
    def report_input(self, aid: str) -> ReportInput:
        """The snapshot a report is rendered from (on this thread; render on a worker)."""
        from ..operations.reports import report_input

        return report_input(self.library, aid)

    def package_input(self, aid: str) -> PackageInput:
        from ..operations.packaging import package_input

        return package_input(self.library, aid)

    def record_package(self, inp: PackageInput, result: PackageResult) -> PackageResult:
        """What was signed, into the exports and the audit log (announced like any change)."""
        from ..operations.packaging import record_package

        return self.run(lambda: record_package(self.library, inp, result, who=self.who)).result
