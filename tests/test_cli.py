"""The command line: what a researcher types, what it prints, and its exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from irm_app.cli import main
from irm_app.paths import sample_plan

from .test_importers import OGP_CSV


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_and_help() -> None:
    r = subprocess.run([sys.executable, "-m", "irm_app.cli", "--version"], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.startswith("irm-app ")


def test_import_then_plans_json_shows_the_sample(capsys, db_path: Path) -> None:
    code, out, _ = run(capsys, "import", str(sample_plan()), "--db", str(db_path))
    assert code == 0 and "36 commitments added" in out and "70 milestones" in out
    code, out, _ = run(capsys, "plans", "--json", "--db", str(db_path))
    [plan] = json.loads(out)
    assert (plan["id"], plan["commitments"], plan["milestones"]) == ("AP_USA05", 36, 70)


def test_score_show_and_export_round(capsys, db_path: Path, tmp_path: Path) -> None:
    run(capsys, "import", str(sample_plan()), "--db", str(db_path))
    code, out, _ = run(capsys, "new-assessment", "AP_USA05", "--form", "irm-progress-report-legacy",
                       "--researcher", "Ana", "--db", str(db_path))
    aid = out.strip()
    assert code == 0 and len(aid) == 36
    code, out, _ = run(capsys, "score", aid[:8], "US0139", "specificity=High", "relevance=access_to_information",
                       "potential_impact=transformative", "completion_progress=substantial",
                       "--justification", "The portal is live", "--db", str(db_path))
    assert code == 0 and "Starred (progress report): yes" in out
    code, out, _ = run(capsys, "score", aid, "public_influence_development=involve",
                       "--justification", "Meetings were held", "--db", str(db_path))
    assert code == 0 and "plan public_influence_development = Involve" in out
    code, out, _ = run(capsys, "show", aid, "US0139", "--db", str(db_path))
    assert "Potential impact: Transformative" in out and "The portal is live" in out
    out_file = tmp_path / "export.json"
    code, _, _ = run(capsys, "export-json", aid, "--out", str(out_file), "--db", str(db_path))
    doc = json.loads(out_file.read_text(encoding="utf-8"))
    assert doc["format"] == "irm-app/1"
    a = doc["assessments"][0]
    assert a["commitments"]["US0139"]["derived"]["starred_progress"] is True
    assert a["commitments"]["US0139"]["justifications"]["specificity"] == "The portal is live"
    assert a["plan_scores"] == {"public_influence_development": "involve"}
    assert len(doc["plans"][0]["commitments"]) == 36


def test_whole_library_export_includes_imported_codes(capsys, db_path: Path, tmp_path: Path) -> None:
    run(capsys, "import", str(OGP_CSV), "--db", str(db_path))
    out_file = tmp_path / "all.json"
    assert run(capsys, "export-json", "--out", str(out_file), "--db", str(db_path))[0] == 0
    doc = json.loads(out_file.read_text(encoding="utf-8"))
    assert {p["id"] for p in doc["plans"]} == {"AP_ALB01", "AP_BRA05"}
    assert len(doc["assessments"]) == 3


@pytest.mark.parametrize(
    "argv",
    [
        ["score", "nope", "US0113", "specificity=high"],
        ["new-assessment", "AP_NOPE", "--form", "irm-progress-report-legacy", "--researcher", "x"],
        ["new-assessment", "AP_USA05", "--form", "no-such-form", "--researcher", "x"],
        ["import", "/no/such/file.json"],
        ["show", "nope"],
    ],
)
def test_bad_input_exits_2_with_one_line(capsys, db_path: Path, argv: list[str]) -> None:
    run(capsys, "import", str(sample_plan()), "--db", str(db_path))
    code, out, err = run(capsys, *argv, "--db", str(db_path))
    assert code == 2
    assert err.startswith("irm-app: ") and err.count("\n") == 1 and "Traceback" not in err


def test_bad_score_changes_nothing(capsys, db_path: Path) -> None:
    run(capsys, "import", str(sample_plan()), "--db", str(db_path))
    aid = run(capsys, "new-assessment", "AP_USA05", "--form", "irm-progress-report-legacy",
              "--researcher", "Ana", "--db", str(db_path))[1].strip()
    code, _, err = run(capsys, "score", aid, "US0113", "specificity=high", "potential_impact=huge", "--db", str(db_path))
    assert code == 2 and "unknown level 'huge'" in err
    _, out, _ = run(capsys, "show", aid, "US0113", "--db", str(db_path))
    assert "Specificity: (not set)" in out  # the valid pair before the bad one was not written either


def test_subprocess_exit_codes_and_no_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "IRM_APP_DB": str(tmp_path / "lib.db"), "IRM_APP_HOME": str(tmp_path)}
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "irm_app.cli", "import", str(bad)], capture_output=True, text=True, env=env)
    assert r.returncode == 2 and r.stderr.strip().startswith("irm-app: bad.json: line 1")
    assert not (tmp_path / "lib.db").exists() or "AP_" not in r.stdout
    r = subprocess.run([sys.executable, "-m", "irm_app.cli", "frobnicate"], capture_output=True, text=True, env=env)
    assert r.returncode == 2
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    r = subprocess.run([sys.executable, "-m", "irm_app.cli"], capture_output=True, text=True, env=env)
    assert r.returncode == 2 and "no display available" in r.stderr and "Traceback" not in r.stderr


def test_damaged_library_is_recovered_from_backup_at_start(capsys, db_path: Path) -> None:
    assert run(capsys, "import", str(sample_plan()), "--db", str(db_path))[0] == 0  # closing makes a backup
    db_path.write_bytes(b"\x00garbage" * 4096)
    for side in ("-wal", "-shm"):
        Path(str(db_path) + side).unlink(missing_ok=True)
    code, out, err = run(capsys, "new-assessment", "AP_USA05", "--form", "irm-results-report-2021",
                         "--researcher", "Ana", "--db", str(db_path))
    assert code == 0, err
    assert "backup" in err and "damaged" in err
    assert any(p.name.startswith(db_path.name + ".damaged-") for p in db_path.parent.iterdir())
    code, out, _ = run(capsys, "plans", "--json", "--db", str(db_path))
    assert json.loads(out)[0]["commitments"] == 36


def test_gui_sample_lands_on_the_real_plan_once(capsys, db_path: Path, tmp_path: Path) -> None:
    png = tmp_path / "shot.png"
    for _ in range(2):  # idempotent: a second start neither re-imports nor adds an assessment
        assert main(["gui", "--sample", "--researcher", "Ana", "--screenshot", str(png), "--db", str(db_path)]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    code, out, _ = run(capsys, "assessments", "--json", "--db", str(db_path))
    [a] = json.loads(out)
    assert (a["plan_id"], a["form"], a["researcher"], a["progress"]["total"]) == (
        "AP_USA05", "irm-results-report-2021", "Ana", 36)
