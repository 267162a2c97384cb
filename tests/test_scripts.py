"""Plans in every script print right: CJK glyphs in both formats, right-to-left text in order.

The plan holds Chinese, Japanese, Korean, Arabic (with brackets and numbers), Hebrew and mixed
LTR/RTL titles. What is checked is what a reader gets: the characters extracted from the PDF,
the font each glyph is drawn in (never DejaVu, which has no CJK and draws boxes), the Arabic
cover line read right to left as an Arabic reader reads it, the Word XML that makes Word and
LibreOffice choose fonts and direction, and LibreOffice's own rendering of the .docx.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
import zipfile
from datetime import date
from pathlib import Path

import pytest

from irm_app.methodology import load_form
from irm_app.model import ActionPlan, Commitment
from irm_app.paths import resources_dir
from irm_app.reports import export_report

from .report_fixtures import ASSESSMENT_ID, scored_doc

TODAY = date(2026, 3, 1)
MEMBER = "المملكة الأردنية (الأردن)"
AR_PLAN_TITLE = "خطة العمل الوطنية الخامسة (2021–2025) للأردن"
CJK = {
    "CN0001": ("公开政府预算数据", "各级政府应当按季度公开预算执行数据，并接受社会监督。"),
    "JP0002": ("行政文書のオープンデータ化", "ひらがなとカタカナを含む説明：オープンガバメント推進。"),
    "KR0003": ("공공 데이터 개방 확대", "정부는 예산 집행 자료를 매 분기 공개한다."),
}
AR_TITLE = "تعزيز الشفافية (المرحلة 2) في الموازنة"
AR_DESC = "نشر بيانات الموازنة العامة (ربع سنوية) بصيغة مفتوحة في عام 2024."
HE_TITLE = "שקיפות תקציבית (שלב 3)"
HE_DESC = "פרסום נתוני התקציב בפורמט פתוח."
MIXED_TITLE = "Open budget: نشر البيانات (phase 1) and 公开数据"
IRI = "https://例え.jp/報告/2024"  # a link whose address is in CJK too
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def scripts_plan() -> ActionPlan:
    commitments = [Commitment(id=cid, title=t, description=d, problem=f"预算数据不公开（见 {IRI}）。" if cid == "CN0001" else "")
                   for cid, (t, d) in CJK.items()]
    commitments += [
        Commitment(id="AR0004", title=AR_TITLE, description=AR_DESC),
        Commitment(id="HE0005", title=HE_TITLE, description=HE_DESC),
        Commitment(id="MX0006", title=MIXED_TITLE, description="English, עברית (2), العربية (3) and 中文 in one line."),
    ]
    return ActionPlan(id="AP_MIX01", member=MEMBER, title=AR_PLAN_TITLE, period_start=2021, period_end=2025,
                      commitments=commitments)


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("scripts")
    form = load_form("irm-action-plan-review-2021")
    doc = scored_doc(scripts_plan(), form)
    pdf = export_report(doc, ASSESSMENT_ID, form, "pdf", out / "scripts.pdf", today=TODAY,
                        structure="legacy")  # the layout that prints every plan text in full
    word = export_report(doc, ASSESSMENT_ID, form, "docx", out / "scripts.docx", today=TODAY, structure="legacy")
    return pdf, word


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def pdffonts(path: Path) -> list[list[str]]:
    lines = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout.splitlines()
    return [ln.split() for ln in lines[2:] if ln.strip()]


def is_cjk(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL"))


def glyphs(path: Path, page: int | None = None) -> list[tuple[str, str, float, float]]:
    """(character, font, x, baseline y) of every glyph drawn on `page` (0-based; None: all
    pages), via pdfminer."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTContainer

    out: list[tuple[str, str, float, float]] = []

    def walk(node: object) -> None:
        if isinstance(node, LTChar):
            out.append((node.get_text(), node.fontname, node.x0, round(node.y0, 1)))
        elif isinstance(node, LTContainer):
            for child in node:
                walk(child)

    for layout in extract_pages(str(path), page_numbers=None if page is None else [page]):
        walk(layout)
    return out


def visual_lines(path: Path, page: int, min_x: float = 0) -> list[str]:
    """Each line of `page` as drawn, glyphs left to right (only those right of `min_x`)."""
    rows: dict[float, list[tuple[float, str]]] = {}
    for ch, _, x, y in glyphs(path, page):
        if x >= min_x:
            rows.setdefault(y, []).append((x, ch))
    return ["".join(ch for _, ch in sorted(row)) for row in rows.values()]


_MIRROR = str.maketrans("()[]", ")(][")


def read_right_to_left(visual: str) -> str:
    """The order an Arabic reader meets the glyphs of a right-to-left line: reversed, the
    presentation forms back to letters (NFKC); a bracket met first from the right is drawn ')'
    and opens (rule L4 mirrored it), and numbers still read left to right. For a correctly
    drawn line this is the logical text; a line drawn without mirroring gives ')2021–2025('."""
    text = unicodedata.normalize("NFKC", visual[::-1]).translate(_MIRROR)
    return re.sub(r"\d+", lambda m: m.group(0)[::-1], text)


