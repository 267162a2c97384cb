"""Reading the first sheet of an .xlsx safely: zip limits first, then openpyxl.

openpyxl parses with defusedxml when it is installed (a declared dependency), which refuses
XML entity expansion; the zip is checked for bombs before openpyxl opens it. Formulas are read
as their cached values (data_only), never evaluated.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from .bundle import ImportFailed
from .text import read_bytes

MAX_UNCOMPRESSED = 512 * 1024 * 1024
MAX_RATIO = 200
MAX_COLUMNS = 1_000  # as for CSV (ogp_table.MAX_COLUMNS)
MAX_CELLS = 2_000_000
MAX_ROW_INDEX = 1_048_576  # Excel's last row; a sheet claiming more is not a real export


def check_zip(name: str, data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except zipfile.BadZipFile as e:
        raise ImportFailed(f"{name}: not a valid .xlsx (damaged or truncated zip: {e})") from e
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise ImportFailed(f"{name}: unpacks to {total:,} bytes (limit {MAX_UNCOMPRESSED:,}): refused")
    for i in infos:
        if i.compress_size and i.file_size / i.compress_size > MAX_RATIO and i.file_size > 1024 * 1024:
            raise ImportFailed(f"{name}: member {i.filename} is compressed {i.file_size // i.compress_size}:1 (a zip bomb?): refused")


def xlsx_rows(
    path: Path, data: bytes | None, *, max_rows: int, max_cell: int
) -> tuple[list[str], list[tuple[str, list[str]]]]:
    raw = data if data is not None else read_bytes(path)
    check_zip(path.name, raw)
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many types for damaged files
        raise ImportFailed(f"{path.name}: cannot read the workbook ({type(e).__name__}: {str(e)[:120]})") from e
    try:
        ws = wb.worksheets[0]
        declared = ws.max_row  # from the sheet's <dimension>: refuse a huge sheet before reading it
        if declared and declared - 1 > max_rows:
            raise ImportFailed(f"{path.name}: sheet {ws.title!r} has {declared - 1:,} rows (more than {max_rows:,}); split the file")
        # A stale <dimension> would make openpyxl stop at its last row (1 of 25,000 imported) or
        # column: read the rows the sheet really holds, counted as they come.
        ws.reset_dimensions()
        it = ws.iter_rows(values_only=True)
        try:
            headers = [_cell(c) for c in next(it)]
        except StopIteration as e:
            raise ImportFailed(f"{path.name}: sheet {ws.title!r}: no header row") from e
        if len(headers) > MAX_COLUMNS:
            raise ImportFailed(f"{path.name}: sheet {ws.title!r} row 1: {len(headers):,} columns (at most {MAX_COLUMNS:,})")
        rows: list[tuple[str, list[str]]] = []
        cells_seen = 0
        for n, values in enumerate(it, start=2):
            if n > MAX_ROW_INDEX:
                raise ImportFailed(f"{path.name}: sheet {ws.title!r}: a row numbered over {MAX_ROW_INDEX:,}: refused")
            if len(values) > MAX_COLUMNS:
                raise ImportFailed(f"{path.name}: sheet {ws.title!r} row {n}: {len(values):,} columns (at most {MAX_COLUMNS:,})")
            cells = [_cell(c) for c in values]
            if not any(c.strip() for c in cells):
                continue
            if len(rows) >= max_rows:
                raise ImportFailed(f"{path.name}: more than {max_rows:,} rows; split the file")
            cells_seen += len(cells)
            if cells_seen > MAX_CELLS:
                raise ImportFailed(f"{path.name}: sheet {ws.title!r} row {n}: more than {MAX_CELLS:,} cells; split the file")
            long = next((i for i, c in enumerate(cells) if len(c) > max_cell), None)
            if long is not None:
                raise ImportFailed(f"{path.name}: sheet {ws.title!r} row {n}: a cell longer than {max_cell:,} characters")
            rows.append((f"sheet {ws.title!r} row {n}", cells))
    except ImportFailed:
        raise
    except Exception as e:
        raise ImportFailed(f"{path.name}: damaged workbook ({type(e).__name__}: {str(e)[:120]})") from e
    finally:
        wb.close()
    return headers, rows


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
