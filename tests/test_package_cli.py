"""The researcher-to-reviewer path through the CLI: identity, package, verify, open-package."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from irm_app.cli import main
from irm_app.importers.registry import read_import
from irm_app.library import Library
from irm_app.paths import sample_plan


@pytest.fixture(scope="module")
def packaged(tmp_path_factory: pytest.TempPathFactory):
    """One identity and one package of the scored sample, shared by the tests (packaging is slow)."""
    tmp = tmp_path_factory.mktemp("pkg")
    mp = pytest.MonkeyPatch()
    mp.setenv("IRM_APP_HOME", str(tmp / "home"))
    lib = Library.open(tmp / "library.db")
    lib.imports.import_bundle(read_import(sample_plan()), who="t")
    aid = lib.assessments.create_assessment("AP_USA05", "irm-progress-report-legacy", researcher="Ana", who="Ana").id
    lib.scores.set_score(aid, "US0113", "potential_impact", "transformative", who="Ana")
    lib.scores.set_justification(aid, "US0113", "potential_impact", "Transforma la práctica; Вывод", who="Ana")
    attachment = tmp / "minutes.txt"
    attachment.write_text("Minutes of the multi-stakeholder forum, 12 March 2024", encoding="utf-8")
    lib.evidence.add_evidence(aid, title="Forum minutes", kind="document", file=attachment, commitment_ids=["US0113"], who="Ana")
    lib.close()
    pp = tmp / "pass.txt"
    pp.write_text("a long enough passphrase\n", encoding="utf-8")
    out_lines = io.StringIO()
    with contextlib.redirect_stdout(out_lines):
        assert main(["identity", "create", "--name", "Ana Pérez", "--email", "ana@example.org", "--org", "IRM",
                     "--country", "CL", "--passphrase-file", str(pp)]) == 0
        out = tmp / "assessment.irmpkg"
        assert main(["package", aid, "--out", str(out), "--passphrase-file", str(pp), "--db", str(lib.path)]) == 0
    fingerprint = next(x for x in out_lines.getvalue().splitlines() if x.startswith("fingerprint")).split()[1]
    yield out, aid, str(lib.path), fingerprint, pp
    mp.undo()


def test_package_verifies_and_names_the_signer(packaged, capsys) -> None:
    out, aid, db, fingerprint, _ = packaged
    assert main(["verify", str(out)]) == 3  # valid, but nobody said this key is Ana's
    text = capsys.readouterr().err
    assert "Ana Pérez" in text and fingerprint in text and "UNTRUSTED" in text
    assert main(["verify", str(out), "--trust", fingerprint]) == 0
    assert "trusted signer" in capsys.readouterr().out
    assert main(["verify", str(out), "--trust", "AA" * 32]) == 3
    assert main(["verify", str(out), "--trust", "not-a-fingerprint"]) == 2  # a usage error
    with zipfile.ZipFile(out) as z:
        names = set(z.namelist())
        doc = json.loads(z.read("assessment.json"))
    assert {"manifest.json", "manifest.sig", "assessment.json", "report.pdf", "report.docx"} <= names
    assert any(n.startswith("evidence/") for n in names)
    assert doc["assessments"][0]["id"] == aid


def test_export_is_recorded_in_the_library_and_audit(packaged) -> None:
    out, aid, db, _, _ = packaged
    with Library.open(db, readonly=True) as lib:
        [export] = lib.history.exports(aid)
        assert export["kind"] == "package" and "Ana Pérez" in export["signer"]
        assert lib.history.audit(aid)[-1].action == "export-package"


def test_flipping_a_byte_fails_verification_naming_the_member(packaged, tmp_path: Path, capsys) -> None:
    out, *_ = packaged
    with zipfile.ZipFile(out) as z:
        info = z.getinfo("assessment.json")
    data = bytearray(out.read_bytes())
    data[info.header_offset + 30 + len(info.filename) + 100] ^= 0x01
    bad = tmp_path / "flipped.irmpkg"
    bad.write_bytes(bytes(data))
    assert main(["verify", str(bad)]) == 1
    assert "assessment.json" in capsys.readouterr().err


def test_reviewer_opens_read_only_and_sees_changes(packaged, tmp_path: Path, capsys, monkeypatch) -> None:
    out, aid, shared_db, fingerprint, pp = packaged
    monkeypatch.setenv("IRM_APP_HOME", str(Path(shared_db).parent / "home"))
    db = str(tmp_path / "researcher.db")
    shutil.copy(shared_db, db)
    reviewer = str(tmp_path / "reviewer.db")
    assert main(["open-package", str(out), "--db", reviewer]) == 3  # opened, signer untrusted
    opened = capsys.readouterr().out
    assert "read-only" in opened and fingerprint in opened and "UNTRUSTED" in opened
    with Library.open(reviewer) as lib:
        [copy] = lib.review_copies.all()
        assert copy.source_assessment_id == aid and copy.status == "ok"
        a = lib.assessments.assessment(copy.assessment_id)
        assert a.read_only and "Ana Pérez" in (a.signer or "")
        [ev] = [e for e in lib.evidence.items(a.id) if e.file_sha256]
        assert lib.evidence.file_bytes(ev.file_sha256).startswith(b"Minutes of the multi-stakeholder forum")
    # the researcher changes a score and sends a newer package
    assert main(["score", aid, "US0113", "potential_impact=moderate", "--db", db]) == 0
    newer = tmp_path / "newer.irmpkg"
    assert main(["package", aid, "--out", str(newer), "--passphrase-file", str(pp), "--db", db]) == 0
    capsys.readouterr()
    assert main(["open-package", str(newer), "--db", reviewer, "--trust", fingerprint]) == 0
    assert "US0113 potential_impact: 'transformative' -> 'moderate'" in capsys.readouterr().out


def test_tampered_package_is_refused_and_changes_nothing(packaged, tmp_path: Path, capsys) -> None:
    out, *_ = packaged
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad = tmp_path / "bad.irmpkg"
    bad.write_bytes(bytes(data))
    reviewer = tmp_path / "reviewer.db"
    Library.open(reviewer).close()
    before = reviewer.read_bytes()
    assert main(["open-package", str(bad), "--db", str(reviewer)]) == 2
    assert "refused" in capsys.readouterr().err
    with Library.open(reviewer) as lib:
        assert lib.assessments.all() == [] and lib.plans.summaries() == []
    assert len(before) > 0


def test_wrong_passphrase_is_one_line(packaged, tmp_path: Path, capsys, monkeypatch) -> None:
    out, aid, db, _, _ = packaged
    monkeypatch.setenv("IRM_APP_HOME", str(Path(db).parent / "home"))
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    assert main(["package", aid, "--out", str(tmp_path / "x.irmpkg"), "--passphrase-file", str(wrong), "--db", db]) == 2
    err = capsys.readouterr().err
    assert "passphrase" in err and err.count("\n") == 1
    assert not (tmp_path / "x.irmpkg").exists()


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils not installed")
def test_pdfsig_agrees_on_the_packaged_report(packaged, tmp_path: Path) -> None:
    out, *_ = packaged
    with zipfile.ZipFile(out) as z:
        (tmp_path / "report.pdf").write_bytes(z.read("report.pdf"))
    r = subprocess.run(["pdfsig", str(tmp_path / "report.pdf")], capture_output=True, text=True)
    assert "Signature is Valid" in r.stdout


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")
def test_openssl_verifies_the_manifest_signature(packaged, tmp_path: Path) -> None:
    out, *_ = packaged
    with zipfile.ZipFile(out) as z:
        (tmp_path / "manifest.json").write_bytes(z.read("manifest.json"))
        (tmp_path / "manifest.sig").write_bytes(z.read("manifest.sig"))
    r = subprocess.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-noverify",
                        "-in", str(tmp_path / "manifest.sig"), "-content", str(tmp_path / "manifest.json"),
                        "-out", "/dev/null"], capture_output=True, text=True)
    assert r.returncode == 0 and "Verification successful" in r.stderr


def test_a_draft_package_says_draft_in_its_signed_manifest_and_verdict(packaged, capsys) -> None:
    out, _aid, _db, fingerprint, _ = packaged
    with zipfile.ZipFile(out) as z:
        manifest = json.loads(z.read("manifest.json"))
        pdf = z.read("report.pdf")
    assert manifest["report"] == {"status": "draft", "version": 0}
    pdf_path = out.with_suffix(".draft.pdf")
    pdf_path.write_bytes(pdf)
    shown = subprocess.run(["pdftotext", "-l", "1", str(pdf_path), "-"], capture_output=True, text=True).stdout
    pdf_path.unlink()
    assert "DRAFT" in shown  # the cover says so
    assert main(["verify", str(out), "--trust", fingerprint]) == 0
    text = capsys.readouterr().out
    assert "Report:       DRAFT for review: not the final report" in text
    assert "FINAL" not in text


def test_a_final_package_says_final_and_its_version(packaged, tmp_path: Path, capsys) -> None:
    _out, aid, db, fingerprint, pp = packaged
    with Library.open(db) as lib:
        lib.assessments.set_status(aid, "final", who="Ana")
    try:
        final = tmp_path / "final.irmpkg"
        assert main(["package", aid, "--out", str(final), "--passphrase-file", str(pp), "--db", db]) == 0
        assert "final, version 1" in capsys.readouterr().out
        with zipfile.ZipFile(final) as z:
            assert json.loads(z.read("manifest.json"))["report"] == {"status": "final", "version": 1}
        assert main(["verify", str(final), "--trust", fingerprint]) == 0
        assert "Report:       FINAL, version 1" in capsys.readouterr().out
    finally:
        with Library.open(db) as lib:
            lib.assessments.set_status(aid, "draft", who="Ana")  # reopened: the module's other tests see a draft


def test_verifying_a_real_package_imports_no_network_gui_or_report_code(packaged, tmp_path: Path) -> None:
    """The issue saw `verify` pull aiohttp through pyhanko's signing module: a valid, trusted
    package verified in a fresh process (what a reviewer types) loads none of it."""
    from .test_cli_imports import imported, loaded

    out, _, _, fingerprint, _ = packaged
    code, mods = imported("verify", str(out), "--trust", fingerprint,
                          env=dict(os.environ, IRM_APP_HOME=str(tmp_path)))
    assert code == 0  # valid and trusted: the whole check ran
    for heavy in ("aiohttp", "PySide6", "reportlab", "docx", "sqlite_utils", "irm_app.library", "irm_app.ui"):
        assert not loaded(mods, heavy), f"irm-app verify PACKAGE imports {heavy}"
