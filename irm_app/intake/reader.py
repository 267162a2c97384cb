"""Read a government's plan document (PDF or Word) into a DetectedPlan: the one door for CLI and GUI."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..importers.bundle import ImportFailed
from ..importers.text import read_bytes
from .detected import DetectedPlan
from .docx_text import DocParagraph, DocTable, docx_items
from .narrative import detect_narrative
from .pdf_text import Line, pdf_lines
from .template import detect_template

DOC_SUFFIXES = (".pdf", ".docx")


def is_document(path: Path, data: bytes) -> bool:
    """A PDF, or a zip holding word/document.xml (a .docx whatever its name)."""
    if data.lstrip()[:5] == b"%PDF-":
        return True
    if data.startswith(b"PK\x03\x04"):
        if path.suffix.lower() == ".docx":
            return True
        try:
            import io

            with zipfile.ZipFile(io.BytesIO(data)) as z:
                return "word/document.xml" in z.namelist()
        except zipfile.BadZipFile:
            return False
    return path.suffix.lower() in DOC_SUFFIXES


def read_document(path: Path, data: bytes | None = None) -> DetectedPlan:
    """Detect the commitments of a plan document; raises ImportFailed (one line), never writes."""
    path = Path(path)
    raw = data if data is not None else read_bytes(path)
    if raw.lstrip()[:5] == b"%PDF-":
        return detect_narrative(path.name, pdf_lines(path.name, raw))
    if not raw.startswith(b"PK"):
        raise ImportFailed(f"{path.name}: neither a PDF nor a Word document (.docx); a .doc must be saved as .docx")
    items = docx_items(path.name, raw)
    plan = detect_template(path.name, items)
    if plan is not None:
        return plan
    lines = _as_lines(items)
    if not lines:
        raise ImportFailed(f"{path.name}: the Word document has no text")
    return detect_narrative(path.name, lines)


def _as_lines(items: list[DocParagraph | DocTable]) -> list[Line]:
    """Word paragraphs as one-line PDF paragraphs, so the narrative detector reads both alike."""
    out: list[Line] = []
    for it in items:
        texts = [(it, it.text)] if isinstance(it, DocParagraph) else [(None, " | ".join(r)) for r in it.rows]
        for p, text in texts:
            if not text:
                continue
            heading = p is not None and p.style.casefold().startswith(("heading", "title"))
            listed = p is not None and p.listed
            level = p.level if p is not None else 0
            out.append(Line(
                page=it.page, top=float(len(out) * 40), bottom=float(len(out) * 40 + 12),
                x0=36.0 + 18.0 * (level + (1 if listed else 0)), size=16.0 if heading else 11.0, text=text,
                bold=1.0 if p is not None and p.bold else 0.0, bold_prefix="", font="docx", bullet=listed,
            ))
    return out
