"""The app's own JSON plan format (irm-plan/1, docs/plan-format.md) and plans from irm-app/1.

An `irm-app/1` document (what export-json writes) brings its plans; its assessments are
brought in by `irm-app open-package` from a signed package, never silently from a plain file.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from ..interchange import FORMAT as INTERCHANGE_FORMAT
from ..model import ActionPlan
from .bundle import ImportBundle, ImportFailed
from .text import decode_text, read_bytes, validation_message

PLAN_FORMAT = "irm-plan/1"
MAX_DEPTH = 64
MAX_TEXT = 1_000_000  # characters, as for a cell of OGP's table; real full texts run to ~25,000


def read_json_plan(path: Path, data: bytes | None = None) -> ImportBundle:
    name = path.name
    raw = data if data is not None else read_bytes(path)
    text = decode_text(raw, name)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        raise ImportFailed(f"{name}: line {e.lineno}, column {e.colno}: invalid JSON ({e.msg})") from e
    except RecursionError as e:
        raise ImportFailed(f"{name}: JSON nested too deeply") from e
    depth = _depth(doc)
    if depth > MAX_DEPTH:
        raise ImportFailed(f"{name}: JSON nested {depth} levels deep (at most {MAX_DEPTH})")
    longest = _longest_text(doc)
    if longest > MAX_TEXT:
        raise ImportFailed(f"{name}: a text of {longest:,} characters (at most {MAX_TEXT:,}): refused")
    if not isinstance(doc, dict):
        raise ImportFailed(f"{name}: expected a JSON object at the top, found {type(doc).__name__}")
    fmt = doc.get("format")
    if fmt == PLAN_FORMAT:
        if "plan" in doc and "plans" in doc:
            raise ImportFailed(f"{name}: has both 'plan' and 'plans'; use one")
        key, items = ("plan", [doc.get("plan")]) if "plans" not in doc else ("plans", doc.get("plans"))
        if not isinstance(items, list) or not items or items[0] is None:
            raise ImportFailed(f"{name}: {key}: missing")
    elif fmt == INTERCHANGE_FORMAT:
        key, items = "plans", doc.get("plans")
        if not isinstance(items, list):
            raise ImportFailed(f"{name}: plans: expected a list")
    else:
        raise ImportFailed(
            f"{name}: format: expected {PLAN_FORMAT!r} or {INTERCHANGE_FORMAT!r}, found {fmt!r}"
        )
    plans: list[ActionPlan] = []
    for i, item in enumerate(items):
        prefix = key if key == "plan" else f"{key}[{i}]"
        try:
            plans.append(ActionPlan.model_validate(item))
        except ValidationError as e:
            raise ImportFailed(validation_message(name, e, prefix, item)) from e
    ids = [p.id for p in plans]
    dup = next((i for i in ids if ids.count(i) > 1), None)
    if dup:
        raise ImportFailed(f"{name}: plan {dup!r} appears twice")
    notes = []
    if fmt == INTERCHANGE_FORMAT and doc.get("assessments"):
        notes.append(
            f"{len(doc['assessments'])} assessments in this document were not imported "
            "(assessments arrive through signed packages: irm-app open-package)"
        )
    return ImportBundle(source=name, plans=plans, notes=notes)


def _depth(value: object) -> int:
    """Nesting depth, iteratively (a hostile file must not exhaust the stack)."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        cur, d = stack.pop()
        if d > deepest:
            deepest = d
        if d > MAX_DEPTH:
            return d
        if isinstance(cur, dict):
            stack.extend((v, d + 1) for v in cur.values())
        elif isinstance(cur, list):
            stack.extend((v, d + 1) for v in cur)
    return deepest


def _longest_text(value: object) -> int:
    """The longest string (key or value), iteratively; call after the depth check."""
    longest = 0
    stack = [value]
    while stack:
        cur = stack.pop()
        if isinstance(cur, str):
            longest = max(longest, len(cur))
        elif isinstance(cur, dict):
            stack.extend(cur.keys())
            stack.extend(cur.values())
        elif isinstance(cur, list):
            stack.extend(cur)
    return longest
