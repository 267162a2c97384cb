"""`irm-app status` and `irm-app delete-assessment`: an assessment can become final, and go."""

from __future__ import annotations

from pathlib import Path

from irm_app.cli import main
from irm_app.library import Library
from irm_app.paths import sample_plan


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _assessment(capsys, db: Path) -> str:
    run(capsys, "import", str(sample_plan()), "--db", str(db))
    _, out, _ = run(capsys, "new-assessment", "AP_USA05", "--form", "irm-progress-report-legacy",
                    "--researcher", "Ana", "--db", str(db))
    return out.strip()


def test_status_final_then_draft_is_shown_and_audited(capsys, db_path: Path) -> None:
    aid = _assessment(capsys, db_path)
    code, out, _ = run(capsys, "status", aid[:8], "final", "--who", "Ana", "--db", str(db_path))
    assert code == 0 and "draft -> final" in out
    _, out, _ = run(capsys, "assessments", "--db", str(db_path))
    assert "final" in out
    assert run(capsys, "status", aid, "draft", "--db", str(db_path))[0] == 0
    with Library.open(db_path, readonly=True) as lib:
        assert lib.assessments.assessment(aid).status == "draft"
        statuses = [(e.who, e.old, e.new) for e in lib.history.audit(aid) if e.action == "status"]
    assert ("Ana", '"draft"', '"final"') in statuses and len(statuses) == 2


def test_status_refuses_an_unknown_status_with_usage(capsys, db_path: Path) -> None:
    aid = _assessment(capsys, db_path)
    code, _, err = run(capsys, "status", aid, "published", "--db", str(db_path))
    assert code == 2 and "invalid choice" in err


def test_delete_needs_yes_without_a_terminal(capsys, db_path: Path, monkeypatch) -> None:
    aid = _assessment(capsys, db_path)
    run(capsys, "score", aid, "US0139", "specificity=high", "--db", str(db_path))
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run(capsys, "delete-assessment", aid[:8], "--db", str(db_path))
    assert code == 2 and "--yes" in err and len(err.strip().splitlines()) == 1
    with Library.open(db_path, readonly=True) as lib:
        assert lib.assessments.assessment(aid).id == aid  # still there


def test_delete_with_yes_removes_scores_and_keeps_the_audit(capsys, db_path: Path) -> None:
    aid = _assessment(capsys, db_path)
    run(capsys, "score", aid, "US0139", "specificity=high", "--db", str(db_path))
    code, out, _ = run(capsys, "delete-assessment", aid, "--yes", "--who", "Ana", "--db", str(db_path))
    assert code == 0 and "deleted assessment" in out and "1 score)" in out
    with Library.open(db_path, readonly=True) as lib:
        assert lib.assessments.all("AP_USA05") == []
        assert lib.db.execute("SELECT count(*) FROM scores WHERE assessment_id = ?", [aid]).fetchone()[0] == 0
        assert [e.who for e in lib.history.audit(aid) if e.action == "delete-assessment"] == ["Ana"]
    code, _, err = run(capsys, "show", aid, "--db", str(db_path))
    assert code == 2


def test_a_bad_pair_in_one_score_call_writes_nothing(capsys, db_path: Path) -> None:
    aid = _assessment(capsys, db_path)
    code, _, err = run(capsys, "score", aid, "US0139", "specificity=high", "completion_progress=lots",
                       "--justification", "x", "--db", str(db_path))
    assert code == 2 and "unknown level 'lots'" in err
    with Library.open(db_path, readonly=True) as lib:
        assert lib.scores.scores_for(aid, "US0139") == {}
