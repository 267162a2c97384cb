"""The largest texts the import limits accept render in both report formats (issue 11).

A 3,000-character title crashed the PDF and a NUL byte crashed the .docx; the limits in
irm_app/importers/text.py now bound what arrives, and these reports are built at those limits:
every text field at its maximum, in words and as one unbroken token, justifications too.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from irm_app.importers.text import LONG_MAX, TITLE_MAX, field_limit
from irm_app.methodology import load_form
from irm_app.model import ActionPlan
from irm_app.reports import export_report

from .report_fixtures import scored_doc


def _text(n: int, seed: str, words: bool) -> str:
    if not words:
        return (seed * n)[:n]  # one token, nothing to break at
    unit = f"{seed} open budget data, civic oversight and procurement reform.\n"
    return (unit * (n // len(unit) + 1))[:n]


def plan_at_limits(words: bool) -> ActionPlan:
    def commitment(i: int) -> dict:
        cid = f"LM{i:04d}"
        c = {name: _text(field_limit(name), f"C{i}{name}", words)
             for name in ("title", "short_title", "theme", "lead_institution", "problem", "description")}
        c.update(id=cid, number=_text(TITLE_MAX, "N", words), url="https://example.org/" + "x" * 400,
                 supporting_institutions=[_text(TITLE_MAX, "S", words)] * 3,
                 milestones=[{"id": f"{cid}.{k}", "title": _text(TITLE_MAX, f"M{k}", words),
                              "description": _text(LONG_MAX, "D", words), "lead": _text(TITLE_MAX, "L", words)}
                             for k in (1, 2)])
        return c

    return ActionPlan.model_validate({
        "id": "AP_LIM01", "member": _text(TITLE_MAX, "Member", words), "title": _text(TITLE_MAX, "Plan", words),
        "period_start": 2022, "period_end": 2024, "self_assessment": _text(LONG_MAX, "Self", words),
        "commitments": [commitment(i) for i in range(1, 4)],
    })


@pytest.mark.parametrize("words", [True, False], ids=["words", "one-token"])
def test_reports_render_texts_at_the_import_limits(tmp_path: Path, words: bool) -> None:
    form = load_form("irm-action-plan-review-2021")
    plan = plan_at_limits(words)
    doc = scored_doc(plan, form, arabic=False)
    for cs in doc.assessments[0].commitments.values():
        for key in cs.justifications:
            cs.justifications[key] = _text(LONG_MAX, "J", words)
    pdf = export_report(doc, doc.assessments[0].id, form, "pdf", tmp_path / "r.pdf")
    word = export_report(doc, doc.assessments[0].id, form, "docx", tmp_path / "r.docx")
    assert len(PdfReader(pdf).pages) > 10
    body = "\n".join(p.text for p in docx.Document(word).paragraphs)
    assert plan.commitments[0].title[:200] in body


def test_reports_survive_control_characters_from_elsewhere(tmp_path: Path) -> None:
    """Import refuses control characters, but a justification typed in the app is not imported:
    the renderers must not crash on one (a NUL byte made python-docx raise)."""
    form = load_form("irm-action-plan-review-2021")
    plan = plan_at_limits(True)
    doc = scored_doc(plan, form, arabic=False)
    cs = next(iter(doc.assessments[0].commitments.values()))
    key = next(iter(cs.justifications))
    cs.justifications[key] = "before\x00\x01\x0b\x1b[31m\ud800\ufffe after"
    # the legacy layout prints every justification in full (the product's annex shortens them)
    export_report(doc, doc.assessments[0].id, form, "pdf", tmp_path / "r.pdf", structure="legacy")
    word = export_report(doc, doc.assessments[0].id, form, "docx", tmp_path / "r.docx", structure="legacy")
    body = "\n".join(p.text for p in docx.Document(word).paragraphs)
    assert "before" in body and "after" in body and "\x00" not in body
