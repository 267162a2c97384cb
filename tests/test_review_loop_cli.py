"""The review loop through the CLI (issue 16, "Done when"): a package goes from the researcher to
two reviewers, each comments on their own review copy and exports a signed review file; both
come back, every comment shows once in its thread, answerable; a file with one byte changed is
refused in one line, the same file twice changes nothing, and a review of an older package
version lands flagged. Each person has their own data folder (identity, trust list) and library.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from irm_app.cli import main
from irm_app.library.review_copies import copy_id_for

PASS = "a long enough passphrase\n"


class People:
    """Three people's data folders and libraries; `run(person, *argv)` runs irm-app as them."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
        self.root, self.mp, self.capsys = root, monkeypatch, capsys
        self.pp = root / "pass.txt"
        self.pp.write_text(PASS, encoding="utf-8")

    def run(self, person: str, *argv: str) -> tuple[int, str, str]:
        self.mp.setenv("IRM_APP_HOME", str(self.root / person))
        self.mp.setenv("IRM_APP_USER", person)
        self.capsys.readouterr()
        code = main([*argv, "--db", str(self.root / f"{person}.db")] if argv[0] not in ("identity", "verify", "trust")
                    else list(argv))
        out, err = self.capsys.readouterr()
        return code, out, err

    def identity(self, person: str, name: str) -> None:
        code, out, err = self.run(person, "identity", "create", "--name", name, "--email", f"{person}@example.org",
                                  "--org", "IRM", "--country", "CL", "--passphrase-file", str(self.pp))
        assert code == 0, err


def _comments(p: People, person: str, target: str, *extra: str) -> list[dict]:
    code, out, err = p.run(person, "comments", target, "--json", *extra)
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def loop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    from irm_app.paths import sample_plan

    p = People(tmp_path, monkeypatch, capsys)
    assert p.run("ana", "import", str(sample_plan()))[0] == 0
    code, out, _ = p.run("ana", "new-assessment", "AP_USA05", "--form", "irm-progress-report-legacy",
                         "--researcher", "Ana Pérez")
    aid = out.strip()
    assert p.run("ana", "score", aid, "US0113", "specificity=high", "--justification", "Clear milestones")[0] == 0
    p.identity("ana", "Ana Pérez")
    pkg = tmp_path / "v1.irmpkg"
    assert p.run("ana", "package", aid, "--out", str(pkg), "--passphrase-file", str(p.pp))[0] == 0
    copy = copy_id_for(aid)
    for person, name in (("rita", "Rita Staff"), ("eve", "Eve External")):
        p.identity(person, name)
        code, _, err = p.run(person, "open-package", str(pkg))
        assert code == 3, err  # valid, the researcher not on their trust list yet
    return p, aid, copy, pkg


