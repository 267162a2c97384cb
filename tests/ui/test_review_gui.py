"""The review loop in the window, through real widgets: comments beside the field, in the
commitment panel and in the Comments view (filters), reply / resolve / change the score right
there; review states in the table and the dashboard; a reviewed Word file imported with its
tracked changes listed (never applied); a reviewer's review copy commented and exported, then
merged on the researcher's side."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from irm_app.operations import comments as ops

from ..review_docx import Edit, Note, add_review


def _review_tab(w):
    page = w.commitments
    page.side.setCurrentWidget(page.review_tab)
    return page.review


def _comments(lib, aid, **kw):
    return ops.list_comments(lib, aid, **kw)


def _select(view, text: str) -> None:
    for item in view.tree.findItems(text, Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive):
        view.tree.setCurrentItem(item)
        return
    raise AssertionError(f"no comment {text!r} shown")


def test_comment_on_a_field_reply_resolve_and_change_the_score_there(make_window, scored_library, qtbot):
    lib, aid = scored_library
    w = make_window(lib)
    w.commitments.select_commitment("US0115")
    panel = _review_tab(w)
    panel.about.setCurrentIndex(panel.about.findData("specificity"))
    qtbot.keyClicks(panel.text, "Low? The milestones have dates and owners.")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    [c] = _comments(lib, aid)
    assert (c.commitment_id, c.field, c.author, c.text) == ("US0115", "specificity", "Ana Researcher",
                                                            "Low? The milestones have dates and owners.")
    assert panel.text.toPlainText() == ""
    button = w.commitments.form.editors["specificity"].comments_button
    assert button.isVisibleTo(w) and button.text() == "Comments: 1 open"  # beside the field
    assert "Review (1 open)" == w.commitments.side.tabText(1)

    view = panel.comments
    assert view.tree.topLevelItemCount() == 1 and view.tree.currentItem().text(0).startswith("Low?")
    qtbot.keyClicks(view.answer, "Checked with the agency.")
    qtbot.mouseClick(view.reply_button, Qt.MouseButton.LeftButton)
    reply = next(x for x in _comments(lib, aid) if x.parent_id)
    assert reply.parent_id == c.id and reply.text == "Checked with the agency."
    _select(view, "Low?")
    assert view.score_button.isVisibleTo(w)
    view.level.setCurrentIndex(view.level.findData("medium"))
    qtbot.mouseClick(view.score_button, Qt.MouseButton.LeftButton)
    assert lib.scores.score(aid, "US0115", "specificity").value == "medium"
    root = next(x for x in _comments(lib, aid) if x.id == c.id)
    assert root.status == "resolved" and root.score_change["old"] == "low" and root.score_change["new"] == "medium"
    ed = w.commitments.form.editors["specificity"]
    assert ed.value == "medium"  # the form shows the new score
    assert button.text() == "Comments: 1"
    _select(view, "Low?")
    assert view.resolve_button.text() == "Re&open"
    qtbot.mouseClick(view.resolve_button, Qt.MouseButton.LeftButton)
    assert next(x for x in _comments(lib, aid) if x.id == c.id).status == "open"
    actions = [e.action for e in lib.history.audit(aid)]
    assert {"comment", "reply", "resolve-comment", "reopen-comment"} <= set(actions), actions


def test_comments_view_filters_and_goes_to_the_commitment(make_window, scored_library, qtbot):
    lib, aid = scored_library
    for who, cid, text in (("Rita Staff", "US0113", "Rita on 113"), ("Eve External", "US0114", "Eve on 114"),
                           ("Eve External", "US0113", "Eve on 113")):
        ops.add_comment(lib, aid, text, author=who, commitment_id=cid, who=who)
    done = next(c for c in _comments(lib, aid) if c.text == "Eve on 113")
    ops.resolve(lib, done.id, who="Ana")
    w = make_window(lib)
    w.actions_["comments"].trigger()
    view = w.reviewing.view
    assert w.reviewing.dock.isVisible()

    def shown() -> set[str]:
        out = set()
        for i in range(view.tree.topLevelItemCount()):
            out.add(view.tree.topLevelItem(i).text(0))
        return out

    assert shown() == {"Rita on 113", "Eve on 114", "Eve on 113"}
    view.status.setCurrentIndex(view.status.findData("open"))
    assert shown() == {"Rita on 113", "Eve on 114"}
    view.status.setCurrentIndex(view.status.findData(""))
    view.reviewer.setCurrentIndex(view.reviewer.findData("Eve External"))
    assert shown() == {"Eve on 114", "Eve on 113"}
    view.commitment.setCurrentIndex(view.commitment.findData("US0114"))
    assert shown() == {"Eve on 114"}
    assert view.count.text() == "1 comments, 1 open"
    _select(view, "Eve on 114")
    qtbot.mouseClick(view.go_button, Qt.MouseButton.LeftButton)
    assert w.commitments.cid == "US0114"
    # a new comment elsewhere shows in the open view at once (the Store's change)
    ops_change = w.store.run(lambda: ops.add_comment(lib, aid, "Late one", author="Eve External",
                                                     commitment_id="US0114", who="Eve"))
    assert ops_change.result.text in shown()


def test_review_states_show_in_the_table_and_the_dashboard(make_window, scored_library, qtbot):
    lib, aid = scored_library
    w = make_window(lib)
    w.commitments.select_commitment("US0113")
    panel = _review_tab(w)
    panel.state.setCurrentIndex(panel.state.findData("needs_changes"))
    qtbot.mouseClick(panel.state_button, Qt.MouseButton.LeftButton)
    assert panel.state_label.text() == "Review: Needs changes (Ana Researcher)"
    model = w.commitments.model
    col = model.column_of("review", "state")
    assert model.index(model.row_of("US0113"), col).data() == "Needs changes"
    assert model.index(model.row_of("US0114"), col).data() == ""
    w.tabs.setCurrentWidget(w.dashboard)
    assert "Needs changes 1" in w.dashboard.review.text() and w.dashboard.review.isVisibleTo(w)


def test_markup_in_a_comment_stays_text(make_window, scored_library, qtbot):
    lib, aid = scored_library
    evil = "<b>bold</b><img src=file:///etc/passwd> &amp;"
    ops.add_comment(lib, aid, evil, author="<i>Mallory</i>", commitment_id="US0113", field_key="specificity",
                    who="m")
    w = make_window(lib)
    w.commitments.select_commitment("US0113")
    view = _review_tab(w).comments
    item = view.tree.topLevelItem(0)
    assert item.text(0) == evil and item.text(1).startswith("<i>Mallory</i>")
    assert evil in view.detail.toPlainText()
    tip = w.commitments.form.editors["specificity"].comments_button.toolTip()
    assert "<b>" not in tip and "&lt;b&gt;bold" in tip  # escaped: Qt shows markup-looking tooltips as HTML


def test_import_a_reviewed_word_file_lists_its_tracked_changes_and_applies_none(make_window, scored_library,
                                                                                tmp_path: Path, qtbot):
    from irm_app.operations.reports import render_report, report_input

    lib, aid = scored_library
    out = render_report(report_input(lib, aid), "docx", tmp_path / "report.docx")
    reviewed = add_review(out, tmp_path / "reviewed.docx", [
        Note("US0113 specificity: evidence in the tracker", "Which tracker?", "Gov Reviewer", "GR"),
        Note(None, "The public one.", "Ana", "A", reply_to=0),
    ], [Edit("US0114 specificity: evidence in the tracker", "insertion", " and the agency report")])
    before = lib.scores.all(aid)
    w = make_window(lib)
    w.reviewing.import_file(reviewed)
    dialog = w.last_dialog
    assert dialog.objectName() == "trackedChanges"
    table = dialog.table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(3)] == ["inserted", "CSO Reviewer", "US0114"]
    assert table.item(0, 3).text() == " and the agency report"
    assert lib.scores.all(aid) == before  # listed, never applied
    got = _comments(lib, aid)
    assert {(c.text.split("\n")[0], c.commitment_id, c.author) for c in got} == {
        ("Which tracker?", "US0113", "Gov Reviewer"), ("The public one.", "US0113", "Ana")}
    assert w.reviewing.dock.isVisible() and w.reviewing.view.tree.topLevelItemCount() == 1
    dialog.close()
    w.reviewing.import_file(reviewed)  # the same file again: nothing twice
    assert len(_comments(lib, aid)) == 2
    assert "0 new comments, 2 already here" in w.last_dialog.findChild(QLabel, "importSummary").text()


PASS = b"a long enough passphrase"


@pytest.fixture
def people(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Ana's library with a package of her assessment; Rita's library with it opened as a review copy."""
    from irm_app.cli import main
    from irm_app.paths import sample_plan

    pp = tmp_path / "pass.txt"
    pp.write_bytes(PASS + b"\n")

    def run(person: str, *argv: str) -> str:
        monkeypatch.setenv("IRM_APP_HOME", str(tmp_path / person))
        capsys.readouterr()
        args = list(argv) if argv[0] == "identity" else [*argv, "--db", str(tmp_path / f"{person}.db")]
        code = main(args)
        out, err = capsys.readouterr()
        assert code in (0, 3), err
        return out

    run("ana", "import", str(sample_plan()))
    aid = run("ana", "new-assessment", "AP_USA05", "--form", "irm-progress-report-legacy",
              "--researcher", "Ana Perez").strip()
    run("ana", "score", aid, "US0113", "specificity=high", "--justification", "Clear milestones")
    for person, name in (("ana", "Ana Perez"), ("rita", "Rita Staff")):
        run(person, "identity", "create", "--name", name, "--email", f"{person}@example.org", "--org", "IRM",
            "--country", "CL", "--passphrase-file", str(pp))
    pkg = tmp_path / "v1.irmpkg"
    run("ana", "package", aid, "--out", str(pkg), "--passphrase-file", str(pp))
    run("rita", "open-package", str(pkg))
    return tmp_path, aid, run, monkeypatch


