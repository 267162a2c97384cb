"""The dashboard's charts, built from the form: which bars, which legend, which tooltips.

Labels come from the form (levels, fields, indicators), so a new methodology needs no code here.
QtCharts loads with the first chart built, not with the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ...breakdowns import NOT_APPLICABLE_KEY, FieldGroup, bucket_keys
from ...methodology import Form
from ...methodology.fields import FormField

if TYPE_CHECKING:
    from .bar_chart import Bucket, StackedBarChart

YES_COLOUR, NO_COLOUR = "#2d708e", "#e8a33d"
# How the dashboard names breakdowns' two buckets of its own (NOT_APPLICABLE_KEY, NOT_SCORED_KEY).
NOT_APPLICABLE_LABEL = "Does not apply"
NOT_SCORED_LABEL = "Not scored"

Tr = Callable[[str], str]  # the dashboard's own tr, so its strings keep their translation context


def level_buckets(fields: list[FormField]) -> list[Bucket]:
    """Legend entries for bucket_keys(fields): level labels from the form, colour by level order."""
    from .bar_chart import NOT_APPLICABLE_COLOUR, NOT_SCORED_COLOUR, Bucket, level_colour

    levels = fields[0].levels
    out = [Bucket(level.label, level_colour(i)) for i, level in enumerate(levels)]
    if NOT_APPLICABLE_KEY in bucket_keys(fields):
        out.append(Bucket(NOT_APPLICABLE_LABEL, NOT_APPLICABLE_COLOUR))
    return [*out, Bucket(NOT_SCORED_LABEL, NOT_SCORED_COLOUR)]


def derived_chart(form: Form, tr: Tr) -> StackedBarChart:
    """One bar per derived indicator: yes, no, or not enough data to say."""
    from .bar_chart import NOT_SCORED_COLOUR, Bucket, StackedBarChart, wrap

    view = StackedBarChart(
        tr("Derived indicators"),
        [wrap(d.label) for d in form.derived],
        [Bucket(tr("Yes"), YES_COLOUR), Bucket(tr("No"), NO_COLOUR),
         Bucket(tr("Not enough data"), NOT_SCORED_COLOUR)],
        axis_title=tr("Commitments"),
    )
    view.setToolTip("\n".join(f"{d.label}: {d.description}" for d in form.derived))
    return view


def flags_chart(field: FormField, tr: Tr) -> StackedBarChart:
    """One bar per option of a flags field (e.g. relevance): marked or not."""
    from .bar_chart import NOT_SCORED_COLOUR, Bucket, StackedBarChart, wrap

    view = StackedBarChart(
        field.label,
        [wrap(level.label, 36) for level in field.levels],
        [Bucket(tr("Marked"), YES_COLOUR), Bucket(tr("Not marked"), NO_COLOUR),
         Bucket(NOT_SCORED_LABEL, NOT_SCORED_COLOUR)],
        axis_title=tr("Commitments"),
    )
    view.setToolTip(field.help or field.label)
    return view


def group_chart(group: FieldGroup, tr: Tr) -> StackedBarChart:
    """One bar per field of a group sharing its levels, split by level."""
    from .bar_chart import StackedBarChart, wrap

    view = StackedBarChart(
        group.title,
        [wrap(f.label) for f in group.fields] if len(group.fields) > 1 else [""],  # the title says it
        level_buckets(group.fields),
        axis_title=tr("Commitments"),
    )
    view.setToolTip("\n\n".join(f"{f.label}: {f.help}" if f.help else f.label for f in group.fields))
    return view


def breakdown_chart(title: str, groups: list[str], field: FormField, by: str, tr: Tr) -> StackedBarChart:
    """One bar per theme or grand challenge, split by the field's levels."""
    from .bar_chart import StackedBarChart, wrap

    view = StackedBarChart(title, [wrap(g, 30) for g in groups], level_buckets([field]), axis_title=tr("Commitments"))
    if by == "grand_challenge":
        view.setToolTip(tr("A commitment with two grand challenges is counted in both rows."))
    return view
