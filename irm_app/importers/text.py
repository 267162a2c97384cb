"""Reading bytes as text and naming the place of a validation error, for every importer."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from .bundle import ImportFailed

MAX_FILE_BYTES = 200 * 1024 * 1024


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise ImportFailed(f"{path.name}: file too large ({size:,} bytes; the limit is {limit:,})")
        data = path.read_bytes()
    except FileNotFoundError as e:
        raise ImportFailed(f"{path}: no such file") from e
    except IsADirectoryError as e:
        raise ImportFailed(f"{path}: is a folder, not a file") from e
    except OSError as e:
        raise ImportFailed(f"{path}: cannot read ({e.strerror})") from e
    if not data.strip():
        raise ImportFailed(f"{path.name}: the file is empty")
    return data


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or BOM-marked UTF-16; anything else is refused by place."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise ImportFailed(f"{name}: byte {e.start}: not valid UTF-16 text") from e
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise ImportFailed(
            f"{name}: line {line}, byte {e.start}: not UTF-8 text (save the file as UTF-8)"
        ) from e


def place(loc: tuple[Any, ...], prefix: str = "") -> str:
    out = prefix
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "document"


def validation_message(name: str, e: ValidationError, prefix: str = "", data: Any = None) -> str:
    """One line: the file, the first failing place (with the commitment id when known), why."""
    err = e.errors()[0]
    where = place(tuple(err["loc"]), prefix)
    ident = _id_at(data, err["loc"])
    extra = f" ({ident})" if ident else ""
    more = f" (and {e.error_count() - 1} more)" if e.error_count() > 1 else ""
    return f"{name}: {where}{extra}: {err['msg']}{more}"


def _id_at(data: Any, loc: tuple[Any, ...]) -> str | None:
    """The id of the innermost object on the path, so the user can find it in the file."""
    found = None
    cur = data
    for part in loc:
        try:
            cur = cur[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(cur, dict) and isinstance(cur.get("id"), str):
            found = cur["id"]
    return found


# -- one set of text limits, applied by every importer, that every renderer is tested against ----
#
# Control characters: NUL, the C0 controls other than tab / line feed / carriage return, DEL,
# the C1 controls, lone surrogates and the non-characters U+FFFE / U+FFFF are REFUSED (one line
# naming the place), never silently removed: nothing imported is altered, and nothing accepted
# can break the XML of a .docx, a PDF's text or the terminal.

TITLE_MAX = 500  # titles, names, ids, dates, short fields (real titles run to ~300)
LONG_MAX = 100_000  # descriptions, full texts, problem statements, reports (real: ~25,000)
LONG_FIELDS = frozenset({"description", "problem", "text", "self_assessment", "notes", "contribution",
                         "relevance", "additional_info", "other_fields"})
BAD_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def text_problem(value: str, limit: int) -> str | None:
    """Why `value` breaks the text limits (one phrase), or None if it is fine."""
    if len(value) > limit:
        return f"{len(value):,} characters (at most {limit:,})"
    bad = BAD_CHAR.search(value)
    if bad:
        return (f"control character U+{ord(bad.group()):04X} at character {bad.start() + 1:,} "
                "(only tab and line breaks are allowed)")
    return None


def field_limit(name: str) -> int:
    """The length limit of a text field, by its kind (long texts vs titles and names)."""
    return LONG_MAX if name in LONG_FIELDS else TITLE_MAX


def check_texts(model: BaseModel, prefix: str) -> str | None:
    """The first text in `model` (recursively) over the limits, as 'place (id): why', or None."""
    ident = getattr(model, "id", None)
    tag = f" ({ident})" if isinstance(ident, str) and prefix and not BAD_CHAR.search(ident) else ""
    for name, value in model:  # places are spelled out only for a problem (an import checks ~100,000 texts)
        if isinstance(value, str):
            problem = text_problem(value, field_limit(name))
            if problem:
                return f"{prefix}.{name}{tag}: {problem}" if prefix else f"{name}{tag}: {problem}"
            continue
        where = f"{prefix}.{name}" if prefix else name
        if isinstance(value, dict):  # labelled texts (a template's extra rows): keys are titles
            for key, text in value.items():
                problem = text_problem(str(key), TITLE_MAX) or text_problem(str(text), field_limit(name))
                if problem:
                    return f"{where}[{key!r}]{tag}: {problem}"
            continue
        items = value if isinstance(value, list) else [value]
        for i, item in enumerate(items):
            if isinstance(item, str):
                problem = text_problem(item, field_limit(name))
                if problem:
                    at = f"{where}[{i}]" if isinstance(value, list) else where
                    return f"{at}{tag}: {problem}"
            elif isinstance(item, BaseModel):
                found = check_texts(item, f"{where}[{i}]" if isinstance(value, list) else where)
                if found:
                    return found
    return None
