"""What one score edit costs the library: the write, plus only what the views must re-read.

A view refreshes from the Store's change record, not by re-reading the whole assessment, so a
library of many commitments stays responsive. Counted with sqlite3's statement trace on the
library's own connection while a level is clicked in the real scoring form.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

CID = "US0120"
BUDGET = 15  # issue 12: the write (about 8 with its audit row) and what the views re-read
# (a new score row is one INSERT: the row was just read, so no insert-then-update)


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def test_one_score_edit_costs_at_most_15_statements(make_window, scored_library, qtbot):
    lib, aid = scored_library
    w = make_window(lib)
    w.tabs.setCurrentWidget(w.dashboard)  # the dashboard is on screen: it must refresh too
    w.tabs.setCurrentWidget(w.commitments)
    assert w.commitments.select_commitment(CID)
    ed = w.commitments.form.editors["specificity"]
    statements: list[str] = []
    lib.db.conn.set_trace_callback(statements.append)
    try:
        _click(qtbot, ed.buttons[1])
    finally:
        lib.db.conn.set_trace_callback(None)
    form = lib.forms.get(lib.assessments.assessment(aid).form)
    level = form.field("specificity").levels[1]
    assert lib.scores.score(aid, CID, "specificity").value == level.key  # the edit was written
    row = w.commitments.model.row_of(CID)
    col = w.commitments.model.column_of("field", "specificity")
    assert w.commitments.model.index(row, col).data() == level.label  # and the table shows it
    print(f"statements for one score edit: {len(statements)}")
    assert len(statements) <= BUDGET, "\n".join(statements)
