"""OGP's commitments table (the portal's export), as CSV or XLSX.

Rows become plans (grouped by Action Plan ID) and commitments; the IRM codes in a row become
an assessment of every methodology form whose `ogp_detect_columns` the plan has values in. A
code the form cannot map is kept raw and flagged, never turned into a score. Columns are found
by header name (order is not stable between exports); headers are matched loosely (case,
spacing).
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterator
from datetime import date, datetime
from functools import cache
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from ..methodology import Form, available_forms
from ..model import ActionPlan, Commitment
from .bundle import ImportBundle, ImportFailed
from .ogp_codes import FormColumns, cell, codes, present
from .text import (
    BAD_CHAR,
    LONG_MAX,
    TITLE_MAX,
    check_texts,
    decode_text,
    field_limit,
    read_bytes,
    validation_message,
)

MAX_ROWS = 20_000  # OGP's whole table is ~5,000 rows; a bound keeps hostile files quick
MAX_CELL = LONG_MAX  # characters; real full texts run to ~25,000
# Memory bounds, checked as the file is read (a header of 157 M commas took 2.3 GiB): OGP's table
# has ~40 columns and ~200,000 cells; its longest record ~60,000 characters over ~100 lines.
MAX_COLUMNS = 1_000
MAX_CELLS = 2_000_000
MAX_RECORD = 2_000_000  # characters in one record (a row, with the line breaks in its cells)
MAX_LINES = 2_000_000  # physical lines, blank ones included
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
_DATE = re.compile(r"(?P<m1>\d{1,2})/(?P<d1>\d{1,2})/(?P<y1>\d{4})|(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2})")
REQUIRED = ("Commitment Unique Identifier", "Action Plan ID", "Country/Locality")


def header_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", name.casefold()).strip()


class Table:
    """Rows by loose header name, each with its place in the file for messages."""

    def __init__(self, name: str, headers: list[str], rows: list[tuple[str, list[str]]], *,
                 no_control_chars: bool = False) -> None:
        self.name = name
        self.no_control_chars = no_control_chars  # the whole text was searched once: rows need no search
        self.headers = headers
        self.index = {}
        for i, h in enumerate(headers):
            self.index.setdefault(header_key(h), i)
        self.rows = rows
        self._where: dict[str, int | None] = {}  # column name -> index: a name is folded once, not per cell

    def _at(self, column: str) -> int | None:
        try:
            return self._where[column]
        except KeyError:
            i = self._where[column] = self.index.get(header_key(column))
            return i

    def has(self, column: str) -> bool:
        return self._at(column) is not None

    def get(self, row: list[str], column: str) -> str:
        i = self._at(column)
        if i is None or i >= len(row):
            return ""
        return row[i].strip()

    def index_of(self, column: str) -> int | None:
        """The column's index for `cell` (None when the table has no such column)."""
        return self._at(column)


# -- reading ------------------------------------------------------------------------------------


def read_csv(path: Path, data: bytes | None = None) -> Table:
    raw = data if data is not None else read_bytes(path)
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFailed(f"{path.name}: binary data, not a CSV table")
    text = decode_text(raw, path.name)
    csv.field_size_limit(MAX_CELL)
    lines = _Lines(text, path.name)
    reader = csv.reader(lines, strict=True)  # a truncated quote is an error
    rows: list[tuple[str, list[str]]] = []
    cells = 0
    try:
        headers = next(reader)
        lines.record_done()
        if len(headers) > MAX_COLUMNS:
            raise ImportFailed(f"{path.name}: line 1: {len(headers):,} columns (at most {MAX_COLUMNS:,})")
        for row in reader:
            lines.record_done()
            if len(rows) >= MAX_ROWS:
                raise ImportFailed(f"{path.name}: more than {MAX_ROWS:,} rows; split the file")
            if len(row) > MAX_COLUMNS:
                raise ImportFailed(f"{path.name}: line {reader.line_num}: {len(row):,} columns (at most {MAX_COLUMNS:,})")
            if any(cell.strip() for cell in row):
                cells += len(row)
                if cells > MAX_CELLS:
                    raise ImportFailed(f"{path.name}: line {reader.line_num}: more than {MAX_CELLS:,} cells; split the file")
                rows.append((f"line {reader.line_num}", row))
    except StopIteration as e:
        raise ImportFailed(f"{path.name}: no header row") from e
    except csv.Error as e:
        msg = str(e)
        if "field larger" in msg:
            msg = f"a cell longer than {MAX_CELL:,} characters"
        raise ImportFailed(f"{path.name}: line {reader.line_num}: {msg}") from e
    return Table(path.name, headers, rows, no_control_chars=BAD_CHAR.search(text) is None)


