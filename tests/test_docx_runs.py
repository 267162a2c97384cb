"""The Word renderer's fast text runs write what python-docx's `add_run(text)` writes: a source
line's tab stays a tab, a line end a line break, leading spaces are kept (xml:space)."""

from __future__ import annotations

import pytest
from docx import Document
from lxml import etree

from irm_app.reports.docx_xml import text_run

CASES = ["", "plain words", "  leading and trailing  ", "[3]\tSource title", "two\nlines",
         "windows\r\nline end", "\ttab first", "tab last\t", "a\t\tb", " ", "Ünïcödé — ٱلعربية"]


@pytest.mark.parametrize("text", CASES)
def test_text_run_writes_what_add_run_writes(text: str) -> None:
    d = Document()
    theirs, ours = d.add_paragraph(), d.add_paragraph()
    expected = theirs.add_run(text)
    got = text_run(ours, text)
    assert etree.tostring(got._r) == etree.tostring(expected._r)
    assert got.text == expected.text
    got.bold = True  # a python-docx Run: its formatting API works on it
    assert ours.runs[0].bold is True
