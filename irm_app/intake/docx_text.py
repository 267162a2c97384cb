"""A Word document's paragraphs and tables in reading order, read safely with python-docx.

Before python-docx sees the file: the zip is checked for bombs (total and per-member size,
compression ratio) and every relationship for external targets. Hyperlinks and the attached
template are never followed and are harmless; any other external target (a linked image, frame,
sub-document or OLE object) means content that is not in the file, so the file is refused with
one line rather than imported without it. Images are never decoded.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

from defusedxml import ElementTree

from ..importers.bundle import ImportFailed

MAX_UNPACKED = 200 * 1024 * 1024
MAX_MEMBER = 64 * 1024 * 1024  # one part (an image included) unpacked
MAX_RATIO = 200
MAX_ITEMS = 200_000
HARMLESS_EXTERNAL = ("/hyperlink", "/attachedTemplate")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class DocParagraph:
    text: str
    page: int
    style: str = ""
    bold: bool = False
    listed: bool = False  # a list item (bullet or numbering), from the paragraph's numbering properties
    level: int = 0


@dataclass
class DocTable:
    rows: list[list[str]] = field(default_factory=list)  # cells' text, merged cells once
    page: int = 1


def check_package(name: str, data: bytes) -> None:
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as e:
        raise ImportFailed(f"{name}: not a valid .docx (damaged or truncated zip: {e})") from e
    with z:
        infos = z.infolist()
        for i in infos:
            if i.file_size > MAX_MEMBER:
                raise ImportFailed(f"{name}: part {i.filename} unpacks to {i.file_size:,} bytes "
                                   f"(the limit is {MAX_MEMBER:,}); refused")
            if i.compress_size and i.file_size > 1024 * 1024 and i.file_size / i.compress_size > MAX_RATIO:
                raise ImportFailed(f"{name}: part {i.filename} is compressed "
                                   f"{i.file_size // i.compress_size}:1 (a zip bomb?); refused")
        total = sum(i.file_size for i in infos)
        if total > MAX_UNPACKED:
            raise ImportFailed(f"{name}: unpacks to {total:,} bytes (the limit is {MAX_UNPACKED:,}); refused")
        if "word/document.xml" not in z.namelist():
            raise ImportFailed(f"{name}: a zip file but not a Word document (no word/document.xml)")
        for info in infos:
            if not info.filename.endswith(".rels"):
                continue
            try:
                root = ElementTree.fromstring(z.read(info))
            except Exception as e:  # defusedxml refuses entities; anything else is damage
                raise ImportFailed(f"{name}: {info.filename}: unreadable relationships ({type(e).__name__})") from e
            for rel in root:
                if rel.get("TargetMode") != "External":
                    continue
                kind = rel.get("Type", "")
                if kind.endswith(HARMLESS_EXTERNAL):
                    continue
                target = (rel.get("Target") or "")[:80]
                raise ImportFailed(
                    f"{name}: {info.filename}: links to external content ({kind.rsplit('/', 1)[-1]} at {target!r}), "
                    "which is never fetched; save a copy with the content embedded"
                )


def docx_items(name: str, data: bytes) -> list[DocParagraph | DocTable]:
    """Body paragraphs and tables in order; raises ImportFailed (one line)."""
    check_package(name, data)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises many types for damaged files
        raise ImportFailed(f"{name}: cannot read the Word document ({type(e).__name__}: {str(e)[:100]})") from e
    items: list[DocParagraph | DocTable] = []
    page = 1
    try:
        for child in document.element.body.iterchildren():
            if len(items) > MAX_ITEMS:
                raise ImportFailed(f"{name}: more than {MAX_ITEMS:,} paragraphs and tables; refused")
            if child.tag == W + "p":
                p = Paragraph(child, document)
                page += _page_breaks(child)
                text = _text(p.text)
                runs = [r for r in p.runs if r.text.strip()]
                bold = bool(runs) and all(r.bold or (r.style is not None and r.style.font.bold) for r in runs)
                num = child.find(f"{W}pPr/{W}numPr")
                level = 0
                if num is not None:
                    ilvl = num.find(f"{W}ilvl")
                    level = int(ilvl.get(f"{W}val", "0")) if ilvl is not None else 0
                style = p.style.name if p.style is not None else ""
                listed = num is not None or style.casefold().startswith("list")
                items.append(DocParagraph(text=text, page=page, style=style, bold=bold, listed=listed, level=level))
            elif child.tag == W + "tbl":
                table = Table(child, document)
                rows = []
                for row in table.rows:
                    cells, seen = [], set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue  # a merged cell appears once
                        seen.add(id(cell._tc))
                        cells.append(_text(cell.text))
                    rows.append(cells)
                items.append(DocTable(rows=rows, page=page))
                page += _page_breaks(child)
    except ImportFailed:
        raise
    except Exception as e:
        raise ImportFailed(f"{name}: damaged Word document ({type(e).__name__}: {str(e)[:100]})") from e
    return items


def _page_breaks(element: object) -> int:
    """Pages Word recorded as rendered (lastRenderedPageBreak) or forced (a page break)."""
    found = element.xpath('.//w:lastRenderedPageBreak | .//w:br[@w:type="page"]')  # type: ignore[attr-defined]
    return len(found)


def _text(text: str) -> str:
    """The text as written, less control characters other than line breaks and tabs."""
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", text).strip()
