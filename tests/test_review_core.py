"""The review loop's core (issue 16): anchors, threads, resolution, states and the audit log;
Word's comments filed as comments (DocxReview objects of the agreed shape, built here);
public comments pasted or from a CSV; the final report's annex of public comments."""

from __future__ import annotations

import subprocess
import sys
import types
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from irm_app.cli import main
from irm_app.importers.bundle import ImportFailed
from irm_app.library.errors import LibraryError, NotFound, ReadOnly
from irm_app.operations import comments as ops
from irm_app.operations import public_comments as pub
from irm_app.review.vocabulary import UnknownTerm


@dataclass(frozen=True)
class WordComment:
    comment_id: str
    author: str
    initials: str
    date: datetime | None
    text: str
    parent_id: str | None
    commitment_id: str | None
    section_key: str | None
    quoted: str


@dataclass(frozen=True)
class TrackedChange:
    kind: str
    author: str
    date: datetime | None
    text: str
    commitment_id: str | None
    section_key: str | None


@dataclass(frozen=True)
class DocxReview:
    path: Path
    assessment_id: str | None
    comments: list[WordComment]
    changes: list[TrackedChange]


def test_anchors_threads_resolution_states_and_audit(scored_library) -> None:
    lib, aid = scored_library
    c = ops.add_comment(lib, aid, "  Why transformative?  ", author="Rita", role="irm_staff", commitment_id="US0113",
                        field_key="potential_impact", who="rita").result
    assert (c.anchor, c.commitment_id, c.field, c.text, c.status) == ("field", "US0113", "potential_impact",
                                                                      "Why transformative?", "open")
    plan_c = ops.add_comment(lib, aid, "Plan level", author="Rita", plan=True, who="rita").result
    report_c = ops.add_comment(lib, aid, "Whole report", author="Gov", role="government", who="gov").result
    section_c = ops.add_comment(lib, aid, "Too short", author="Eve", role="external_reviewer",
                                section="executive_summary", who="eve").result
    assert [x.anchor for x in (plan_c, report_c, section_c)] == ["plan", "report", "section"]
    with pytest.raises(NotFound):
        ops.add_comment(lib, aid, "x", author="R", commitment_id="US9999", who="r")
    with pytest.raises(LibraryError, match="scored for a commitment"):
        ops.add_comment(lib, aid, "x", author="R", field_key="specificity", who="r")
    with pytest.raises(UnknownTerm, match="one of: irm_staff"):
        ops.add_comment(lib, aid, "x", author="R", role="boss", who="r")
    with pytest.raises(LibraryError, match="empty"):
        ops.add_comment(lib, aid, "   ", author="R", who="r")

    r1 = ops.reply(lib, c.id[:8], "Milestones are ambitious", author="Ana", who="ana").result
    r2 = ops.reply(lib, r1.id, "Still not convinced", author="Rita", who="rita").result
    assert (r1.parent_id, r1.anchor, r1.commitment_id, r1.field) == (c.id, "field", "US0113", "potential_impact")
    ordered = [(x.id, depth) for x, depth in ops.threads(ops.list_comments(lib, aid))]
    at = ordered.index((c.id, 0))
    assert ordered[at:at + 3] == [(c.id, 0), (r1.id, 1), (r2.id, 2)]  # replies right under what they answer

    done = ops.score_from_comment(lib, c.id, "moderate", justification="Lowered after review", resolve_it=True,
                                  who="ana").result
    assert lib.scores.score(aid, "US0113", "potential_impact").value == "moderate"
    assert done.score_change == {"commitment_id": "US0113", "field": "potential_impact", "old": "transformative",
                                 "new": "moderate"}
    assert (done.status, done.resolved_by) == ("resolved", "ana") and done.resolved_at
    # Filters keep whole threads: an open filter hides the resolved comment and its replies.
    assert {x.id for x in ops.list_comments(lib, aid, status="open")} == {plan_c.id, report_c.id, section_c.id}
    assert [x.id for x in ops.list_comments(lib, aid, role="government")] == [report_c.id]
    assert {x.id for x in ops.list_comments(lib, aid, author="Rita")} == {c.id, r1.id, r2.id, plan_c.id}
    assert {x.id for x in ops.list_comments(lib, aid, commitment_id="US0113")} == {c.id, r1.id, r2.id}
    assert ops.reopen(lib, c.id, who="ana").result.status == "open"

    ops.set_review_state(lib, aid, "needs_changes", reviewer="Rita", commitment_id="US0113", who="rita")
    ops.set_review_state(lib, aid, "approved", reviewer="Rita", commitment_id="US0113", who="rita")
    ops.set_review_state(lib, aid, "approved", reviewer="Eve", who="eve")
    assert [(s.commitment_id, s.reviewer, s.state) for s in ops.review_states(lib, aid)] == [
        (None, "Eve", "approved"), ("US0113", "Rita", "approved")]
    with pytest.raises(UnknownTerm):
        ops.set_review_state(lib, aid, "rejected-ish", reviewer="Eve", who="eve")

    actions = [e.action for e in lib.history.audit(aid)]
    for action, n in (("comment", 4), ("reply", 2), ("resolve-comment", 1), ("reopen-comment", 1),
                      ("comment-score", 1), ("review-state", 3)):
        assert actions.count(action) == n, (action, actions)
    doc = lib.snapshot([aid]).assessments[0]
    assert len(doc.comments) == 6 and len(doc.review_states) == 2


