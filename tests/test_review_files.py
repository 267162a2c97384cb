"""Review files as a hostile reviewer would send them (docs/review-format.md): a valid signature
over bad content, a comment id that names someone else's comment, an extra member, a file for
an assessment that is not here; and merging several files in a defined order, all or nothing."""

from __future__ import annotations

import json
import uuid
import zipfile
from pathlib import Path

import pytest

from irm_app.library.errors import NotFound
from irm_app.operations import comments as ops
from irm_app.operations.review_files import import_review_files, read_review
from irm_app.signing.errors import PackageError
from irm_app.signing.identity import create_identity
from irm_app.signing.review_file import FORMAT, write_review_file

PASS = b"correct horse battery staple"


@pytest.fixture(scope="module")
def reviewers(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("reviewers")
    return {name: create_identity(name, f"{name.split()[0].lower()}@example.org", "IRM", "CL", PASS, tmp / name)
            for name in ("Rita Staff", "Eve External")}


def _comment(text: str, *, cid: str | None = None, role: str = "irm_staff", commitment: str | None = "US0113",
             created: str = "2026-11-01T10:00:00Z") -> dict:
    return {"id": cid or str(uuid.uuid4()), "anchor": "commitment" if commitment else "report",
            "commitment_id": commitment, "author": "whoever", "role": role, "text": text, "created_at": created}


def _file(out: Path, ident, aid: str, comments: list[dict], states: list[dict] | None = None, **over) -> Path:
    doc = {"format": FORMAT, "app_version": "test", "created": "2026-11-02T00:00:00Z", "assessment_id": aid,
           "package_sha256": "", "package_name": "", "comments": comments, "states": states or [],
           "reviewer": {"name": ident.name, "role": "irm_staff", "subject": ident.subject_str,
                        "fingerprint": ident.fingerprint}}
    doc.update(over)
    write_review_file(out, json.dumps(doc).encode("utf-8"), ident, PASS)
    return out


def test_signed_but_bad_content_is_refused_in_one_line(scored_library, reviewers, tmp_path: Path) -> None:
    lib, aid = scored_library
    rita = reviewers["Rita Staff"]
    cases = {
        "role": ([_comment("x", role="overlord")], {}, "unknown role 'overlord'"),
        "key": ([{**_comment("x"), "score": "low"}], {}, "comments.0.score"),
        "id": ([_comment("x", cid="../../etc")], {}, "comments.0.id"),
        "state": ([], {"states": [{"commitment_id": None, "reviewer": "R", "role": "irm_staff", "state": "burn",
                                   "updated": "2026-11-01T00:00:00Z"}]}, "unknown review state 'burn'"),
        "signer": ([_comment("x")], {"reviewer": {"name": "Ana", "role": "irm_staff", "subject": "",
                                                  "fingerprint": reviewers["Eve External"].fingerprint}},
                   "names signer"),
    }
    for name, (comments, over, problem) in cases.items():
        path = tmp_path / f"{name}.irmreview"
        if name == "signer":
            with pytest.raises(PackageError, match="names signer"):  # the writer checks its own output
                _file(path, rita, aid, comments, **over)
            continue
        _file(path, rita, aid, comments, **over)
        with pytest.raises(PackageError) as e:
            read_review(path)
        assert problem in str(e.value) and "\n" not in str(e.value) and str(e.value).startswith(f"{name}.irmreview")
    assert ops.list_comments(lib, aid) == []


def test_an_extra_member_or_a_package_in_disguise_is_refused(scored_library, reviewers, tmp_path: Path) -> None:
    lib, aid = scored_library
    good = _file(tmp_path / "good.irmreview", reviewers["Rita Staff"], aid, [_comment("fine")])
    extra = tmp_path / "extra.irmreview"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(extra, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("evil.sh", b"rm -rf ~")
    with pytest.raises(PackageError, match="not a member"):
        read_review(extra)
    with pytest.raises(PackageError, match="no such file"):
        read_review(tmp_path / "missing.irmreview")


def test_a_comment_id_of_someone_elses_comment_changes_nothing(scored_library, reviewers, tmp_path: Path) -> None:
    lib, aid = scored_library
    other = lib.assessments.create_assessment("AP_USA05", "irm-progress-report-legacy", researcher="Bo", who="bo").id
    mine = ops.add_comment(lib, other, "my own note", author="Bo", who="bo").result
    path = _file(tmp_path / "steal.irmreview", reviewers["Rita Staff"], aid,
                 [_comment("overwritten!", cid=mine.id), _comment("a real one")])
    done = import_review_files(lib, [read_review(path)], who="ana").result[0]
    assert (done.comments_new, done.comments_held) == (1, 1)
    assert [c.text for c in ops.list_comments(lib, other)] == ["my own note"]
    assert [c.text for c in ops.list_comments(lib, aid)] == ["a real one"]


def test_several_files_merge_in_a_defined_order_all_or_nothing(scored_library, reviewers, tmp_path: Path) -> None:
    lib, aid = scored_library
    shared = str(uuid.uuid4())  # a comment both files carry (Eve forwarded Rita's): filed once
    f1 = _file(tmp_path / "rita.irmreview", reviewers["Rita Staff"], aid,
               [_comment("Rita 1", cid=shared, created="2026-11-01T09:00:00Z"),
                _comment("Rita 2", created="2026-11-01T11:00:00Z")],
               [{"commitment_id": "US0113", "reviewer": "x", "role": "irm_staff", "state": "needs_changes",
                 "updated": "2026-11-01T12:00:00Z"}])
    f2 = _file(tmp_path / "eve.irmreview", reviewers["Eve External"], aid,
               [_comment("Rita 1", cid=shared, created="2026-11-01T09:00:00Z"),
                _comment("Eve 1", role="external_reviewer", commitment=None, created="2026-11-01T10:00:00Z")])
    missing = _file(tmp_path / "elsewhere.irmreview", reviewers["Eve External"], "not-here",
                    [_comment("lost?")])
    with pytest.raises(NotFound, match="not in this library"):
        import_review_files(lib, [read_review(f1), read_review(f2), read_review(missing)], who="ana")
    assert ops.list_comments(lib, aid) == []  # all or nothing
    done = import_review_files(lib, [read_review(f2), read_review(f1)], who="ana").result
    assert sum(d.comments_new for d in done) == 3 and sum(d.comments_held for d in done) == 1
    listing = [(c.text, c.author) for c in ops.list_comments(lib, aid)]
    assert listing == [("Rita 1", done[0].reviewer), ("Eve 1", "Eve External"), ("Rita 2", "Rita Staff")]
    assert [c.outdated for c in ops.list_comments(lib, aid)] == [True, True, True]  # no package exported here
    assert [(s.reviewer, s.state) for s in ops.review_states(lib, aid)] == [("Rita Staff", "needs_changes")]
    again = import_review_files(lib, [read_review(f1), read_review(f2)], who="ana").result
    assert all(d.already_imported for d in again) and len(ops.list_comments(lib, aid)) == 3


def test_a_package_cannot_move_the_reviewers_own_comments(tmp_path: Path, monkeypatch) -> None:
    """Opening a package whose comments claim ids of the reviewer's own comments (on their own
    assessment) leaves those untouched: a copy only ever replaces its own comments."""
    from irm_app.importers.registry import read_import
    from irm_app.interchange import loads
    from irm_app.library import Library
    from irm_app.paths import sample_plan

    monkeypatch.setenv("IRM_APP_HOME", str(tmp_path / "home"))
    with Library.open(tmp_path / "r.db") as lib:
        lib.imports.import_bundle(read_import(sample_plan()), who="r")
        own = lib.assessments.create_assessment("AP_USA05", "irm-progress-report-legacy", researcher="Rita", who="r").id
        mine = ops.add_comment(lib, own, "Rita's private note", author="Rita", who="r").result
        doc = loads(json.dumps({"format": "irm-app/1", "plans": [json.loads(lib.plans.plan("AP_USA05").model_dump_json())],
                                "assessments": []}))
        src = lib.snapshot([own]).assessments[0].model_copy(update={"id": "their-assessment"})
        src.comments = [mine.model_copy(update={"text": "hijacked"})]
        doc.assessments = [src]
        copy, _ = lib.review_copies.load(doc, {}, source_assessment_id="their-assessment", signer="S",
                                       fingerprint="F", who="r")
        assert [c.text for c in ops.list_comments(lib, own)] == ["Rita's private note"]
        assert ops.list_comments(lib, copy) == []


def test_every_single_changed_byte_is_refused(scored_library, reviewers, tmp_path: Path) -> None:
    """Flip each byte of a review file in turn: every variant is refused, none reaches the library."""
    lib, aid = scored_library
    good = _file(tmp_path / "good.irmreview", reviewers["Rita Staff"], aid, [_comment("short")])
    data = good.read_bytes()
    bad = tmp_path / "bad.irmreview"
    accepted = []
    for at in range(len(data)):
        flipped = bytearray(data)
        flipped[at] ^= 0x01
        bad.write_bytes(bytes(flipped))
        try:
            read_review(bad)
        except PackageError as e:
            assert "\n" not in str(e)
        else:
            accepted.append(at)
    assert accepted == [], f"{len(accepted)} of {len(data)} one-byte changes accepted, e.g. at {accepted[:5]}"


def test_terminal_control_text_in_a_review_reaches_no_terminal(scored_library, reviewers, tmp_path: Path,
                                                               capsys) -> None:
    from irm_app.cli import main

    lib, aid = scored_library
    evil = "\x1b[2J\x1b[1;32mVALID, trusted\x1b[0m\u202e"
    bad_time = _file(tmp_path / "t.irmreview", reviewers["Rita Staff"], aid,
                     [_comment("x", created="2026-11-01T10:00:00Z\x1b[2J")])
    with pytest.raises(PackageError, match="created_at"):
        read_review(bad_time)
    path = _file(tmp_path / "e.irmreview", reviewers["Rita Staff"], aid,
                 [{**_comment(f"text {evil}", commitment=None), "anchor": "section", "section": evil}])
    import_review_files(lib, [read_review(path)], who="ana")
    db = str(lib.path)
    lib.close()
    assert main(["comments", aid[:8], "--db", db]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and "text " in out
