"""What the commitments table's columns are and the extra roles its cells answer.

Columns come from the assessment's form (one per scored field, one per derived indicator), so
no level or field is named here; the model and its filter share these definitions.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from ...methodology import Form

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2

Column = tuple[str, str]  # (kind, key); kind is "fixed", "state", "field", "derived" or "review"


def make_columns(form: Form | None) -> list[Column]:
    """ID, done mark and title first, then the scores, then theme and institution: the
    columns a researcher scans while scoring come before the ones they read once."""
    cols: list[Column] = [("fixed", "id"), ("state", "complete"), ("fixed", "title")]
    if form is not None:
        cols += [("field", f.key) for f in form.scored_fields]
        cols += [("derived", d.key) for d in form.derived]
        cols.append(("review", "state"))  # the reviewers' states (ui/review)
    cols += [("fixed", "theme"), ("fixed", "lead")]
    return cols


def form_header(form: Form, kind: str, key: str) -> str:
    """A scored field's or derived indicator's header: its label in the form."""
    if kind == "field":
        return form.field(key).label
    return form.derived_indicator(key).label


def form_header_tooltip(form: Form, kind: str, key: str) -> str | None:
    """A scored field's or derived indicator's header tooltip: its full label (the header may be cut
    short in a narrow column), then the form's help."""
    if kind == "field":
        f = form.field(key)
        return f"{f.label}: {f.help}" if f.help else f.label
    if kind == "derived":
        d = form.derived_indicator(key)
        return f"{d.label}: {d.description}" if d.description else d.label
    return None
