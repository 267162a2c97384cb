"""The window's pages built on first use: the plan-level page, the dashboard, the narrative,
search (Ctrl+K) and an empty library's welcome page. Each builds or reads what start-up does not
need (the plan's scoring form, charts, every form, the search index), so the window holds a
blank in its place until it is first shown. The built
page is kept on the window (`_dashboard`, ...) and follows the assessment in view from then on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from . import window_state

if TYPE_CHECKING:
    from .commitments.plan_page import PlanPage
    from .dashboard.page import DashboardWidget
    from .main_window import MainWindow
    from .narrative.page import NarrativePage
    from .search.panel import SearchPanel
    from .widgets.welcome import WelcomePage

PLAN_TAB, DASHBOARD_TAB, NARRATIVE_TAB = 1, 2, 3


def build_plan_page(w: MainWindow) -> PlanPage:
    if w._plan_page is None:
        from .commitments.plan_page import PlanPage

        assert w.store is not None
        w._plan_page = page = PlanPage(w.store, w.undo)
        page.use_definitions(w.definitions)
        window_state.restore_splitters(w.settings, [page.splitter])  # the others were at _install
        put_tab(w, PLAN_TAB, page, QCoreApplication.translate("MainWindow", "P&lan-level"))
        page.set_assessment(w.tree.current_assessment() or None)
    return w._plan_page


def build_dashboard(w: MainWindow) -> DashboardWidget:
    if w._dashboard is None:
        from .dashboard.page import DashboardWidget

        assert w.store is not None
        w._dashboard = DashboardWidget(w.store)
        put_tab(w, DASHBOARD_TAB, w._dashboard, QCoreApplication.translate("MainWindow", "&Dashboard"))
        aid = w.tree.current_assessment()
        if aid:
            w._dashboard.set_assessment(aid)
    return w._dashboard


def build_narrative(w: MainWindow) -> NarrativePage:
    if w._narrative is None:
        from .narrative.page import NarrativePage

        assert w.store is not None
        w._narrative = NarrativePage(w.store, w.undo)
        put_tab(w, NARRATIVE_TAB, w._narrative, QCoreApplication.translate("MainWindow", "&Narrative"))
        aid = w.tree.current_assessment()
        if aid:
            w._narrative.set_assessment(aid, w.commitments.cid)
    return w._narrative


def build_search(w: MainWindow) -> SearchPanel:
    if w._search is None:
        from .search.panel import SearchPanel

        assert w.store is not None
        w._search = SearchPanel(w.store)
        w._search.hitActivated.connect(w._go_to_hit)
        w._search.closeRequested.connect(w._hide_search)
        old = w.search_dock.widget()
        w.search_dock.setWidget(w._search)
        if old is not None:
            old.deleteLater()
        w._search.set_assessment(w.tree.current_assessment() or None)
    return w._search


def build_welcome(w: MainWindow) -> WelcomePage:
    if w._welcome is None:
        from .widgets.welcome import WelcomePage

        assert w.store is not None
        w._welcome = WelcomePage(w.store.who)
        w._welcome.loadSample.connect(w.load_sample)
        w._welcome.importRequested.connect(w.actions_["import"].trigger)
        w.stack.addWidget(w._welcome)
    return w._welcome


def put_tab(w: MainWindow, index: int, page: QWidget, label: str) -> None:
    """Swap the blank at `index` for the built page, keeping the tab shown (not a tab change)."""
    current = w.tabs.currentIndex()
    old = w.tabs.widget(index)
    w.tabs.blockSignals(True)
    w.tabs.removeTab(index)
    w.tabs.insertTab(index, page, label)
    w.tabs.setCurrentIndex(current)
    w.tabs.blockSignals(False)
    old.deleteLater()


def tab_shown(w: MainWindow, index: int) -> None:
    if index == PLAN_TAB:
        build_plan_page(w)
    elif index == DASHBOARD_TAB:
        build_dashboard(w)
    elif index == NARRATIVE_TAB:
        build_narrative(w)


def no_assessment_page(new_assessment: QAction) -> QWidget:
    """What a plan without an assessment shows: what to do next, and the button that does it."""
    page = QWidget()
    lay = QVBoxLayout(page)
    lay.addStretch(1)
    lay.addWidget(QLabel(QCoreApplication.translate("MainWindow", "This plan has no assessment yet.")), 0, Qt.AlignmentFlag.AlignHCenter)
    hint = QLabel(QCoreApplication.translate("MainWindow", "Create one to start scoring: choose the methodology form that fits the plan's "
                      "period. Every score, justification and piece of evidence is saved as you go."))
    hint.setObjectName("noAssessmentHint")
    hint.setWordWrap(True)
    hint.setMaximumWidth(520)
    lay.addWidget(hint, 0, Qt.AlignmentFlag.AlignHCenter)
    button = QPushButton(QCoreApplication.translate("MainWindow", "New assessment\u2026"))
    button.clicked.connect(new_assessment.trigger)
    lay.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
    lay.addStretch(2)
    return page
