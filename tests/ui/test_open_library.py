"""File > Open library in a running window: the new library shown, the old one let go."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from irm_app.importers.registry import read_import
from irm_app.library import Library
from irm_app.paths import sample_plan
from irm_app.ui.store import Store


def _library(path: Path, researcher: str) -> Path:
    with Library.open(path) as lib:
        bundle = read_import(sample_plan())
        lib.imports.import_bundle(bundle, who=researcher)
        lib.assessments.create_assessment(bundle.plans[0].id, "irm-results-report-2021", researcher=researcher)
    return path


def test_opening_libraries_one_after_another_keeps_one_store(make_window, tmp_path: Path, qtbot) -> None:
    first = Library.open(_library(tmp_path / "a.db", "Ana"))
    w = make_window(first)
    w.owns_library = True
    paths = [_library(tmp_path / f"lib{i}.db", f"R{i}") for i in range(4)]
    for path in paths:
        assert w.open_library(path)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # deleteLater
        QApplication.processEvents()
        assert w.library.path == path and w.tree.first_assessment()
        stores = w.findChildren(Store)
        assert stores == [w.store]  # each library opened left its Store behind, connected, for good
    assert first.closed