def test_a_reviewer_comments_on_a_review_copy_exports_and_the_researcher_merges(make_window, people, qtbot):
    from irm_app.library import Library

    root, aid, _run, monkeypatch = people
    monkeypatch.setenv("IRM_APP_HOME", str(root / "rita"))
    with Library.open(root / "rita.db") as rita:
        w = make_window(rita, who="Rita Staff")
        copy_aid = w.tree.current_assessment()
        assert rita.assessments.assessment(copy_aid).read_only
        w.commitments.select_commitment("US0113")
        assert not w.commitments.form.isEnabled()  # the scores stay read-only
        panel = _review_tab(w)
        assert panel.add_button.isEnabled()
        panel.about.setCurrentIndex(panel.about.findData("specificity"))
        panel.role.setCurrentIndex(panel.role.findData("irm_staff"))
        qtbot.keyClicks(panel.text, "High? The milestones have no dates.")
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        panel.state.setCurrentIndex(panel.state.findData("needs_changes"))
        qtbot.mouseClick(panel.state_button, Qt.MouseButton.LeftButton)
        assert not panel.comments.score_button.isVisibleTo(w)  # no score change on a copy
        out = root / "rita.irmreview"
        assert w.reviewing.export(copy_aid, out, PASS), w.statusBar().currentMessage()
        assert out.stat().st_size > 0
        w.close()
    monkeypatch.setenv("IRM_APP_HOME", str(root / "ana"))
    with Library.open(root / "ana.db") as ana:
        w = make_window(ana, who="Ana Perez")
        w.reviewing.import_file(out)
        got = _comments(ana, aid)
        assert [(c.commitment_id, c.field, c.text) for c in got] == [
            ("US0113", "specificity", "High? The milestones have no dates.")]
        w.commitments.select_commitment("US0113")
        assert w.commitments.form.editors["specificity"].comments_button.text() == "Comments: 1 open"
        model = w.commitments.model
        assert model.index(model.row_of("US0113"), model.column_of("review", "state")).data() == "Needs changes"
        w.reviewing.import_file(out)  # twice: nothing twice
        assert len(_comments(ana, aid)) == 1
        assert json.dumps(got[0].model_dump())  # a plain record


