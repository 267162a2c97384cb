"""Plan data is text in the GUI: markup in a member's name is shown as typed, never rendered
(an <img src="file:///..."> in rich text would be read from disk and drawn)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from irm_app.importers.bundle import ImportBundle
from irm_app.importers.registry import read_import
from irm_app.paths import sample_plan

HOSTILE = '<b>Zed</b><img src="file:///etc/hostname">'


def test_markup_in_plan_data_is_shown_as_text_in_the_dashboard(make_window, db_path):
    from irm_app.library import Library

    bundle = read_import(sample_plan())
    plan = bundle.plans[0].model_copy(update={"member": HOSTILE})
    with Library.open(db_path) as lib:
        lib.imports.import_bundle(ImportBundle(source="hostile", plans=[plan], notes=[]), who="t")
    lib = Library.open(db_path)
    aid = lib.assessments.create_assessment(plan.id, "irm-results-report-2021", researcher="Ana", who="Ana").id
    w = make_window(lib)
    w.tree.select_assessment(aid)
    w.tabs.setCurrentIndex(2)  # the dashboard
    heading = w.dashboard.heading
    assert heading.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Zed</b>" in heading.text()  # the characters as typed, not a bold "Zed"
    lib.close()