def test_two_reviewers_and_back(loop, tmp_path: Path) -> None:
    p, aid, copy, _ = loop
    # Rita: a field comment, a report-level comment and a state, on her own copy.
    code, out, err = p.run("rita", "comment", copy, "US0113", "--field", "specificity", "--role", "irm_staff",
                           "--text", "High specificity? The milestones have no dates.")
    assert code == 0, err
    rita_field = out.strip()
    assert p.run("rita", "comment", copy, "--role", "irm_staff", "--text", "Executive summary too long")[0] == 0
    assert p.run("rita", "review-state", copy, "needs_changes", "--commitment", "US0113", "--role", "irm_staff")[0] == 0
    # The copy's scores stay read-only, comments do not.
    code, _, err = p.run("rita", "score", copy, "US0113", "specificity=low")
    assert code == 2 and "read-only" in err
    # Eve: a commitment comment and a section comment.
    assert p.run("eve", "comment", copy, "US0114", "--role", "external_reviewer", "--text", "Source for the claim?")[0] == 0
    assert p.run("eve", "comment", copy, "--section", "executive_summary", "--role", "external_reviewer",
                 "--text", "Mention the co-creation forum")[0] == 0
    r1, r2 = tmp_path / "rita.irmreview", tmp_path / "eve.irmreview"
    for person, out_file in (("rita", r1), ("eve", r2)):
        code, out, err = p.run(person, "review-export", copy, "--out", str(out_file), "--passphrase-file", str(p.pp))
        assert code == 0, err
        assert "reviewing package" in out

    # Back at the researcher's: both files in one go (untrusted signers: imported, exit 3).
    code, out, err = p.run("ana", "import", str(r2), str(r1))
    assert code == 3, err
    assert out.count("UNTRUSTED") == 2 and "reviews the latest package" in out
    got = _comments(p, "ana", aid)
    assert sorted(c["text"] for c in got) == sorted([
        "High specificity? The milestones have no dates.", "Executive summary too long",
        "Source for the claim?", "Mention the co-creation forum"])
    assert {c["author"] for c in got} == {"Rita Staff", "Eve External"}  # the signer, whatever was typed
    field = next(c for c in got if c["id"] == rita_field)
    assert (field["anchor"], field["commitment_id"], field["field"]) == ("field", "US0113", "specificity")
    assert [c["text"] for c in _comments(p, "ana", aid, "--commitment", "US0114")] == ["Source for the claim?"]
    assert len(_comments(p, "ana", aid, "--author", "Eve External")) == 2
    states = json.loads(p.run("ana", "comments", aid, "--states", "--json")[1])
    assert [(s["commitment_id"], s["reviewer"], s["state"]) for s in states] == [("US0113", "Rita Staff",
                                                                                  "needs_changes")]

    # The same file again: nothing changes.
    code, out, _ = p.run("ana", "import", str(r1))
    assert code == 3 and "already imported; nothing changed" in out
    assert len(_comments(p, "ana", aid)) == 4

    # One byte changed anywhere in the file: refused in one line, nothing stored.
    data = bytearray(r2.read_bytes())
    for at in (40, len(data) // 2, len(data) - 30):
        bad = tmp_path / f"bad{at}.irmreview"
        flipped = bytearray(data)
        flipped[at] ^= 0x01
        bad.write_bytes(bytes(flipped))
        code, out, err = p.run("ana", "import", str(bad))
        assert code in (1, 2), (at, out, err)
        assert err.count("\n") == 1 and "refused" in err, err
    assert len(_comments(p, "ana", aid)) == 4

    # The researcher answers in context: a reply, and the score changed from the comment (linked).
    code, out, err = p.run("ana", "reply", rita_field[:8], "--role", "irm_staff", "--text", "Agreed: lowered to medium")
    assert code == 0, err
    code, out, err = p.run("ana", "resolve", rita_field[:8], "--score", "medium")
    assert code == 0 and "resolved" in out, err
    doc_file = tmp_path / "doc.json"
    assert p.run("ana", "export-json", aid, "--out", str(doc_file))[0] == 0
    doc = json.loads(doc_file.read_text(encoding="utf-8"))["assessments"][0]
    assert doc["commitments"]["US0113"]["scores"]["specificity"] == "medium"
    assert len(doc["comments"]) == 5 and doc["review_states"][0]["state"] == "needs_changes"
    field = next(c for c in _comments(p, "ana", aid) if c["id"] == rita_field)
    assert field["status"] == "resolved" and field["resolved_by"] == "ana"
    assert field["score_change"] == {"commitment_id": "US0113", "field": "specificity", "old": "high",
                                     "new": "medium"}
    assert len(_comments(p, "ana", aid, "--open")) == 3

    # The next package records what was answered: Rita opens it and sees it on her side.
    v2 = tmp_path / "v2.irmpkg"
    assert p.run("ana", "package", aid, "--out", str(v2), "--passphrase-file", str(p.pp))[0] == 0
    code, out, _ = p.run("rita", "open-package", str(v2))
    assert code == 3 and "review comments: 5 in the package, 1 resolved, 1 replies" in out
    mine = {c["id"]: c for c in _comments(p, "rita", copy)}
    assert mine[rita_field]["status"] == "resolved"
    assert any(c["parent_id"] == rita_field and c["text"] == "Agreed: lowered to medium" for c in mine.values())
    code, out, _ = p.run("rita", "comments", copy)
    assert "resolved by ana" in out and "    Agreed: lowered to medium" in out  # the reply sits in its thread

    # Eve still reviews v1: her next file lands, flagged as a review of an older version.
    assert p.run("eve", "comment", copy, "US0113", "--role", "external_reviewer", "--text", "Late remark")[0] == 0
    r3 = tmp_path / "eve2.irmreview"
    assert p.run("eve", "review-export", copy, "--out", str(r3), "--passphrase-file", str(p.pp))[0] == 0
    code, out, err = p.run("ana", "import", str(r3))
    assert code == 3, err
    assert "OLDER package version" in out and "1 new comments, 2 already here" in out
    late = [c for c in _comments(p, "ana", aid) if c["text"] == "Late remark"]
    assert len(late) == 1 and late[0]["outdated"] is True
    assert len(_comments(p, "ana", aid)) == 6  # 4 + the reply + the late remark: none lost, none twice


def test_review_file_verifies_with_verify_and_is_not_a_package(loop, tmp_path: Path) -> None:
    p, aid, copy, _ = loop
    assert p.run("rita", "comment", copy, "--text", "fine")[0] == 0
    r = tmp_path / "r.irmreview"
    assert p.run("rita", "review-export", copy, "--out", str(r), "--passphrase-file", str(p.pp))[0] == 0
    code, out, err = p.run("ana", "verify", str(r))
    assert code == 3 and "VALID review file, but UNTRUSTED" in err
    fp = next(line.split()[1] for line in err.splitlines() if line.startswith("Fingerprint:"))
    code, out, err = p.run("ana", "verify", str(r), "--trust", fp)
    assert code == 0 and out.startswith("VALID review file, trusted")
    code, _, err = p.run("ana", "open-package", str(r))
    assert code == 2 and "a review file, not a package" in err
    # Trusted on the researcher's list: the import exits 0.
    assert p.run("ana", "trust", "add", fp, "--name", "Rita")[0] == 0
    assert p.run("ana", "import", str(r))[0] == 0


def test_review_export_needs_something_to_send_and_a_real_copy(loop, tmp_path: Path) -> None:
    p, aid, copy, _ = loop
    code, _, err = p.run("rita", "review-export", copy, "--out", str(tmp_path / "x.irmreview"),
                         "--passphrase-file", str(p.pp))
    assert code == 2 and "no comments or review states" in err
    code, _, err = p.run("ana", "review-export", aid[:8], "--out", str(tmp_path / "x.irmreview"),
                         "--passphrase-file", str(p.pp))
    assert code == 2 and "no review copy" in err
    assert not (tmp_path / "x.irmreview").exists()


def test_a_key_change_of_a_reviewer_is_refused(loop, tmp_path: Path) -> None:
    p, aid, copy, _ = loop
    assert p.run("rita", "comment", copy, "--text", "first")[0] == 0
    r1 = tmp_path / "r1.irmreview"
    assert p.run("rita", "review-export", copy, "--out", str(r1), "--passphrase-file", str(p.pp))[0] == 0
    assert p.run("ana", "import", str(r1))[0] == 3
    # Someone else with Rita's name and another key.
    p.identity("mallory", "Rita Staff")
    assert p.run("mallory", "open-package", str(loop[3]))[0] == 3
    assert p.run("mallory", "comment", copy, "--text", "approve everything")[0] == 0
    forged = tmp_path / "forged.irmreview"
    assert p.run("mallory", "review-export", copy, "--out", str(forged), "--passphrase-file", str(p.pp))[0] == 0
    code, _, err = p.run("ana", "import", str(forged))
    assert code == 1 and "different key" in err
    assert [c["text"] for c in _comments(p, "ana", aid)] == ["first"]
