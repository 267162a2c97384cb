"""The commitments of one assessment as a table: what the middle of the main window shows.

Columns come from the assessment's form (one per scored field, one per derived indicator), so
no level or field is named here. Rows refresh one at a time when the Store says a commitment
changed, so scoring never reloads the whole plan. The columns and roles live in
`columns`, what a row knows in `rows`, the filter in `filter`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer

from ...library import CommitmentRow
from ...methodology import Form
from ..review.panel import review_states
from ..scripts import shown, tooltip
from ..store import Store
from .columns import ID_ROLE, SORT_ROLE, Column, form_header, form_header_tooltip, make_columns
from .rows import COMPLETE, PARTIAL, LazyRows, RowQueries, RowState, haystack

STAR = "\u2605"
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)  # plain ints: data() compares roles on every call
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_SPOKEN = int(Qt.ItemDataRole.AccessibleTextRole)  # what a screen reader says for a cell

Index = QModelIndex | QPersistentModelIndex
FIRST_SCREEN = 120
"""Rows whose scores are read before the first paint (a tall screen shows ~60); the rest are read
right after it (`CommitmentsModel.rows` is a LazyRows)."""
REST_CHUNK = 250
"""Rows read per turn of the event loop after the first paint (~7 ms for 250 rows of ~10
scores, well inside a 16 ms frame): the window answers clicks and keys while the rest comes in."""
REST_DELAY_MS = 100
"""How long after the first paint the rest starts coming in: the window's first frames (the
layout settling, a first key or click) are not each delayed by a chunk's read."""


