"""The largest texts the import limits accept show in the commitment view and the table
(a 1,000,000-character field froze the GUI for 88 s; the limits now stop it at import)."""

from __future__ import annotations

from pathlib import Path

import pytest

from irm_app.importers.bundle import ImportBundle
from irm_app.library import Library

from ..test_text_limits_render import plan_at_limits


@pytest.mark.parametrize("words", [True, False], ids=["words", "one-token"])
def test_max_length_texts_show_in_the_commitment_panel_and_table(make_window, tmp_path: Path, words: bool) -> None:
    plan = plan_at_limits(words)
    lib = Library.open(tmp_path / "library.db")
    try:
        lib.imports.import_bundle(ImportBundle(source="limits.json", plans=[plan]), who="t")
        aid = lib.assessments.create_assessment(plan.id, "irm-action-plan-review-2021", researcher="Ana", who="t").id
        w = make_window(lib)
        w.show_assessment(aid)
        c = plan.commitments[1]
        assert w.commitments.select_commitment(c.id)
        shown = " ".join(w.commitments.text.toPlainText().split())  # HTML folds line breaks
        assert " ".join(c.title.split()) in shown and " ".join(c.description[-200:].split()) in shown
        model = w.commitments.table.model()
        titles = [model.index(r, 2).data() for r in range(model.rowCount())]
        assert (c.short_title or c.title) in titles  # the table shows the short title when there is one
        assert not w.grab().isNull()  # lays out and paints the table and the panel at the limit
    finally:
        lib.close()
