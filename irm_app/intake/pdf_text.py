"""Lines of a PDF with their page, position, size and weight, read safely with pdfminer.six.

Why pdfminer.six (docs/plan-intake.md has the figures): it gives each character's font and
position, which the detectors need (hanging indents mark bullets, bold marks headings), it keeps
the bullet glyphs pypdf drops, and it is 2.6x faster than pdfplumber, which wraps it.

Bounds, checked before pdfminer decodes anything: the page count (MAX_PAGES), each stream's
decompressed size (MAX_STREAM, so a PDF bomb stops after MAX_STREAM bytes, not at its end), the
text kept (MAX_CHARS) and the wall time (a deadline between pages). Encrypted files that need a
password and files without a text layer are refused with one line.
"""

from __future__ import annotations

import io
import time
import zlib
from dataclasses import dataclass

from ..importers.bundle import ImportFailed

MAX_PAGES = 500  # real plans run to ~150 pages; a 2,000-page file is refused before any page is read
MAX_STREAM = 32 * 1024 * 1024  # decompressed bytes of one non-image stream (real content streams < 1 MB)
MAX_CHARS = 5_000_000
TIME_BUDGET = 120.0  # seconds for the whole extraction
BOLD_MARKS = ("bold", "semibold", "demi", "black", "heavy")
BULLETS = "•\uf0b7\uf0a7\u25cf\u25aa\u2023\u25e6\u2043\uf0d8\u27a2"


@dataclass
class Line:
    page: int  # 1-based
    top: float  # from the top of the page
    bottom: float
    x0: float
    size: float
    text: str
    bold: float  # share of the line's letters set in a bold face
    bold_prefix: str  # the leading run of bold text (a run-in title), "" if none
    font: str  # the line's main font
    bullet: bool = False  # starts with a bullet glyph (also one with no Unicode text, in a symbol font)


def _is_bold(fontname: str) -> bool:
    name = fontname.split("+", 1)[-1].casefold()
    return any(m in name for m in BOLD_MARKS)


def pdf_lines(name: str, data: bytes, *, max_pages: int = MAX_PAGES, budget: float = TIME_BUDGET) -> list[Line]:
    """Every text line of the document in reading order; raises ImportFailed (one line)."""
    from pdfminer.layout import LAParams, LTChar, LTPage, LTTextLine
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    if not data.lstrip()[:5] == b"%PDF-":
        raise ImportFailed(f"{name}: not a PDF (no %PDF- header)")
    start = time.monotonic()
    try:
        doc = PDFDocument(PDFParser(io.BytesIO(data)), password="")
    except (PDFPasswordIncorrect, PDFEncryptionError) as e:
        raise ImportFailed(f"{name}: the PDF is encrypted and needs a password; save an unprotected copy and import that") from e
    except Exception as e:  # pdfminer raises many types for damaged files
        raise ImportFailed(f"{name}: damaged PDF ({type(e).__name__}: {str(e)[:100]})") from e
    try:
        count = int(resolve1(resolve1(doc.catalog["Pages"])["Count"]))
    except Exception as e:
        raise ImportFailed(f"{name}: damaged PDF (no page tree)") from e
    if count > max_pages:
        raise ImportFailed(f"{name}: {count:,} pages (the limit is {max_pages:,}); import the plan's own pages")
    _check_streams(name, doc)
    rsrc = PDFResourceManager(caching=True)
    from pdfminer.converter import PDFPageAggregator

    device = PDFPageAggregator(rsrc, laparams=LAParams(line_margin=0.3, char_margin=2.0))
    interp = PDFPageInterpreter(rsrc, device)
    lines: list[Line] = []
    chars = 0
    try:
        for pno, page in enumerate(PDFPage.create_pages(doc), start=1):
            if pno > max_pages:
                raise ImportFailed(f"{name}: more than {max_pages:,} pages; import the plan's own pages")
            if time.monotonic() - start > budget:
                raise ImportFailed(f"{name}: page {pno}: reading took more than {budget:.0f} s; refused")
            interp.process_page(page)
            layout: LTPage = device.get_result()
            height = layout.height
            found: list[Line] = []
            glyphs: list[tuple[float, float]] = []  # (top, x) of bullets in symbol fonts with no Unicode text
            stack = list(layout)
            while stack:
                obj = stack.pop()
                if isinstance(obj, LTTextLine):
                    line = _line(pno, height, obj, LTChar)
                    if line:
                        found.append(line)
                    else:
                        glyphs.extend((height - c.y1, c.x0) for c in obj
                                      if isinstance(c, LTChar) and c.width > 2 and not c.get_text().strip())
                elif hasattr(obj, "__iter__"):
                    stack.extend(obj)
            for ln in found:
                if not ln.bullet and any(abs(t - ln.top) < 3 and x < ln.x0 - 4 and ln.x0 - x < 40 for t, x in glyphs):
                    ln.bullet = True
            found.sort(key=lambda ln: (round(ln.top), ln.x0))
            chars += sum(len(ln.text) for ln in found)
            if chars > MAX_CHARS:
                raise ImportFailed(f"{name}: page {pno}: more than {MAX_CHARS:,} characters of text; refused")
            lines.extend(found)
    except ImportFailed:
        raise
    except Exception as e:
        raise ImportFailed(f"{name}: damaged PDF ({type(e).__name__}: {str(e)[:100]})") from e
    if not any(ln.text.strip() for ln in lines):
        raise ImportFailed(
            f"{name}: no text layer on any of its {count} pages (a scanned document?); "
            "run OCR on it (e.g. ocrmypdf) and import the result"
        )
    return lines