def test_a_comment_on_the_report_and_the_reports_state_from_the_comments_view(make_window, scored_library, qtbot):
    lib, aid = scored_library
    w = make_window(lib)
    w.actions_["comments"].trigger()
    box = w.reviewing.report
    qtbot.keyClicks(box.text, "The executive summary is too long.")
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    box.about.setCurrentIndex(box.about.count() - 1)  # a plan-level field
    plan_field = box.about.currentData()
    qtbot.keyClicks(box.text, "Which forum met every six months?")
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    got = {c.text: c for c in _comments(lib, aid)}
    assert got["The executive summary is too long."].anchor == "report"
    plan = got["Which forum met every six months?"]
    assert (plan.anchor, plan.field, plan.commitment_id) == ("field", plan_field, None)
    box.state.setCurrentIndex(box.state.findData("approved"))
    qtbot.mouseClick(box.state_button, Qt.MouseButton.LeftButton)
    assert box.state_label.text() == "The report: Approved (Ana Researcher)"
    assert {"The executive summary is too long.", "Which forum met every six months?"} <= {
        w.reviewing.view.tree.topLevelItem(i).text(0) for i in range(w.reviewing.view.tree.topLevelItemCount())}
    w.tabs.setCurrentWidget(w.dashboard)
    assert "The report: Approved (Ana Researcher)" in w.dashboard.review.text()


def test_a_damaged_word_file_is_refused_in_one_line_and_nothing_is_filed(make_window, scored_library, tmp_path: Path):
    from irm_app.operations.reports import render_report, report_input

    lib, aid = scored_library
    out = render_report(report_input(lib, aid), "docx", tmp_path / "report.docx")
    reviewed = add_review(out, tmp_path / "reviewed.docx", [Note("US0113 specificity", "Which tracker?")])
    broken = tmp_path / "broken.docx"
    broken.write_bytes(reviewed.read_bytes()[:5000])
    w = make_window(lib)
    w.reviewing.import_file(broken)
    box = w.last_dialog
    assert box.text().startswith("broken.docx: not a valid .docx") and "\n" not in box.text()
    assert box.detailedText() == ""  # no traceback for bad input
    assert _comments(lib, aid) == []


def test_a_word_file_of_another_assessment_is_not_filed_here(make_window, scored_library, tmp_path: Path):
    import zipfile

    from irm_app.operations.reports import render_report, report_input

    lib, aid = scored_library
    out = render_report(report_input(lib, aid), "docx", tmp_path / "report.docx")
    reviewed = add_review(out, tmp_path / "reviewed.docx", [Note("US0113 specificity", "Which tracker?")])
    other = tmp_path / "other.docx"
    with zipfile.ZipFile(reviewed) as src, zipfile.ZipFile(other, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name in ("docProps/custom.xml", "docProps/core.xml"):
                data = data.replace(aid.encode(), b"00000000-0000-4000-8000-000000000000")
            dst.writestr(name, data)
    w = make_window(lib)
    w.reviewing.import_file(other)
    assert "reviews assessment 00000000-0000-4000-8000-000000000000, which is not one of yours" in w.last_dialog.text()
    assert _comments(lib, aid) == []
