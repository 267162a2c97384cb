"""The main window: the library tree on the left; tabs for the commitments (table and the
selected commitment), the plan-level fields and the dashboard; menus, toolbar and status bar.

The window owns no data: it holds a Store for the library it shows and swaps it wholesale
when another library is opened.
"""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QWidget,
)

from ..errors import UserFacingError
from . import window_install, window_pages, window_state
from .commitments.definitions import DefinitionsSwitch, default_for
from .dialogs.messages import show_error, show_message
from .importing import PlanImports
from .menus import build_menus
from .tasks import TaskRunner
from .undo.group import AssessmentUndo

if TYPE_CHECKING:  # the library, the model and the pages are imported once the window is on screen
    from ..importers.bundle import ImportBundle
    from ..library import Library
    from .commitments.page import CommitmentsPage
    from .commitments.plan_page import PlanPage
    from .dashboard.page import DashboardWidget
    from .exporter import Exporter
    from .library.tree import LibraryTree
    from .narrative.page import NarrativePage
    from .review.actions import ReviewActions
    from .search.panel import SearchPanel
    from .store import Store
    from .widgets.welcome import WelcomePage

SETTING = "researcher"  # dialogs/researcher.SETTING: the name used from now on (kept light here)


class MainWindow(QMainWindow):
    """`MainWindow(library, settings)` builds the whole window; `MainWindow(None, settings)` only
    its frame (menus, toolbar, status bar, geometry), which imports no library, model or page
    code, so the app's start puts it on screen first and then fills it in with
    `install_library` (ui/app.py)."""

    tree: LibraryTree
    commitments: CommitmentsPage
    search: SearchPanel

    def __init__(self, library: Library | None, settings: QSettings, *, who: str = "",
                 runner: TaskRunner | None = None, owns_library: bool = False) -> None:
        super().__init__()
        self.settings = settings
        self.runner = runner or TaskRunner(self)
        self.undo = AssessmentUndo(self)  # one undo stack per assessment; Undo acts on the one shown
        self.last_dialog: QWidget | None = None
        self.last_menu: QMenu | None = None  # the last context menu shown (tests read it)
        self.imports = PlanImports(self)  # files, documents and the sample coming in (ui/importing.py)
        self.owns_library = owns_library
        self.store: Store | None = None
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.statusBar().addPermanentWidget(self.saved_label)
        self._exporter: Exporter | None = None
        self._reviewing: ReviewActions | None = None
        self.actions_ = build_menus(self)
        screen = self.screen().availableGeometry().height() if self.screen() else 0
        self.definitions = DefinitionsSwitch(settings, self, default=default_for(screen))  # compact on a laptop
        self.search_dock = QDockWidget(self.tr("Search"), self)
        self.search_dock.setObjectName("searchDock")
        self.search_dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.search_dock)
        self.search_dock.hide()  # Ctrl+K (Edit > Search everything) shows it
        self._search: SearchPanel | None = None
        self._plan_page: PlanPage | None = None
        self._dashboard: DashboardWidget | None = None
        self._narrative: NarrativePage | None = None
        self._welcome: WelcomePage | None = None
        if library is not None:
            self._install(library, who or str(settings.value(SETTING, "")))
        else:
            self.statusBar().showMessage(self.tr("Opening the library\u2026"))
        window_state.restore_window(settings, self)

    # -- building around one library -----------------------------------------------------------
    def install_library(self, library: Library, who: str) -> None:
        """Show another library (a recovered one: ui/sound_check.py); the caller closes the old."""
        self._install(library, who)

    def _install(self, library: Library, who: str) -> None:
        window_install.install(self, library, who)

    # -- pages built on first use (ui/window_pages.py) ---------------------------------------
    @property
    def plan_page(self) -> PlanPage:
        return self._plan_page or window_pages.build_plan_page(self)

    @property
    def dashboard(self) -> DashboardWidget:
        return self._dashboard or window_pages.build_dashboard(self)

    @property
    def narrative(self) -> NarrativePage:
        return self._narrative or window_pages.build_narrative(self)

    @property
    def search(self) -> SearchPanel:
        return self._search or window_pages.build_search(self)

    @property
    def welcome(self) -> WelcomePage:
        return self._welcome or window_pages.build_welcome(self)

    def _tab_shown(self, index: int) -> None:
        window_pages.tab_shown(self, index)

    def _commitment_selected(self, cid: str) -> None:
        if self._narrative is not None:
            self._narrative.set_commitment(cid)

    def splitters(self) -> list[QSplitter]:
        return [self.splitter, self.commitments.splitter, self.commitments.detail_splitter,
                *([self._plan_page.splitter] if self._plan_page is not None else [])]

    def flush_edits(self) -> None:
        """Save justifications still being typed (before a snapshot is taken)."""
        if getattr(self, "commitments", None) is None:  # the frame only, or a build that failed
            return
        self.commitments.form.flush()
        if self._plan_page is not None:
            self._plan_page.form.flush()
        if self._narrative is not None:
            self._narrative.flush()

    def update_stack(self) -> None:
        self._update_stack()

    def _update_stack(self) -> None:
        # The tree holds the library's plans and assessments (it reloads on libraryChanged
        # before this runs): asking it costs no query at start-up.
        if not self.tree.topLevelItemCount():
            self.stack.setCurrentWidget(self.welcome)
        elif self.tree.current_assessment() or self.tree.first_assessment():
            self.stack.setCurrentWidget(self.tabs)
        else:
            self.stack.setCurrentWidget(self.no_assessment)

    @property
    def undo_stack(self) -> QUndoStack:
        """The undo steps of the assessment shown (what Edit > Undo acts on)."""
        return self.undo.current()

    @property
    def library(self) -> Library:
        assert self.store is not None
        return self.store.library

    def show_startup_message(self, message: str) -> None:
        """After a start-up recovery: the user must learn that recent work may be missing."""
        self.statusBar().showMessage(message, 60000)
        self.last_dialog = show_message(self, self.tr("Library restored from a backup"), message,
                                        icon=QMessageBox.Icon.Warning)

    # -- selection -----------------------------------------------------------------------------
    def show_assessment(self, aid: str) -> None:
        shared = self.store.sharing() if self.store is not None else nullcontext()
        with shared:  # the pages below read the same plan: one parse for all
            self.commitments.set_assessment(aid or None)
            if self._plan_page is not None:
                self._plan_page.set_assessment(aid or None)
            if self._narrative is not None:
                self._narrative.set_assessment(aid or None, self.commitments.cid)
            if aid and self._dashboard is not None:
                self._dashboard.set_assessment(aid)
            if self._reviewing is not None:
                self._reviewing.set_assessment(aid or None)
            if self._search is not None:
                self._search.set_assessment(aid or None)
        if aid and self.store is not None:
            window_state.set_last_assessment(self.settings, self.store.path, aid)
        self.undo.show(aid or None)  # after the pages flushed edits of the one left (its own stack)
        self.stack.setCurrentWidget(self.tabs if aid else self.no_assessment)

    def _tree_activated(self, item: object, _column: int) -> None:
        """Enter or a double-click on a plan opens the plan editor."""
        from .library.tree import ID_ROLE, KIND_ROLE
        from .plans.actions import open_editor

        if item.data(0, KIND_ROLE) == "plan":  # type: ignore[attr-defined]
            open_editor(self, item.data(0, ID_ROLE))  # type: ignore[attr-defined]

    def _tree_menu(self, pos: QPoint) -> None:
        from .library.manage import context_menu

        context_menu(self, pos)

    def show_search(self) -> None:
        """Ctrl+K: the search box, its text selected (type to replace it)."""
        self.search_dock.show()
        self.search_dock.raise_()
        self.search.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.box.selectAll()

    def _hide_search(self) -> None:
        """Escape in the search box: the dock goes, the keyboard back to the commitments."""
        self.search_dock.hide()
        self.commitments.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _go_to_hit(self, hit: object) -> None:
        from .search.jump import go_to

        go_to(self, hit)  # type: ignore[arg-type]

    def select(self, aid: str, cid: str | None = None) -> None:
        self.tree.select_assessment(aid)
        if cid:
            self.commitments.select_commitment(cid)

    # -- first run, new assessment -------------------------------------------------------------
    def load_sample(self, form_key: str, researcher: str) -> None:
        """Import the bundled sample plan and create an assessment of it: one click from empty."""
        self.imports.load_sample(form_key, researcher)

    def create_assessment(self, plan_id: str, form_key: str, researcher: str) -> str | None:
        assert self.store is not None
        try:
            a = self.store.create_assessment(plan_id, form_key, researcher)
        except UserFacingError as e:  # FormError included: a dialog, not stderr
            self.last_dialog = show_error(self, self.tr("New assessment"), str(e))
            return None
        self._update_stack()
        self.tree.select_assessment(a.id)
        self.commitments.table.setFocus(Qt.FocusReason.OtherFocusReason)  # the keyboard where scoring starts
        return a.id

    def set_researcher(self, name: str) -> None:
        """The name used from now on (Settings > Preferences; the first-run and new-assessment dialogs)."""
        assert self.store is not None
        self.store.who = name
        self.settings.setValue(SETTING, name)

    def change_assessment_researcher(self, aid: str, name: str) -> bool:
        """Edit > Assessment details: audited in the library; a refusal (review copy) says why."""
        assert self.store is not None
        try:
            self.store.set_researcher(aid, name)
        except UserFacingError as e:
            self.last_dialog = show_error(self, self.tr("Assessment details"), str(e))
            return False
        self.tree.select_assessment(aid)
        self.statusBar().showMessage(self.tr("Researcher of this assessment: %s") % name, 5000)
        return True

    # -- importing -----------------------------------------------------------------------------
    def import_file(self, path: Path) -> None:
        """Read a plan file off the GUI thread and write it in one transaction (ui/importing.py)."""
        self.imports.import_file(path)

    @property
    def review_dialog(self) -> QWidget | None:
        """The review step of the last document plan opened (tests and screenshots read it)."""
        return self.imports.review_dialog

    def _apply_bundle(self, bundle: ImportBundle, path: Path, *, report: bool) -> object | None:
        return self.imports.apply_bundle(bundle, path, report=report)

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if e.mimeData().hasUrls() and any(u.isLocalFile() for u in e.mimeData().urls()):
            e.acceptProposedAction()

    def dropEvent(self, e: QDropEvent) -> None:
        for url in e.mimeData().urls():
            if url.isLocalFile():
                self.import_file(Path(url.toLocalFile()))
        e.acceptProposedAction()

    # -- libraries -----------------------------------------------------------------------------
    def open_library(self, path: Path) -> bool:
        from ..library import Library

        try:
            lib = Library.open(path)
        except UserFacingError as e:
            self.last_dialog = show_error(self, self.tr("Open library"), str(e))
            return False
        old, owned = self.library, self.owns_library
        window_state.save_window(self.settings, self, self.splitters())
        self._install(lib, self.store.who if self.store else "")
        self.owns_library = True
        if owned:
            old.close()
        return True

    @property
    def exporter(self) -> Exporter:
        """Reports, packages, verification: built on first use, since they bring in the signing
        stack (cryptography, pyhanko) that opening the window does not need."""
        if self._exporter is None:
            from .exporter import Exporter

            self._exporter = Exporter(self)
        return self._exporter

    @property
    def reviewing(self) -> ReviewActions:
        """Import / export of reviews and the Comments view (a dock), built on first use."""
        if self._reviewing is None:
            from .review.actions import ReviewActions

            self._reviewing = ReviewActions(self)
        return self._reviewing

    def _show_failure(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)

    def closeEvent(self, e: QCloseEvent) -> None:
        self.flush_edits()
        built = getattr(self, "commitments", None) is not None
        window_state.save_window(self.settings, self, self.splitters() if built else [])
        if self.owns_library:
            self.library.close()
        super().closeEvent(e)

