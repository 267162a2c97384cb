"""Review copies: an opened package lives only in its own read-only copy (issue 15, #2 and #3).

Before: a package overwrote the reviewer's plan texts, added a plan, put evidence into the
reviewer's own assessment, stored `<b>pwned</b>` as a level, broke `assessments` with an unknown
form key, kept every byte in the library (and its backups), and a same-name package from
another key silently replaced the genuine copy.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from irm_app.cli import main
from irm_app.importers.registry import read_import
from irm_app.interchange import dumps
from irm_app.library import Library
from irm_app.operations import review
from irm_app.operations.packaging import PackageInput, package_input, write_signed_package
from irm_app.paths import sample_plan
from irm_app.signing.errors import PackageError
from irm_app.signing.identity import create_identity

PASS = b"correct horse battery staple"
EVIDENCE = b"Minutes of the multi-stakeholder forum, 12 March 2024 - unique marker 7f3a9c\n"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory):
    """A researcher's assessment, packages of it by Ana and by an impostor, and hostile variants."""
    tmp = tmp_path_factory.mktemp("rc")
    ana = create_identity("Ana Pérez", "ana@example.org", "IRM", "CL", PASS, tmp / "ana")
    fake = create_identity("Ana Pérez", "ana@example.org", "IRM", "CL", PASS, tmp / "fake")
    with Library.open(tmp / "researcher.db") as lib:
        lib.imports.import_bundle(read_import(sample_plan()), who="t")
        aid = lib.assessments.create_assessment("AP_USA05", "irm-progress-report-legacy", researcher="Ana", who="Ana").id
        lib.scores.set_score(aid, "US0113", "specificity", "high", who="Ana")
        (tmp / "minutes.txt").write_bytes(EVIDENCE)
        lib.evidence.add_evidence(aid, title="Forum minutes", kind="document", file=tmp / "minutes.txt",
                         commitment_ids=["US0113"], who="Ana")
        inp = package_input(lib, aid)

    def build(name: str, ident=ana, change=None) -> Path:
        data = json.loads(inp.assessment_json)
        if change:
            change(data)
        crafted = PackageInput(inp.report, inp.plan_id, json.dumps(data).encode("utf-8"), inp.evidence)
        out = tmp / f"{name}.irmpkg"
        write_signed_package(crafted, out, ident, PASS)
        return out

    return {"tmp": tmp, "aid": aid, "ana": ana, "fake": fake, "build": build, "genuine": build("genuine"),
            "impostor": build("impostor", fake)}


@pytest.fixture
def reviewer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The reviewer's own library: the same plan, their own assessment with their own evidence."""
    monkeypatch.setenv("IRM_APP_HOME", str(tmp_path / "home"))
    db = tmp_path / "reviewer.db"
    with Library.open(db) as lib:
        lib.imports.import_bundle(read_import(sample_plan()), who="r")
        own = lib.assessments.create_assessment("AP_USA05", "irm-progress-report-legacy", researcher="Rita", who="Rita").id
        lib.scores.set_score(own, "US0114", "specificity", "low", who="Rita")
        ev = lib.evidence.add_evidence(own, title="Rita's note", kind="website", url="https://example.org/",
                              commitment_ids=["US0114"], who="Rita")
        state = _state(lib, own)
    return db, own, ev.id, state


def _state(lib: Library, own: str) -> str:
    """Everything the reviewer owns, as text: plans, commitments, their assessment and evidence."""
    doc = lib.snapshot([own])
    for a in doc.assessments:
        a.exported = None  # type: ignore[assignment]
    return dumps(doc)


def _hostile(data: dict, own: str, own_evidence: str) -> None:
    plan = data["plans"][0]
    plan["member"] = "Pwned Republic"
    plan["commitments"][0]["title"] = "Overwritten by the package"
    extra = json.loads(json.dumps(plan))
    extra["id"] = "AP_EVIL01"
    data["plans"].append(extra)
    ev = data["assessments"][0]["evidence"][0]
    ev["assessment_id"] = own
    ev["id"] = own_evidence


def test_hostile_ids_never_touch_the_reviewers_work(made, reviewer, capsys) -> None:
    db, own, own_ev, before = reviewer
    pkg = made["build"]("hostile-ids", change=lambda d: _hostile(d, own, own_ev))
    assert main(["open-package", str(pkg), "--db", str(db)]) == 3
    with Library.open(db) as lib:
        assert _state(lib, own) == before  # plan texts, commitments, scores, evidence: unchanged
        assert "AP_EVIL01" not in {p.id for p in lib.plans.summaries()}
        assert lib.plans.plan("AP_USA05").member != "Pwned Republic"
        [copy] = lib.review_copies.all()
        local = lib.assessments.assessment(copy.assessment_id)
        assert local.read_only and local.id != made["aid"] and local.plan_id != "AP_USA05"
        [ev] = lib.evidence.items(local.id)
        assert ev.id != own_ev and lib.evidence.file_bytes(ev.file_sha256) == EVIDENCE


