"""Plans coming into the window: a file dropped or chosen (read off the GUI thread, written in one
transaction on it), a government's document through the review step, the bundled sample on first
run, and the result view afterwards. Kept apart from the window so it holds only the frame."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from ..errors import UserFacingError
from ..paths import sample_plan
from .dialogs.messages import show_error

if TYPE_CHECKING:
    from ..importers.bundle import ImportBundle, ImportResult
    from ..operations.intake import PlanRead
    from .main_window import MainWindow



class PlanImports:
    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.review_dialog: QWidget | None = None  # the review step last opened (tests read it)

    def load_sample(self, form_key: str, researcher: str) -> None:
        """Import the bundled sample plan and create an assessment of it: one click from empty."""
        w = self.w
        if researcher:
            w.set_researcher(researcher)

        def done(bundle: ImportBundle) -> None:
            if self.apply_bundle(bundle, sample_plan(), report=False) is None:
                return
            for plan in bundle.plans:
                w.create_assessment(plan.id, form_key, researcher)

        w.runner.run(lambda: _read(sample_plan()), on_done=done, on_error=self.failed,
                     label=QCoreApplication.translate("MainWindow", "Loading the sample plan\u2026"))

    def import_file(self, path: Path) -> None:
        """Parse off the GUI thread, then write in one transaction on it; report either way.
        A government's document (PDF, Word) first opens the review step, which saves it."""
        path = Path(path)
        self.w.runner.run(lambda: _read_plan(path), on_done=lambda r: self._read_done(r, path),
                          on_error=self.failed, label=QCoreApplication.translate("MainWindow", "Reading %s\u2026") % path.name)

    def _read_done(self, read: PlanRead, path: Path) -> None:
        if read.detected is None:
            self.apply_bundle(read.bundle, path, report=True)
            return
        from .intake.review_dialog import ReviewDialog

        w = self.w
        assert w.store is not None
        dialog = ReviewDialog(w.store, read.detected, path, w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda result: self.report(result, path))
        w.last_dialog = self.review_dialog = dialog
        dialog.open()

    def apply_bundle(self, bundle: ImportBundle, path: Path, *, report: bool) -> object | None:
        w = self.w
        assert w.store is not None
        try:
            result = w.store.import_bundle(bundle)
        except UserFacingError as e:
            w.last_dialog = show_error(w, QCoreApplication.translate("MainWindow", "Import failed"), str(e))
            return None
        if report:
            self.report(result, path)
        else:
            w.update_stack()
        return result

    def report(self, result: ImportResult, path: Path) -> None:
        """The import result view: every plan, the totals, every flagged value with a jump to it."""
        from .dialogs.import_result import ImportResultDialog

        w = self.w
        w.update_stack()
        assert w.store is not None
        dialog = ImportResultDialog(w, result, path.name)
        w.last_dialog = dialog
        dialog.open()
        added = result.plans_added + result.plans_updated
        if added and not w.tree.current_assessment():  # else the selection stays where it was
            existing = w.store.assessments(added[0])
            if existing:
                w.tree.select_assessment(existing[0].id)
            elif w.tree.currentItem() is None:  # the first plan of an empty library: selected
                w.tree.select_plan(added[0])

    def failed(self, exc: BaseException, tb: str) -> None:
        self.w.last_dialog = show_error(self.w, QCoreApplication.translate("MainWindow", "Import failed"),
                                        str(exc).splitlines()[0] if str(exc) else type(exc).__name__, details=tb)


def _read_plan(path: Path) -> PlanRead:
    from ..operations.intake import read_plan

    return read_plan(path)


def _read(path: Path) -> ImportBundle:
    from ..operations.assessments import read_plan_file

    return read_plan_file(path)
