"""Status and deletion from the GUI: File > Mark final / draft, File > Delete assessment (confirmed)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from irm_app.library import NotFound


def test_mark_final_then_draft_is_recorded_and_shown(make_window, scored_library):
    lib, aid = scored_library
    w = make_window(lib)
    w.tree.select_assessment(aid)
    w.actions_["mark_final"].trigger()
    assert lib.assessments.assessment(aid).status == "final"
    assert "final" in w.tree.currentItem().text(1)
    w.actions_["mark_draft"].trigger()
    assert lib.assessments.assessment(aid).status == "draft"
    assert "final" not in w.tree.currentItem().text(1)
    assert [e.who for e in lib.history.audit(aid) if e.action == "status"] == ["Ana Researcher"] * 2


def test_delete_asks_and_cancel_keeps_everything(make_window, scored_library):
    lib, aid = scored_library
    w = make_window(lib)
    w.tree.select_assessment(aid)
    w.actions_["delete_assessment"].trigger()
    box = w.last_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert lib.assessments.assessment(aid).id == aid and lib.scores.all(aid)


def test_delete_confirmed_removes_it_from_library_and_tree(make_window, scored_library):
    lib, aid = scored_library
    w = make_window(lib)
    w.tree.select_assessment(aid)
    w.actions_["delete_assessment"].trigger()
    box = w.last_dialog
    [delete] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
    delete.click()
    with pytest.raises(NotFound):
        lib.assessments.assessment(aid)
    assert w.tree.current_assessment() is None and aid not in w.tree._items
    assert w.stack.currentWidget() is w.no_assessment
    assert [e.action for e in lib.history.audit(aid)][-1] == "delete-assessment"


def test_a_bug_is_an_internal_error_not_unknown_field(make_window, scored_library, monkeypatch):
    """A KeyError from a bug is announced as an internal error and logged, never as bad input."""
    lib, aid = scored_library
    w = make_window(lib)
    failures: list[str] = []
    w.store.failed.connect(failures.append)

    def broken(*a, **k):
        raise KeyError("oops")

    monkeypatch.setattr(lib.scores, "set_score", broken)
    with pytest.raises(KeyError):
        w.store.set_score(aid, "US0120", "specificity", "high")
    assert failures and failures[0].startswith("Internal error") and "unknown field" not in failures[0]
