"""The PDF's contents, laid out in one pass: each line's page number is the page its heading
lands on, read from the PDF as a reader sees it (pdftotext), for every report product; and the
footers count the pages the file has."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from irm_app.methodology import available_forms, load_form
from irm_app.paths import sample_plan
from irm_app.reports import build_report
from irm_app.reports.pdf import render_pdf

from .report_fixtures import ASSESSMENT_ID, load_sample_plan, scored_doc


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pages_text(pdf: Path, *, layout: bool = False) -> list[str]:
    """Each page's text; `layout` keeps lines as placed (a contents line's dots and number after
    its title), the default reads a heading that wraps as one text (a draft's watermark does not
    cut into it)."""
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(pdf), "-"]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def contents(pages: list[str], titles: list[str]) -> tuple[list[tuple[str, int]], tuple[int, int]]:
    """(title, printed page number) of each contents line, in order, from page 2 on; and where
    the contents end (page index, offset in that page's squashed text)."""
    squashed = [squash(p) for p in pages]
    entries, page, pos = [], 1, 0
    for title in titles:
        line = re.compile(re.escape(squash(title)) + r"(?:\.)+(\d+)")
        while (m := line.search(squashed[page], pos)) is None:
            page, pos = page + 1, 0
            assert page < len(pages), f"{title!r} is not in the contents"
        entries.append((title, int(m.group(1))))
        pos = m.end()
    return entries, (page, pos)


@pytest.fixture(scope="module")
def plan():
    return load_sample_plan(sample_plan())


@pytest.mark.parametrize("form_id", [f.key for f in available_forms()])
def test_contents_page_numbers_are_the_pages_where_the_headings_land(form_id, plan, tmp_path):
    form = load_form(form_id)
    report = build_report(scored_doc(plan, form), ASSESSMENT_ID, form, today=date(2026, 3, 1))
    pdf = render_pdf(report, tmp_path / "r.pdf")
    pages = pages_text(pdf)
    assert len(pages) >= 8, "a multi-page report"
    titles = [h.text for h in report.headings if h.level <= 2]
    assert len(titles) >= 6
    entries, (last, _) = contents(pages_text(pdf, layout=True), titles)
    squashed = [squash(p) for p in pages]
    # the body starts after the last contents line (on the contents' last page, or the next)
    page = last
    pos = squashed[page].rfind(f"{squash(titles[-1])}") + len(squash(titles[-1]))
    numbers = [n for _, n in entries]
    assert numbers == sorted(numbers) and numbers[-1] <= len(pages)
    assert len(set(numbers)) > 2, numbers  # the headings spread over the pages: not one number for all
    for title, number in entries:
        # the first place after the contents (and after the heading before it) the title is printed
        while (at := squashed[page].find(squash(title), pos)) < 0:
            page, pos = page + 1, 0
            assert page < len(pages), f"heading {title!r} not found after the contents"
        assert page + 1 == number, f"contents say {title!r} is on page {number}; it is on page {page + 1}"
        pos = at + len(squash(title))


def test_every_footer_counts_the_pages_of_the_file(plan, tmp_path):
    form = load_form("irm-action-plan-review-2021")
    pdf = render_pdf(build_report(scored_doc(plan, form), ASSESSMENT_ID, form), tmp_path / "r.pdf")
    pages = pages_text(pdf)
    assert len(PdfReader(str(pdf)).pages) == len(pages)
    for i, text in enumerate(pages, start=1):
        assert f"Page {i} of {len(pages)}" in text, (i, text[-200:])


def test_contents_lines_link_to_their_headings(plan, tmp_path):
    """Both the title and the dots-and-number area of a contents line go to the heading."""
    form = load_form("irm-action-plan-review-2021")
    report = build_report(scored_doc(plan, form), ASSESSMENT_ID, form)
    reader = PdfReader(str(render_pdf(report, tmp_path / "r.pdf")))
    outline = {o.title: reader.get_destination_page_number(o) for o in reader.outline if not isinstance(o, list)}
    links = []
    for a in reader.pages[1].get("/Annots", []):
        a = a.get_object()
        if a.get("/Subtype") == "/Link" and "/Dest" in a:
            dest = a["/Dest"]
            links.append(reader.get_page_number(dest[0].get_object() if hasattr(dest[0], "get_object") else dest[0]))
    top = [h.text for h in report.headings if h.level == 1]
    assert len(links) >= 2 * len(top)  # two per line at least for the top-level entries
    assert {outline[t] for t in top} <= set(links)


def test_plain_text_fast_path_agrees_with_plain():
    """The PDF skips text_safety.plain's character walk for text it would not change: the two
    must agree on every character, or a control character would reach the PDF."""
    from irm_app.reports.pdf_text import plain_text
    from irm_app.text_safety import plain

    for cp in range(0x10000):
        text = f"a{chr(cp)}b"
        assert plain_text(text) == plain(text, multiline=True), hex(cp)
