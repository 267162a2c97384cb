"""Reports (.docx, .pdf) from a Library snapshot, and package + sign + verify.

Reports are timed as the app makes them: `export_report` on `Library.snapshot([aid])`, for the
sample (36 commitments) and a 500-commitment plan. Baseline: the same words (titles,
descriptions, justifications) written as plain paragraphs with python-docx / reportlab, so the
ratio is the cost of the report's layout, tables and charts. The package's baseline is the two
reports alone: the ratio is what the snapshot JSON, the zip, the signatures and verification add.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import Context, Figure

PASSPHRASE = b"benchmark passphrase"


def _words(doc: Any, aid: str) -> list[str]:
    a = doc.assessment(aid)
    plan = doc.plan(a.plan_id) if hasattr(doc, "plan") else None
    paras: list[str] = []
    commitments = plan.commitments if plan is not None else []
    for c in commitments:
        paras += [c.title, c.description]
    for cs in a.commitments.values():
        paras += list(cs.justifications.values())
    return [p for p in paras if p]


def plain_docx(paras: list[str], out: Path) -> None:
    import docx

    d = docx.Document()
    for p in paras:
        d.add_paragraph(p)
    d.save(str(out))


def plain_pdf(paras: list[str], out: Path) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["BodyText"]
    from xml.sax.saxutils import escape

    SimpleDocTemplate(str(out)).build([Paragraph(escape(p), style) for p in paras])


def _times(fn: Callable[[], Any], reps: int) -> list[float]:
    out = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def run(ctx: Context) -> list[Figure]:
    from irm_app.library import Library
    from irm_app.reports import export_report

    work = Path(ctx.tmp) / "export"
    work.mkdir(parents=True, exist_ok=True)
    reps = ctx.reps(3, 1)
    cases = [("sample (36)", ctx.cache.sample(), 36)]
    if not ctx.quick:
        cases.append(("500 commitments", ctx.cache.get(1, per_plan=500), 500))
    out: list[Figure] = []
    for size, db, n in cases:
        lib = Library.open(db, readonly=True)
        try:
            a = lib.assessments.all()[0]
            form = lib.forms.get(a.form)

            def report(fmt: str, lib: Library = lib, aid: str = a.id, form: Any = form) -> None:
                doc = lib.snapshot([aid])
                export_report(doc, aid, form, fmt, work / f"r.{fmt}")  # type: ignore[arg-type]

            doc = lib.snapshot([a.id])
            paras = _words(doc, a.id)
            small = size.startswith("sample")
            if small:  # warm: imports, fonts and charts load once per process
                for fmt in ("docx", "pdf"):
                    report(fmt)
                plain_docx(paras[:2], work / "b.docx")
                plain_pdf(paras[:2], work / "b.pdf")
            r = reps if small else 1  # a 500-commitment report takes about a minute
            times = {fmt: _times(lambda f=fmt: report(f), r) for fmt in ("docx", "pdf")}
            base = {"docx": _times(lambda p=paras: plain_docx(p, work / "b.docx"), r),
                    "pdf": _times(lambda p=paras: plain_pdf(p, work / "b.pdf"), r)}
        finally:
            lib.close()
        for fmt in ("docx", "pdf"):
            out.append(Figure(f"report.{fmt}", size, times[fmt], base[fmt], group=f"report {fmt}", scale=n,
                              note="snapshot + export_report vs plain paragraphs"))
        both = [d + p for d, p in zip(times["docx"], times["pdf"], strict=True)]
        both_base = [d + p for d, p in zip(base["docx"], base["pdf"], strict=True)]
        out.append(Figure("report.docx+pdf", size, both, both_base, target="< 1.5 s" if small else "",
                          check=(lambda f: f.value < 1.5) if small else None))
        if small:
            out.append(_package(ctx, db, work, reps, both))
    return out


def _package(ctx: Context, db: Path, work: Path, reps: int, reports: list[float]) -> Figure:
    """build_package (snapshot, both reports, zip, CMS + PAdES signatures) then verify_file."""
    import shutil

    from irm_app.library import Library
    from irm_app.operations.packaging import build_package
    from irm_app.signing.identity import create_identity, load_identity
    from irm_app.signing.verify import verify_file

    try:
        load_identity()
    except Exception:
        create_identity("Bench Researcher", "bench@example.org", "IRM", "US", PASSPHRASE)
    copy = work / "pkg-lib"
    copy.mkdir(exist_ok=True)
    shutil.copyfile(db, copy / "library.db")
    lib = Library.open(copy / "library.db")
    samples = []
    try:
        aid = lib.assessments.all()[0].id
        for i in range(reps):
            pkg = work / f"p{i}.irmpkg"
            t = time.perf_counter()
            build_package(lib, aid, pkg, PASSPHRASE, lang="en", who="bench")
            verdict = verify_file(pkg)
            samples.append(time.perf_counter() - t)
            if not getattr(verdict, "valid", True):
                raise RuntimeError(f"the benchmark package does not verify: {verdict}")
    finally:
        lib.close()
    return Figure("package.sign+verify", "sample (36)", samples, reports,
                  note="build_package + verify_file vs the two reports alone")