def test_word_comments_filed_in_threads_once_and_changes_only_listed(scored_library, tmp_path: Path) -> None:
    lib, aid = scored_library
    docx = tmp_path / "reviewed.docx"
    docx.write_bytes(b"pretend this is the reviewed document")
    review = DocxReview(docx, aid, [
        WordComment("0", "María Gómez", "MG", datetime(2026, 11, 3, 10, 0), "The ministry did publish this",
                    None, "US0113", None, "not started"),
        WordComment("1", "Ana", "A", None, "Source?", "0", "US0113", None, ""),
        WordComment("2", "Juan", "J", datetime(2026, 11, 4), "Add the 2024 survey", None, None, "summary", ""),
        WordComment("3", "", "JP", None, "Which commitment?", None, "US9999", None, ""),
        WordComment("4", "Juan", "J", None, "Merge these two", None, None, "cluster:Open data", ""),
        WordComment("5", "Juan", "J", None, "Shorter", None, None, "analysis@cluster:Open data", ""),
    ], [TrackedChange("deletion", "María Gómez", None, "not started", "US0113", None),
        TrackedChange("insertion", "María Gómez", None, "completed in 2025", "US0113", None)])
    before = lib.scores.all(aid)
    r = ops.import_word_review(lib, review, assessment_id=aid, who="ana").result
    assert (r.comments_new, r.comments_held, r.tracked_changes) == (6, 0, 2)
    assert any("US9999" in n for n in r.notes)
    clustered = [(c.anchor, c.section, c.cluster) for c in ops.list_comments(lib, aid) if c.cluster]
    assert sorted(clustered) == [("cluster", None, "Open data"), ("section", "analysis", "Open data")]
    got = {c.author: c for c in ops.list_comments(lib, aid) if not c.cluster}
    maria = got["María Gómez"]
    assert (maria.anchor, maria.commitment_id, maria.role, maria.source) == ("commitment", "US0113", "government",
                                                                            "docx")
    assert maria.created_at == "2026-11-03T10:00:00Z" and "> not started" in maria.text
    assert got["Ana"].parent_id == maria.id
    assert (got["Juan"].anchor, got["Juan"].section) == ("section", "summary")
    assert (got["JP"].anchor, got["JP"].commitment_id) == ("report", None)  # initials when no name
    again = ops.import_word_review(lib, review, assessment_id=aid, who="ana", role="civil_society").result
    assert (again.comments_new, again.comments_held, again.tracked_changes, again.already_imported) == (0, 6, 0, True)
    assert len(ops.list_comments(lib, aid)) == 6
    listed = ops.tracked_changes(lib, aid)
    assert [(t.kind, t.text, t.commitment_id) for t in listed] == [("deletion", "not started", "US0113"),
                                                                   ("insertion", "completed in 2025", "US0113")]
    assert lib.scores.all(aid) == before  # never applied


