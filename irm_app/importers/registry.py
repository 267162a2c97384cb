"""Pick the importer for a file by its content (then its extension) and run it."""

from __future__ import annotations

from pathlib import Path

from .bundle import ImportBundle, ImportFailed
from .json_plan import read_json_plan
from .ogp_table import bundle_from_table, read_csv, read_xlsx
from .text import read_bytes

FORMATS = ("an IRM plan (.json), an irm-app/1 export (.json), OGP's commitments table (.csv, .xlsx), "
           "or the government's plan document (.pdf, .docx)")


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
        return bundle_from_table(read_xlsx(path, data))
    if stripped.startswith((b"{", b"[")) or suffix == ".json":
        return read_json_plan(path, data)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 text: JSON or CSV by what it holds once decoded.
        text = data.decode("utf-16", errors="replace").lstrip("\ufeff \r\n\t")
        if text.startswith(("{", "[")):
            return read_json_plan(path, data)
        return bundle_from_table(read_csv(path, data))
    if suffix in (".csv", ".tsv", ".txt") or b"," in data[:4096]:
        return bundle_from_table(read_csv(path, data))
    raise ImportFailed(f"{path.name}: unrecognised file; expected {FORMATS}")
