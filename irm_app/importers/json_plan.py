"""The app's own JSON plan format (irm-plan/1, docs/plan-format.md) and plans from irm-app/1.

An `irm-app/1` document (what export-json writes) brings its plans; its assessments are
brought in by `irm-app open-package` from a signed package, never silently from a plain file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from pydantic import ValidationError

from ..interchange import FORMAT as INTERCHANGE_FORMAT
from ..model import ActionPlan
from .bundle import ImportBundle, ImportFailed
from .text import LONG_MAX, check_texts, decode_text, read_bytes, validation_message

PLAN_FORMAT = "irm-plan/1"
MAX_DEPTH = 64
MAX_TEXT = 10 * LONG_MAX  # any string at all; the per-field limits (text.py) then name the place
# Values (objects, arrays, strings, numbers) in one document. The sample plan has ~2,000; all of
# OGP's ~5,000 commitments in one file would hold ~300,000. A bound checked on the raw text,
# before json builds anything: `[{},{},...]` under the size limit would be 67 M objects (9.5 GiB).
MAX_VALUES = 1_000_000
MAX_DIGITS = 20  # a number's digits: years and counts need 4; Python refuses ints over 4,300
_STRING = re.compile(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_LONG_NUMBER = re.compile(r"[0-9]{" + str(MAX_DIGITS + 1) + ",}")


def read_json_plan(path: Path, data: bytes | None = None) -> ImportBundle:
    name = path.name
    raw = data if data is not None else read_bytes(path)
    text = decode_text(raw, name)
    precheck(text, name)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        raise ImportFailed(f"{name}: line {e.lineno}, column {e.colno}: invalid JSON ({e.msg})") from e
    except RecursionError as e:
        raise ImportFailed(f"{name}: JSON nested too deeply") from e
    except ValueError as e:  # e.g. an integer over Python's 4,300 digits, should precheck miss it
        raise ImportFailed(f"{name}: invalid JSON ({str(e)[:80]})") from e
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
            plan = ActionPlan.model_validate(item)
        except ValidationError as e:
            raise ImportFailed(validation_message(name, e, prefix, item)) from e
        problem = check_texts(plan, prefix)
        if problem:
            raise ImportFailed(f"{name}: {problem}")
        plans.append(plan)
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


def precheck(text: str, name: str) -> None:
    """Bound what json.loads would build, from the raw text (strings blanked out first).

    Counts the values (commas and openings), the nesting depth and the longest number; the
    scans are regular expressions and str.count (C speed), so a hostile 200 MB file is refused
    in about a second with memory of twice the text.
    """
    skeleton = _STRING.sub('""', text)  # strings cannot hold raw newlines: line numbers survive
    values = skeleton.count(",") + skeleton.count("{") + skeleton.count("[") + 1
    if values > MAX_VALUES:
        raise ImportFailed(f"{name}: about {values:,} JSON values (at most {MAX_VALUES:,}): refused")
    long = _LONG_NUMBER.search(skeleton)
    if long:
        line = skeleton.count("\n", 0, long.start()) + 1
        raise ImportFailed(f"{name}: line {line}: a number of more than {MAX_DIGITS} digits: refused")
    depth = 0
    for ch in _NOT_BRACKET.sub("", skeleton):
        depth += 1 if ch in "[{" else -1
        if depth > MAX_DEPTH:
            raise ImportFailed(f"{name}: JSON nested more than {MAX_DEPTH} levels deep: refused")


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