def test_word_import_through_the_cli_hook(scored_library, tmp_path: Path, monkeypatch, capsys) -> None:
    lib, aid = scored_library
    docx = tmp_path / "reviewed.docx"
    docx.write_bytes(b"PK pretend")
    fake = types.ModuleType("irm_app.review.docx_review")
    fake.read_docx_review = lambda path: DocxReview(Path(path), aid, [  # type: ignore[attr-defined]
        WordComment("7", "CSO Network", "CN", None, "Consult us earlier", None, "US0114", None, "")], [])
    monkeypatch.setitem(sys.modules, "irm_app.review.docx_review", fake)
    db = str(lib.path)
    lib.close()
    assert main(["import", str(docx), "--role", "civil_society", "--db", db]) == 0
    assert "1 new comments" in capsys.readouterr().out
    assert main(["import", str(docx), "--db", db]) == 0
    assert "already imported; nothing changed" in capsys.readouterr().out
    assert main(["comments", aid[:8], "--role", "civil_society", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "CSO Network (civil_society)" in out and "[commitment US0114]" in out


def test_public_comments_csv_all_or_nothing_and_idempotent(scored_library, tmp_path: Path) -> None:
    lib, aid = scored_library
    good = tmp_path / "public.csv"
    good.write_text("name,date,text,about\nLucía,2026-10-01,\"Great plan, but late\",US0113\n"
                    ",2026-10-02,Anonymous remark,the whole report\n", encoding="utf-8")
    r = pub.import_public_csv(lib, aid, good, who="ana").result
    assert (r.new, r.held) == (2, 0)
    got = ops.list_comments(lib, aid, role="public")
    assert [(c.author, c.anchor, c.commitment_id, c.created_at) for c in got] == [
        ("Lucía", "commitment", "US0113", "2026-10-01T00:00:00Z"),
        ("Anonymous", "report", None, "2026-10-02T00:00:00Z")]
    assert got[1].about == "the whole report"
    assert pub.import_public_csv(lib, aid, good, who="ana").result.new == 0
    for body, problem in (("name,date,text\nA,2026-10-01,ok\nB,2026-10-02,\n", "bad.csv: line 3: the text is empty"),
                          ("name,date,text\nA,01/10/2026,ok\n", "bad.csv: line 2: date '01/10/2026' is not YYYY-MM-DD"),
                          ("name,date,text\nA,2026-02-30,ok\n", "bad.csv: line 2: date '2026-02-30' is not a real day"),
                          ("name,when,comment\nA,b,c\n", "bad.csv: line 1: no 'text' column"),
                          ('name,date,text\nA,2026-10-01,"unclosed\n', "bad.csv: line")):
        bad = tmp_path / "bad.csv"
        bad.write_text(body, encoding="utf-8")
        with pytest.raises(ImportFailed) as e:
            pub.import_public_csv(lib, aid, bad, who="ana")
        assert str(e.value).startswith(problem) and "\n" not in str(e.value)
    assert len(ops.list_comments(lib, aid, role="public")) == 2  # nothing of the bad files stored


def test_public_comments_cli_and_the_final_report_annex(scored_library, tmp_path: Path, capsys) -> None:
    lib, aid = scored_library
    db = str(lib.path)
    lib.close()
    bad = tmp_path / "bad.csv"
    bad.write_text("name,date,text\nA,2026-10-01,fine\nB,2026-10-02,\n", encoding="utf-8")
    assert main(["public-comments", "import", aid[:8], str(bad), "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.csv: line 3" in err
    assert main(["public-comments", "add", aid[:8], "--name", "Zoë <b>Bold</b>", "--date", "2026-10-05",
                 "--about", "US0114", "--text", "Publish the data set monthly", "--db", db]) == 0
    cid = capsys.readouterr().out.strip()
    assert main(["public-comments", "add", aid[:8], "--text", "Second remark, unanswered", "--db", db]) == 0
    capsys.readouterr()
    assert main(["resolve", cid[:8], "--note", "Recommendation added in section II", "--db", db]) == 0
    assert main(["public-comments", "list", aid[:8], "--db", db]) == 0
    listed = capsys.readouterr().out
    assert "Recommendation added in section II" in listed and "(not yet answered)" in listed

    draft_pdf = tmp_path / "draft.pdf"
    assert main(["report", aid[:8], "--format", "pdf", "--out", str(draft_pdf), "--db", db]) == 0
    assert "Public comments" not in _pdf_text(draft_pdf)  # only the final report carries the annex
    assert main(["status", aid[:8], "final", "--db", db]) == 0
    pdf, docx = tmp_path / "final.pdf", tmp_path / "final.docx"
    assert main(["report", aid[:8], "--format", "pdf", "--out", str(pdf), "--db", db]) == 0
    assert main(["report", aid[:8], "--format", "docx", "--out", str(docx), "--db", db]) == 0
    es = tmp_path / "final-es.pdf"
    assert main(["report", aid[:8], "--format", "pdf", "--out", str(es), "--lang", "es", "--db", db]) == 0
    text = " ".join(_pdf_text(pdf).split())
    for expected in ("Annex. Public comments", "<b>Bold</b>", "Publish the data set monthly",  # markup as text
                     "Recommendation added in", "Under review", "2026-10-05"):
        assert expected in text, expected
    assert "Anexo. Comentarios públicos" in " ".join(_pdf_text(es).split())
    from docx import Document

    cells = [c.text for t in Document(str(docx)).tables for row in t.rows for c in row.cells]
    assert "Publish the data set monthly" in cells and "Recommendation added in section II" in cells
    assert "Zoë <b>Bold</b>" in cells


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_a_review_copy_takes_comments_but_not_scores(scored_library) -> None:
    lib, aid = scored_library
    lib.db.execute("UPDATE assessments SET read_only = 1, signer = 'x' WHERE id = ?", [aid])
    lib.db.conn.commit()
    c = ops.add_comment(lib, aid, "On the copy", author="Rita", commitment_id="US0113", field_key="specificity",
                        who="rita").result
    ops.set_review_state(lib, aid, "approved", reviewer="Rita", who="rita")
    with pytest.raises(ReadOnly):
        ops.score_from_comment(lib, c.id, "low", who="rita")
    assert lib.scores.score(aid, "US0113", "specificity").value == "high"
    assert ops.list_comments(lib, aid)[0].score_change is None


def test_word_hook_refuses_another_assessments_file_and_leaves_plan_documents_alone(
        scored_library, tmp_path: Path, monkeypatch, capsys) -> None:
    from tests.intake_docs import EN_LABELS, build_template_docx, english_commitments

    lib, aid = scored_library
    other = lib.assessments.create_assessment("AP_USA05", "irm-progress-report-legacy", researcher="Bo", who="bo").id
    db = str(lib.path)
    lib.close()
    named: dict[str, str | None] = {"aid": other}
    fake = types.ModuleType("irm_app.review.docx_review")
    fake.read_docx_review = lambda path: DocxReview(Path(path), named["aid"], [  # type: ignore[attr-defined]
        WordComment("1", "Gov", "G", None, "Not this one", None, None, None, "")], [])
    monkeypatch.setitem(sys.modules, "irm_app.review.docx_review", fake)
    reviewed = tmp_path / "reviewed.docx"
    reviewed.write_bytes(b"PK pretend")
    assert main(["import", str(reviewed), "--assessment", aid[:8], "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"about assessment {other}" in err and "nothing imported" in err
    assert main(["comments", aid[:8], "--json", "--db", db]) == 0
    assert capsys.readouterr().out.strip() == "[]"
    # A plan document (it names no assessment) is still imported as a plan.
    named["aid"] = None
    plan_doc = build_template_docx(tmp_path / "plan.docx", english_commitments(2), EN_LABELS, plan_title="Plan",
                                   intro="Introduction. Co-created.", annex="Annex.")
    assert main(["import", str(plan_doc), "--plan-id", "AP_TST01", "--member", "Testland", "--member-code", "TS",
                 "--db", db]) == 0
    assert "AP_TST01" in capsys.readouterr().out
