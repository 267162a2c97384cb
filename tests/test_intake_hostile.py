"""Hostile plan documents: one line each naming the file, the library unchanged, memory bounded."""

from __future__ import annotations

import io
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfWriter
from reportlab.pdfgen import canvas

from irm_app.cli import main
from irm_app.intake.pdf_text import MAX_PAGES
from irm_app.library import Library
from irm_app.paths import sample_plan


def text_pdf(text: str = "1. Publish the budget\nThe ministry will publish it.") -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for i, line in enumerate(text.splitlines()):
        c.setFont("Helvetica-Bold" if line[:1].isdigit() else "Helvetica", 11)
        c.drawString(72, 720 - 14 * i, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def encrypted_pdf(path: Path) -> Path:
    from pypdf import PdfReader

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf())))
    w.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    with open(path, "wb") as f:
        w.write(f)
    return path


def bomb_pdf(path: Path, inflated: int = 400 * 1024 * 1024) -> Path:
    """One page whose content stream inflates to `inflated` bytes (a few hundred KB on disk)."""
    z = zlib.compressobj(9)
    block = b" " * (1024 * 1024)
    body = b"".join(z.compress(block) for _ in range(inflated // len(block))) + z.flush()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def many_pages_pdf(path: Path, pages: int = 2000) -> Path:
    w = PdfWriter()
    for _ in range(pages):
        w.add_blank_page(612, 792)
    with open(path, "wb") as f:
        w.write(f)
    return path


def scanned_pdf(path: Path) -> Path:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    img = Image.new("L", (400, 500), 255)
    for x in range(50, 350):
        img.putpixel((x, 100), 0)  # a "line of text" as pixels
    c = canvas.Canvas(str(path))
    c.drawImage(ImageReader(img), 72, 200, 400, 500)
    c.showPage()
    c.save()
    return path


def docx_with(path: Path, extra: dict[str, bytes], rels_add: str = "") -> Path:
    buf = io.BytesIO()
    doc = Document()
    doc.add_paragraph("1. Publish the budget")
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/_rels/document.xml.rels" and rels_add:
                data = data.replace(b"</Relationships>", rels_add.encode() + b"</Relationships>")
            out.writestr(info, data)
        for name, data in extra.items():
            out.writestr(name, data)
    return path


EXTERNAL_IMAGE = ('<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                  'relationships/image" Target="http://203.0.113.9/track.png" TargetMode="External"/>')

CASES = {
    "encrypted.pdf": (encrypted_pdf, "encrypted and needs a password"),
    "bomb.pdf": (bomb_pdf, "inflates to more than"),
    "pages.pdf": (many_pages_pdf, f"2,000 pages (the limit is {MAX_PAGES:,})"),
    "scan.pdf": (scanned_pdf, "no text layer"),
    "external.docx": (lambda p: docx_with(p, {}, EXTERNAL_IMAGE), "links to external content (image"),
    "huge-image.docx": (lambda p: docx_with(p, {"word/media/image1.png": b"\0" * (300 * 1024 * 1024)}),
                        "word/media/image1.png"),
}


@pytest.fixture()
def library(tmp_path: Path) -> Path:
    db = tmp_path / "lib.db"
    assert main(["import", str(sample_plan()), "--db", str(db)]) == 0
    return db


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_document_is_refused_with_one_line_and_nothing_changes(
    tmp_path: Path, library: Path, capsys, name: str
) -> None:
    make, expected = CASES[name]
    path = make(tmp_path / name)
    with Library.open(library, readonly=True) as lib:
        before = [(p.id, p.commitments, p.milestones) for p in lib.plans.summaries()]
    capsys.readouterr()
    tracemalloc.start()
    try:
        rc = main(["import", str(path), "--db", str(library)])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    err = capsys.readouterr().err.strip()
    assert rc == 2
    assert len(err.splitlines()) == 1 and name in err and expected in err, err
    assert "Traceback" not in err
    assert peak < 200 * 1024 * 1024, f"peak {peak:,} bytes"
    with Library.open(library, readonly=True) as lib:
        assert [(p.id, p.commitments, p.milestones) for p in lib.plans.summaries()] == before


def test_a_pdf_within_bounds_still_imports(tmp_path: Path) -> None:
    """The bounds refuse only hostile files: a small real-looking PDF goes through (a control)."""
    path = tmp_path / "small.pdf"
    path.write_bytes(text_pdf("Introduction\n1. Publish the budget\nThe ministry will publish it.\n"
                              "2. Open the registry\nThe registry will be open."))
    db = tmp_path / "lib.db"
    assert main(["import", str(path), "--db", str(db), "--plan-id", "AP_SMALL"]) == 0
    with Library.open(db, readonly=True) as lib:
        assert [c.title for c in lib.plans.plan("AP_SMALL").commitments] == ["Publish the budget", "Open the registry"]
