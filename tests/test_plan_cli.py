"""The plan-editing commands: a plan typed on the command line, scored, and a scored
commitment's deletion refused until --force (exit 2 with one line, nothing changed)."""

from __future__ import annotations

from pathlib import Path

from irm_app.cli import main
from irm_app.library import Library
from tests.conftest import LEGACY


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


def test_a_plan_typed_on_the_command_line(tmp_path: Path, capsys) -> None:
    db = ["--db", str(tmp_path / "lib.db"), "--who", "ana"]
    code, pid, _ = run(capsys, "plan-new", "--member", "Kenya", "--member-code", "KE", "--number", "5",
                       "--period", "2024-2026", "--theme", "Open data", "--theme", "Integrity", *db)
    assert (code, pid) == (0, "AP_KE05")
    assert run(capsys, "commitment-add", pid, "--title", "Beneficial ownership", "--lead", "Registrar", *db)[1] == "KE01"
    assert run(capsys, "commitment-add", pid, "--title", "Open contracting", "--position", "1",
               "--set", "contribution=Fewer inflated tenders", *db)[1] == "KE02"
    assert run(capsys, "milestone-add", pid, "KE01", "--title", "Publish the register", "--end", "2025-06",
               *db)[1] == "KE01.1"
    assert run(capsys, "commitment-edit", pid, "KE02", "--title", "Open contracting (OCDS)", *db)[0] == 0
    assert run(capsys, "commitment-move", pid, "KE02", "2", *db)[1].endswith("now 2 of 2")
    assert run(capsys, "plan-edit", pid, "--period", "2024-2027", *db)[0] == 0
    code, err = run(capsys, "commitment-edit", pid, "KE01", "--set", "nonsense", *db)[::2]
    assert code == 2 and err == "irm-app: --set 'nonsense': expected FIELD=TEXT"

    code, aid, _ = run(capsys, "new-assessment", pid, "--form", LEGACY, "--researcher", "Ana", *db[:2])
    assert run(capsys, "score", aid, "KE01", "specificity=high", *db[:2])[0] == 0
    code, _, err = run(capsys, "commitment-delete", pid, "KE01", *db)
    assert code == 2 and err == ("irm-app: AP_KE05/KE01 has 1 score in 1 assessment: deleting it deletes them "
                                 "(confirm: --force)")
    with Library.open(tmp_path / "lib.db", readonly=True) as lib:
        plan = lib.plans.plan(pid)
        assert [(c.id, c.title) for c in plan.commitments] == [("KE01", "Beneficial ownership"),
                                                               ("KE02", "Open contracting (OCDS)")]
        assert plan.commitments[0].lead_institution == "Registrar"
        assert plan.commitments[1].contribution == "Fewer inflated tenders"
        assert plan.commitments[0].milestones[0].end == "2025-06"
        assert (plan.period, plan.themes) == ("2024-2027", ["Open data", "Integrity"])
        assert lib.scores.score(aid, "KE01", "specificity").value == "high"
    code, out, _ = run(capsys, "commitment-delete", pid, "KE01", "--force", *db)
    assert code == 0 and out == "deleted AP_KE05/KE01 and its 1 score (recorded in the audit log)"
    assert run(capsys, "milestone-delete", pid, "KE01", "KE01.1", *db)[2] == "irm-app: no commitment 'KE01' in plan AP_KE05"
