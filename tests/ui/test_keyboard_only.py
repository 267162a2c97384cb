"""The issue's promise: a researcher scores every commitment of the sample with the keyboard alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

FORM = "irm-results-report-2021"


def focused():
    return QApplication.focusWidget()


def number_key(n: int) -> Qt.Key:
    return getattr(Qt.Key, f"Key_{n}")


def test_score_all_36_commitments_with_the_keyboard(make_window, sample_library, qtbot):
    lib = sample_library
    aid = lib.assessments.create_assessment("AP_USA05", FORM, researcher="Ana", who="Ana").id
    w = make_window(lib)
    w.tree.select_assessment(aid)
    form = lib.forms.get(FORM)
    fields = [f.key for f in form.scored_fields]
    assert fields == ["completion", "early_results"]
    w.commitments.table.setFocus()  # where the window starts: the commitments table
    for n in range(36):
        cid = w.commitments.cid
        for field, key in zip(fields, (number_key(5), number_key(2)), strict=True):
            ed = w.commitments.form.editors[field]
            # Tab from wherever focus is until the field's buttons have it (never trapped)
            for _ in range(60):
                if focused() in ed.buttons:
                    break
                qtbot.keyClick(focused(), Qt.Key.Key_Tab)
            assert focused() in ed.buttons, f"Tab never reached {field} on {cid}"
            qtbot.keyClick(focused(), key)  # number keys pick the n-th level
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # to the justification
            assert focused() is ed.justification
            qtbot.keyClicks(ed.justification, f"Checked {field} for {cid}")
            qtbot.keyClick(ed.justification, Qt.Key.Key_Tab)  # leaving saves it
        qtbot.keyClick(focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
        if n < 35:
            assert w.commitments.cid != cid
    p = lib.scores.progress(aid)
    assert (p.scored, p.justified) == (36, 36)
    values = lib.scores.values(aid, "US0148")
    assert values == {"completion": "complete", "early_results": "moderate"}
    assert lib.scores.score(aid, "US0148", "early_results").justification == "Checked early_results for US0148"