class _Lines:
    """The text's lines for csv.reader, one at a time, bounding each record and the line count
    before csv builds a row (csv itself would gather a record of any size)."""

    def __init__(self, text: str, name: str) -> None:
        self._it = _LINE.finditer(text)
        self._name = name
        self._n = 0
        self._record = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = next(self._it).group()
        self._n += 1
        self._record += len(line)
        if self._n > MAX_LINES:
            raise ImportFailed(f"{self._name}: more than {MAX_LINES:,} lines; split the file")
        if self._record > MAX_RECORD:
            raise ImportFailed(f"{self._name}: line {self._n:,}: a record longer than {MAX_RECORD:,} characters")
        return line

    def record_done(self) -> None:
        self._record = 0


def read_xlsx(path: Path, data: bytes | None = None) -> Table:
    from .xlsx import xlsx_rows

    headers, rows = xlsx_rows(path, data, max_rows=MAX_ROWS, max_cell=MAX_CELL)
    return Table(path.name, headers, rows)


# -- turning rows into a bundle -----------------------------------------------------------------


def bundle_from_table(table: Table, forms: list[Form] | None = None) -> ImportBundle:
    missing = [c for c in REQUIRED if not table.has(c)]
    if missing:
        raise ImportFailed(f"{table.name}: header row: missing column {missing[0]!r} (is this OGP's commitments table?)")
    if not (table.has("Commitment Title") or table.has("Short Title")):
        raise ImportFailed(f"{table.name}: header row: missing column 'Commitment Title'")
    if not table.rows:
        raise ImportFailed(f"{table.name}: no commitments below the header row")
    forms = forms if forms is not None else available_forms()
    by_plan: dict[str, list[tuple[str, list[str]]]] = {}
    seen: dict[str, str] = {}
    for where, row in table.rows:
        cid = table.get(row, "Commitment Unique Identifier")
        pid = table.get(row, "Action Plan ID")
        if not cid:
            raise ImportFailed(f"{table.name}: {where}: empty Commitment Unique Identifier")
        if not pid:
            raise ImportFailed(f"{table.name}: {where}: {cid}: empty Action Plan ID")
        key = f"{pid}/{cid}"
        if key in seen:
            raise ImportFailed(f"{table.name}: {where}: commitment {cid} already appears at {seen[key]}")
        seen[key] = where
        by_plan.setdefault(pid, []).append((where, row))
    bundle = ImportBundle(source=table.name)
    columns = {form.key: FormColumns(table, form) for form in forms}
    # a form whose columns the table lacks is never looked for row by row
    detect = {form.key: [table.index_of(c) for c in form.ogp_detect_columns if table.has(c)] for form in forms}
    for pid, rows in by_plan.items():
        bundle.plans.append(_plan(table, pid, rows))
        for form in forms:
            if any(present(cell(r, i)) for _, r in rows for i in detect[form.key]):
                bundle.assessments.append(codes(table, columns[form.key], pid, rows, bundle))
    return bundle


_COMMITMENT_COLUMNS = ("Commitment Unique Identifier", "Commitment Number", "Commitment Title", "Short Title",
                       "Theme", "Lead Institution", "Supporting Institution(s)", "Full Text", "URL", "Start Date",
                       "End Date")
_EMPTY_LISTS = ("milestones", "ogp_values", "grand_challenges", "policy_areas", "self_reports")


@cache
def _commitments() -> TypeAdapter[list[Commitment]]:
    """Built on first use (a CLI call that imports nothing never builds it)."""
    return TypeAdapter(list[Commitment])


def _empty() -> dict[str, object]:
    return {**{k: [] for k in _EMPTY_LISTS}, "other_fields": {}}


