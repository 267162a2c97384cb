"""Reports (.docx, .pdf) from a Library snapshot, and package + sign + verify.

Reports are timed as the app makes them: `export_report` on `Library.snapshot([aid])`, for the
sample (36 commitments) and a 500-commitment plan. Word's baseline: the same words (titles,
descriptions, justifications) as plain python-docx paragraphs. The PDF's (issue 19: "raw
reportlab, one pass, same text and pages"): the app's own PDF's text inside its text frame,
block by block as pdftotext finds them (a paragraph, a heading, a table cell), each a plain
Paragraph in the app's style of its font size (a heading in its heading style) and the app's
embedded DejaVu font, in a frame at the block's place and width, so its lines break where the
app's did; ONE `build`, the same pages. Not in it: the report's markup (links, bold labels),
table grids and backgrounds, charts, contents, bookmarks and page furniture: the ratio is what
those cost. The package's baseline is the two reports alone: the ratio is what the snapshot
JSON, the zip, the signatures and verification add.

Growth (the "report docx" / "report pdf" families) is measured on like libraries: synthetic
plans of 36 and 500 commitments, the same form, scores and justifications. The sample is an
action-plan review (15 pages), the synthetic plans progress reports (110 pages at 36
commitments): an exponent from the sample to the 500 compared two different reports (it read
1.7 for a linear renderer).
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

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


class Block(NamedTuple):
    """One pdftotext block of the app's PDF: its text, the app's style of its font size, where it sits."""

    style: str
    text: str
    x: float
    top: float  # from the page's top edge, as pdftotext measures
    width: float


PdfPages = list[list[Block]]
# the app's styles a block of text may be set in, tried in this order for its font size
_SIZED = ("body", "cell", "cell_small", "caption", "toc2", "fact_label", "fact_value", "h3", "h2", "h1",
          "kf_value", "stamp", "title")


def pdf_pages(pdf: Path, headings: dict[str, int]) -> PdfPages:
    """The text of `pdf` inside the text frame, page by page, one Block per pdftotext block (a
    table cell, a paragraph, a heading), in the app's style of its font size (a heading's text in
    its heading style). The running header, the page label (outside the frame) and a draft's
    watermark (page furniture) are left out."""
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
        blocks: list[Block] = []
        for block in page.iter(f"{ns}block"):
            x0, y0, x1, y1 = (float(block.get(k, 0)) for k in ("xMin", "yMin", "xMax", "yMax"))
            if y0 < MARGIN_TOP - 1 or y1 > PAGE_H - MARGIN_BOTTOM + 1:
                continue
            words = list(block.iter(f"{ns}word"))
            text = " ".join(w.text or "" for w in words)
            size = sorted(float(w.get("yMax", 0)) - float(w.get("yMin", 0)) for w in words)[len(words) // 2]
            near = min(sizes, key=lambda k: abs(k - size))
            if abs(near - size) > 1.5 and text not in headings:
                continue  # the DRAFT watermark (110 pt, turned): furniture, as the header is
            style = f"h{min(headings[text], 3)}" if text in headings else sizes[near]
            blocks.append(Block(style, text, x0, y0, x1 - x0))
        out.append(blocks)
    return out


def plain_pdf(pages: PdfPages, out: Path) -> int:
    """Raw reportlab, one `build`: each Block a plain Paragraph in its style and the app's font,
    in a frame of its own at its place and width (so its lines break as the app's did: the
    frame is as wide as its longest line, plus a point), the frames of a page its page template.
    Returns the pages made: the app's, by construction."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
    )

    from irm_app.reports.fonts import register_pdf_fonts
    from irm_app.reports.pdf_blocks import MARGIN_BOTTOM, PAGE_H
    from irm_app.reports.pdf_style import R, styles

    register_pdf_fonts()  # once per process in the app too: a no-op after the first
    st = styles()
    flat = {name: ParagraphStyle(name, style, leftIndent=0, firstLineIndent=0, rightIndent=0)
            for name, style in st.items()}  # the block's box is where its text is
    templates, story = [], []
    for i, page in enumerate(pages):
        frames = [Frame(b.x, MARGIN_BOTTOM, b.width + 1, PAGE_H - b.top - MARGIN_BOTTOM + 2, id=f"p{i}b{k}",
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0) for k, b in enumerate(page)]
        templates.append(PageTemplate(f"p{i}", frames or [Frame(0, 0, 10, 10, id=f"p{i}")]))
        if i:
            story += [NextPageTemplate(f"p{i}"), FrameBreak()]
        for k, b in enumerate(page):
            if k:
                story.append(FrameBreak())
            story.append(Paragraph(escape(b.text), flat[b.style]))
    doc = BaseDocTemplate(str(out), pageTemplates=templates, initialFontName=R, initialFontSize=9.5)
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
    if not ctx.quick:  # the growth family: two like libraries (see the module's docstring)
        cases += [("36 commitments", ctx.cache.get(1, per_plan=36), 36),
                  ("500 commitments", ctx.cache.get(1, per_plan=500), 500)]
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
            r = reps if n < 100 else 1  # a 500-commitment report takes about a minute
            times = {"docx": _times(lambda: report("docx"), r)}
            base = {"docx": _times(lambda p=paras: plain_docx(p, work / "b.docx"), r)}
            times["pdf"], base["pdf"] = [], []
            pages: PdfPages = []
            for _ in range(max(r, 5) if n < 100 else r):  # pairs, A then B: a load change hits both
                times["pdf"] += _times(lambda: report("pdf"), 1)
                if not pages:  # the text and pages the baseline lays out again
                    pages = pdf_pages(work / "r.pdf", heads)
                    base_pages = plain_pdf(pages, work / "b.pdf")  # warm
                base["pdf"] += _times(lambda p=pages: plain_pdf(p, work / "b.pdf"), 1)
        finally:
            lib.close()
        family = (lambda name: None) if small else (lambda name: name)  # noqa: E731  (the sample is not in it)
        out.append(Figure("report.docx", size, times["docx"], base["docx"], group=family("report docx"), scale=n,
                          note="snapshot + export_report vs plain paragraphs"))
        out.append(Figure("report.pdf", size, times["pdf"], base["pdf"], group=family("report pdf"), scale=n,
                          target="ratio <= 2.5" if small else "", check=(lambda f: f.ratio <= 2.5) if small else None,
                          note=f"snapshot + export_report ({len(pages)} pages) vs raw reportlab, one build, "
                               f"the same text blocks at their places, styles and font ({base_pages} pages)"))
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