def _line(pno: int, height: float, obj: object, char_type: type) -> Line | None:
    text = obj.get_text().replace("\n", " ").rstrip()  # type: ignore[attr-defined]
    if not text.strip():
        return None
    letters = [c for c in obj if isinstance(c, char_type) and c.get_text().strip()]  # type: ignore[attr-defined]
    if not letters:
        return None
    sizes: dict[float, int] = {}
    fonts: dict[str, int] = {}
    for c in letters:
        sizes[round(c.size, 1)] = sizes.get(round(c.size, 1), 0) + 1
        fonts[c.fontname] = fonts.get(c.fontname, 0) + 1
    bold_n = sum(1 for c in letters if _is_bold(c.fontname))
    prefix = []
    started = False
    for c in obj:  # type: ignore[attr-defined]
        if not isinstance(c, char_type):
            if started:
                prefix.append(c.get_text())
            continue
        if not c.get_text().strip() and not started:
            continue  # a bullet glyph or space before the run
        if _is_bold(c.fontname):
            started = True
            prefix.append(c.get_text())
        elif c.get_text().strip() or not started:
            if not started and c.get_text() in BULLETS:
                continue
            break
        else:
            prefix.append(c.get_text())
    x0 = min(c.x0 for c in letters)
    first = next((c for c in obj if isinstance(c, char_type)), None)  # type: ignore[attr-defined]
    bullet = text.lstrip()[:1] in BULLETS or (
        first is not None and not first.get_text().strip() and first.fontname != letters[0].fontname
        and first.x0 < x0 - 4
    )
    return Line(
        page=pno, top=height - obj.y1, bottom=height - obj.y0, x0=x0,  # type: ignore[attr-defined]
        size=max(sizes, key=lambda s: sizes[s]), text=text.strip(), bold=bold_n / len(letters),
        bold_prefix="".join(prefix).strip(), font=max(fonts, key=lambda f: fonts[f]).split("+", 1)[-1],
        bullet=bullet,
    )


def _check_streams(name: str, doc: object) -> None:
    """Refuse a stream that inflates past MAX_STREAM, inflating at most that much to find out."""
    from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream, resolve1

    seen: set[int] = set()
    for xref in doc.xrefs:  # type: ignore[attr-defined]
        for objid in xref.get_objids():
            if objid in seen:
                continue
            seen.add(objid)
            try:
                strmid, _index, _gen = xref.get_pos(objid)
            except KeyError:
                continue
            if strmid is not None:
                continue  # inside an object stream: that stream itself is checked
            try:
                obj = doc.getobj(objid)  # type: ignore[attr-defined]
            except Exception:
                continue  # pdfminer reports damage when the page is read
            if not isinstance(obj, PDFStream) or obj.rawdata is None:
                continue
            if getattr(resolve1(obj.attrs.get("Subtype")), "name", None) == "Image":
                continue  # images are never decoded for text
            filters = obj.get_filters()
            if not filters or filters[0][0] not in LITERALS_FLATE_DECODE:
                continue
            raw = obj.rawdata
            if obj.decipher:
                raw = obj.decipher(obj.objid, obj.genno, raw, obj.attrs)
            if _inflated_size(raw, MAX_STREAM + 1) > MAX_STREAM:
                raise ImportFailed(
                    f"{name}: object {objid} inflates to more than {MAX_STREAM // (1024 * 1024)} MB "
                    "(a PDF bomb?); refused"
                )


def _inflated_size(raw: bytes, limit: int) -> int:
    d = zlib.decompressobj()
    total = 0
    chunk = raw
    try:
        while chunk and total < limit:
            out = d.decompress(chunk, 1024 * 1024)
            total += len(out)
            chunk = d.unconsumed_tail
    except zlib.error:
        return total  # a corrupt stream: pdfminer copes with what it can
    return total
