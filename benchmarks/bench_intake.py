"""Plan intake: detecting commitments in the government's own documents.

Timed: `read_document` (extraction with pdfminer.six or python-docx, then detection) on the real
plans in ../shared/data/plans (skipped when they are not beside the clone) and on an OGP-template
Word document of the 36 sample commitments built by tests/intake_docs.py. Baseline: the library's
plain text extraction of the same file (pdfminer's extract_text, python-docx's Document), so the
ratio is what layout, safety checks and detection cost on top. The counts found are in the size.
"""

from __future__ import annotations

import io
import time
from pathlib import Path

from . import Context, Figure

ROOT = Path(__file__).resolve().parents[1]
PLANS = ROOT.parent / "shared" / "data" / "plans"


def _times(fn, reps: int) -> list[float]:  # noqa: ANN001 - any callable
    out = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def run(ctx: Context) -> list[Figure]:
    from docx import Document
    from pdfminer.high_level import extract_text

    from irm_app.intake.reader import read_document
    from tests.intake_docs import EN_LABELS, build_template_docx, english_commitments

    reps = ctx.reps(3, 1)
    out = []
    for name in ("us-nap5-2022.pdf", "us-nap2-2013.pdf"):
        path = PLANS / name
        if not path.exists():
            ctx.log(f"   {path} not here: skipped")
            continue
        plan = read_document(path)
        pages = max(p.page for p in plan.paragraphs)
        size = (f"{name} ({pages} pp.): {len(plan.commitments)} commitments, "
                f"{sum(len(c.milestones) for c in plan.commitments)} milestones, {len(plan.context)} context")
        out.append(Figure("intake.pdf", size, _times(lambda p=path: read_document(p), reps),
                          _times(lambda p=path: extract_text(str(p)), reps),
                          note=f"{plan.layout} layout; read_document vs pdfminer extract_text"))
    work = Path(ctx.tmp) / "intake"
    work.mkdir(parents=True, exist_ok=True)
    commitments = english_commitments(36)
    docx = build_template_docx(work / "template-36.docx", commitments, EN_LABELS, plan_title="Plan",
                               intro="Introduction. Text.", annex="Annex.")
    plan = read_document(docx)
    data = docx.read_bytes()
    out.append(Figure("intake.docx", f"OGP template: {len(plan.commitments)} commitments, "
                      f"{sum(len(c.milestones) for c in plan.commitments)} milestones",
                      _times(lambda: read_document(docx), reps), _times(lambda: Document(io.BytesIO(data)), reps),
                      note="read_document vs python-docx Document()"))
    return out
