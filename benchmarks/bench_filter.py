"""Filtering and sorting the commitment table per keystroke, through the GUI's own proxy model.

No widgets: a keystroke is `CommitmentsFilter.set_text(prefix)`, then what a view would ask
next (the row count and the display text of the first screenful). The baseline is Qt's own
QSortFilterProxyModel.setFilterFixedString over a QStandardItemModel holding the same texts.
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


def measure(db: Path, rounds: int) -> tuple[list[float], list[float], list[float], list[float]]:
    """(app filter, baseline filter, app sort, baseline sort) per keystroke/sort, in seconds."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication

    from irm_app.library import Library
    from irm_app.ui.commitments_filter import CommitmentsFilter
    from irm_app.ui.commitments_model import CommitmentsModel
    from irm_app.ui.store import Store

    app = QApplication.instance() or QApplication([])
    lib = Library.open(db, readonly=True)
    try:
        store = Store(lib, "bench")
        model = CommitmentsModel(store)
        model.set_assessment(lib.assessments()[0].id)
        proxy = CommitmentsFilter()
        proxy.setSourceModel(model)
        cols = model.columnCount()
        _paint(proxy, cols)

        base = QStandardItemModel(model.rowCount(), cols)
        for r in range(model.rowCount()):
            for c in range(cols):
                base.setItem(r, c, QStandardItem(model.data(model.index(r, c)) or ""))
        bproxy = QSortFilterProxyModel()
        bproxy.setSourceModel(base)
        bproxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        bproxy.setFilterKeyColumn(1)  # the title: the baseline searches one column, the app four fields
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
                          note="CommitmentsFilter.set_text + first screenful vs QSortFilterProxyModel"))
        out.append(Figure("filter.keystroke", f"{rows} rows", app_f, base_f, stat="p99", group="filter p99", scale=n))
        out.append(Figure("filter.sort", f"{rows} rows", app_s, base_s, group="sort", scale=n,
                          note="proxy.sort(title / a field / done) + first screenful"))
    return out
