"""What each row of the commitments table knows, and the questions the filter and window ask of it.

`RowQueries` is mixed into `CommitmentsModel`: the answers are cached per row in the model's
`_cells` (dropped on a Store write), so the quick filters never recount a row's fields.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ...library import CommitmentRow
from ...methodology import Form
from ...methodology.completeness import Completeness, CompletenessRule, justified_keys
from ...model import Commitment, Score
from ...self_assessment import compare

COMPLETE = "\u2713"  # complete: every applicable field scored and justified
PARTIAL = "\u25d0"  # started, not complete


@dataclass
class RowState:
    """What one row knows about its commitment's scoring (derived from the library): the values
    by field and the fields with a non-blank justification, not the Score records (a 5,000-row
    plan holds ~51,000 of them)."""

    values: dict[str, Any] = field(default_factory=dict)
    justified: set[str] = field(default_factory=set)
    revisit: bool = False

    @classmethod
    def of_scores(cls, scores: Mapping[str, Score], revisit: bool = False) -> RowState:
        return cls({k: s.value for k, s in scores.items()}, justified_keys(scores), revisit)


class LazyRows:
    """The rows' states in plan order, some not read yet (None): asking for one of those reads
    all the rest first (`complete`), so no answer ever comes from a row not read.

    Why: with one plan of 5,000 the table's first paint waited ~90 ms for all ~51,000 scores,
    and its first screen shows ~40 rows. The model reads those, paints, and completes right
    after; a sort, a filter or a scroll that gets there first completes it there and then."""

    def __init__(self, rows: list[RowState | None], read: Callable[[list[int]], dict[int, RowState]]) -> None:
        self._rows = rows
        self._read = read
        self._missing = sum(r is None for r in rows)
        self._cursor = 0  # below it every row is read (next_missing)

    @property
    def whole(self) -> bool:
        """Every row read."""
        return not self._missing

    def missing(self, i: int) -> bool:
        return self._rows[i] is None

    def next_missing(self, n: int) -> list[int]:
        """Up to n indexes not read yet, in plan order."""
        out = []
        for i in range(self._cursor, len(self._rows)):
            if self._rows[i] is None:
                out.append(i)
                if len(out) == n:
                    break
        self._cursor = out[-1] if out else len(self._rows)
        return out

    def fill(self, got: dict[int, RowState]) -> None:
        """Rows read for these indexes; a row read or written since keeps what it has."""
        for i, row in got.items():
            if self._rows[i] is None:
                self._rows[i] = row
                self._missing -= 1

    def complete(self) -> None:
        """Read every row not read yet (one read); rows already read (or written since) stay."""
        if not self._missing:
            return
        todo = [i for i, r in enumerate(self._rows) if r is None]
        self.fill(self._read(todo))  # a read that could not happen (library closed) keeps them unread

    def __getitem__(self, i: int) -> RowState:
        row = self._rows[i]
        if row is None:
            self.complete()
            row = self._rows[i]
        return row if row is not None else RowState()  # unread (library closed): blank, not kept

    def __setitem__(self, i: int, row: RowState) -> None:
        if self._rows[i] is None:
            self._missing -= 1
        self._rows[i] = row

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[RowState]:
        self.complete()
        if self._missing:  # unread (library closed): blank, not kept
            return iter([r if r is not None else RowState() for r in self._rows])
        return iter(self._rows)  # type: ignore[arg-type]


def haystack(c: Commitment | CommitmentRow) -> str:
    """What the text filter searches: ID, titles and institutions, casefolded."""
    return " ".join([c.id, c.title, c.short_title or "", c.lead_institution, *c.supporting_institutions]).casefold()


class RowQueries:
    """Per-row answers by model row: `commitments`, `rows`, `_cells` and `_hay` are in plan
    order (index `i`); `_order` maps a model row to its plan index."""

    form: Form | None
    commitments: list[CommitmentRow]
    rows: LazyRows
    _order: list[int]
    _row_of: dict[str, int]
    _cells: list[dict[tuple[str, ...], Any]]
    _hay: list[str]
    _rule: CompletenessRule | None = None

    def commitment(self, row: int) -> CommitmentRow:
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
            if name == "state":
                got = self._state(i)
            elif name == "missing":
                got = self._flag(i, "state").missing
            elif name == "unjustified":
                got = self._flag(i, "state").unjustified
            else:
                got = self._claimed_more(i)
            cells[("q", name)] = got
        return got

    def _state(self, i: int) -> Completeness:
        """The one completeness rule (irm_app.methodology.completeness), as the tree and CLI count."""
        assert self.form is not None
        rule = self._rule
        if rule is None or rule.form is not self.form:
            rule = self._rule = CompletenessRule(self.form)
        row = self.rows[i]
        return rule.check(row.values, row.justified)

    def missing_fields(self, row: int) -> list[str]:
        """Applicable scored fields with no answer yet ("none" of a flags field is an answer)."""
        return list(self._flag(self._order[row], "missing"))

    def unjustified_fields(self, row: int) -> list[str]:
        """Answered fields that require a justification and have none."""
        return list(self._flag(self._order[row], "unjustified"))

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
        state: Completeness = self._flag(i, "state")
        if not state.started:
            return ""
        return COMPLETE if state.complete else PARTIAL
