"""The commitments table model and its filter, tested without any widget."""

from __future__ import annotations

from PySide6.QtCore import Qt

from irm_app.ui.commitments_model import COMPLETE, CommitmentsFilter, CommitmentsModel
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
    form = lib.form(lib.assessment(aid).form)
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
    form = lib.form(lib.assessment(aid).form)
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
    form = lib.form(lib.assessment(aid).form)
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