@pytest.mark.parametrize(("case", "change", "why"), [
    ("markup-level", lambda d: d["assessments"][0]["commitments"]["US0113"]["scores"].update(
        specificity="<b>pwned</b>"), "specificity"),
    ("unknown-form", lambda d: d["assessments"][0].update(form="no-such-form"), "unknown form"),
    ("unknown-field", lambda d: d["assessments"][0]["commitments"]["US0113"]["scores"].update(
        made_up="high"), "made_up"),
])
def test_content_not_fitting_its_form_is_an_unreadable_copy(made, reviewer, capsys, case, change, why) -> None:
    db, own, _, before = reviewer
    pkg = made["build"](case, change=change)
    assert main(["open-package", str(pkg), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "unreadable" in err and why in err and err.count("\n") == 1
    assert main(["review-copies", "--db", str(db)]) == 0
    assert "unreadable" in capsys.readouterr().out
    # the library keeps working: nothing of the package became an assessment
    assert main(["assessments", "--db", str(db)]) == 0
    assert main(["export-json", "--out", str(Path(db).parent / "all.json"), "--db", str(db)]) == 0
    with Library.open(db) as lib:
        assert _state(lib, own) == before
        assert [a.id for a in lib.assessments.all()] == [own]


def test_evidence_stays_out_of_the_library_and_copies_can_be_removed(made, reviewer, capsys) -> None:
    db, own, _, before = reviewer
    assert main(["open-package", str(made["genuine"]), "--db", str(db)]) == 3
    assert EVIDENCE not in db.read_bytes()  # not in the database, so not in any backup either
    folder = db.with_name(db.name + ".review-copies")
    [stored] = [p for p in folder.rglob("*") if p.is_file()]
    assert stored.read_bytes() == EVIDENCE
    assert stored.stat().st_mode & 0o222 == 0  # read-only
    capsys.readouterr()
    assert main(["review-copies", "--db", str(db)]) == 0
    listing = capsys.readouterr().out
    assert made["ana"].fingerprint in listing and "genuine.irmpkg" in listing
    copy_id = listing.splitlines()[2].split()[0]
    assert main(["remove-review-copy", copy_id, "--db", str(db)]) == 0
    assert not any(p.is_file() for p in folder.rglob("*"))
    with Library.open(db) as lib:
        assert lib.review_copies.all() == [] and [a.id for a in lib.assessments.all()] == [own]
        assert _state(lib, own) == before
    assert main(["remove-review-copy", copy_id, "--db", str(db)]) == 2


def test_deleting_a_review_copys_assessment_removes_the_whole_copy(made, reviewer, capsys) -> None:
    """delete-assessment on a copy (issue 12's command) leaves no copy row, plan copy or file behind."""
    db, own, _, before = reviewer
    assert main(["open-package", str(made["genuine"]), "--db", str(db)]) == 3
    with Library.open(db) as lib:
        [copy] = lib.review_copies.all()
        plans_before = len(lib.plans.summaries())
    assert main(["delete-assessment", copy.assessment_id, "--yes", "--db", str(db)]) == 0
    folder = db.with_name(db.name + ".review-copies")
    assert not any(p.is_file() for p in folder.rglob("*"))
    with Library.open(db) as lib:
        assert lib.review_copies.all() == [] and [a.id for a in lib.assessments.all()] == [own]
        assert len(lib.plans.summaries()) == plans_before - 1
        assert _state(lib, own) == before


def test_package_over_the_size_limit_is_refused_before_reading(made, reviewer, monkeypatch, capsys) -> None:
    db, *_ = reviewer
    monkeypatch.setattr(review, "MAX_OPEN_SIZE", 1000)
    assert main(["open-package", str(made["genuine"]), "--db", str(db)]) == 2
    assert "the app opens packages up to 1,000 bytes" in capsys.readouterr().err
    with pytest.raises(PackageError, match="up to"):
        review.read_review_copy(made["genuine"], max_size=10)


def test_a_different_key_for_the_same_assessment_and_name_is_refused_loudly(made, reviewer, capsys) -> None:
    db, *_ = reviewer
    assert main(["open-package", str(made["genuine"]), "--db", str(db)]) == 3
    capsys.readouterr()
    assert main(["open-package", str(made["impostor"]), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "signed by a different key than the last package from Ana Pérez" in err
    assert made["ana"].fingerprint in err and made["fake"].fingerprint in err
    with Library.open(db) as lib:
        [copy] = lib.review_copies.all()
        assert copy.fingerprint == made["ana"].fingerprint  # the genuine copy stays
    assert main(["open-package", str(made["impostor"]), "--db", str(db), "--accept-new-key"]) == 3
    with Library.open(db) as lib:
        [copy] = lib.review_copies.all()
        assert copy.fingerprint == made["fake"].fingerprint


def test_verify_warns_about_a_key_change_as_opening_does(made, reviewer, capsys) -> None:
    """Before: `verify impostor.irmpkg` after opening Ana's package said 'VALID, untrusted' (exit 3),
    no word that the key differed; `open-package` refused the same file (exit 1)."""
    db = str(reviewer[0])
    ana, fake, genuine, impostor = made["ana"], made["fake"], made["genuine"], made["impostor"]
    assert main(["open-package", str(genuine), "--db", db]) == 3  # remembered: Ana's key
    capsys.readouterr()
    assert main(["verify", str(genuine)]) == 3  # the same key: nothing to warn about
    assert "KEY CHANGED" not in capsys.readouterr().err

    assert main(["verify", str(impostor)]) == 1  # as open-package: refused as a replacement
    err = capsys.readouterr().err
    first = err.splitlines()[0]
    assert first.startswith("!!! KEY CHANGED: signed by a different key than the last package")
    assert ana.fingerprint in first and fake.fingerprint in first  # both fingerprints, on the line that says so
    assert f"Fingerprint:  {fake.fingerprint}  (SHA-256)" in err
    assert main(["open-package", str(impostor), "--db", db]) == 1  # and opening agrees
    capsys.readouterr()

    assert main(["verify", str(impostor), "--trust", fake.fingerprint]) == 0  # a trusted key is accepted
    assert "KEY CHANGED" not in capsys.readouterr().out
    assert main(["open-package", str(genuine), "--db", db]) == 3  # verify remembered nothing new
