"""The commitments table model and its filter, tested without any widget."""

from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex, Qt

from irm_app.ui.commitments.filter import CommitmentsFilter
from irm_app.ui.commitments.model import COMPLETE, ID_ROLE, CommitmentsModel
from irm_app.ui.store import Store

DISPLAY = Qt.ItemDataRole.DisplayRole


def make(lib, aid):
    store = Store(lib, "Ana Researcher")
    model = CommitmentsModel(store)
    model.set_assessment(aid)
    proxy = CommitmentsFilter()
    proxy.setSourceModel(model)
    return store, model, proxy


def cell(model, cid, kind, key):
    return model.index(model.row_of(cid), model.column_of(kind, key)).data(DISPLAY)


def ids(proxy):
    return [proxy.index(r, 0).data(DISPLAY) for r in range(proxy.rowCount())]


def test_one_row_per_commitment_and_columns_from_the_form(scored_library):
    lib, aid = scored_library
    _store, model, _proxy = make(lib, aid)
    form = lib.forms.get(lib.assessments.assessment(aid).form)
    assert model.rowCount() == 36
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["ID", "Done", "Title"] and headers[-2:] == ["Theme", "Lead institution"]
    for f in form.scored_fields:
        assert f.label in headers
    for d in form.derived:
        assert d.label in headers


def test_cells_show_the_forms_level_labels(scored_library):
    lib, aid = scored_library
    _store, model, _proxy = make(lib, aid)
    form = lib.forms.get(lib.assessments.assessment(aid).form)
    assert cell(model, "US0113", "field", "specificity") == form.field("specificity").level("high").label
    assert cell(model, "US0115", "field", "specificity") == form.field("specificity").level("low").label
    relevance = form.field("relevance")
    assert cell(model, "US0113", "field", "relevance") == ", ".join(
        relevance.level(k).label for k in ("access_to_information", "civic_participation"))
    assert cell(model, "US0116", "field", "specificity") == ""
    assert cell(model, "US0116", "state", "complete") == ""


def test_row_follows_a_store_write(scored_library):
    lib, aid = scored_library
    store, model, _proxy = make(lib, aid)
    changed = []
    model.dataChanged.connect(lambda a, b: changed.append(a.row()))
    store.set_score(aid, "US0120", "potential_impact", "moderate")
    assert changed == [model.row_of("US0120")]
    assert cell(model, "US0120", "field", "potential_impact") == "Moderate"


def test_text_filter_narrows_by_id_title_and_institution(scored_library):
    lib, aid = scored_library
    _store, model, proxy = make(lib, aid)
    proxy.set_text("us0115")
    assert ids(proxy) == ["US0115"]
    title_word = model.commitments[4].title.split()[-1]
    proxy.set_text(title_word)
    assert model.commitments[4].id in ids(proxy) and proxy.rowCount() < 36
    proxy.set_text("General Services")
    assert proxy.rowCount() >= 1
    assert all("general services" in (model.commitments[model.row_of(i)].lead_institution + " ".join(
        model.commitments[model.row_of(i)].supporting_institutions)).casefold() for i in ids(proxy))
    proxy.set_text("")
    assert proxy.rowCount() == 36


def test_quick_filters(scored_library):
    lib, aid = scored_library
    store, model, proxy = make(lib, aid)
    proxy.set_quick("unjustified")
    assert ids(proxy) == ["US0115"]  # scored low without a justification
    proxy.set_quick("revisit")
    assert ids(proxy) == []
    store.set_revisit(aid, "US0130", True)
    assert ids(proxy) == ["US0130"]
    proxy.set_quick("unscored")
    assert proxy.rowCount() == 36  # the legacy form has fields the fixture left open
    form = lib.forms.get(lib.assessments.assessment(aid).form)
    for f in form.scored_fields:
        level = f.levels[0].key
        store.set_score(aid, "US0140", f.key, [level] if f.kind == "flags" else level)
    assert "US0140" not in ids(proxy) and proxy.rowCount() == 35
    assert cell(model, "US0140", "state", "complete").startswith("\u25d0")  # scored, not justified
    for f in form.scored_fields:
        store.set_justification(aid, "US0140", f.key, "seen in the tracker")
    assert cell(model, "US0140", "state", "complete") == COMPLETE
    proxy.set_quick("all")
    assert proxy.rowCount() == 36


