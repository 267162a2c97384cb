"""A reviewed Word file read back: the exported report of the bundled sample, commented and
changed the way Word saves it (and once more after LibreOffice saved it), each comment filed
under the commitment or section it sits in, in its thread; hostile files refused in one line."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from docx import Document

from irm_app.importers.bundle import ImportFailed
from irm_app.library import Library
from irm_app.operations import narrative as narr
from irm_app.operations.assessments import read_plan_file
from irm_app.operations.reports import render_report, report_input
from irm_app.operations.scoring import score
from irm_app.paths import sample_plan
from irm_app.reports.anchors import Namer, bookmark_name, decode
from irm_app.reports.blocks import Anchor
from irm_app.review.docx_review import read_docx_review
from irm_app.review.section_keys import section_key, split_section_key

from .review_docx import Edit, Note, add_review

APR = "irm-action-plan-review-2021"
OVERVIEW = "The plan is extensive but its commitments are overall vague."
CLUSTER_POTENTIAL = "Equitable data could change how agencies decide."
US0120_POTENTIAL = "Environmental justice tools could reach every county."


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, Path]:
    """The sample's Action Plan Review exported to Word: a cluster, a lone promising commitment,
    narrative for the plan, the cluster and the commitment."""
    tmp = tmp_path_factory.mktemp("rword")
    with Library.open(tmp / "lib.db") as lib:
        lib.imports.import_bundle(read_plan_file(sample_plan()), who="t")
        a = lib.assessments.create_assessment("AP_USA05", APR, researcher="Ana", who="t")
        for cid, potential in (("US0113", "substantial"), ("US0114", "modest"), ("US0120", "substantial")):
            score(lib, a.id, cid, {"verifiable": "yes", "relevance": ["access_to_information"],
                                   "potential_for_results": potential, "promising": "yes"},
                  justification=f"Rationale for {cid}: clear and measurable.", who="t")
        narr.set_cluster(lib, a.id, "Equitable data", ["US0113", "US0114"], who="t")
        narr.set_narrative(lib, a.id, "overview", OVERVIEW, who="t")
        narr.set_narrative(lib, a.id, "potential", CLUSTER_POTENTIAL, cluster="Equitable data", who="t")
        narr.set_narrative(lib, a.id, "potential", US0120_POTENTIAL, commitment_id="US0120", who="t")
        out = render_report(report_input(lib, a.id), "docx", tmp / "apr.docx")
        # the same assessment exported again after an edit: the anchors must not move
        score(lib, a.id, "US0115", {"verifiable": "yes"}, justification="Edited later.", who="t")
        again = render_report(report_input(lib, a.id), "docx", tmp / "apr-again.docx")
    return out, a.id, again


NOTES = [
    Note("Rationale for US0120", "Is the rationale backed by an interview?", "Maria Lopez", "ML"),
    Note(None, "Yes: see the second interview.", "Ana", "A", "2026-11-22T08:00:00Z", reply_to=0),
    Note("Rationale for US0120", "Thanks, resolved on our side.", "Maria Lopez", "ML", "2026-11-23T08:00:00Z",
         reply_to=1),
    Note(OVERVIEW, "Too harsh:\nthe plan had 36 commitments.", "Civil Society Forum", "CSF"),
    Note(CLUSTER_POTENTIAL, "Which agencies?"),
    Note(US0120_POTENTIAL, "Every county is a stretch."),
    Note("Transparency in Procurement through Made", "This one deserves a closer look.", "IRM staff", "IS"),
    Note("Draft for review and public comment", "A comment on the whole report."),
]
EDITS = [
    Edit(OVERVIEW, "insertion", " Co-creation improved in 2023."),
    Edit("Rationale for US0113", "deletion"),
]


def _by_text(review):
    return {c.text: c for c in review.comments}


def test_word_comments_filed_under_their_commitment_or_section_in_threads(exported, tmp_path: Path) -> None:
    src, aid, _ = exported
    review = read_docx_review(add_review(src, tmp_path / "reviewed.docx", NOTES, EDITS))
    assert review.assessment_id == aid
    got = _by_text(review)
    assert len(got) == len(NOTES)
    first = got["Is the rationale backed by an interview?"]
    assert (first.commitment_id, first.section_key, first.author, first.initials) == ("US0120", None, "Maria Lopez",
                                                                                        "ML")
    assert first.date == datetime(2026, 11, 20, 10, 30, tzinfo=UTC)
    assert first.quoted.startswith("Why it is promising: Rationale for US0120")
    reply = got["Yes: see the second interview."]
    assert reply.parent_id == first.comment_id and reply.commitment_id == "US0120"  # no marks: its thread's place
    assert reply.quoted == ""
    assert got["Thanks, resolved on our side."].parent_id == reply.comment_id
    overview = got["Too harsh:\nthe plan had 36 commitments."]
    assert (overview.commitment_id, overview.section_key, overview.parent_id) == (None, "overview", None)
    cluster = got["Which agencies?"]
    assert (cluster.commitment_id, cluster.section_key) == (None, "potential@cluster:Equitable data")
    assert (got["Every county is a stretch."].commitment_id, got["Every county is a stretch."].section_key) == (
        "US0120", "potential")
    annex = got["This one deserves a closer look."]  # a row of the coded annex, in a table cell
    assert (annex.commitment_id, annex.section_key) == ("US0115", None)
    cover = got["A comment on the whole report."]
    assert (cover.commitment_id, cover.section_key) == (None, None)
    ins, dele = review.changes
    assert (ins.kind, ins.text, ins.section_key, ins.author) == ("insertion", " Co-creation improved in 2023.",
                                                                 "overview", "CSO Reviewer")
    assert dele.kind == "deletion" and dele.commitment_id == "US0113" and dele.text.startswith("Why it is promising")
    assert ins.date == datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


def test_anchors_are_the_same_in_every_export_and_unique(exported) -> None:
    src, _, again = exported

    def names(path: Path) -> list[str]:
        body = Document(str(path)).element.body
        return [b.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}name")
                for b in body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bookmarkStart")]

    first = names(src)
    assert first == names(again)
    assert len(first) == len(set(first))  # Word keeps only the first bookmark of a name
    ours = [n for n in first if n.startswith("irm")]
    with Library.open(src.parent / "lib.db") as lib:
        plan = lib.snapshot().plans[0]
    for c in plan.commitments:  # every commitment, promising or not, has its anchor
        assert bookmark_name(Anchor(commitment_id=c.id)) in ours, c.id
    assert all(len(n) <= 40 and n[0].isalpha() and n.replace("_", "").isalnum() for n in first)


@pytest.mark.parametrize("anchor", [
    Anchor(commitment_id="US0113"), Anchor(commitment_id="AR-12.3_b"), Anchor(section="coded-annex"),
    Anchor(commitment_id="US0120", section="potential"), Anchor(cluster="Equitable data"),
    Anchor(cluster="Données ouvertes et budget participatif", section="opportunities"),
    Anchor(commitment_id="X" * 60),
])
def test_bookmark_names_decode_to_the_ids_they_were_made_from(anchor: Anchor) -> None:
    namer = Namer()
    first, second = namer.name(anchor), namer.name(anchor)
    assert first != second and len(second) <= 40
    assert decode(first, namer.properties) == anchor == decode(second, namer.properties)
    assert decode("_GoBack") is None and decode("irmCbad!") is None


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_a_file_saved_by_libreoffice_still_reads(exported, tmp_path: Path) -> None:
    src, aid, _ = exported
    (tmp_path / "in").mkdir()
    # as Word writes replies: with marks of their own (a comment without any, LibreOffice drops)
    notes = [replace(n, at=n.at or "Rationale for US0120") for n in NOTES]
    reviewed = add_review(src, tmp_path / "in" / "reviewed.docx", notes, EDITS)
    out_dir = tmp_path / "out"
    profile = tmp_path / "lo_profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "docx",
                    "--outdir", str(out_dir), str(reviewed)], check=True, capture_output=True, timeout=180,
                   env={**os.environ, "HOME": str(tmp_path)})
    saved = out_dir / "reviewed.docx"
    assert zipfile.ZipFile(saved).read("word/document.xml") != zipfile.ZipFile(reviewed).read("word/document.xml")
    review = read_docx_review(saved)
    assert review.assessment_id == aid
    got = _by_text(review)
    assert set(got) == {n.text for n in NOTES}
    assert got["Is the rationale backed by an interview?"].commitment_id == "US0120"
    assert got["Too harsh:\nthe plan had 36 commitments."].section_key == "overview"
    assert got["Which agencies?"].section_key == "potential@cluster:Equitable data"
    assert got["This one deserves a closer look."].commitment_id == "US0115"
    reply, first = got["Yes: see the second interview."], got["Is the rationale backed by an interview?"]
    assert reply.commitment_id == "US0120"
    if "word/commentsExtended.xml" in zipfile.ZipFile(saved).namelist():
        assert reply.parent_id == first.comment_id
    else:  # LibreOffice before 7.5 writes no threads: each reply reads as a comment at its place
        assert {c.parent_id for c in review.comments} == {None}
    kinds = {(c.kind, c.commitment_id, c.section_key) for c in review.changes}
    assert ("insertion", None, "overview") in kinds and ("deletion", "US0113", None) in kinds


def _zip(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, blob in parts.items():
            z.writestr(n, blob)
    return buf.getvalue()


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE w:comments [<!ENTITY a "aaaaaaaaaa">'
          b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
          b'<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          b'<w:comment w:id="0" w:author="x"><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:comment></w:comments>')


@pytest.mark.parametrize("damage, expected", [
    ("truncated", "not a valid .docx"),
    ("entities", "word/comments.xml: declares a DTD"),
    ("bad_xml", "word/comments.xml: line 1: not well-formed XML"),
    ("bomb", "a zip bomb"),
    ("not_word", "not a Word document"),
    ("folder", "not a regular file"),
])
def test_hostile_or_damaged_files_refused_in_one_line(exported, tmp_path: Path, damage: str, expected: str) -> None:
    src, _, _ = exported
    reviewed = add_review(src, tmp_path / "r.docx", NOTES[:1])
    target = tmp_path / "bad.docx"
    parts = _parts(reviewed)
    if damage == "truncated":
        target.write_bytes(reviewed.read_bytes()[: reviewed.stat().st_size // 2])
    elif damage == "entities":
        target.write_bytes(_zip({**parts, "word/comments.xml": LAUGHS}))
    elif damage == "bad_xml":
        target.write_bytes(_zip({**parts, "word/comments.xml": b"<w:comments><w:comment"}))
    elif damage == "bomb":
        target.write_bytes(_zip({**parts, "word/media/huge.bin": b"\0" * (20 * 1024 * 1024)}))
    elif damage == "not_word":
        target.write_bytes(_zip({"hello.txt": b"hi"}))
    else:
        target.mkdir()
    with pytest.raises(ImportFailed) as e:
        read_docx_review(target)
    message = str(e.value)
    assert message.startswith("bad.docx: ") and expected in message and "\n" not in message


@pytest.mark.parametrize("section, cluster", [("potential", None), (None, "Equitable data"),
                                              ("potential", "Données: ouvertes"), (None, None)])
def test_section_keys_split_back_into_section_and_cluster(section, cluster) -> None:
    assert split_section_key(section_key(section, cluster)) == (section, cluster)
