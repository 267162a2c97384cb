"""One completeness rule: the commitments table, the library tree, the dashboard, the CLI and
the report count "scored", "justified" and "complete" alike, on a fixture holding every kind of
answer (a level, yes/no, flags with values, flags "none" = [], text, fields that do not apply,
a missing justification)."""

from __future__ import annotations

import re

import pytest

from irm_app.cli import main
from irm_app.library import Library
from irm_app.methodology.completeness import CompletenessRule
from irm_app.reports.blocks import KeyFigures
from irm_app.reports.content import build_report
from irm_app.ui.commitments.rows import COMPLETE, PARTIAL

APR = "irm-action-plan-review-2021"  # verifiable gates relevance, potential_for_results, promising


@pytest.fixture
def every_kind(sample_library: Library):
    lib = sample_library
    a = lib.assessments.create_assessment("AP_USA05", APR, researcher="Ana", who="Ana")
    form = lib.forms.get(APR)
    level = form.field("potential_for_results").level_keys[-1]
    flag = form.field("relevance").level_keys[0]

    def put(cid, justify=True, skip_justification=(), **values):
        for field, value in values.items():
            lib.scores.set_score(a.id, cid, field, value, who="Ana")
            if justify and field not in skip_justification and form.field(field).justification_required:
                lib.scores.set_justification(a.id, cid, field, f"{cid} {field}: see the tracker", who="Ana")

    full = {"verifiable": "yes", "potential_for_results": level, "promising": "no"}
    put("US0113", relevance=[flag], **full)  # complete, flags with a value
    put("US0114", relevance=[], **full)  # complete: "none of the values" is an answer
    put("US0115", verifiable="no", cluster="Transparency")  # complete: the rest does not apply
    put("US0116", relevance=[], skip_justification=("promising",), **full)  # scored, not justified
    put("US0117", verifiable="yes")  # started, justified, not scored
    put("US0118", cluster="Notes only")  # text only: not started
    # plan level: one field scored without its justification
    lib.scores.set_score(a.id, None, form.plan_fields[0].key, form.plan_fields[0].level_keys[0], who="Ana")
    return lib, a.id


EXPECTED = {"scored": 4, "justified": 4, "complete": 3, "started": 5, "total": 36}


def test_the_rule_itself(every_kind):
    lib, aid = every_kind
    rule = CompletenessRule(lib.forms.get(APR))
    scores = lib.scores.all(aid)
    states = {c.id: rule.of_scores(scores.get(c.id, {})) for c in lib.plans.commitments("AP_USA05")}
    assert states["US0114"].complete and states["US0114"].counted == ("verifiable", "relevance",
                                                                       "potential_for_results", "promising")
    assert states["US0115"].complete and states["US0115"].counted == ("verifiable",)
    assert states["US0116"].scored and states["US0116"].unjustified == ("promising",)
    assert states["US0117"].justified and not states["US0117"].scored
    assert not states["US0118"].started
    for key in ("scored", "justified", "complete", "started"):
        assert sum(getattr(s, key) for s in states.values()) == EXPECTED[key], key


def test_table_tree_dashboard_cli_and_report_agree(every_kind, make_window, capsys):
    lib, aid = every_kind
    n, scored, justified, complete = (EXPECTED[k] for k in ("total", "scored", "justified", "complete"))
    # the library: the fast path the tree uses at start-up and the per-assessment count agree
    assert lib.scores.progress_all()[aid] == lib.scores.progress(aid)

    w = make_window(lib)
    w.select(aid)
    # 1. the commitments table: marks, and the quick filters
    model = w.commitments.model
    marks = [model.completeness(r) for r in range(model.rowCount())]
    assert marks.count(COMPLETE) == complete
    assert marks.count(PARTIAL) == EXPECTED["started"] - complete
    assert sum(not model.missing_fields(r) for r in range(model.rowCount())) == scored
    assert model.completeness(model.row_of("US0114")) == COMPLETE
    w.commitments.quick.setCurrentIndex(w.commitments.quick.findData("unscored"))
    assert w.commitments.proxy.rowCount() == n - scored
    w.commitments.quick.setCurrentIndex(w.commitments.quick.findData("unjustified"))
    assert w.commitments.proxy.rowCount() == 1  # US0116
    # 2. the library tree
    item = w.tree.currentItem()
    assert item.text(1) == f"{scored}/{n} scored"
    assert f"{scored} of {n} commitments scored, {justified} justified" in item.toolTip(0)
    # 3. the dashboard
    w.actions_["tab2"].trigger()
    w.dashboard.refresh()
    numbers = w.dashboard.numbers()
    assert numbers["scored"] == (scored, n) and numbers["justified"] == (justified, n)
    # 4. the CLI
    w.close()
    path = str(lib.path)
    assert main(["assessments", "--db", path]) == 0
    assert f"{scored}/{n} scored, {justified} justified" in capsys.readouterr().out
    assert main(["show", aid, "--db", path]) == 0
    out = capsys.readouterr().out
    assert f"{scored}/{n} scored, {justified} justified" in out
    plan_fields = len(lib.forms.get(APR).plan_fields)
    assert f"plan level: 1/{plan_fields} fields scored, 1 without justification" in out
    # 5. the report's key figures
    report = build_report(lib.snapshot([aid]), aid, lib.forms.get(APR), structure="legacy")  # its key figures
    [figures] = [b for b in report.blocks if isinstance(b, KeyFigures)]
    shown = {f.label: int(f.value) for f in figures.items if re.fullmatch(r"\d+", f.value)}
    assert shown["Fully scored"] == scored
    assert shown["Justified"] == justified
    assert shown["Complete (scored and justified)"] == complete
