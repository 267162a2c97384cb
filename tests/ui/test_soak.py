"""A day's edits in one window: thousands of score and justification edits through the widgets.

PySide6 6.12.0 on CPython 3.11 drops a reference to True on every signal emit; the real main
window died between edits 175 and 230. Only a long run in one window sees that class of bug,
so this one runs in the default suite: it edits the sample plan for well over 2,000 edits,
then checks the interpreter's constants are intact and the library holds every last edit.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import Qt

FORM = "irm-progress-report-legacy"
ROUNDS = 6  # 36 commitments x (10 single/yes-no fields + 1 justification) x 6 = 2,376 edits


def number_key(n: int) -> Qt.Key:
    return getattr(Qt.Key, f"Key_{n}")


def test_a_days_edits_in_one_window(make_window, sample_library, qtbot):
    lib = sample_library
    aid = lib.create_assessment("AP_USA05", FORM, researcher="Ana", who="Ana").id
    w = make_window(lib)
    w.tree.select_assessment(aid)
    page = w.commitments
    form = lib.form(FORM)
    fields = [f for f in form.commitment_fields if f.kind in ("single", "yesno")]
    assert len(fields) >= 8
    true_refs = None

    expected: dict[tuple[str, str], str] = {}
    justified: dict[str, str] = {}
    edits = 0
    for r in range(ROUNDS):
        if r == 1:  # after a warm-up round has filled the caches
            gc.collect()
            true_refs = sys.getrefcount(True)
        page.select_row(0)
        for n in range(36):
            cid = page.cid
            for i, field in enumerate(fields):
                ed = page.form.editors[field.key]
                assert ed.buttons[0].isEnabled(), f"{field.key} disabled on {cid}"
                pick = (r + i + n) % len(field.levels)
                ed.buttons[0].setFocus()
                qtbot.keyClick(ed.buttons[0], number_key(pick + 1))
                expected[(cid, field.key)] = field.levels[pick].key
                edits += 1
            just_field = fields[(r + n) % len(fields)]
            box = page.form.editors[just_field.key].justification
            box.setFocus()
            box.selectAll()
            qtbot.keyClicks(box, f"round {r} {cid}")
            qtbot.keyClick(box, Qt.Key.Key_Tab)  # leaving the box saves it
            justified[f"{cid}/{just_field.key}"] = f"round {r} {cid}"
            edits += 1
            if n < 35:
                qtbot.keyClick(box, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
                assert page.cid != cid, "Ctrl+Down did not move to the next commitment"
    assert edits >= 2000

    # the interpreter is intact: True's reference count did not drain away (the 6.12.0 bug takes
    # one or more per edit; measured steady to the unit over ten rounds on 6.11.3). None's count
    # grows with the undo history, which holds the old values, so only a drain would show here.
    gc.collect()
    assert true_refs is not None and sys.getrefcount(True) >= true_refs - 50, (true_refs, sys.getrefcount(True))
    # and the library holds every edit, as last made
    for (cid, key), level in expected.items():
        assert lib.values(aid, cid)[key] == level, (cid, key)
    for where, text in justified.items():
        cid, key = where.split("/")
        assert lib.score(aid, cid, key).justification == text, where
