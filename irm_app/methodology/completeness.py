"""What "scored", "justified" and "complete" mean, for a commitment and for the plan as a whole.

One rule, asked by every place that counts progress (the commitments table, the library tree,
the dashboard, the CLI and the report), so they cannot disagree:

- A field *counts* when it takes a coded answer (not free text), belongs to the scope asked
  about (commitment or plan) and applies given the other answers (`Form.applies`).
- A field is *answered* when a value is recorded: a level, or a set of flags, where the empty
  set is the real answer "none of them"; unset (None) and blank text are not answers.
- *scored*: every counting field is answered (and there is at least one).
- *justified*: something is answered, and every answered counting field that requires a
  justification has a non-blank one.
- *complete*: scored and justified.
- *started*: at least one counting field is answered.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ..model import Score
    from .fields import FormField
    from .form import Form

Scope = Literal["commitment", "plan"]


def answered(field: FormField, value: Any) -> bool:
    """A recorded answer: a level, a flag set (empty = "none of them"), or non-blank text."""
    if value is None:
        return False
    if field.kind == "flags":
        return isinstance(value, list | tuple)
    return not (isinstance(value, str) and not value.strip())


@dataclass(frozen=True)
class Completeness:
    """How far one commitment (or the plan level) is: field keys, in form order."""

    counted: tuple[str, ...]  # coded fields that apply
    missing: tuple[str, ...]  # counted, not answered
    unjustified: tuple[str, ...]  # answered, justification required, none given

    @property
    def answered(self) -> int:
        return len(self.counted) - len(self.missing)

    @property
    def started(self) -> bool:
        return self.answered > 0

    @property
    def scored(self) -> bool:
        return bool(self.counted) and not self.missing

    @property
    def justified(self) -> bool:
        return self.started and not self.unjustified

    @property
    def complete(self) -> bool:
        return self.scored and self.justified


class CompletenessRule:
    """The rule for one form and scope, with the field list worked out once (the library tree
    asks it for every commitment of every assessment at start-up)."""

    def __init__(self, form: Form, scope: Scope = "commitment") -> None:
        self.form = form
        fields = form.commitment_fields if scope == "commitment" else form.plan_fields
        # (field, gated, needs a justification): only gated fields ask form.applies()
        self._fields = [(f, bool(f.applies_when), f.justification_required) for f in fields if f.kind != "text"]

    def check(self, values: Mapping[str, Any], justified: Collection[str]) -> Completeness:
        """`values`: field key -> recorded value; `justified`: keys with a non-blank justification."""
        counted: list[str] = []
        missing: list[str] = []
        unjustified: list[str] = []
        for f, gated, needs in self._fields:
            if gated and self.form.applies(f.key, values) is not None:
                continue
            counted.append(f.key)
            if not answered(f, values.get(f.key)):
                missing.append(f.key)
            elif needs and f.key not in justified:
                unjustified.append(f.key)
        return Completeness(tuple(counted), tuple(missing), tuple(unjustified))

    def of_scores(self, scores: Mapping[str, Score]) -> Completeness:
        """The same, from the library's Score records of one commitment (or the plan level)."""
        return self.check({k: s.value for k, s in scores.items()}, justified_keys(scores))

    def of_texts(self, values: Mapping[str, Any], justifications: Mapping[str, str]) -> Completeness:
        """The same, from values and justification texts (as the interchange document holds them)."""
        return self.check(values, {k for k, t in justifications.items() if t and t.strip()})


def justified_keys(scores: Mapping[str, Score]) -> set[str]:
    return {k for k, s in scores.items() if s.justification.strip()}