def test_sort_by_level_order_and_back_to_plan_order(scored_library):
    lib, aid = scored_library
    _store, model, proxy = make(lib, aid)
    col = model.column_of("field", "specificity")
    proxy.sort(col, Qt.SortOrder.DescendingOrder)
    top = ids(proxy)[:3]
    assert sorted(top[:2]) == ["US0113", "US0114"] and top[2] == "US0115"  # high, high, then low
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert ids(proxy)[0] == model.commitments[-1].id
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert ids(proxy) == [c.id for c in model.commitments]


def test_a_score_change_refreshes_only_that_rows_cached_cells(scored_library):
    lib, aid = scored_library
    store, model, proxy = make(lib, aid)
    col = model.column_of("field", "specificity")
    for r in range(model.rowCount()):  # fill every row's cache, as painting would
        model.index(r, col).data(DISPLAY)
    row, other = model.row_of("US0120"), model.row_of("US0121")
    other_cells = model._cells[other]
    assert cell(model, "US0120", "field", "specificity") == ""
    proxy.set_quick("unjustified")
    assert ids(proxy) == ["US0115"]
    changed = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row(), a.column(), b.column())))
    store.set_score(aid, "US0120", "specificity", "medium")
    assert changed == [(row, row, 0, model.columnCount() - 1)]
    assert model._cells[other] is other_cells and other_cells  # untouched, still cached
    assert cell(model, "US0120", "field", "specificity") == "Medium"  # the table shows the new label
    assert ids(proxy) == ["US0115", "US0120"]  # the quick filter sees the new score, no justification yet
    store.set_justification(aid, "US0120", "specificity", "tracker")
    assert ids(proxy) == ["US0115"]


def test_sort_by_a_score_column_uses_the_forms_level_order(scored_library):
    lib, aid = scored_library
    store, model, proxy = make(lib, aid)
    for cid, level in (("US0120", "medium"), ("US0121", "none"), ("US0122", "low")):
        store.set_score(aid, cid, "specificity", level)
    levels = lib.forms.get(lib.assessments.assessment(aid).form).field("specificity").levels
    order = [lv.label for lv in levels]  # None, Low, Medium, High: not alphabetical
    assert order != sorted(order)
    col = model.column_of("field", "specificity")
    proxy.sort(col, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(r, col).data(DISPLAY) for r in range(proxy.rowCount())]
    labels = [s for s in shown if s]
    assert labels == sorted(labels, key=order.index) and labels == ["None", "Low", "Low", "Medium", "High", "High"]
    assert shown[: shown.index("None")] == [""] * shown.index("None")  # unscored first
    unscored = [i for i in ids(proxy) if not cell(model, i, "field", "specificity")]
    assert unscored == sorted(unscored)  # ties keep plan order
    proxy.sort(col, Qt.SortOrder.DescendingOrder)
    shown = [proxy.index(r, col).data(DISPLAY) for r in range(6)]
    assert shown == ["High", "High", "Medium", "Low", "Low", "None"]
    title = model.column_of("fixed", "title")
    proxy.sort(title, Qt.SortOrder.AscendingOrder)
    titles = [proxy.index(r, title).data(DISPLAY) for r in range(proxy.rowCount())]
    assert titles == sorted(titles, key=str.casefold)


def test_sorting_happens_in_the_source_and_keeps_persistent_indexes(scored_library):
    lib, aid = scored_library
    store, model, proxy = make(lib, aid)
    proxy.set_text("us01")
    kept = QPersistentModelIndex(proxy.index(proxy.mapFromSource(model.index(model.row_of("US0130"), 0)).row(), 0))
    col = model.column_of("field", "specificity")
    proxy.sort(col, Qt.SortOrder.DescendingOrder)
    assert proxy.sortColumn() == -1  # the proxy keeps the source's order: no sorting through Python callbacks
    assert model.sort_column() == (col, Qt.SortOrder.DescendingOrder)
    assert kept.isValid() and kept.data(ID_ROLE) == "US0130"
    assert [model.commitment_id(r) for r in range(model.rowCount())] == [
        proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]
    assert model.commitment(model.row_of("US0130")).id == "US0130"
    # A write to the sorted column moves the row, as a dynamically sorted proxy did
    store.set_score(aid, "US0130", "specificity", "high")
    assert sorted(ids(proxy)[:3]) == ["US0113", "US0114", "US0130"]
    assert kept.data(ID_ROLE) == "US0130" and kept.row() < 3
    # A new assessment keeps the chosen order
    model.set_assessment(aid)
    assert sorted(ids(proxy)[:3]) == ["US0113", "US0114", "US0130"]
