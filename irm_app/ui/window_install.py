"""The main window built around one library: its Store, the library tree, the Commitments page
and the tabs whose pages are built on first use (ui/window_pages.py), the splitters as the
settings remember them, the assessment shown last. Run at start-up, by Open library and by a
recovery (ui/sound_check.py); the window's frame stays (ui/main_window.py)."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QStackedWidget, QTabWidget, QWidget

from . import window_pages, window_state
from .quick_start import after_first_paint

if TYPE_CHECKING:
    from ..library import Library
    from .main_window import MainWindow


def install(w: MainWindow, library: Library, who: str) -> None:
    """Replace whatever library the window shows (the old Store is let go with its pages)."""
    if w.store is not None and not w.library.closed:  # closed: a recovery replaced it
        w.flush_edits()
    w.statusBar().clearMessage()  # "Opening the library…" stayed on for good after a sound open
    if w._reviewing is not None:  # its views read the Store being replaced
        w.removeDockWidget(w._reviewing.dock)
        w._reviewing.dock.deleteLater()
        w._reviewing = None
    from .commitments.page import CommitmentsPage
    from .library.pane import LibraryPane
    from .library.tree import LibraryTree
    from .store import Store
    w.undo.clear()
    replaced = w.store  # another library (Open library, a recovery): its Store goes with its pages
    w.store = store = Store(library, who, w)
    store.saved.connect(w.saved_label.setText)
    store.failed.connect(w._show_failure)
    with store.sharing():  # the tree and the first assessment's pages share one read of the scores
        w.tree = LibraryTree(store)
        w.commitments = CommitmentsPage(store, w.undo)
        w.commitments.use_definitions(w.definitions)
        # The plan-level page, the dashboard and the narrative are built when first shown (or
        # asked for): their tabs hold a blank page until then, so the first paint waits for none.
        w._plan_page = w._dashboard = w._narrative = None
        w.commitments.commitmentSelected.connect(w._commitment_selected)
        w.tabs = QTabWidget()
        w.tabs.setObjectName("tabs")
        w.tabs.addTab(w.commitments, QCoreApplication.translate("MainWindow", "&Commitments"))
        w.tabs.addTab(QWidget(), QCoreApplication.translate("MainWindow", "P&lan-level"))
        w.tabs.addTab(QWidget(), QCoreApplication.translate("MainWindow", "&Dashboard"))
        w.tabs.addTab(QWidget(), QCoreApplication.translate("MainWindow", "&Narrative"))  # after: the tab shortcuts keep their index
        w.tabs.currentChanged.connect(w._tab_shown)
        # The pages not built yet ask for no width: keep every tab's label in view, as the built
        # pages' own minimum widths did (no scroll arrows on the tab bar).
        w.tabs.setMinimumWidth(w.tabs.tabBar().sizeHint().width())
        w._welcome = None  # an empty library's page (it reads every form): built when shown
        w.no_assessment = window_pages.no_assessment_page(w.actions_["new_assessment"])
        w.stack = QStackedWidget()
        w.stack.addWidget(w.tabs)
        w.stack.addWidget(w.no_assessment)
        w.splitter = QSplitter(Qt.Orientation.Horizontal)
        w.splitter.setObjectName("mainSplitter")
        w.library_pane = LibraryPane(w.tree)
        w.splitter.addWidget(w.library_pane)
        w.splitter.addWidget(w.stack)
        w.splitter.setStretchFactor(1, 1)
        w.splitter.setSizes([300, 1200])
        w.setCentralWidget(w.splitter)
        w.tree.assessmentSelected.connect(w.show_assessment)
        w.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        w.tree.customContextMenuRequested.connect(w._tree_menu)
        old_search = w.search_dock.widget()
        w._search = None  # built on first use (Ctrl+K), for this store
        if old_search is not None:
            w.search_dock.setWidget(QWidget())
            old_search.deleteLater()
        w.tree.itemActivated.connect(w._tree_activated)
        store.libraryChanged.connect(w._update_stack)
        window_state.restore_splitters(w.settings, w.splitters())
        w.setWindowTitle(QCoreApplication.translate("MainWindow", "IRM Assessor \u2014 %s") % library.path.name)
        window_state.add_recent(w.settings, library.path, sync=False)
        after_first_paint(w, w.settings.sync)  # its fsync (3-14 ms here) waits for the paint
        w.actions_["recent"].refresh()
        w._update_stack()
        last = window_state.last_assessment(w.settings, library.path)
        first = last if last and w.tree.has_assessment(last) else w.tree.first_assessment()
        if first:
            w.tree.select_assessment(first)
        elif w.tree.first_plan():  # no assessment yet: the plan, so the menus know what is meant
            w.tree.select_plan(w.tree.first_plan())
    if replaced is not None:
        replaced.deleteLater()  # it stayed a child of the window for good, connected, per library opened
        gc.unfreeze()  # the start's objects, frozen after its paint (irm_app/collector.py), collectable again
