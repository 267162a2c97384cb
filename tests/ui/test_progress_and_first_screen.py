"""What the user sees of the fifth start-up round (docs/performance.md): the library tree's
counts, kept by the library, equal the library's own count after a day of mixed edits with
undo and redo, and on an old library migrated on open; the table, whose first screen is shown
before the rest of its scores are read, answers a sort, a filter or a cell exactly as with
every row read, whether asked before the rest is read or after."""

from __future__ import annotations

import random
import sqlite3

import pytest
from PySide6.QtCore import Qt

from irm_app.library import Library
from irm_app.ui.commitments import model as model_module
from irm_app.ui.commitments.filter import CommitmentsFilter
from irm_app.ui.commitments.model import CommitmentsModel
from irm_app.ui.undo.commands import SetJustification, SetRevisit, SetScore

from ..conftest import LEGACY


def _tree_says(w, lib: Library, aid: str) -> None:
    p = lib.scores.progress(aid)  # the reference: counted from every score
    item = w.tree._items[aid]
    assert item.text(1).startswith(f"{p.scored}/{p.total} scored"), (item.text(1), p)
    assert f"{p.scored} of {p.total} commitments scored, {p.justified} justified" in item.toolTip(0)
    assert f"{p.with_evidence} with evidence, {p.revisit} to revisit" in item.toolTip(0)


def test_the_trees_counts_equal_the_librarys_after_a_day_of_mixed_edits(make_window, scored_library):
    lib, aid = scored_library
    w = make_window(lib)
    store = w.store
    form = lib.forms.get(LEGACY)
    coded = [f for f in form.commitment_fields if f.kind != "text"]
    cids = lib.plans.commitment_ids(lib.assessments.assessment(aid).plan_id)[:5]
    rnd = random.Random(5)
    for n in range(120):
        cid, f = rnd.choice(cids), rnd.choice(coded)
        what = rnd.random()
        if what < 0.15 and w.undo.current().canUndo():
            w.undo.current().undo()
        elif what < 0.2 and w.undo.current().canRedo():
            w.undo.current().redo()
        elif what < 0.6:
            old = lib.scores.values(aid, cid).get(f.key)
            new = None if rnd.random() < 0.25 else ([] if f.kind == "flags" else rnd.choice(f.level_keys))
            w.undo.push(SetScore(store, aid, cid, f.key, old, new))
        elif what < 0.85:
            s = lib.scores.score(aid, cid, f.key)
            w.undo.push(SetJustification(store, aid, cid, f.key, s.justification if s else "",
                                         rnd.choice(["seen in the tracker", "", " "])))
        else:
            state = lib.scores.commitment_states(aid).get(cid)
            w.undo.push(SetRevisit(store, aid, cid, not (state and state.revisit)))
        if n % 20 == 0:
            _tree_says(w, lib, aid)
    _tree_says(w, lib, aid)
    while w.undo.current().canUndo():  # the whole day undone: back to the morning's counts
        w.undo.current().undo()
    _tree_says(w, lib, aid)


def test_an_old_library_migrated_on_open_shows_the_same_counts(make_window, scored_library, db_path):
    lib, aid = scored_library
    other = lib.assessments.create_assessment(lib.assessments.assessment(aid).plan_id, LEGACY, who="t")
    lib.scores.set_score(other.id, "US0117", "specificity", "low", who="t")
    lib.close()
    conn = sqlite3.connect(db_path)  # as the app before migration 10 left it
    conn.execute("DROP TABLE commitment_progress")
    conn.execute("DROP TABLE progress_rules")
    conn.execute("PRAGMA user_version = 9")
    conn.commit()
    conn.close()
    with Library.open(db_path) as again:
        w = make_window(again)
        for a in again.assessments.all():
            _tree_says(w, again, a.id)
        w.close()


