"""How far an assessment is, at a glance: progress counts and how the scores are distributed.

Numbers come from `Library.scores.progress()`; every chart label comes from the form (levels, field
and indicator labels), so a new methodology needs no code here. Counting is plain Python in
`irm_app.breakdowns` (with `irm_app.self_assessment`), the code the report counts with, separate
from drawing; the charts are built in `charts`, the number tiles are in `tiles`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...breakdowns import (
    BREAKDOWNS,
    bucket_keys,
    charted_fields,
    count_breakdown,
    count_claims,
    count_derived,
    count_flags,
    count_levels,
    field_groups,
    tagged_challenges,
    values_of,
)
from ...library import LibraryError
from ...methodology import Form
from ...model import Commitment
from ..review.summary import ReviewSummary
from ..scripts import isolate
from ..store import Store
from .charts import (
    NO_COLOUR,
    NOT_APPLICABLE_LABEL,
    NOT_SCORED_LABEL,
    YES_COLOUR,
    breakdown_chart,
    derived_chart,
    flags_chart,
    group_chart,
)
from .tiles import CLAIM_STEPS, CLAIMED_MORE_COLOUR, TILES, ClaimsTile, ProgressTile

if TYPE_CHECKING:  # QtCharts loads with the first chart, not with the main window
    from .bar_chart import StackedBarChart


# breakdowns.BREAKDOWNS' labels (the core has no Qt), marked here so lupdate extracts them.
_BREAKDOWN_LABELS = (QT_TRANSLATE_NOOP("DashboardWidget", "Theme"), QT_TRANSLATE_NOOP("DashboardWidget", "Grand challenge"))


class DashboardWidget(QScrollArea):
    """Progress and score distributions of the assessment chosen with `set_assessment(aid)`."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.aid: str | None = None
        self.form: Form | None = None
        self.commitments: list[Commitment] = []
        self.field_charts: dict[str, StackedBarChart] = {}  # field key -> its group's chart
        self.field_row: dict[str, int] = {}  # field key -> its row in that chart
        self.derived_chart: StackedBarChart | None = None
        self.flag_charts: dict[str, StackedBarChart] = {}  # flags field key (e.g. relevance) -> chart
        self.breakdown_chart: StackedBarChart | None = None
        self.breakdown_groups: list[str] = []  # the chart's rows: themes or grand challenges
        self._dirty = False
        self._pending = False  # an assessment was chosen while hidden: charts built on first show

        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Assessment dashboard"))
        body = QWidget()
        self.setWidget(body)
        self.heading = QLabel(self.tr("Open an assessment to see how far it is."))
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # the plan's member and title are data

        tiles_row = QHBoxLayout()
        self.tiles: dict[str, ProgressTile] = {}
        for key, title, tip in TILES:
            tile = ProgressTile.make(self.tr(title), self.tr(tip))
            self.tiles[key] = tile
            tiles_row.addWidget(tile.frame)

        self.claims = ClaimsTile()
        self.claims.hide()  # only for forms with a self_report rule
        self.review = ReviewSummary(store)

        self.breakdown_field = QComboBox()
        self.breakdown_field.setAccessibleName(self.tr("Field broken down"))
        self.breakdown_field.setToolTip(self.tr("Which scored field the breakdown chart shows"))
        self.breakdown_field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # filled per form
        self.breakdown_field.setMinimumContentsLength(16)
        self.breakdown_field.currentIndexChanged.connect(self._breakdown_changed)
        self.breakdown_by = QComboBox()
        self.breakdown_by.setAccessibleName(self.tr("Break down by"))
        self.breakdown_by.setToolTip(
            self.tr("Group commitments by their theme, or by OGP grand challenge (the plan's and your own tags; "
                    "a commitment with two grand challenges counts in both)")
        )
        for key, label in BREAKDOWNS:  # labels marked in _BREAKDOWN_LABELS
            self.breakdown_by.addItem(self.tr(label), key)
        self.breakdown_by.currentIndexChanged.connect(self._breakdown_changed)
        breakdown_row = QHBoxLayout()
        breakdown_row.addWidget(QLabel(self.tr("Break down:")))
        breakdown_row.addWidget(self.breakdown_field)
        breakdown_row.addSpacing(12)
        breakdown_row.addWidget(QLabel(self.tr("By:")))
        breakdown_row.addWidget(self.breakdown_by)
        breakdown_row.addStretch(1)
        self._breakdown_holder = QVBoxLayout()
        self._derived_holder = QVBoxLayout()
        self._fields_holder = QVBoxLayout()

        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addLayout(tiles_row)
        layout.addWidget(self.claims)
        layout.addWidget(self.review)
        layout.addLayout(self._derived_holder)
        layout.addLayout(breakdown_row)
        layout.addLayout(self._breakdown_holder)
        layout.addLayout(self._fields_holder)
        layout.addStretch(1)

        store.scoresChanged.connect(self._scores_changed)
        store.evidenceChanged.connect(self._changed)
        store.libraryChanged.connect(self._reload)

    # -- which assessment ------------------------------------------------------------------------------
    def set_assessment(self, aid: str | None) -> None:
        """Show this assessment; while the tab is hidden, only remember it (built when shown)."""
        self.aid = aid
        self.review.set_assessment(aid)
        self._clear_charts()
        if aid is None:
            self._pending = False
            self.form = None
            self.heading.setText(self.tr("Open an assessment to see how far it is."))
            return
        if not self.isVisible():
            self._pending = True  # start-up and tab switches do not pay for charts nobody sees
            return
        self._load()

    def _load(self) -> None:
        self._pending = False
        aid = self.aid
        assert aid is not None
        lib = self.store
        a = lib.assessment(aid)
        plan = lib.plan(a.plan_id)
        self.form = lib.form(a.form)
        self.commitments = plan.commitments
        self.heading.setText(f"{isolate(plan.member)} {plan.period} — {isolate(a.title)}")
        self._build_charts()
        self.refresh()

    def _reload(self) -> None:
        """After an import or deletion: commitments may have changed, or the assessment gone."""
        if self.aid is not None:
            try:
                self.store.assessment(self.aid)
            except LibraryError:
                self.set_assessment(None)
                return
            self.set_assessment(self.aid)

    def _clear_charts(self) -> None:
        for view in {*self.field_charts.values(), *self.flag_charts.values(), self.derived_chart, self.breakdown_chart}:
            if view is not None:
                view.hide()  # stays owned by its parent until Qt deletes it; layouts drop it then
                view.deleteLater()
        self.field_charts.clear()
        self.flag_charts.clear()
        self.field_row.clear()
        self.derived_chart = self.breakdown_chart = None
        self.breakdown_groups = []
        self.claims.hide()
        self.breakdown_field.blockSignals(True)
        self.breakdown_field.clear()
        self.breakdown_field.blockSignals(False)

    def _build_charts(self) -> None:
        assert self.form is not None
        form = self.form
        if form.derived:
            self.derived_chart = derived_chart(form, self.tr)
            self._derived_holder.addWidget(self.derived_chart)
        for field in (f for f in form.scored_fields if f.kind == "flags"):
            view = flags_chart(field, self.tr)
            self.flag_charts[field.key] = view
            self._derived_holder.addWidget(view)
        for group in field_groups(form):
            view = group_chart(group, self.tr)
            for row, f in enumerate(group.fields):
                self.field_charts[f.key] = view
                self.field_row[f.key] = row
            self._fields_holder.addWidget(view)
        self.claims.setVisible(form.self_report is not None)
        self.breakdown_field.blockSignals(True)
        for field in charted_fields(form):
            self.breakdown_field.addItem(field.label, field.key)
        default = next((i for i, f in enumerate(charted_fields(form)) if "completion" in f.key), 0)
        self.breakdown_field.setCurrentIndex(default)
        self.breakdown_field.blockSignals(False)

    def _breakdown_changed(self, _index: int) -> None:
        if self.aid is not None and self.form is not None and not self._pending:
            self._update_breakdown(values_of(self.store.scores(self.aid)))

    def _update_breakdown(self, values: dict[str, dict]) -> None:
        """Count the chosen field by the chosen grouping; rebuild the chart only when its rows or title change."""
        key, by = self.breakdown_field.currentData(), self.breakdown_by.currentData()
        if self.form is None or self.aid is None or key is None:
            return
        field = self.form.field(key)
        tagged = tagged_challenges(self.store.commitment_states(self.aid)) if by == "grand_challenge" else None
        groups, rows = count_breakdown(self.form, field, self.commitments, values, by, tagged)
        title = (self.tr("%s by grand challenge") if by == "grand_challenge" else self.tr("%s by theme")) % field.label
        view = self.breakdown_chart
        if view is None or groups != self.breakdown_groups or view.chart().title() != title:
            if view is not None:
                view.hide()
                view.deleteLater()
            view = self.breakdown_chart = breakdown_chart(title, groups, field, by, self.tr)
            self.breakdown_groups = groups
            self._breakdown_holder.addWidget(view)
        view.set_values(rows)

    # -- keeping up to date ------------------------------------------------------------------------------
    def _scores_changed(self, aid: str, _cid: str) -> None:
        self._changed(aid)

    def _changed(self, aid: str | None) -> None:
        if aid is None or aid != self.aid:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True  # a hidden tab catches up when shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:
            self._load()
        elif self._dirty:
            self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        if self._pending and self.aid is not None:
            self._load()  # asked for directly before it was ever shown
            return
        if self.aid is None or self.form is None:
            return
        lib, form = self.store, self.form
        p = lib.progress(self.aid)
        for key, tile in self.tiles.items():
            tile.set(getattr(p, key), p.total)
        values = values_of(lib.scores(self.aid))
        ids = [c.id for c in self.commitments]
        for view in dict.fromkeys(self.field_charts.values()):
            keys = sorted((k for k, v in self.field_charts.items() if v is view), key=self.field_row.__getitem__)
            fields = [form.field(k) for k in keys]
            view.set_values([count_levels(form, f, self.commitments, values, bucket_keys(fields)) for f in fields])
        if self.derived_chart is not None:
            self.derived_chart.set_values(count_derived(form, ids, values))
        for key, view in self.flag_charts.items():
            view.set_values(count_flags(form, form.field(key), ids, values))
        claims = count_claims(form, self.commitments, values)
        if claims is not None:
            self.claims.set(claims, form.field(claims.field).label)
        self._update_breakdown(values)

    def field_values(self, key: str) -> dict[str, int]:
        """What the bars of one field show: level label (or bucket) -> count."""
        view, row = self.field_charts[key], self.field_row[key]
        return {label: int(values[row]) for label, values in view.values().items()}

    def breakdown_values(self) -> dict[str, dict[str, int]]:
        """What the breakdown chart shows: group (theme or grand challenge) -> bucket label -> count."""
        assert self.breakdown_chart is not None
        shown = self.breakdown_chart.values()
        return {g: {label: int(v[row]) for label, v in shown.items()} for row, g in enumerate(self.breakdown_groups)}

    def claim_numbers(self) -> dict[str, int] | None:
        """What the claims tile shows (None when hidden: the form has no self-report rule)."""
        return self.claims.values() if not self.claims.isHidden() else None

    def numbers(self) -> dict[str, tuple[int, int]]:
        """What the tiles show: key -> (value, total), as the user reads it."""
        out = {}
        for key, tile in self.tiles.items():
            value, total = tile.number.text().split(" / ")
            out[key] = (int(value), int(total))
        return out


__all__ = [
    "DashboardWidget", "charted_fields", "field_groups", "count_breakdown", "count_derived", "count_levels",
    "NOT_APPLICABLE_LABEL", "NOT_SCORED_LABEL", "CLAIM_STEPS", "CLAIMED_MORE_COLOUR", "TILES", "ClaimsTile", "ProgressTile",
    "NO_COLOUR", "YES_COLOUR",
]
