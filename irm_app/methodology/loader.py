"""Reading form files: TOML -> Form, with every problem as one line naming file and place."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..paths import forms_dir
from .errors import FormError, PlacedError, one_line
from .form import Form

_NAMED = ("fields", "derived")  # lists whose items are shown with their key, e.g. fields[3] (x)


def load_form(key_or_path: str | Path) -> Form:
    """A form by key (looked up in the bundled forms folder) or by path to a .toml file.

    Nothing is cached: callers keep the Form they were given.
    """
    path = _resolve(key_or_path)
    shown = _shown(path, key_or_path)
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise FormError(f"{shown}: no such form file") from None
    except UnicodeDecodeError as exc:
        raise FormError(f"{shown}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise FormError(f"{shown}: cannot read ({exc.strerror})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise FormError(f"{shown}: {_toml_place(str(exc))}") from None
    except RecursionError:  # tomllib recurses into nested arrays/tables: a hostile file
        raise FormError(f"{shown}: TOML nested too deeply") from None
    try:
        form = Form.model_validate(data)
    except ValidationError as exc:
        raise FormError(f"{shown}: {_describe(exc, data)}") from None
    if form.key != path.stem:
        raise FormError(f"{shown}: key: {form.key!r} does not match the file name {path.name!r}")
    return form


def available_forms() -> list[Form]:
    """Every bundled form (forms/*.toml), sorted by key. A broken bundled form raises FormError."""
    return sorted((load_form(p) for p in forms_dir().glob("*.toml")), key=lambda f: f.key)


def form_for_plan_year(forms: list[Form], year: int | None) -> Form | None:
    """The form to offer first for a plan starting in `year`: the fitting one with the lowest
    `suggest_order` (then by key); None when no form's `plans_from`/`plans_until` covers it."""
    fitting = [f for f in forms if f.fits_plan_year(year)]
    return min(fitting, key=lambda f: (f.suggest_order, f.key)) if fitting else None


def _resolve(key_or_path: str | Path) -> Path:
    if isinstance(key_or_path, Path):
        return key_or_path
    if "/" in key_or_path or "\\" in key_or_path or key_or_path.endswith(".toml"):
        return Path(key_or_path)
    path = forms_dir() / f"{key_or_path}.toml"
    if not path.is_file():
        keys = ", ".join(sorted(p.stem for p in forms_dir().glob("*.toml")))
        raise FormError(f"forms/{key_or_path}.toml: unknown form {key_or_path!r}; available: {keys}")
    return path


def _shown(path: Path, given: str | Path) -> str:
    """Bundled forms are shown as forms/<name>; other files as the caller named them."""
    try:
        path.resolve().relative_to(forms_dir().resolve())
        return f"forms/{path.name}"
    except (ValueError, FileNotFoundError):
        return str(given)


def _toml_place(message: str) -> str:
    match = re.search(r"\s*\(at line (\d+), column (\d+)\)\s*$", message)
    if match:
        reason = message[: match.start()]
        return one_line(f"line {match.group(1)}, column {match.group(2)}: TOML syntax error: {reason}")
    return one_line(f"TOML syntax error: {message}")


def _describe(exc: ValidationError, data: Any) -> str:
    """The first problem pydantic found, as `place: problem`."""
    err = exc.errors()[0]
    loc = list(err["loc"])
    cause = (err.get("ctx") or {}).get("error")
    if isinstance(cause, PlacedError):
        place = _place(loc, data)
        sub = cause.place
        full = f"{place}.{sub}" if place and sub else place or sub
        return one_line(f"{full}: {cause.problem}")
    kind = err["type"]
    if kind == "missing":
        return one_line(f"{_place(loc[:-1], data) or 'top level'}: missing required key {loc[-1]!r}")
    if kind == "extra_forbidden":
        return one_line(f"{_place(loc[:-1], data) or 'top level'}: unknown key {loc[-1]!r}")
    message = err["msg"].removeprefix("Value error, ")
    got = err.get("input")
    if kind not in ("value_error", "assertion_error") and not isinstance(got, dict | list):
        message += f" (got {got!r})"
    elif isinstance(got, dict | list) and kind.endswith("_type"):
        message += f" (got a {'table' if isinstance(got, dict) else 'list'})"
    return one_line(f"{_place(loc, data) or 'top level'}: {message}")


def _place(loc: list[Any], data: Any) -> str:
    """`('fields', 3, 'levels', 1)` -> `fields[3] (potential_impact).levels[1]`."""
    out = ""
    node = data
    parent: Any = None
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            item = node[part] if isinstance(node, list) and part < len(node) else None
            if parent in _NAMED and isinstance(item, dict) and isinstance(item.get("key"), str):
                out += f" ({item['key']})"
            node = item
        else:
            out += f".{part}" if out else str(part)
            node = node.get(part) if isinstance(node, dict) else None
        parent = part
    return out
