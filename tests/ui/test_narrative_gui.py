"""The Narrative tab driven through its real widgets: what the researcher types is in the
library (and the report), Undo brings the old text back, the word count follows the typing,
and a final assessment refuses with its one line."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from irm_app.library import Library
from irm_app.operations import narrative as narr
from irm_app.operations.assessments import set_status
from irm_app.operations.reports import report
from irm_app.operations.scoring import score
from tests.conftest import PLAN_ID

APR = "irm-action-plan-review-2021"


@pytest.fixture
def review(sample_library: Library):
    """An Action Plan Review of the sample: US0113 and US0114 one cluster, one evidence item."""
    lib = sample_library
    a = lib.assessments.create_assessment(PLAN_ID, APR, researcher="Ana Researcher", who="t")
    for cid in ("US0113", "US0114", "US0120"):
        score(lib, a.id, cid, {"verifiable": "yes", "relevance": ["access_to_information"],
                               "potential_for_results": "substantial", "promising": "yes"},
              justification=f"Rationale for {cid}.", who="t")
    narr.set_cluster(lib, a.id, "Equitable data", ["US0113", "US0114"], who="t")
    ev = lib.evidence.add_evidence(a.id, title="Interview with the Equitable Data Working Group", kind="interview",
                          commitment_ids=["US0113"], who="t")
    return lib, a.id, ev.id


def _open(make_window, lib: Library, aid: str):
    w = make_window(lib)
    w.tree.select_assessment(aid)
    w.tabs.setCurrentWidget(w.narrative)
    return w, w.narrative


def _type(qtbot, editor, text: str) -> None:
    editor.text.setFocus()
    qtbot.keyClicks(editor.text, text)


def _stored(lib: Library, aid: str, section: str, cluster: str | None = None) -> str:
    return next((n.text for n in lib.narrative.sections(aid) if n.section == section and n.cluster == cluster), "")


def test_lists_the_forms_sections_with_their_prompts(make_window, review) -> None:
    lib, aid, _ = review
    w, page = _open(make_window, lib, aid)
    form = lib.forms.get(APR)
    plan_keys = [s.key for s in form.narrative if s.scope == "plan"]
    assert [k for k, t in page.editors if t == (None, None)] == plan_keys
    overview = page.editors[("overview", (None, None))]
    assert overview.title.text() == form.narrative_section("overview").title
    assert overview.prompt.text() == form.narrative_section("overview").prompt
    w.select(aid, "US0114")  # a cluster member: written once for the cluster
    assert ("potential", (None, "Equitable data")) in page.editors
    w.select(aid, "US0120")
    assert ("potential", ("US0120", None)) in page.editors


def test_typing_saves_after_a_pause_and_undo_restores(make_window, review, qtbot) -> None:
    lib, aid, _ = review
    w, page = _open(make_window, lib, aid)
    editor = page.editors[("overview", (None, None))]
    _type(qtbot, editor, "The plan is **ambitious** but vague.")
    qtbot.waitUntil(lambda: _stored(lib, aid, "overview") == "The plan is **ambitious** but vague.", timeout=5000)
    assert [e.action for e in lib.history.audit(aid)][-1] == "narrative"
    _type(qtbot, editor, " More.")
    editor.flush()  # what focus-out does
    assert _stored(lib, aid, "overview").endswith("vague. More.")
    w.undo_stack.undo()
    assert _stored(lib, aid, "overview") == "The plan is **ambitious** but vague."
    assert editor.text.toPlainText() == "The plan is **ambitious** but vague."
    w.undo_stack.undo()
    assert _stored(lib, aid, "overview") == "" and editor.text.toPlainText() == ""
    w.undo_stack.redo()
    assert _stored(lib, aid, "overview") == "The plan is **ambitious** but vague."


def test_focus_out_saves_and_switching_commitment_keeps_each_text(make_window, review, qtbot) -> None:
    lib, aid, _ = review
    w, page = _open(make_window, lib, aid)
    w.select(aid, "US0113")
    editor = page.editors[("potential", (None, "Equitable data"))]
    _type(qtbot, editor, "Cluster potential.")
    page.editors[("opportunities", (None, "Equitable data"))].text.setFocus()
    qtbot.waitUntil(lambda: _stored(lib, aid, "potential", "Equitable data") == "Cluster potential.", timeout=3000)
    w.select(aid, "US0120")
    assert page.editors[("potential", ("US0120", None))].text.toPlainText() == ""
    w.select(aid, "US0114")
    assert page.editors[("potential", (None, "Equitable data"))].text.toPlainText() == "Cluster potential."


def test_word_count_follows_typing(make_window, review, qtbot) -> None:
    lib, aid, _ = review
    _, page = _open(make_window, lib, aid)
    editor = page.editors[("overview", (None, None))]
    suggested = lib.forms.get(APR).narrative_section("overview").words
    assert editor.count.text() == f"0 / {suggested} words suggested"
    _type(qtbot, editor, "one **two** three [E:abc] four")
    assert editor.count.text() == f"4 / {suggested} words suggested"


def test_toolbar_inserts_markup_and_a_citation_of_the_assessments_evidence(make_window, review, qtbot) -> None:
    lib, aid, eid = review
    w, page = _open(make_window, lib, aid)
    editor = page.editors[("overview", (None, None))]
    _type(qtbot, editor, "key finding")
    editor.text.selectAll()
    editor.actions_["bold"].trigger()
    assert editor.text.toPlainText() == "**key finding**"
    editor.actions_["bullet"].trigger()
    assert editor.text.toPlainText() == "- **key finding**"
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    editor.insert_link("https://www.opengovpartnership.org/")
    editor._fill_citations()
    cite = [a for a in editor.cite_menu.actions() if "Equitable Data" in a.text()]
    assert len(cite) == 1
    cite[0].trigger()
    assert editor.text.toPlainText().endswith(f"[E:{eid[:8]}]")  # the short id on screen
    editor.flush()
    stored = _stored(lib, aid, "overview")
    assert stored == (f"- **key finding**[https://www.opengovpartnership.org/](https://www.opengovpartnership.org/)"
                      f"[E:{eid}]")  # the library holds the full id
    steps = w.undo_stack.count()
    editor.flush()
    assert not editor.pending() and w.undo_stack.count() == steps  # short on screen = full in store
    w.tree.select_assessment(w.store.create_assessment(PLAN_ID, APR, "Bo").id)
    w.tree.select_assessment(aid)
    again = page.editors[("overview", (None, None))]
    assert again.text.toPlainText().endswith(f"[E:{eid[:8]}]") and not again.pending()


def test_an_unknown_citation_is_refused_in_one_line_and_the_text_stays(make_window, review, qtbot) -> None:
    lib, aid, _ = review
    w, page = _open(make_window, lib, aid)
    editor = page.editors[("overview", (None, None))]
    _type(qtbot, editor, "See [E:nosuchid].")
    editor.flush()
    assert _stored(lib, aid, "overview") == ""
    assert "[E:nosuchid] is not an evidence item" in editor.message.text()
    assert editor.text.toPlainText() == "See [E:nosuchid]." and w.undo_stack.count() == 0


def test_final_assessment_refuses_with_its_one_line(make_window, review, qtbot) -> None:
    lib, aid, _ = review
    narr.set_narrative(lib, aid, "overview", "Written before final.", who="t")
    w, page = _open(make_window, lib, aid)
    editor = page.editors[("overview", (None, None))]
    w.store.set_status(aid, "final")  # as File > Mark final does
    assert page.banner.isVisible() and "is final" in page.banner.text()
    assert editor.text.isReadOnly() and not editor.actions_["bold"].isEnabled()
    _type(qtbot, editor, "changed")
    editor.flush()
    assert _stored(lib, aid, "overview") == "Written before final."
    # marked final elsewhere (the CLI) while the tab shows it writable: the library refuses
    w.store.set_status(aid, "draft")
    assert not editor.text.isReadOnly()
    set_status(lib, aid, "final", who="cli")
    editor.text.setPlainText("Changed after final.")
    editor.flush()
    assert _stored(lib, aid, "overview") == "Written before final."
    assert "is final" in editor.message.text() and len(editor.message.text().splitlines()) == 1


def test_typed_text_is_in_the_exported_pdf_as_text(make_window, review, qtbot, tmp_path: Path) -> None:
    lib, aid, _ = review
    w, page = _open(make_window, lib, aid)
    editor = page.editors[("overview", (None, None))]
    _type(qtbot, editor, "Typed in the GUI: <b>not markup</b> and **bold words**.")
    qtbot.keyClick(editor.text, Qt.Key.Key_Tab)  # focus leaves the editor: saved
    w.flush_edits()
    out = report(lib, aid, "pdf", tmp_path / "apr.pdf").result
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Typed in the GUI: <b>not markup</b> and bold words." in text


def test_the_researcher_sees_a_levels_note_that_reports_never_print(qtbot) -> None:
    from irm_app.methodology import load_form
    from irm_app.ui.commitments.field_editor import FieldEditor

    relevance = load_form(APR).field("relevance")
    editor = FieldEditor(relevance)
    qtbot.addWidget(editor)
    shown = editor.help_html()
    note = relevance.level("access_to_information").note
    assert note and f"(unconfirmed: {note})" in shown


def test_plan_text_and_form_text_are_shown_as_plain_text(make_window, review) -> None:
    from PySide6.QtWidgets import QLabel, QPlainTextEdit

    lib, aid, _ = review
    w, page = _open(make_window, lib, aid)
    w.select(aid, "US0120")
    c = next(c for c in lib.plans.commitments(PLAN_ID) if c.id == "US0120")
    plan_text = page.findChild(QPlainTextEdit, "planText")
    assert plan_text.isReadOnly() and plan_text.toPlainText() == c.description
    labels = page.findChildren(QLabel)
    assert any(lb.text() == f"US0120: {c.title}" for lb in labels)
    assert all(lb.textFormat() == Qt.TextFormat.PlainText for lb in labels if lb.text())


def test_a_commitment_joining_a_cluster_is_then_written_for_the_cluster(make_window, review) -> None:
    lib, aid, _ = review
    w, page = _open(make_window, lib, aid)
    w.select(aid, "US0120")
    assert ("potential", ("US0120", None)) in page.editors
    w.store.run(lambda: narr.set_cluster(lib, aid, "Equitable data", ["US0113", "US0114", "US0120"], who="Ana"))
    assert ("potential", (None, "Equitable data")) in page.editors
    assert ("potential", ("US0120", None)) not in page.editors