# -- PDF ----------------------------------------------------------------------------------------

def test_pdf_text_holds_every_cjk_title_and_description(exported):
    text = re.sub(r"\s+", " ", pdftotext(exported[0]))
    for title, description in CJK.values():
        assert title in text
        assert description in text
    assert "公开数据" in text  # the CJK run inside the mixed-script title
    assert IRI in text


def test_a_cjk_address_is_a_working_link(exported):
    from pypdf import PdfReader

    uris = {a.get_object()["/A"]["/URI"] for page in PdfReader(exported[0]).pages
            for a in page.get("/Annots", []) if "/URI" in a.get_object().get("/A", {})}
    assert IRI in uris


def test_pdf_draws_cjk_in_the_fallback_and_embeds_every_font(exported):
    pdf = exported[0]
    rows = pdffonts(pdf)
    assert rows and all(r[-5] == "yes" for r in rows), rows  # the emb column of every font
    names = {r[0].split("+", 1)[-1] for r in rows}
    assert {"DroidSansFallbackFull", "DroidSansFallback"} <= names  # Han + kana, Hangul
    drawn = [g for g in glyphs(pdf) if is_cjk(g[0])]
    assert {ch for ch, *_ in drawn} >= set("公开政府预算数据のオ공공데이터")
    # DejaVu has no CJK glyph: a CJK character set in it would be a box
    assert all("DroidSansFallback" in font for _, font, *_ in drawn), {f for _, f, *_ in drawn}


def test_arabic_cover_lines_read_right_to_left_with_brackets_facing_inward(exported):
    pdf = exported[0]
    value_column = 2.2 / 2.54 * 72 + 4.2 / 2.54 * 72 - 1  # the cover facts' value column, in points
    lines = visual_lines(pdf, 0, value_column)
    readings = [read_right_to_left(ln.strip()) for ln in lines if re.search("[\u0600-\u06ff\ufb50-\ufeff]", ln)]
    assert AR_PLAN_TITLE in readings, readings
    assert MEMBER in readings, readings
    # as drawn, left to right: the numbers in reading order of Arabic, the brackets around them
    assert any("(2025–2021)" in ln for ln in lines)


def test_running_header_quotes_the_arabic_member_in_order(exported):
    pdf = exported[0]
    top = max(y for *_, y in glyphs(pdf, 2))
    header = "".join(ch for _, ch in sorted((x, ch) for ch, _, x, y in glyphs(pdf, 2) if y == top))
    # an English header: the member (right to left, an isolated unit) first, then the type
    arabic, sep, rest = header.partition(" · ")
    assert sep and rest.startswith("Action Plan Review")
    assert read_right_to_left(arabic) == MEMBER


# -- Word ---------------------------------------------------------------------------------------

def test_docx_names_east_asian_and_complex_script_fonts(exported):
    with zipfile.ZipFile(exported[1]) as z:
        styles = z.read("word/styles.xml").decode()
    defaults = re.search(r"<w:rPrDefault>.*?</w:rPrDefault>", styles, re.S).group(0)
    assert 'w:eastAsia="Droid Sans Fallback"' in defaults and 'w:cs="DejaVu Sans"' in defaults
    # a theme font attribute would override the named fonts in Word
    assert not re.search(r'w:(ascii|hAnsi|eastAsia|cs)[Tt]heme=', styles)


def test_docx_marks_right_to_left_paragraphs_and_runs(exported):
    import docx

    d = docx.Document(str(exported[1]))
    paras = {p.text: p for p in d.paragraphs}

    def rtl_runs(p) -> list[str]:
        return [r.text for r in p.runs if r._r.rPr is not None and r._r.rPr.find(f"{W}rtl") is not None]

    ar = next(p for t, p in paras.items() if AR_DESC in t)
    he = next(p for t, p in paras.items() if HE_DESC in t)
    for p, text in ((ar, AR_DESC), (he, HE_DESC)):
        assert p._p.pPr.find(f"{W}bidi") is not None
        marked = "".join(rtl_runs(p))
        assert text.split()[0] in marked  # every right-to-left letter is in a run marked w:rtl
        assert [c for c in marked if unicodedata.bidirectional(c) in ("R", "AL")] == \
            [c for c in text if unicodedata.bidirectional(c) in ("R", "AL")]
    cn = next(p for t, p in paras.items() if CJK["CN0001"][1] in t)
    assert cn._p.pPr is None or cn._p.pPr.find(f"{W}bidi") is None
    mixed = next(p for t, p in paras.items() if t.endswith(MIXED_TITLE))  # the heading
    assert mixed.style.name.startswith("Heading")
    assert rtl_runs(mixed) == ["نشر البيانات"]  # only the Arabic: "Open budget" stays left to right
    assert mixed._p.pPr.find(f"{W}bidi") is None


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_docx_converts_with_libreoffice_with_cjk_glyphs(exported, tmp_path):
    # a machine with the bundled fonts installed (as docs/reports.md asks of one without CJK
    # fonts): fontconfig is pointed at resources/fonts for this conversion only
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f'<dir>{resources_dir() / "fonts"}</dir><cachedir>{tmp_path / "fc-cache"}</cachedir></fontconfig>',
        encoding="utf-8")
    env = {**__import__("os").environ, "FONTCONFIG_FILE": str(conf)}
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(exported[1])], check=True, capture_output=True, timeout=180, env=env)
    converted = tmp_path / "scripts.pdf"
    text = re.sub(r"\s+", " ", pdftotext(converted))
    for title, description in CJK.values():
        assert title in text and description in text
    rows = pdffonts(converted)
    assert all(r[-5] == "yes" for r in rows), rows
    assert any("DroidSansFallback" in r[0] for r in rows), rows  # LibreOffice drew CJK glyphs
    assert AR_TITLE.split()[0] in unicodedata.normalize("NFKC", text)


