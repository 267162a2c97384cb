"""Reports (.docx, .pdf) from a Library snapshot, and package + sign + verify.

Reports are timed as the app makes them: `export_report` on `Library.snapshot([aid])`, for the
sample (36 commitments) and a 500-commitment plan. Word's baseline: the same words (titles,
descriptions, justifications) as plain python-docx paragraphs. The PDF's (issue 19: "raw
reportlab, one pass, same text and pages"): the app's own PDF's text inside its text frame,
page by page (pdftotext's blocks; blocks side by side, as a table row's cells, one paragraph), as plain Paragraphs in the app's style of each block's font
size (a heading in its heading style) and its embedded DejaVu font, the same page size and
margins, a page break where the app's page ends, ONE `build`: the same text over the same
number of pages, without the report's tables, charts, contents machinery and page furniture.
So the ratio is what those cost. The package's baseline is the two reports alone: the ratio is what the snapshot JSON, the
zip, the signatures and verification add.
"""

from __future__ import annotations

import subprocess
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


PdfPages = list[list[tuple[str, str]]]  # per page: (style name, text) of each paragraph
# the app's styles a block of text may be set in, tried in this order for its font size
_SIZED = ("body", "cell", "cell_small", "caption", "toc2", "fact_label", "fact_value", "h3", "h2", "h1",
          "kf_value", "stamp", "title")


def pdf_pages(pdf: Path, headings: dict[str, int]) -> PdfPages:
    """The text of `pdf` inside the text frame, page by page, a paragraph per pdftotext block,
    each in the app's style of its font size (a heading's text in its heading style); the running
    header, the page label (outside the frame) and a draft's watermark (page furniture) are left out."""
    import xml.etree.ElementTree as ET

    from irm_app.reports.pdf_blocks import MARGIN_BOTTOM, MARGIN_TOP, PAGE_H
    from irm_app.reports.pdf_style import styles

    sizes: dict[float, str] = {}
    for name in reversed(_SIZED):
        sizes[round(styles()[name].fontSize, 1)] = name
    xhtml = subprocess.run(["pdftotext", "-enc", "UTF-8", "-bbox-layout", str(pdf), "-"], check=True,
                           capture_output=True, text=True).stdout
    ns = "{http://www.w3.org/1999/xhtml}"
    out: PdfPages = []
    for page in ET.fromstring(xhtml).iter(f"{ns}page"):
        paras: list[tuple[str, str]] = []
        last_top = -1
        # top to bottom, then left to right: a table's cells come row by row (pdftotext reads columns)
        for block in sorted(page.iter(f"{ns}block"), key=lambda b: (round(float(b.get("yMin", 0))),
                                                                    float(b.get("xMin", 0)))):
            if float(block.get("yMin", 0)) < MARGIN_TOP - 1 or float(block.get("yMax", 0)) > PAGE_H - MARGIN_BOTTOM + 1:
                continue
            words = list(block.iter(f"{ns}word"))
            text = " ".join(w.text or "" for w in words)
            size = sorted(float(w.get("yMax", 0)) - float(w.get("yMin", 0)) for w in words)[len(words) // 2]
            near = min(sizes, key=lambda k: abs(k - size))
            if abs(near - size) > 1.5 and text not in headings:
                continue  # the DRAFT watermark (110 pt, turned): furniture, as the header is
            style = f"h{min(headings[text], 3)}" if text in headings else sizes[near]
            top = round(float(block.get("yMin", 0)))
            if paras and abs(top - last_top) <= 1:  # side by side (a table row, key figures): one paragraph
                paras[-1] = (paras[-1][0], f"{paras[-1][1]} {text}")
            else:
                paras.append((style, text))
            last_top = top
        out.append(paras)
    return out


def plain_pdf(pages: PdfPages, out: Path) -> int:
    """Raw reportlab, one pass: `pages` as plain Paragraphs in the app's styles and font, a
    page break after each page but the last, the app's page size and margins. Returns the pages made."""
    from xml.sax.saxutils import escape

    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from irm_app.reports.fonts import register_pdf_fonts
    from irm_app.reports.pdf_blocks import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X
    from irm_app.reports.pdf_style import R, styles

    register_pdf_fonts()  # once per process in the app too: a no-op after the first
    st = styles()
    story: list[Any] = []
    for i, page in enumerate(pages):
        if i:
            story.append(PageBreak())
        story += [Paragraph(escape(text), st[style]) for style, text in page]
    doc = SimpleDocTemplate(str(out), leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                            bottomMargin=MARGIN_BOTTOM, initialFontName=R, initialFontSize=9.5)
    doc.build(story)
    return doc.page


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
            from irm_app.reports import build_report

            heads = {" ".join(h.text.split()): h.level for h in build_report(doc, a.id, form).headings}
            r = reps if small else 1  # a 500-commitment report takes about a minute
            times = {"docx": _times(lambda: report("docx"), r)}
            base = {"docx": _times(lambda p=paras: plain_docx(p, work / "b.docx"), r)}
            times["pdf"], base["pdf"] = [], []
            pages: PdfPages = []
            for _ in range(max(r, 5) if small else r):  # pairs, A then B: a load change hits both
                times["pdf"] += _times(lambda: report("pdf"), 1)
                if not pages:  # the text and pages the baseline lays out again
                    pages = pdf_pages(work / "r.pdf", heads)
                    base_pages = plain_pdf(pages, work / "b.pdf")  # warm
                base["pdf"] += _times(lambda p=pages: plain_pdf(p, work / "b.pdf"), 1)
        finally:
            lib.close()
        out.append(Figure("report.docx", size, times["docx"], base["docx"], group="report docx", scale=n,
                          note="snapshot + export_report vs plain paragraphs"))
        out.append(Figure("report.pdf", size, times["pdf"], base["pdf"], group="report pdf", scale=n,
                          target="ratio <= 2.5" if small else "", check=(lambda f: f.ratio <= 2.5) if small else None,
                          note=f"snapshot + export_report ({len(pages)} pages) vs raw reportlab, one build, "
                               f"the same text in the same styles and font ({base_pages} pages)"))
        both = [d + p for d, p in zip(times["docx"], times["pdf"], strict=False)]
        both_base = [d + p for d, p in zip(base["docx"], base["pdf"], strict=False)]
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
