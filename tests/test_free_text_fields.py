"""A free-text field (the legacy form's Notes) is text, not a level: reports and `show` print
nothing when it is empty, never "Notes: Not scored", and print the note when there is one."""

from __future__ import annotations

from pathlib import Path

import docx

from irm_app.cli import main
from irm_app.operations.reports import render_report, report_input

CID = "US0113"


def _text_field(lib, aid):
    form = lib.forms.get(lib.assessments.assessment(aid).form)
    [notes] = [f for f in form.commitment_fields if f.kind == "text"]
    return notes


def _docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    return "\n".join(p.text for p in d.paragraphs)


def test_show_and_report_skip_an_empty_note_and_print_a_real_one(scored_library, db_path, capsys, tmp_path):
    lib, aid = scored_library
    notes = _text_field(lib, aid)
    out = tmp_path / "r.docx"
    render_report(report_input(lib, aid), "docx", out, lang="en")
    text = _docx_text(out)
    assert f"{notes.label}: Not scored" not in text and f"{notes.label}:" not in text
    assert "Specificity:" in text  # the scored fields are still there

    assert main(["show", aid[:8], CID, "--db", str(db_path)]) == 0
    shown = capsys.readouterr().out
    assert f"{notes.label}:" not in shown and "Specificity: " in shown

    lib.scores.set_score(aid, CID, notes.key, "Met the ministry on 3 May", who="Ana")
    render_report(report_input(lib, aid), "docx", out, lang="en")
    assert f"{notes.label}: Met the ministry on 3 May" in _docx_text(out)
    assert main(["show", aid[:8], CID, "--db", str(db_path)]) == 0
    assert f"{notes.label}: Met the ministry on 3 May" in capsys.readouterr().out
