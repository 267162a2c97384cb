"""The commitments of one assessment as a table: what the middle of the main window shows.

Columns come from the assessment's form (one per scored field, one per derived indicator), so
no level or field is named here. Rows refresh one at a time when the Store says a commitment
changed, so scoring never reloads the whole plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ..methodology import Form
from ..model import Commitment, Score
from ..self_assessment import compare
from .store import Store

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2

COMPLETE = "\u2713"  # every applicable field scored and justified
PARTIAL = "\u25d0"  # something recorded, not everything
STAR = "\u2605"
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)  # plain ints: data() compares roles on every call
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)

Index = QModelIndex | QPersistentModelIndex


@dataclass
class RowState:
    """What one row knows about its commitment's scoring (derived from the library)."""

    scores: dict[str, Score] = field(default_factory=dict)
    revisit: bool = False

    @cached_property
    def values(self) -> dict[str, Any]:
        return {k: s.value for k, s in self.scores.items()}


class CommitmentsModel(QAbstractTableModel):
    """Rows: the plan's commitments, in plan order until `sort()` orders them otherwise.
    Read-only: editing goes through the Store.

    Everything a view, the filter or a sort asks per row is computed once and kept: the cell
    texts and sort keys, the form's derived indicators, the quick-filter answers and a casefolded
    search string. `set_assessment` drops it all; a Store write drops only its row's.

    `commitments` and the per-row lists stay in plan order (index `i`); a model row is a
    position in `_order`, which `sort()` permutes (so the proxy above never sorts in Python).
    """

    FIXED = ("id", "title", "theme", "lead")

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.aid: str | None = None
        self.form: Form | None = None
        self.commitments: list[Commitment] = []
        self.rows: list[RowState] = []
        self._order: list[int] = []  # model row -> plan index
        self._row_of: dict[str, int] = {}  # commitment id -> model row
        self._cells: list[dict[tuple[str, ...], Any]] = []  # plan index -> cached texts, keys, flags
        self._hay: list[str] = []  # plan index -> casefolded id, titles and institutions
        self._cols: list[tuple[str, str]] = self._make_columns()
        self._col_index: dict[tuple[str, str], int] = {c: i for i, c in enumerate(self._cols)}
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        store.scoresChanged.connect(self._on_scores_changed)

    # -- loading -------------------------------------------------------------------------------
    def set_assessment(self, aid: str | None) -> None:
        self.beginResetModel()
        self.aid = aid
        if aid is None:
            self.form, self.commitments, self.rows = None, [], []
        else:
            lib = self.store.library
            a = lib.assessment(aid)
            self.form = lib.form(a.form)
            self.commitments = lib.commitments(a.plan_id)
            scores = lib.scores(aid)
            states = lib.commitment_states(aid)
            self.rows = [
                RowState(scores.get(c.id, {}), bool(states.get(c.id) and states[c.id].revisit))
                for c in self.commitments
            ]
        self._cols = self._make_columns()
        self._col_index = {c: i for i, c in enumerate(self._cols)}
        self._cells = [{} for _ in self.commitments]
        self._hay = [
            " ".join([c.id, c.title, c.short_title or "", c.lead_institution, *c.supporting_institutions]).casefold()
            for c in self.commitments
        ]
        self._order = list(range(len(self.commitments)))
        column, order = self._sort
        if 0 <= column < len(self._cols):
            self._order = self._sorted_order(column, order)
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        commitments = self.commitments
        self._row_of = {commitments[i].id: row for row, i in enumerate(self._order)}

    def _on_scores_changed(self, aid: str, cid: str) -> None:
        if aid != self.aid or cid not in self._row_of:
            return
        row = self._row_of[cid]
        i = self._order[row]
        lib = self.store.library
        state = lib.commitment_states(aid).get(cid)
        self.rows[i] = RowState(lib.scores_for(aid, cid), bool(state and state.revisit))
        self._cells[i] = {}
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._cols) - 1))
        column, order = self._sort
        if 0 <= column < len(self._cols) and self._cols[column] != ("fixed", "id"):
            self.sort(column, order)  # the row may move, as a dynamically sorted proxy moved it

    # -- questions the filters and the window ask ----------------------------------------------
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

    # -- Qt model interface --------------------------------------------------------------------
    def _make_columns(self) -> list[tuple[str, str]]:
        """ID, done mark and title first, then the scores, then theme and institution: the
        columns a researcher scans while scoring come before the ones they read once."""
        cols = [("fixed", "id"), ("state", "complete"), ("fixed", "title")]
        if self.form is not None:
            cols += [("field", f.key) for f in self.form.scored_fields]
            cols += [("derived", d.key) for d in self.form.derived]
        cols += [("fixed", "theme"), ("fixed", "lead")]
        return cols

    def _columns(self) -> list[tuple[str, str]]:
        return self._cols

    def column_key(self, column: int) -> tuple[str, str]:
        return self._cols[column]

    def column_of(self, kind: str, key: str) -> int:
        try:
            return self._col_index[(kind, key)]
        except KeyError:
            raise ValueError(f"no column {(kind, key)!r}") from None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.commitments)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cols)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        kind, key = self._cols[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == "fixed":
                return {
                    "id": self.tr("ID"), "title": self.tr("Title"), "theme": self.tr("Theme"),
                    "lead": self.tr("Lead institution"),
                }[key]
            if kind == "field":
                assert self.form is not None
                return self.form.field(key).label
            if kind == "derived":
                assert self.form is not None
                return self.form.derived_indicator(key).label
            return self.tr("Done")
        if role == Qt.ItemDataRole.ToolTipRole:
            if kind == "field" and self.form is not None:
                return self.form.field(key).help or self.form.field(key).label
            if kind == "derived" and self.form is not None:
                d = self.form.derived_indicator(key)
                return d.description or d.label
            if kind == "state":
                return self.tr("\u2713 every applicable field scored and justified; \u25d0 started")
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == _DISPLAY:  # the hot path: painting
            i = self._order[index.row()]
            col = self._cols[index.column()]
            text = self._cells[i].get(col)
            return text if text is not None else self._text(i, *col)
        if role == ID_ROLE:
            return self.commitments[self._order[index.row()]].id
        if role in (SORT_ROLE, _TOOLTIP):
            i, (kind, key) = self._order[index.row()], self._cols[index.column()]
            if role == SORT_ROLE:
                return self._sort_key(i, kind, key)
            text = self._text(i, kind, key)
            return self._tooltip(i, kind, key) or (text if kind == "fixed" else None)
        if role == _ALIGN and self._cols[index.column()][0] in ("derived", "state"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, i: int, kind: str, key: str) -> str:
        """The display text of plan row i's cell, computed once per row until a write drops it."""
        cells = self._cells[i]
        text = cells.get((kind, key))
        if text is None:
            text = cells[(kind, key)] = self._compute_text(i, kind, key)
        return text

    def _derived(self, i: int) -> dict[str, Any]:
        assert self.form is not None
        cells = self._cells[i]
        got = cells.get(("derive",))
        if got is None:
            got = cells[("derive",)] = self.form.derive(self.rows[i].values)
        return got

    def _compute_text(self, i: int, kind: str, key: str) -> str:
        c = self.commitments[i]
        if kind == "fixed":
            return {"id": c.id, "title": c.short_title or c.title, "theme": c.theme, "lead": c.lead_institution}[key]
        assert self.form is not None
        values = self.rows[i].values
        if kind == "field":
            f = self.form.field(key)
            if self.form.applies(key, values) is not None:
                return self.tr("n/a")
            value = values.get(key)
            if value is None:
                return ""
            if isinstance(value, list):
                return ", ".join(f.level(k).label for k in value if f.level(k)) or self.tr("none")
            level = f.level(value)
            return level.label if level else str(value)
        if kind == "derived":
            result = self._derived(i).get(key)
            return {True: STAR + " " + self.tr("yes"), False: self.tr("no"), None: ""}[result]
        mark = self._completeness(i)
        return mark + (" \u2691" if self.rows[i].revisit else "")

    def _sort_key(self, i: int, kind: str, key: str) -> Any:
        """Plan order for the ID, level order (the form's) for a scored field, else the text."""
        if kind == "fixed" and key == "id":
            return i  # plan order, which is numeric order
        cells = self._cells[i]
        got = cells.get(("sort", kind, key))
        if got is not None:
            return got
        text = self._text(i, kind, key)
        if kind == "field" and self.form is not None:
            value = self.rows[i].values.get(key)
            keys = self.form.field(key).level_keys
            if isinstance(value, str) and value in keys:
                got = keys.index(value)
            else:
                got = -1 if not text else len(keys)
        else:
            got = text.casefold()
        cells[("sort", kind, key)] = got
        return got

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        kind, key = self._cols[column]
        keys = [self._sort_key(i, kind, key) for i in range(len(self.commitments))]
        # Stable both ways, as QSortFilterProxyModel's sort was: ties keep plan order.
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """One sorted() over cached keys; views and persistent indexes follow (layoutChanged)."""
        self._sort = (column, order)
        if not 0 <= column < len(self._cols):
            new = list(range(len(self.commitments)))
        else:
            new = self._sorted_order(column, order)
        if new == self._order:
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = self.persistentIndexList()
        new_row_of = {i: row for row, i in enumerate(new)}
        old_order = self._order
        self.changePersistentIndexList(
            old_rows,
            [self.index(new_row_of[old_order[ix.row()]], ix.column()) for ix in old_rows],
        )
        self._order = new
        self._reindex()
        self.layoutChanged.emit()

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    def _tooltip(self, i: int, kind: str, key: str) -> str | None:
        if kind == "field" and self.form is not None:
            values = self.rows[i].values
            reason = self.form.applies(key, values)
            if reason:
                return reason
            value = values.get(key)
            level = self.form.field(key).level(value) if isinstance(value, str) else None
            return level.definition if level else None
        if kind == "state" and self.form is not None:
            missing = [self.form.field(k).label for k in self._flag(i, "missing")]
            unjust = [self.form.field(k).label for k in self._flag(i, "unjustified")]
            parts = []
            if missing:
                parts.append(self.tr("Not scored: ") + ", ".join(missing))
            if unjust:
                parts.append(self.tr("No justification: ") + ", ".join(unjust))
            if self.rows[i].revisit:
                parts.append(self.tr("Flagged: revisit later"))
            return "\n".join(parts) or self.tr("Complete")
        return None


class CommitmentsFilter(QSortFilterProxyModel):
    """Text filter over ID, title and institutions, plus one quick filter.

    Sorting is forwarded to the source model (`CommitmentsModel.sort`), which orders its rows
    with one Python sort over cached keys; the proxy itself stays unsorted and keeps the
    source's order, so neither a header click nor a keystroke sorts through Python callbacks.
    """

    QUICK = ("all", "unscored", "unjustified", "revisit", "claimed_more")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.quick = "all"
        self.text = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, CommitmentsModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def set_text(self, text: str) -> None:
        text = text.strip().casefold()
        if text == self.text:
            return
        self.beginFilterChange()
        self.text = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_quick(self, quick: str) -> None:
        if quick not in self.QUICK:
            raise ValueError(f"unknown quick filter {quick!r}")
        self.beginFilterChange()
        self.quick = quick
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CommitmentsModel):
            return True
        i = model._order[source_row]
        if self.text and self.text not in model._hay[i]:
            return False
        quick = self.quick
        if quick == "all":
            return True
        if quick == "unscored":
            return bool(model._flag(i, "missing"))
        if quick == "unjustified":
            return bool(model._flag(i, "unjustified"))
        if quick == "revisit":
            return model.rows[i].revisit
        if quick == "claimed_more":
            return model._flag(i, "claimed_more")
        return True