def _plan(table: Table, pid: str, rows: list[tuple[str, list[str]]]) -> ActionPlan:
    first = rows[0][1]
    i_id, i_number, i_title, i_short, i_theme, i_lead, i_supporting, i_text, i_url, i_start, i_end = (
        table.index_of(c) for c in _COMMITMENT_COLUMNS)
    datas = []
    for _, row in rows:
        short = cell(row, i_short)
        datas.append({
            "id": cell(row, i_id),
            "number": cell(row, i_number) or None,
            "title": cell(row, i_title) or short,
            "short_title": short or None,
            "theme": _value(cell(row, i_theme)),
            "lead_institution": _value(cell(row, i_lead)),
            "supporting_institutions": _lines(cell(row, i_supporting)),
            "description": cell(row, i_text),
            "url": cell(row, i_url) or None,
            "start": _date(cell(row, i_start)),
            "end": _date(cell(row, i_end)),
            **_empty(),  # given, not defaulted: pydantic deep-copies a mutable default per model
        })
    try:
        commitments = _commitments().validate_python(datas)  # one call: a third of 5,000 single ones
    except ValidationError as batch:
        for (where, _), data in zip(rows, datas, strict=True):  # the first bad row, named as before
            try:
                Commitment.model_validate(data)
            except ValidationError as e:
                raise ImportFailed(validation_message(table.name, e, f"{where}: commitment", data)) from e
        raise ImportFailed(validation_message(table.name, batch, f"{rows[0][0]}: commitments", datas)) from batch
    for (where, _), data, commitment in zip(rows, datas, commitments, strict=True):
        if not _texts_fine(data, table.no_control_chars):  # rare: the model's walk names the place and why
            problem = check_texts(commitment, f"{where}: commitment")
            if problem:
                raise ImportFailed(f"{table.name}: {problem}")
    themes = list(dict.fromkeys(c.theme for c in commitments if c.theme))
    plan = {
        "id": pid,
        "member": table.get(first, "Country/Locality"),
        "number": _int(table, first, "Action Plan Number", rows[0][0]),
        "period_start": _int(table, first, "Year Of Submission", rows[0][0]),
        "period_end": _int(table, first, "Action Plan End Year", rows[0][0]),
        "national_or_local": table.get(first, "National Or Local") or "National",
        "title": f"{table.get(first, 'Country/Locality')} action plan {table.get(first, 'Action Plan Number')}".strip(),
        "source": f"OGP commitments table: {table.name}",
        "themes": themes,
        "commitments": commitments,  # validated above: pydantic keeps model instances as they are
    }
    try:
        result = ActionPlan.model_validate(plan)
    except ValidationError as e:
        raise ImportFailed(validation_message(table.name, e, f"{rows[0][0]}: plan {pid}", plan)) from e
    problem = check_texts(result.model_copy(update={"commitments": []}), f"{rows[0][0]}: plan")
    if problem:
        raise ImportFailed(f"{table.name}: {problem}")
    return result


def _texts_fine(data: dict[str, object], no_control_chars: bool) -> bool:
    """True when no text of a commitment's row can break the limits: their lengths, and one
    pattern search over all of them unless the whole file was found clean, instead of a walk
    of the validated model per text."""
    texts: list[str] = []
    for name, value in data.items():
        for item in (value if type(value) is list else (value,)):
            if type(item) is str:
                if len(item) > TITLE_MAX and len(item) > field_limit(name):
                    return False
                texts.append(item)
    return no_control_chars or BAD_CHAR.search("\n".join(texts)) is None


def _value(raw: str) -> str:
    return raw.strip() if present(raw) else ""


def _lines(raw: str) -> list[str]:
    if not present(raw):
        return []
    return [p.strip() for p in re.split(r"[\r\n;]+", raw) if p.strip() and present(p)]


def _int(table: Table, row: list[str], column: str, where: str) -> int | None:
    """A whole number from a numeric column; missing is None, anything else is refused by place
    (`inf`, `nan`, `1e400` or 4,300 digits would otherwise fail deep inside)."""
    raw = table.get(row, column)
    if not present(raw):
        return None
    try:
        number = float(raw) if len(raw) <= 20 else math.inf
    except ValueError:
        number = math.nan
    if not math.isfinite(number) or not number.is_integer():
        shown = repr(raw) if len(raw) <= 20 else f"{raw[:12]!r}... ({len(raw):,} characters)"
        raise ImportFailed(f"{table.name}: {where}: {column}: {shown} is not a whole number")
    return int(number)


def _date(raw: str) -> str | None:
    """US month/day/year (as the portal writes it) to ISO; other text is kept as written."""
    if not present(raw):
        return None
    m = _DATE.fullmatch(raw.strip())  # the two shapes the portal writes, without strptime's cost
    if m:
        y, mo, d = (int(m["y1"] or m["y2"]), int(m["m1"] or m["m2"]), int(m["d1"] or m["d2"]))
        try:
            return date(y, mo, d).isoformat()
        except ValueError:
            pass
    for fmt in ("%m/%d/%Y", "%Y-%m-%d", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(raw.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return raw.strip()[:40]

