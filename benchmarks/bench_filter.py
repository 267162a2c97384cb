"""Filtering and sorting the commitment table per keystroke, through the GUI's own proxy model.

No widgets: a keystroke is `CommitmentsFilter.set_text(prefix)`, then what a view would ask
next (the row count and the display text of the first screenful). The baseline does the same
work with Qt's own QSortFilterProxyModel.setFilterFixedString over a plain QAbstractTableModel
holding the same display texts and the same search text per row (ID, titles, institutions),
so a keystroke matches the same characters on both sides.

No QStandardItemModel: under PySide6 6.12 on CPython 3.11 its `setItem` drops a reference to
None per call (the same pattern crashed at 40,000 calls), which would make the baseline itself
unsound at 5,000 rows x every column.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from . import Context, Figure

WORD = "budget"
SCREEN = 40  # rows a table shows at once


def _keystrokes() -> list[str]:
    """Type the word, then delete it again: every prefix, both ways."""
    typed = [WORD[: i + 1] for i in range(len(WORD))]
    return typed + typed[-2::-1] + [""]


def _paint(model, columns: int) -> None:  # noqa: ANN001 (a Qt model)
    from PySide6.QtCore import Qt

    for r in range(min(SCREEN, model.rowCount())):
        for c in range(columns):
            model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)


def _time_keys(set_text, proxy, columns: int) -> list[float]:  # noqa: ANN001
    out = []
    for text in _keystrokes():
        t = time.perf_counter()
        set_text(text)
        _paint(proxy, columns)
        out.append(time.perf_counter() - t)
    return out


def _time_sorts(proxy, columns: list[int]) -> list[float]:  # noqa: ANN001
    from PySide6.QtCore import Qt

    out = []
    orders = (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)
    for i, col in enumerate(columns):
        for order in orders[: 2 if i == 0 else 1]:  # title both ways, other columns one way
            t = time.perf_counter()
            proxy.sort(col, order)
            _paint(proxy, proxy.columnCount())
            out.append(time.perf_counter() - t)
    return out


def _plain_model(texts: list[list[str]], hay: list[str]):  # noqa: ANN202 (a Qt model)
    """A read-only table of plain strings; the last column is the search text (never shown)."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    cols = len(texts[0]) if texts else 0

    class Plain(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()) -> int:  # noqa: ANN001, B008, N802
            return 0 if parent.isValid() else len(texts)

        def columnCount(self, parent=QModelIndex()) -> int:  # noqa: ANN001, B008, N802
            return 0 if parent.isValid() else cols + 1

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
            if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return None
            r, c = index.row(), index.column()
            return hay[r] if c == cols else texts[r][c]

    return Plain()


def _search_text(c) -> str:  # noqa: ANN001 (a Commitment)
    """The same fields the app's filter searches (ui/commitments_rows.py), casefolded."""
    return " ".join([c.id, c.title, c.short_title or "", c.lead_institution, *c.supporting_institutions]).casefold()


def measure(db: Path, rounds: int) -> tuple[list[float], list[float], list[float], list[float]]:
    """(app filter, baseline filter, app sort, baseline sort) per keystroke/sort, in seconds."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QApplication

    from irm_app.library import Library
    from irm_app.ui.commitments.filter import CommitmentsFilter
    from irm_app.ui.commitments.model import CommitmentsModel
    from irm_app.ui.store import Store

    app = QApplication.instance() or QApplication([])
    lib = Library.open(db, readonly=True)
    try:
        store = Store(lib, "bench")
        model = CommitmentsModel(store)
        model.set_assessment(lib.assessments.all()[0].id)
        proxy = CommitmentsFilter()
        proxy.setSourceModel(model)
        cols = model.columnCount()
        _paint(proxy, cols)

        # the same rows in the same order: display texts as the app shows them, search text from the plan
        by_id = {c.id: c for c in lib.plans.commitments(lib.assessments.all()[0].plan_id)}
        id_col = model.column_of("fixed", "id")
        texts = [[model.data(model.index(r, c)) or "" for c in range(cols)] for r in range(model.rowCount())]
        hay = [_search_text(by_id[row[id_col]]) if row[id_col] in by_id else " ".join(row).casefold()
               for row in texts]
        base = _plain_model(texts, hay)
        bproxy = QSortFilterProxyModel()
        bproxy.setSourceModel(base)
        bproxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        bproxy.setFilterKeyColumn(cols)  # the search text: the same characters the app matches
        bproxy.setDynamicSortFilter(True)
        _paint(bproxy, cols)
        bproxy.sort(-1)

        sort_cols = [model.column_of("fixed", "title"), model.column_of("field", "specificity")]
        app_f, base_f, app_s, base_s = [], [], [], []
        for _ in range(rounds):
            app_f += _time_keys(proxy.set_text, proxy, cols)
            base_f += _time_keys(bproxy.setFilterFixedString, bproxy, cols)
            app_s += _time_sorts(proxy, sort_cols)
            base_s += _time_sorts(bproxy, sort_cols)
        app.processEvents()
        return app_f, base_f, app_s, base_s
    finally:
        lib.close()


def run(ctx: Context) -> list[Figure]:
    out = []
    rounds = ctx.reps(2, 1)
    for n in ctx.scales:
        rows = n * 50
        db = ctx.cache.get(1, per_plan=rows)
        app_f, base_f, app_s, base_s = measure(db, rounds)
        big = rows >= 5000
        out.append(Figure("filter.keystroke", f"{rows} rows", app_f, base_f, group="filter keystroke", scale=n,
                          target="< 30 ms" if big else "", check=(lambda f: f.value < 0.030) if big else None,
                          note="CommitmentsFilter.set_text + first screenful vs QSortFilterProxyModel over plain rows, same search text"))
        out.append(Figure("filter.keystroke", f"{rows} rows", app_f, base_f, stat="p99", group="filter p99", scale=n))
        out.append(Figure("filter.sort", f"{rows} rows", app_s, base_s, group="sort", scale=n,
                          note="proxy.sort(title / a field / done) + first screenful"))
    return out
