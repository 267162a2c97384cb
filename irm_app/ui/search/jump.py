"""Going to a search hit: the assessment, the tab, the commitment and the field it is in.

A plan's text (a commitment's description, a milestone) is shown in the assessment already on
screen when it is of that plan, else in the plan's first assessment; a justification, evidence
or narrative hit opens its own assessment. A commitment hidden by the table's filter is shown
by clearing the filter (the user asked to see it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from ...library.search import SearchHit

if TYPE_CHECKING:
    from ..main_window import MainWindow

COMMITMENTS_TAB, PLAN_TAB, NARRATIVE_TAB = 0, 1, 3


def go_to(w: MainWindow, hit: SearchHit) -> None:
    """Show the hit's place; the focus lands on its field when it has one (a justification)."""
    if hit.assessment_id:
        w.tree.select_assessment(hit.assessment_id)
    else:
        shown = w.tree.current_assessment()
        if not shown or w.store.assessment(shown).plan_id != hit.plan_id:
            w.tree.select_plan(hit.plan_id)
    if not w.tree.current_assessment():
        return  # a plan without assessments: its page says what to do next
    w.stack.setCurrentWidget(w.tabs)
    if hit.kind == "narrative":
        if hit.commitment_id:
            _select_commitment(w, hit.commitment_id)
        w.tabs.setCurrentIndex(NARRATIVE_TAB)
        return
    if hit.kind == "justification" and not hit.commitment_id:
        w.tabs.setCurrentIndex(PLAN_TAB)
        _focus_justification(w.plan_page.form, hit.field)
        return
    w.tabs.setCurrentIndex(COMMITMENTS_TAB)
    if hit.commitment_id and _select_commitment(w, hit.commitment_id) and hit.kind == "justification":
        _focus_justification(w.commitments.form, hit.field)
    if hit.kind == "comment":  # the thread itself, in the Comments view of this assessment
        w.reviewing.show_comments()


def _select_commitment(w: MainWindow, cid: str) -> bool:
    page = w.commitments
    if page.select_commitment(cid):
        return True
    page.filter_edit.clear()
    page.quick.setCurrentIndex(0)
    return page.select_commitment(cid)


def _focus_justification(form: object, field: str) -> None:
    editor = getattr(form, "editors", {}).get(field)
    box = getattr(editor, "justification", None)
    if box is None:
        return
    area = box.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.ensureWidgetVisible(box)
    box.setFocus(Qt.FocusReason.OtherFocusReason)
