"""Issue 18, item 6: rename, duplicate, delete (context menus and the menu bar), New library."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from irm_app.ui.library.manage import new_library

from ..conftest import PLAN_ID


def _menu_for(w, item) -> list[str]:
    rect = w.tree.visualItemRect(item)
    w.tree.customContextMenuRequested.emit(rect.center())
    menu = w.last_menu
    assert menu is not None and menu.isVisible()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    menu.close()
    return texts


def _ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_context_menus_name_what_can_be_done(make_window, scored_library, qtbot):
    lib, aid = scored_library
    w = make_window(lib)
    item = w.tree._items[aid]
    assert _menu_for(w, item)[:2] == ["Rena&me assessment\u2026", "D&uplicate assessment\u2026"]
    assert "De&lete assessment…" in _menu_for(w, item)
    assert w.tree.current_assessment() == aid
    plan_texts = _menu_for(w, item.parent())
    assert {"&Rename plan\u2026", "D&uplicate plan\u2026", "&Delete plan\u2026", "&Edit plan\u2026"} <= set(plan_texts)


def test_rename_keeps_the_typed_text_when_refused(make_window, scored_library, qtbot):
    lib, aid = scored_library
    w = make_window(lib)
    w.tree.select_assessment(aid)
    qtbot.keyClick(w.tree, Qt.Key.Key_F2)
    d = w.last_dialog
    assert d.isVisible() and d.edit.text() == lib.assessments.assessment(aid).title
    d.edit.setText("   ")
    _ok(d)
    assert d.isVisible() and "empty" in d.error.text() and d.edit.text() == "   "
    d.edit.clear()
    qtbot.keyClicks(d.edit, "NAP5 mid-term")
    _ok(d)
    assert not d.isVisible()
    assert lib.assessments.assessment(aid).title == "NAP5 mid-term" and w.tree._items[aid].text(0) == "NAP5 mid-term"
    assert w.tree.current_assessment() == aid


def test_duplicate_selects_the_copy_with_the_scores(make_window, scored_library, qtbot):
    lib, aid = scored_library
    w = make_window(lib)
    w.tree.select_assessment(aid)
    w.actions_["duplicate_assessment"].trigger()
    d = w.last_dialog
    assert d.edit.text().endswith("(copy)")
    d.edit.setText("End of term")
    _ok(d)
    copy = w.tree.current_assessment()
    assert copy and copy != aid and lib.assessments.assessment(copy).title == "End of term"
    assert lib.scores.progress(copy) == lib.scores.progress(aid) and w.commitments.aid == copy
    assert w.tree._items[copy].text(1) == w.tree._items[aid].text(1)


def test_delete_plan_asks_then_goes_with_a_backup(make_window, scored_library, qtbot):
    lib, aid = scored_library
    w = make_window(lib)
    w.tree.select_assessment(aid)
    w.actions_["delete_plan"].trigger()
    box = w.last_dialog
    assert isinstance(box, QMessageBox) and "36 commitments, 1 assessments" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert lib.plans.has_plan(PLAN_ID)
    w.actions_["delete_plan"].trigger()
    box = w.last_dialog
    [delete] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
    delete.click()
    assert not lib.plans.has_plan(PLAN_ID) and w.tree.plan_count() == 0
    assert w.stack.currentWidget() is w.welcome  # the empty library says what to do next
    assert "backup written before" in w.statusBar().currentMessage()


def test_new_library_opens_an_empty_one_and_never_replaces_a_file(make_window, scored_library, qtbot, tmp_path):
    lib, _aid = scored_library
    w = make_window(lib)
    assert not new_library(w, lib.path)  # exists: refused, said
    assert "already exists" in w.last_dialog.text() and w.library is lib
    assert new_library(w, tmp_path / "second")
    assert w.library.path == tmp_path / "second.db" and w.tree.plan_count() == 0
    assert w.stack.currentWidget() is w.welcome and "second.db" in w.windowTitle()


def test_table_context_menu_flags_and_copies(make_window, scored_library, qtbot):
    from PySide6.QtWidgets import QApplication

    lib, aid = scored_library
    w = make_window(lib)
    w.select(aid)
    page = w.commitments
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of("US0115"), 0)).row()
    rect = page.table.visualRect(page.proxy.index(row, 2))
    page.table.customContextMenuRequested.emit(rect.center())
    menu = page.last_menu
    assert page.cid == "US0115" and menu.isVisible()
    revisit, copy_id, _title = [a for a in menu.actions() if not a.isSeparator()]
    revisit.trigger()
    assert lib.scores.commitment_states(aid)["US0115"].revisit and page.revisit.isChecked()
    copy_id.trigger()
    assert QApplication.clipboard().text() == "US0115"
    menu.close()
    w.undo_stack.undo()  # the menu's flag is one undo step, as the check box's
    assert not lib.scores.commitment_states(aid)["US0115"].revisit
