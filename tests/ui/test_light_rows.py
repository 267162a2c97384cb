"""The light reads the window starts with show the same data as the full models did.

The commitments table holds `CommitmentRow`s and (values, justified fields) per commitment,
the plan page reads only the plan's heading, and one read is shared while the window is
built (docs/performance.md, third round). Each test compares with the full pydantic reads.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from irm_app.methodology.completeness import CompletenessRule, justified_keys
from irm_app.ui.commitments.model import CommitmentsModel
from irm_app.ui.store import Store

from ..conftest import PLAN_ID

LIGHT = ("id", "title", "short_title", "theme", "lead_institution", "supporting_institutions",
         "self_status", "self_reports")


def test_light_rows_equal_the_full_commitments(scored_library):
    lib, _aid = scored_library
    full = lib.plans.commitments(PLAN_ID)
    light = lib.plans.commitment_rows(PLAN_ID)
    assert [c.id for c in light] == [c.id for c in full]
    assert any(c.self_reports for c in full) and any(c.supporting_institutions for c in full)
    for c, row in zip(full, light, strict=True):
        for name in LIGHT:
            assert getattr(row, name) == getattr(c, name), (c.id, name)
        assert lib.plans.commitment(PLAN_ID, c.id) == c


def test_score_values_and_rows_equal_the_scores(scored_library):
    lib, aid = scored_library
    lib.scores.set_justification(aid, "US0115", "specificity", " \u00a0 ", who="Ana")  # blank: not justified
    lib.scores.set_justification(aid, "US0116", "specificity", "\u0416\u0443\u0440\u043d\u0430\u043b", who="Ana")
    scores = lib.scores.all(aid)
    values = lib.scores.score_values(aid)[aid]
    rows = lib.scores.score_rows(aid)
    assert set(values) == {cid for cid in scores if cid}
    for cid, fields in scores.items():
        assert {k: (s.value, s.justification, s.author, s.updated) for k, s in fields.items()} == {
            k: (r.value, r.justification, r.author, r.updated) for k, r in rows[cid].items()}
        if cid:
            assert values[cid] == ({k: s.value for k, s in fields.items()}, justified_keys(fields))
    assert "specificity" not in values["US0115"][1] and "specificity" in values["US0116"][1]
    assert lib.scores.progress_all()[aid] == lib.scores.progress(aid)


def test_the_table_shows_the_same_cells_as_from_full_commitments(scored_library):
    lib, aid = scored_library
    model = CommitmentsModel(Store(lib, "Ana"))
    model.set_assessment(aid)
    full = {c.id: c for c in lib.plans.commitments(PLAN_ID)}
    scores = lib.scores.all(aid)
    rule = CompletenessRule(lib.forms.get(lib.assessments.assessment(aid).form))
    for row in range(model.rowCount()):
        cid = model.commitment_id(row)
        c = full[cid]
        shown = {key: model.index(row, model.column_of("fixed", key)).data(Qt.ItemDataRole.DisplayRole)
                 for key in ("id", "title", "theme", "lead")}
        assert shown == {"id": c.id, "title": c.short_title or c.title, "theme": c.theme, "lead": c.lead_institution}
        assert model.rows[model._order[row]].values == {k: s.value for k, s in scores.get(cid, {}).items()}
        state = rule.of_scores(scores.get(cid, {}))  # the completeness rule over the full Score records
        assert (model.missing_fields(row), model.unjustified_fields(row)) == (list(state.missing), list(state.unjustified))
    assert model.unjustified_fields(model.row_of("US0115")) == ["specificity"]


def test_the_detail_pane_and_plan_heading_read_what_they_show(make_window, scored_library):
    lib, aid = scored_library
    w = make_window(lib)
    w.select(aid, "US0114")
    c = lib.plans.commitment(PLAN_ID, "US0114")
    assert c.description[:60] in w.commitments.text.toPlainText()
    plan = lib.plans.plan(PLAN_ID)
    heading = w.plan_page.heading.text()
    assert plan.member in heading and plan.period in heading


def test_a_write_inside_a_shared_block_is_seen_by_the_next_read(scored_library):
    lib, aid = scored_library
    store = Store(lib, "Ana")
    with store.sharing():
        assert store.scores(aid)["US0115"]["specificity"].value == "low"
        assert store.score_values(aid)["US0115"][0]["specificity"] == "low"
        store.set_score(aid, "US0115", "specificity", "high")
        assert store.scores(aid)["US0115"]["specificity"].value == "high"
        assert store.score_values(aid)["US0115"][0]["specificity"] == "high"
        first = store.commitment_rows(PLAN_ID)
        assert store.commitment_rows(PLAN_ID) is first  # shared inside the block
    assert store.commitment_rows(PLAN_ID) is not first  # read afresh outside it


def test_the_table_rows_come_from_the_heads_index_and_follow_every_edit(scored_library):
    """library/heads.py: the rows are read from an index on the commitments' heads, which SQLite
    keeps current on every write (an edit, an insert, a deletion), whoever writes."""
    from irm_app.library import heads

    lib, _aid = scored_library
    plan = " ".join(str(r[-1]) for r in lib.db.execute("EXPLAIN QUERY PLAN " + heads.ROWS, [PLAN_ID]))
    assert "USING INDEX commitment_heads" in plan, plan  # the query's expression is the index's
    lib.plan_edits.edit_commitment(PLAN_ID, "US0114", {"title": "Renamed \u2014 by hand", "theme": "Other"}, who="Ana")
    lib.plan_edits.delete_commitment(PLAN_ID, "US0116", who="Ana", force=True)
    rows = {r.id: r for r in lib.plans.commitment_rows(PLAN_ID)}
    assert (rows["US0114"].title, rows["US0114"].theme) == ("Renamed \u2014 by hand", "Other")
    assert "US0116" not in rows
    full = lib.plans.commitments(PLAN_ID)
    assert [c.id for c in full] == list(rows)
    for c in full:
        for name in LIGHT:
            assert getattr(rows[c.id], name) == getattr(c, name), (c.id, name)