class CommitmentsModel(RowQueries, QAbstractTableModel):
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
        self.commitments: list[CommitmentRow] = []  # light rows: the texts stay in the library
        self.rows = LazyRows([], self._read_rows)
        self._order: list[int] = []  # model row -> plan index
        self._row_of: dict[str, int] = {}  # commitment id -> model row
        self._cells: list[dict[tuple[str, ...], Any]] = []  # plan index -> cached texts, keys, flags
        self._hay: list[str] = []  # plan index -> casefolded id, titles and institutions
        self._cols: list[Column] = self._make_columns()
        self._col_index: dict[Column, int] = {c: i for i, c in enumerate(self._cols)}
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self.review: dict[str, str] = {}  # commitment id -> its review states, as shown
        # The rows past the first screen: read a chunk per turn of the event loop once the first
        # paint has asked for a cell (`_rest_armed`), or all at once when something needs them
        self._rest_armed = False
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(0)
        self._rest.timeout.connect(self._complete_rows)
        store.scoresChanged.connect(self._on_scores_changed)

    # -- loading -------------------------------------------------------------------------------
    def set_assessment(self, aid: str | None) -> None:
        """Show this assessment (None: nothing). Only the first screen's scores are read here:
        the rest when the event loop next turns, or as soon as anything asks for them (a sort by
        a score, a quick filter, a row scrolled to), so every answer is the one all rows give."""
        self.beginResetModel()
        self._rest.stop()
        self._rest_armed = False
        self.aid = aid
        if aid is None:
            self.form, self.commitments = None, []
        else:
            lib = self.store
            a = lib.assessment(aid)
            self.form = lib.form(a.form)
            self.commitments = lib.commitment_rows(a.plan_id)
        self.rows = LazyRows([None] * len(self.commitments), self._read_rows)
        self._cols = self._make_columns()
        self._col_index = {c: i for i, c in enumerate(self._cols)}
        self.review = review_states(self.store, aid) if aid else {}
        self._cells = [{} for _ in self.commitments]
        self._hay = [haystack(c) for c in self.commitments]
        self._order = list(range(len(self.commitments)))
        column, order = self._sort
        if 0 <= column < len(self._cols):
            self._order = self._sorted_order(column, order)  # by a score: every row is read for it
        first = [i for i in self._order[:FIRST_SCREEN] if self.rows.missing(i)]
        if first:
            for i, row in self._read_rows(first).items():
                self.rows[i] = row
        self._rest_armed = not self.rows.whole
        self._reindex()
        self.endResetModel()

    def _read_rows(self, indexes: list[int]) -> dict[int, RowState]:
        """The rows at these plan indexes, as the library holds them now."""
        aid, lib = self.aid, self.store
        if aid is None or not indexes or getattr(lib.library, "closed", False):
            return {}  # a library closed under a window still painting: nothing more to read
        if len(indexes) > max(FIRST_SCREEN, REST_CHUNK):
            scores = lib.score_values(aid)  # most of the assessment: one read of all of it
        else:
            scores = lib.score_values_of(aid, [self.commitments[i].id for i in indexes])
        states = lib.commitment_states(aid)
        out = {}
        for i in indexes:
            cid = self.commitments[i].id
            state = states.get(cid)
            out[i] = RowState(*scores.get(cid, ({}, set())), bool(state and state.revisit))
        return out

    def _complete_rows(self) -> None:
        """The timer's: the next chunk of the rows not read yet, then the timer again for the
        next turn (nothing if the library closed meanwhile)."""
        if getattr(self.store.library, "closed", False) or self.rows.whole:
            return
        self.rows.fill(self._read_rows(self.rows.next_missing(REST_CHUNK)))
        if not self.rows.whole:
            self._rest.start(0)

    def rows_complete(self) -> bool:
        """Every row's scores are read (tests; the first screen's are from the start)."""
        return self.rows.whole

    def reload_review(self) -> None:
        """The review states changed (a reviewer's state, an import): that column again."""
        if self.aid is None or ("review", "state") not in self._col_index:
            return
        self.review = review_states(self.store, self.aid)
        col = self._col_index[("review", "state")]
        for cells in self._cells:
            cells.pop(("review", "state"), None)
            cells.pop(("sort", "review", "state"), None)
        if self.commitments:
            self.dataChanged.emit(self.index(0, col), self.index(len(self.commitments) - 1, col))

    def _reindex(self) -> None:
        commitments = self.commitments
        self._row_of = {commitments[i].id: row for row, i in enumerate(self._order)}

    def _on_scores_changed(self, aid: str, cid: str) -> None:
        if aid != self.aid or cid not in self._row_of:
            return
        row = self._row_of[cid]
        i = self._order[row]
        lib = self.store
        state = lib.commitment_states(aid).get(cid)
        self.rows[i] = RowState.of_scores(lib.scores_for(aid, cid), bool(state and state.revisit))
        self._cells[i] = {}
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._cols) - 1))
        column, order = self._sort
        if 0 <= column < len(self._cols) and self._cols[column] != ("fixed", "id"):
            self.sort(column, order)  # the row may move, as a dynamically sorted proxy moved it

    # -- Qt model interface --------------------------------------------------------------------
    def _make_columns(self) -> list[Column]:
        return make_columns(self.form)

    def _columns(self) -> list[Column]:
        return self._cols

    def column_key(self, column: int) -> Column:
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
            if kind in ("field", "derived"):
                assert self.form is not None
                return form_header(self.form, kind, key)
            if kind == "review":
                return self.tr("Review")
            return self.tr("Done")
        if role == Qt.ItemDataRole.ToolTipRole:
            if kind in ("field", "derived") and self.form is not None:
                return form_header_tooltip(self.form, kind, key)
            if kind == "state":
                return self.tr("\u2713 every applicable field scored and justified; \u25d0 started")
            if kind == "review":
                return self.tr("The reviewers' states of each commitment (needs changes, approved...)")
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == _DISPLAY:  # the hot path: painting
            if self._rest_armed:  # the first paint: the rest is read a moment later, a chunk a turn
                self._rest_armed = False
                self._rest.start(REST_DELAY_MS)
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
            return self._tooltip(i, kind, key) or (tooltip(text) if kind == "fixed" else None)
        if role == _ALIGN and self._cols[index.column()][0] in ("derived", "state"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == _SPOKEN:
            return self._spoken(self._order[index.row()], index.column())
        return None

    def _spoken(self, i: int, column: int) -> str:
        """A cell in words: the column, the value (never a bare symbol such as a check mark or a
        star) and the commitment, so a screen reader's user knows where they are."""
        kind, key = self._cols[column]
        cid = self.commitments[i].id
        name = str(self.headerData(column, Qt.Orientation.Horizontal) or "")
        if kind == "field" and self.form is not None:
            name = self.form.field(key).label  # the full name: the header may be abbreviated
        elif kind == "derived" and self.form is not None:
            name = next((d.label for d in self.form.derived if d.key == key), name)
        text = self._text(i, kind, key)
        if kind == "fixed":
            return f"{name}: {text}" if key != "id" else self.tr("Commitment %s") % cid
        if kind == "review":
            said = text or self.tr("no review state")
        elif kind == "state":
            row = self.rows[i]
            said = {COMPLETE: self.tr("scored and justified"), PARTIAL: self.tr("started, not complete")}.get(
                self._completeness(i), self.tr("not started"))
            if row.revisit:
                said += ", " + self.tr("flagged to revisit later")
        elif kind == "derived":
            result = self._derived(i).get(key)
            said = {True: self.tr("yes"), False: self.tr("no"), None: self.tr("not yet determined")}[result]
        elif self.form is not None and self.form.applies(key, self.rows[i].values) is not None:
            said = self.tr("does not apply")
        else:
            said = text or self.tr("not scored")
        return self.tr("%s: %s, commitment %s") % (name, said, cid)

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
            return shown({"id": c.id, "title": c.short_title or c.title, "theme": c.theme,
                          "lead": c.lead_institution}[key], multiline=True)
        if kind == "review":
            return self.review.get(c.id, "")
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
            return (level.shown_definition or None) if level else None
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


__all__ = [
    "COMPLETE", "ID_ROLE", "PARTIAL", "SORT_ROLE", "STAR", "CommitmentsModel", "RowState",
]
