"""Property tests: whatever document arrives, the JSON importer raises only ImportFailed and the
form loader only FormError (one line each), never a traceback a researcher would see."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from irm_app.importers.bundle import ImportFailed
from irm_app.importers.json_plan import read_json_plan
from irm_app.methodology import FormError, load_form
from irm_app.paths import forms_dir, sample_plan

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SAMPLE = json.loads(sample_plan().read_text(encoding="utf-8"))
FORM_TEXT = (forms_dir() / "irm-progress-report-legacy.toml").read_text(encoding="utf-8")
TMP = Path(tempfile.mkdtemp(prefix="irm-hyp-"))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=40,
)


def _import(data: bytes) -> None:
    try:
        read_json_plan(Path("plan.json"), data)
    except ImportFailed as e:
        assert "\n" not in str(e) and str(e).startswith("plan.json")


@SETTINGS
@given(json_values)
def test_random_json_documents(doc: object) -> None:
    _import(json.dumps(doc).encode())


@SETTINGS
@given(json_values, st.sampled_from(["irm-plan/1", "irm-app/1"]))
def test_random_documents_with_a_known_format(body: object, fmt: str) -> None:
    doc = {"format": fmt, "plan": body, "plans": [body]} if isinstance(body, dict) else {"format": fmt, "plans": body}
    _import(json.dumps(doc).encode())


def _mutate(doc: object, path: list[int], replacement: object) -> object:
    """Replace the node reached by following `path` (indexes into children) by `replacement`."""
    if not path or not isinstance(doc, dict | list) or not doc:
        return replacement
    if isinstance(doc, dict):
        keys = list(doc)
        k = keys[path[0] % len(keys)]
        return {**doc, k: _mutate(doc[k], path[1:], replacement)}
    i = path[0] % len(doc)
    return [*doc[:i], _mutate(doc[i], path[1:], replacement), *doc[i + 1:]]


@SETTINGS
@given(st.lists(st.integers(min_value=0, max_value=200), min_size=1, max_size=6), json_values)
def test_mutated_sample_plan(path: list[int], replacement: object) -> None:
    _import(json.dumps(_mutate(SAMPLE, path, replacement)).encode())


@SETTINGS
@given(st.binary(max_size=300), st.integers(min_value=0, max_value=len(json.dumps(SAMPLE))))
def test_damaged_bytes(noise: bytes, at: int) -> None:
    text = json.dumps(SAMPLE).encode()
    _import(text[:at] + noise + text[at + len(noise):])


def _load(text: str | bytes) -> None:
    path = TMP / "irm-progress-report-legacy.toml"
    path.write_bytes(text.encode("utf-8", errors="surrogatepass") if isinstance(text, str) else text)
    try:
        load_form(path)
    except FormError as e:
        assert "\n" not in str(e)


@SETTINGS
@given(st.text(max_size=300))
def test_random_toml_text(text: str) -> None:
    _load(text)


toml_scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=20) | st.lists(st.text(max_size=5), max_size=3)


@SETTINGS
@given(st.integers(min_value=0), st.sampled_from(["delete", "value", "duplicate", "truncate"]), toml_scalars)
def test_mutated_real_form(line_no: int, how: str, value: object) -> None:
    lines = FORM_TEXT.splitlines()
    i = line_no % len(lines)
    if how == "delete":
        lines.pop(i)
    elif how == "duplicate":
        lines.insert(i, lines[i])
    elif how == "truncate":
        lines = lines[:i]
    elif "=" in lines[i] and value is not None:
        key = lines[i].split("=", 1)[0]
        lines[i] = f"{key}= {json.dumps(value, ensure_ascii=False)}"
    _load("\n".join(lines))
