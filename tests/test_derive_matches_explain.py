"""`Form.derive` answers without building reasons; it must give exactly `explain`'s answers.

Every shipped form, every derived indicator, over many random score sets (levels, aliases'
spellings, unknown texts, flag lists empty or not, unset fields, gates that switch fields off).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from irm_app.methodology import available_forms, load_form
from irm_app.methodology.form import Form
from irm_app.paths import forms_dir


def random_scores(form: Form, rng: random.Random) -> dict[str, Any]:
    scores: dict[str, Any] = {}
    for f in form.fields:
        roll = rng.random()
        if roll < 0.15:
            continue  # unset
        if f.kind == "flags":
            keys = [lv.key for lv in f.levels]
            scores[f.key] = rng.sample(keys, rng.randint(0, len(keys)))
        elif f.kind == "text":
            scores[f.key] = rng.choice(["", "some text"])
        elif roll < 0.2:
            scores[f.key] = "not a level"
        elif roll < 0.25:
            scores[f.key] = None
        elif f.levels:
            level = rng.choice(f.levels)
            scores[f.key] = level.label.upper() if roll < 0.35 else level.key  # a label, as typed
    return scores


@pytest.mark.parametrize("form", available_forms(), ids=lambda f: f.key)
def test_derive_gives_explains_answers(form: Form) -> None:
    rng = random.Random(form.key)
    answers: set[tuple[str, object]] = set()
    for _ in range(3000):
        scores = random_scores(form, rng)
        expected = {k: o.value for k, o in form.explain(scores).items()}
        assert form.derive(scores) == expected, scores
        answers.update(expected.items())
    if form.derived:  # the random sets reached every answer of every indicator, not only None
        assert {v for _, v in answers} == {True, False, None}


EXTRA = '''

[[derived]]
key = "t_not"
label = "Not verifiable"
description = "Every rule shape, for the test: not."
rule = { not = { field = "verifiable", in = ["yes"] } }

[[derived]]
key = "t_any"
label = "Any"
description = "Every rule shape, for the test: any, with a negated reference."
rule = { any = [{ derived = "is_verifiable" }, { field = "promising", in = ["yes"] }, { not = { derived = "is_relevant" } }] }

[[derived]]
key = "t_first"
label = "First"
description = "Every rule shape, for the test: first, all, not."
rule = { first = [{ field = "promising", in = ["yes"] }, { all = [{ derived = "is_relevant" }, { not = { derived = "t_any" } }] }] }
'''


def test_derive_gives_explains_answers_for_every_rule_shape(tmp_path: Path) -> None:
    """The shipped forms use no `not` and no `any`: a form that does, built on a real one."""
    key = "irm-action-plan-review-2021"
    text = (forms_dir() / f"{key}.toml").read_text(encoding="utf-8") + EXTRA
    path = tmp_path / f"{key}.toml"
    path.write_text(text, encoding="utf-8")
    form = load_form(path)
    assert {"t_not", "t_any", "t_first"} <= {d.key for d in form.derived}
    test_derive_gives_explains_answers(form)
