"""What each row of the commitments table knows, and the questions the filter and window ask of it.

`RowQueries` is mixed into `CommitmentsModel`: the answers are cached per row in the model's
`_cells` (dropped on a Store write), so the quick filters never recount a row's fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ..methodology import Form
from ..model import Commitment, Score
from ..self_assessment import compare

COMPLETE = "\u2713"  # every applicable field scored and justified
PARTIAL = "\u25d0"  # something recorded, not everything


@dataclass
class RowState:
    """What one row knows about its commitment's scoring (derived from the library)."""

    scores: dict[str, Score] = field(default_factory=dict)
    revisit: bool = False

    @cached_property
    def values(self) -> dict[str, Any]:
        return {k: s.value for k, s in self.scores.items()}


def haystack(c: Commitment) -> str:
    """What the text filter searches: ID, titles and institutions, casefolded."""
    return " ".join([c.id, c.title, c.short_title or "", c.lead_institution, *c.supporting_institutions]).casefold()


class RowQueries:
    """Per-row answers by model row: `commitments`, `rows`, `_cells` and `_hay` are in plan
    order (index `i`); `_order` maps a model row to its plan index."""

    form: Form | None
    commitments: list[Commitment]
    rows: list[RowState]
    _order: list[int]
    _row_of: dict[str, int]
    _cells: list[dict[tuple[str, ...], Any]]
    _hay: list[str]

    def commitment(self, row: int) -> Commitment:
        return self.commitments[self._order[row]]

    def commitment_id(self, row: int) -> str:
        return self.commitments[self._order[row]].id

    def row_of(self, cid: str) -> int:
        return self._row_of.get(cid, -1)

    def haystack(self, row: int) -> str:
        """What the text filter searches: ID, titles and institutions, casefolded."""
        return self._hay[self._order[row]]

    def _flag(self, i: int, name: str) -> Any:
        cells = self._cells[i]
        got = cells.get(("q", name), cells)
        if got is cells:
            if name == "missing":
                got = self._missing(i)
            elif name == "unjustified":
                got = self._unjustified(i)
            else:
                got = self._claimed_more(i)
            cells[("q", name)] = got
        return got

    def missing_fields(self, row: int) -> list[str]:
        """Applicable scored fields with no value yet."""
        return list(self._flag(self._order[row], "missing"))

    def _missing(self, i: int) -> tuple[str, ...]:
        assert self.form is not None
        values = self.rows[i].values
        return tuple(
            f.key for f in self.form.scored_fields
            if self.form.applies(f.key, values) is None and values.get(f.key) in (None, "")
        )

    def unjustified_fields(self, row: int) -> list[str]:
        """Set fields that require a justification and have none."""
        return list(self._flag(self._order[row], "unjustified"))

    def _unjustified(self, i: int) -> tuple[str, ...]:
        assert self.form is not None
        state = self.rows[i]
        values = state.values
        out = []
        for f in self.form.commitment_fields:
            s = state.scores.get(f.key)
            if s is None or s.value in (None, "") or not f.justification_required:
                continue
            if self.form.applies(f.key, values) is None and not s.justification.strip():
                out.append(f.key)
        return tuple(out)

    def revisit(self, row: int) -> bool:
        return self.rows[self._order[row]].revisit

    def claimed_more(self, row: int) -> bool:
        """The government's latest claim ranks above the IRM's completion score (issue 8)."""
        return self._flag(self._order[row], "claimed_more")

    def _claimed_more(self, i: int) -> bool:
        if self.form is None or self.form.self_report is None:
            return False
        c = self.commitments[i]
        [cmp] = compare(self.form, [c], {c.id: self.rows[i].values})
        return bool(cmp.claimed_more)

    def completeness(self, row: int) -> str:
        return self._completeness(self._order[row])

    def _completeness(self, i: int) -> str:
        if not self.rows[i].scores:
            return ""
        if not self._flag(i, "missing") and not self._flag(i, "unjustified"):
            return COMPLETE
        return PARTIAL
