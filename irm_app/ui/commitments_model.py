"""The commitments of one assessment as a table: what the middle of the main window shows.

Columns come from the assessment's form (one per scored field, one per derived indicator), so
no level or field is named here. Rows refresh one at a time when the Store says a commitment
changed, so scoring never reloads the whole plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

COMPLETE = "\u2713"  # every applicable field scored and justified
PARTIAL = "\u25d0"  # something recorded, not everything
STAR = "\u2605"

Index = QModelIndex | QPersistentModelIndex


@dataclass
class RowState:
    """What one row knows about its commitment's scoring (derived from the library)."""

    scores: dict[str, Score] = field(default_factory=dict)
    revisit: bool = False

    @property
    def values(self) -> dict[str, Any]:
        return {k: s.value for k, s in self.scores.items()}


class CommitmentsModel(QAbstractTableModel):
    """Rows: the plan's commitments in plan order. Read-only: editing goes through the Store."""

    FIXED = ("id", "title", "theme", "lead")

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.aid: str | None = None
        self.form: Form | None = None
        self.commitments: list[Commitment] = []
        self.rows: list[RowState] = []
        self._row_of: dict[str, int] = {}
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
        self._row_of = {c.id: i for i, c in enumerate(self.commitments)}
        self.endResetModel()

    def _on_scores_changed(self, aid: str, cid: str) -> None:
        if aid != self.aid or cid not in self._row_of:
            return
        row = self._row_of[cid]
        lib = self.store.library
        state = lib.commitment_states(aid).get(cid)
        self.rows[row] = RowState(lib.scores_for(aid, cid), bool(state and state.revisit))
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # -- questions the filters and the window ask ----------------------------------------------
    def commitment_id(self, row: int) -> str:
        return self.commitments[row].id

    def row_of(self, cid: str) -> int:
        return self._row_of.get(cid, -1)

    def missing_fields(self, row: int) -> list[str]:
        """Applicable scored fields with no value yet."""
        assert self.form is not None
        values = self.rows[row].values
        return [
            f.key for f in self.form.scored_fields
            if self.form.applies(f.key, values) is None and values.get(f.key) in (None, "")
        ]

    def unjustified_fields(self, row: int) -> list[str]:
        """Set fields that require a justification and have none."""
        assert self.form is not None
        state = self.rows[row]
        values = state.values
        out = []
        for f in self.form.commitment_fields:
            s = state.scores.get(f.key)
            if s is None or s.value in (None, "") or not f.justification_required:
                continue
            if self.form.applies(f.key, values) is None and not s.justification.strip():
                out.append(f.key)
        return out

    def revisit(self, row: int) -> bool:
        return self.rows[row].revisit

    def claimed_more(self, row: int) -> bool:
        """The government's latest claim ranks above the IRM's completion score (issue 8)."""
        if self.form is None or self.form.self_report is None:
            return False
        c = self.commitments[row]
        [cmp] = compare(self.form, [c], {c.id: self.rows[row].values})
        return bool(cmp.claimed_more)

    def completeness(self, row: int) -> str:
        if not self.rows[row].scores:
            return ""
        if not self.missing_fields(row) and not self.unjustified_fields(row):
            return COMPLETE
        return PARTIAL

    # -- Qt model interface --------------------------------------------------------------------
    def _columns(self) -> list[tuple[str, str]]:
        """ID, done mark and title first, then the scores, then theme and institution: the
        columns a researcher scans while scoring come before the ones they read once."""
        cols = [("fixed", "id"), ("state", "complete"), ("fixed", "title")]
        if self.form is not None:
            cols += [("field", f.key) for f in self.form.scored_fields]
            cols += [("derived", d.key) for d in self.form.derived]
        cols += [("fixed", "theme"), ("fixed", "lead")]
        return cols

    def column_key(self, column: int) -> tuple[str, str]:
        return self._columns()[column]

    def column_of(self, kind: str, key: str) -> int:
        return self._columns().index((kind, key))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.commitments)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        kind, key = self._columns()[section]
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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, (kind, key) = index.row(), self._columns()[index.column()]
        c = self.commitments[row]
        if role == ID_ROLE:
            return c.id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            text = self._text(row, kind, key)
            if role == SORT_ROLE:
                return self._sort_key(row, kind, key, text)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(row, kind, key) or (text if kind == "fixed" else None)
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in ("derived", "state"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: int, kind: str, key: str) -> str:
        c = self.commitments[row]
        if kind == "fixed":
            return {"id": c.id, "title": c.short_title or c.title, "theme": c.theme, "lead": c.lead_institution}[key]
        assert self.form is not None
        values = self.rows[row].values
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
            result = self.form.derive(values).get(key)
            return {True: STAR + " " + self.tr("yes"), False: self.tr("no"), None: ""}[result]
        mark = self.completeness(row)
        return mark + (" \u2691" if self.rows[row].revisit else "")

    def _sort_key(self, row: int, kind: str, key: str, text: str) -> Any:
        if kind == "fixed" and key == "id":
            return row  # plan order, which is numeric order
        if kind == "field" and self.form is not None:
            value = self.rows[row].values.get(key)
            keys = self.form.field(key).level_keys
            if isinstance(value, str) and value in keys:
                return keys.index(value)
            return -1 if not text else len(keys)
        return text.casefold()

    def _tooltip(self, row: int, kind: str, key: str) -> str | None:
        if kind == "field" and self.form is not None:
            values = self.rows[row].values
            reason = self.form.applies(key, values)
            if reason:
                return reason
            value = values.get(key)
            level = self.form.field(key).level(value) if isinstance(value, str) else None
            return level.definition if level else None
        if kind == "state" and self.form is not None:
            missing = [self.form.field(k).label for k in self.missing_fields(row)]
            unjust = [self.form.field(k).label for k in self.unjustified_fields(row)]
            parts = []
            if missing:
                parts.append(self.tr("Not scored: ") + ", ".join(missing))
            if unjust:
                parts.append(self.tr("No justification: ") + ", ".join(unjust))
            if self.rows[row].revisit:
                parts.append(self.tr("Flagged: revisit later"))
            return "\n".join(parts) or self.tr("Complete")
        return None


class CommitmentsFilter(QSortFilterProxyModel):
    """Text filter over ID, title and institutions, plus one quick filter."""

    QUICK = ("all", "unscored", "unjustified", "revisit", "claimed_more")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.quick = "all"
        self.text = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip().casefold()
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
        c = model.commitments[source_row]
        if self.text:
            hay = " ".join([c.id, c.title, c.short_title or "", c.lead_institution, *c.supporting_institutions])
            if self.text not in hay.casefold():
                return False
        if self.quick == "unscored":
            return bool(model.missing_fields(source_row))
        if self.quick == "unjustified":
            return bool(model.unjustified_fields(source_row))
        if self.quick == "revisit":
            return model.revisit(source_row)
        if self.quick == "claimed_more":
            return model.claimed_more(source_row)
        return True
