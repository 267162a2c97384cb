"""A small JSON document in the user data folder, changed under a lock and replaced atomically.

Used by the trust list and the key-continuity record: a crash mid-write leaves the old file,
two processes changing it at once are serialised, and a damaged file is an error (one line
naming it), never silently an empty list: an empty trust list would be safe, but an empty
continuity record would forget which key signed before.
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .errors import SigningError


class StoreError(SigningError):
    """The file cannot be read, parsed or written; the message names it."""


def read_json(path: Path, fmt: str) -> dict[str, Any]:
    """The document, or a fresh {'format': fmt} when the file does not exist yet."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {"format": fmt}
    except OSError as exc:
        raise StoreError(f"{path}: cannot read ({exc.strerror})") from exc
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise StoreError(f"{path}: damaged ({exc}); fix or remove it") from exc
    if not isinstance(doc, dict) or doc.get("format") != fmt:
        raise StoreError(f"{path}: not a {fmt} file")
    return doc


def _write_json(path: Path, doc: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2, sort_keys=True)
            f.write("\n")
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a+b") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock.fileno(), fcntl.LOCK_UN)


def update_json(path: Path, fmt: str, change: Callable[[dict[str, Any]], Any]) -> Any:
    """Read, apply `change` (which edits the dict in place), write back; returns change's result."""
    try:
        with _locked(path):
            doc = read_json(path, fmt)
            result = change(doc)
            _write_json(path, doc)
            return result
    except OSError as exc:
        raise StoreError(f"{path}: cannot write ({exc.strerror})") from exc