def test_a_researcher_named_in_chinese_signs_with_glyphs_and_embedded_fonts(exported, tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    from irm_app.reports.fonts import FACES, register_pdf_fonts
    from irm_app.signing.identity import create_identity
    from irm_app.signing.pdf_sign import sign_pdf, verify_pdf

    register_pdf_fonts()
    latin = tmp_path / "latin.pdf"  # a PDF with no CJK of its own: any CJK font is the signature's
    c = Canvas(str(latin), initialFontName=FACES["regular"])
    c.drawString(72, 720, "IRM report")
    c.showPage()
    c.save()
    ident = create_identity("王小明", "wang@example.org", "IRM", "tw", b"a long passphrase", tmp_path / "home")
    signed = tmp_path / "signed.pdf"
    sign_pdf(latin, signed, ident, b"a long passphrase")
    assert verify_pdf(signed).valid
    assert "王小明" in pdftotext(signed)  # poppler prints the widget's appearance too
    rows = pdffonts(signed)
    assert all(r[-5] == "yes" for r in rows), rows
    assert any("DroidSansFallback" in r[0] for r in rows), rows  # the name drawn in glyphs, not boxes


def test_chart_labels_in_cjk_are_drawn_in_the_fallback_in_both_formats():
    from PIL import Image
    from reportlab.graphics.shapes import Group, String

    from irm_app.reports.blocks import ChartSpec
    from irm_app.reports.charts import chart_drawing, chart_png

    spec = ChartSpec("levels", ("公开数据", "공공 데이터"), (3, 1), "commitments", (False, False))

    def strings(node) -> list[String]:
        if isinstance(node, String):
            return [node]
        return [s for child in node.contents for s in strings(child)] if isinstance(node, Group) else []

    drawn = [s for item in chart_drawing(spec, 400).contents for s in strings(item) if any(is_cjk(ch) for ch in s.text)]
    assert {s.text for s in drawn} == {"公开数据", "공공 데이터"}
    assert all(s.fontName.startswith("DroidSansFallback") for s in drawn)
    # the Word chart (PNG): two different labels, so two different pictures in the label column
    img = Image.open(io.BytesIO(chart_png(spec, 400)))
    column = img.crop((0, 0, img.width // 4, img.height))
    top, bottom = column.crop((0, 0, column.width, column.height // 3)), \
        column.crop((0, column.height // 3, column.width, 2 * column.height // 3))
    assert top.getbbox() is not None and top.tobytes() != bottom.tobytes()


@pytest.mark.parametrize(("logical", "base", "drawn"), [
    # an English sentence quoting an Arabic name: the brackets stay around the English words
    ("of الأردن (6 commitments) using", "L", "of {الأردن} (6 commitments) using"),
    # an Arabic title with a period in brackets: brackets face inward, around the numbers
    ("خطة (2021–2025) للأردن", None, "{للأردن} (2025–2021) {خطة}"),
    # an Arabic name ending in brackets, then English: the closing bracket stays with the name
    ("المملكة الأردنية (الأردن) · Action Plan Review", "L", "({الأردن}) {الأردنية} {المملكة} · Action Plan Review"),
    ("Open budget: نشر البيانات (phase 1) and 公开数据", None, "Open budget: {البيانات} {نشر} (phase 1) and 公开数据"),
    ("שקיפות תקציבית (שלב 3)", None, "(3 {שלב}) {תקציבית} {שקיפות}"),
])
def test_right_to_left_lines_are_drawn_in_visual_order(logical, base, drawn):
    """{word}: that word as drawn, its glyphs reversed; everything else as it is drawn."""
    from irm_app.reports.rtl import display

    expected = re.sub(r"\{([^}]*)\}", lambda m: m.group(1)[::-1], drawn)
    assert unicodedata.normalize("NFKC", display(logical, base)[::-1])[::-1] == expected