@pytest.fixture
def lazy(monkeypatch, scored_library, qapp):
    """A table of the sample's 36 commitments whose first screen is 4 rows, and a reference model
    with every row read at once; the rest is not read until asked (no event loop turns here)."""
    lib, aid = scored_library
    from irm_app.ui.store import Store

    store = Store(lib, "Ana Researcher")
    lib.scores.set_score(aid, "US0146", "specificity", "low", who="t")  # scored rows past the first screen
    lib.scores.set_revisit(aid, "US0140", True, who="t")
    monkeypatch.setattr(model_module, "FIRST_SCREEN", 100)
    reference = CommitmentsModel(store)
    reference.set_assessment(aid)
    assert reference.rows_complete()
    monkeypatch.setattr(model_module, "FIRST_SCREEN", 4)

    def make() -> CommitmentsModel:
        m = CommitmentsModel(store)
        m.set_assessment(aid)
        assert not m.rows_complete()
        return m

    return store, aid, reference, make


def _cells(m) -> list[list[object]]:
    return [[m.index(r, c).data(role) for c in range(m.columnCount()) for role in (Qt.ItemDataRole.DisplayRole,
             Qt.ItemDataRole.ToolTipRole)] for r in range(m.rowCount())]


def test_a_sort_by_a_score_asked_first_gives_the_order_of_every_row(lazy):
    _store, _aid, reference, make = lazy
    m = make()
    for key in (("state", "complete"), ("field", "specificity")):
        col = m.column_of(*key)
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            reference.sort(col, order)
            m.sort(col, order)
            assert [m.commitment_id(r) for r in range(m.rowCount())] == \
                [reference.commitment_id(r) for r in range(reference.rowCount())]
    assert m.rows_complete()


@pytest.mark.parametrize("quick", ["unscored", "unjustified", "revisit"])
def test_a_quick_filter_asked_first_keeps_the_rows_every_row_keeps(lazy, quick):
    _store, _aid, reference, make = lazy
    shown = []
    for m in (make(), reference):
        proxy = CommitmentsFilter()
        proxy.setSourceModel(m)
        proxy.set_quick(quick)
        shown.append([proxy.index(r, 0).data() for r in range(proxy.rowCount())])
    assert shown[0] == shown[1] and shown[0]


def test_a_cell_past_the_first_screen_and_a_write_before_the_rest_is_read(lazy, qtbot):
    store, aid, reference, make = lazy
    m = make()
    done = m.column_of("state", "complete")
    last = m.rowCount() - 1
    assert m.index(last, done).data() == reference.index(last, done).data()  # read there and then
    m2 = make()
    store.set_score(aid, "US0146", "specificity", "high")  # a row not read yet is written
    assert m2.index(m2.row_of("US0146"), m2.column_of("field", "specificity")).data() == \
        reference.index(reference.row_of("US0146"), reference.column_of("field", "specificity")).data()
    qtbot.waitUntil(m2.rows_complete)  # the rest, read when the event loop turns
    assert _cells(m2) == _cells(reference)


def test_the_window_reads_the_rest_right_after_its_first_paint(monkeypatch, make_window, scored_library, qtbot):
    lib, aid = scored_library
    monkeypatch.setattr(model_module, "FIRST_SCREEN", 4)
    w = make_window(lib)
    w.tree.select_assessment(aid)
    qtbot.waitUntil(w.commitments.model.rows_complete)
    done = w.commitments.model.column_of("state", "complete")
    marks = [w.commitments.model.index(r, done).data() for r in range(w.commitments.model.rowCount())]
    assert marks.count("\u25d0") + marks.count("\u2713") == sum(
        1 for c in lib.plans.commitment_ids(lib.assessments.assessment(aid).plan_id)
        if lib.scores.values(aid, c))


def test_rows_that_could_not_be_read_are_not_kept_as_unscored() -> None:
    """A read after the library closed (a recovery replacing it) answers nothing: those rows show
    blank meanwhile, and are read for real when the library answers again (they were kept blank)."""
    from irm_app.ui.commitments.rows import LazyRows, RowState

    library_open = [False]
    real = {i: RowState({"specificity": "high"}, {"specificity"}) for i in range(3)}

    def read(indexes: list[int]) -> dict[int, RowState]:
        return {i: real[i] for i in indexes} if library_open[0] else {}

    rows = LazyRows([real[0], None, None], read)
    assert rows[1] == RowState() and not rows.whole  # blank for now, still unread
    assert list(rows)[2] == RowState()
    library_open[0] = True
    assert rows[1] == real[1] and list(rows) == [real[0], real[1], real[2]] and rows.whole
