"""Reading bytes as text and naming the place of a validation error, for every importer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

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
