"""Pick the importer for a file by its content (then its extension) and run it."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .bundle import ImportBundle, ImportFailed
from .json_plan import read_json_plan
from .ogp_table import Table, bundle_from_table, read_csv, read_xlsx
from .text import read_bytes

FORMATS = ("an IRM plan (.json), an irm-app/1 export (.json), OGP's commitments table (.csv, .xlsx), "
           "or the government's plan document (.pdf, .docx)")


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic collector paused while OGP's table is parsed, back on after (reference counting
    still frees everything as usual). Why: parsing the 5,000-row table allocates ~100,000
    containers, so the collector ran ~150 times mid-parse re-scanning the rows already read: 30-90 ms
    of a 0.4 s read (issue 19, item 4). The table's parse makes no reference cycles per row, so its
    memory is what it was (tests/test_input_bounds.py); documents (PDF, DOCX), whose parsers do make
    them, are read with the collector on. A caller that had paused it itself keeps it paused."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _table(table: Callable[[Path, bytes], Table], path: Path, data: bytes) -> ImportBundle:
    with _collector_paused():
        return bundle_from_table(table(path, data))


def read_import(path: Path) -> ImportBundle:
    """Parse a file into model objects; raises ImportFailed (one line) and never writes."""
    path = Path(path)
    data = read_bytes(path)
    head = data[:8]
    suffix = path.suffix.lower()
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    from ..intake.reader import is_document, read_document  # the document stack loads only when needed

    if suffix != ".xlsx" and is_document(path, data):
        return read_document(path, data).to_bundle()
    if head.startswith(b"PK\x03\x04") or suffix == ".xlsx":
        if not head.startswith(b"PK"):
            raise ImportFailed(f"{path.name}: not an .xlsx workbook (no zip signature)")
        return _table(read_xlsx, path, data)
    if stripped.startswith((b"{", b"[")) or suffix == ".json":
        return read_json_plan(path, data)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 text: JSON or CSV by what it holds once decoded.
        text = data.decode("utf-16", errors="replace").lstrip("\ufeff \r\n\t")
        if text.startswith(("{", "[")):
            return read_json_plan(path, data)
        return _table(read_csv, path, data)
    if suffix in (".csv", ".tsv", ".txt") or b"," in data[:4096]:
        return _table(read_csv, path, data)
    raise ImportFailed(f"{path.name}: unrecognised file; expected {FORMATS}")
