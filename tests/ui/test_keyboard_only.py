"""Issue 18's promise: the whole sample assessed at 1280x720 with the keyboard alone.

Every step below is a key event sent where a real key would go (the focused widget, or the open
menu): Alt+letter mnemonics, shortcuts, Tab, arrows, Space, Enter and typed text. No widget
method is called to act, no mouse: where the keyboard cannot reach something, these tests fail.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QComboBox, QDialog, QWidget

from irm_app.library import Library

APR = "irm-action-plan-review-2021"  # the form for a plan from 2021 on, as the sample (2022-2024)
RESULTS = "irm-results-report-2021"
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def target() -> QWidget:
    """Where a key typed now would go: the open menu, else the widget with the keyboard focus."""
    where = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert where is not None, "nothing has the keyboard focus"
    return where


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(target(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(target(), text)  # ASCII only (stack notes: non-ASCII keyClicks abort Qt)


def tab_to(qtbot, wanted, what: str, most: int, links_in: QWidget | None = None) -> QWidget:
    """Tab until focus is on `wanted` (a widget or a list of them), in at most `most` presses: more
    means the tab order wanders off the screen's order or traps the keyboard. Tab walks the links
    of the text `links_in` (as many as the commitment has): those presses are not counted."""
    test = (lambda f: f in wanted) if isinstance(wanted, list) else (lambda f: f is wanted)
    seen: list[QWidget | None] = []
    counted = 0
    while len(seen) < most + 30:
        f = QApplication.focusWidget()
        if test(f):
            return f
        if not (f is links_in and seen and seen[-1] is links_in):
            if counted == most:
                break
            counted += 1
        seen.append(f)
        press(qtbot, Qt.Key.Key_Tab)
    names = [f"{type(f).__name__}:{f.accessibleName() or f.objectName()}" if f is not None else "nothing" for f in seen]
    raise AssertionError(f"{most} Tab presses never reached {what}; focus went {' > '.join(names)}")


def when_dialog_opens(qtbot, act) -> dict[str, object]:
    """Run `act(dialog)` once the next modal dialog is up and has the keyboard (it may be opened
    with exec()); a failure is kept in the result and closes the dialog, so exec() returns."""
    outcome: dict[str, object] = {}

    def poll() -> None:
        d = QApplication.activeModalWidget()
        if isinstance(d, QDialog) and d.isActiveWindow() and d.isAncestorOf(QApplication.focusWidget()):
            try:
                act(d)
            except BaseException as e:  # noqa: BLE001 (re-raised by the test, not lost in the event loop)
                outcome["error"] = e
                d.reject()
            outcome["done"] = True
        else:
            QTimer.singleShot(10, poll)
    QTimer.singleShot(0, poll)
    return outcome


def back_to_the_window(qtbot, w) -> None:
    """A closed dialog hands the keyboard back to the window: a window manager's part, which the
    offscreen platform leaves undone (it activates nothing when the active window hides)."""
    if not w.isActiveWindow():
        w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow() and QApplication.focusWidget() is not None)


def choose_in_combo(qtbot, combo: QComboBox, data: str) -> None:
    """Arrow keys in the focused box until it shows `data` (the last item is as far as it goes)."""
    assert target() is combo or combo.isAncestorOf(target())
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        press(qtbot, Qt.Key.Key_Down)
    assert combo.currentData() == data


def new_assessment_by_keyboard(qtbot, w, form: str, *, through_menu: bool) -> None:
    """File > New assessment (Alt+F, N) or Ctrl+N; Alt+M to the methodology, arrows, Enter."""
    seen: dict[str, object] = {}

    def fill(d: QDialog) -> None:
        press(qtbot, Qt.Key.Key_M, ALT)  # the "&Methodology:" label's buddy
        choose_in_combo(qtbot, d.form, form)
        seen["form"] = d.form.currentData()
        press(qtbot, Qt.Key.Key_Return)  # the dialog's default button
        seen["closed"] = not d.isVisible()

    outcome = when_dialog_opens(qtbot, fill)
    before = {a.id for a in w.library.assessments.all("AP_USA05")}
    if through_menu:
        press(qtbot, Qt.Key.Key_F, ALT)
        assert QApplication.activePopupWidget() is not None, "Alt+F opened no menu"
        press(qtbot, Qt.Key.Key_N)  # "&New assessment…"
    else:
        press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: "done" in outcome, timeout=5000)
    if "error" in outcome:
        raise outcome["error"]
    back_to_the_window(qtbot, w)
    assert seen == {"form": form, "closed": True}
    [made] = [a for a in w.library.assessments.all("AP_USA05") if a.id not in before]
    assert made.form == form
    assert w.commitments.aid == made.id
    assert target() is w.commitments.table


def pick_level(qtbot, ed, wanted: list[int], where: str) -> None:
    """Focus is on one of the field's choices: make exactly `wanted` chosen with arrows and Space
    (radio buttons: arrows move between the levels as laid out on screen; check boxes: Tab, Space)."""
    buttons: list[QAbstractButton] = ed.buttons
    if isinstance(buttons[0], QCheckBox):  # flags: each box is its own stop
        for i, b in enumerate(buttons):
            assert target() is b, f"{where}: check box {i} not next in the tab order ({target()})"
            if b.isChecked() != (i in wanted):
                press(qtbot, Qt.Key.Key_Space)
            assert b.isChecked() == (i in wanted), f"{where}: Space did not toggle {b.text()!r}"
            if i < len(buttons) - 1:
                press(qtbot, Qt.Key.Key_Tab)
        return
    [n] = wanted
    goal = buttons[n]
    for _ in range(2 * len(buttons)):
        here = target()
        if here is goal:
            break
        assert here in buttons, f"{where}: an arrow key left the field's levels for {here}"
        g, h = goal.mapToGlobal(goal.rect().center()), here.mapToGlobal(here.rect().center())
        if abs(g.y() - h.y()) > here.height() // 2:
            press(qtbot, Qt.Key.Key_Down if g.y() > h.y() else Qt.Key.Key_Up)
        else:
            press(qtbot, Qt.Key.Key_Right if g.x() > h.x() else Qt.Key.Key_Left)
    assert target() is goal, f"{where}: the arrow keys never reached {goal.text()!r}"
    if not goal.isChecked():
        press(qtbot, Qt.Key.Key_Space)
    assert goal.isChecked(), f"{where}: Space did not choose {goal.text()!r}"


def choice_for(n: int, fi: int, field) -> list[int]:
    """A varied but reproducible answer for commitment n's field fi (verifiable: always yes, so
    every other field applies)."""
    if field.key == "verifiable":
        return [0]
    if field.kind == "flags":
        return sorted({n % 3, (n + fi) % len(field.levels)})
    return [(n + fi) % len(field.levels)]


def value_of(field, chosen: list[int]):
    keys = [field.levels[i].key for i in chosen]
    return keys if field.kind == "flags" else keys[0]


def add_evidence_by_keyboard(qtbot, w, cid: str, also: str) -> None:
    """From the commitment's last justification: Tab past the grand challenges to Add…, Space;
    in the dialog Alt+T title, Alt+U URL, Tab to the commitment list, filter, Space ticks one
    more commitment, Enter saves."""
    page = w.commitments
    tab_to(qtbot, page.evidence.add_button, "the evidence's Add button",
           4 + len(page.challenges.boxes) + 2)  # Clear, Cluster, Clear, the challenges, the list, Add

    def fill(d: QDialog) -> None:
        press(qtbot, Qt.Key.Key_T, ALT)
        type_text(qtbot, "Agency progress tracker")
        press(qtbot, Qt.Key.Key_U, ALT)
        type_text(qtbot, "https://example.org/tracker")
        tab_to(qtbot, d.links.filter, "the dialog's commitment filter", 6)
        type_text(qtbot, also)
        tab_to(qtbot, d.links.list, "the dialog's commitment list", 1)
        press(qtbot, Qt.Key.Key_Space)  # ticks the one commitment the filter left
        assert sorted(d.links.checked()) == sorted([cid, also]), d.links.checked()
        press(qtbot, Qt.Key.Key_Return)
        assert not d.isVisible(), f"Enter did not save the evidence: {d.problem.text()}"

    outcome = when_dialog_opens(qtbot, fill)
    press(qtbot, Qt.Key.Key_Space)  # the Add… button
    qtbot.waitUntil(lambda: "done" in outcome, timeout=5000)
    if "error" in outcome:
        raise outcome["error"]
    back_to_the_window(qtbot, w)
    [item] = w.library.evidence.items(page.aid)
    assert (item.title, item.url, sorted(item.commitment_ids)) == (
        "Agency progress tracker", "https://example.org/tracker", sorted([cid, also]))


def test_the_whole_sample_assessed_with_the_keyboard_alone(make_window, library: Path, qtbot):
    """Start on a library holding the sample and nothing else; create the assessment, then for
    each of the 36 commitments: reach it in the table, Tab into the scoring pane, choose a level
    for every scored field and type its justification; then read it all back from the file."""
    lib = Library.open(library)
    w = make_window(lib)
    try:
        w.resize(1280, 720)
        QApplication.processEvents()
        assert w.tree.current_plan() == "AP_USA05"  # the tree starts on the plan: menus know what is meant
        new_assessment_by_keyboard(qtbot, w, APR, through_menu=True)
        aid = w.commitments.aid
        page = w.commitments
        assert target() is page.table  # a new assessment puts the keyboard where scoring starts
        fields = lib.forms.get(APR).scored_fields
        expected: dict[str, dict[str, tuple[object, str]]] = {}
        rows = page.proxy.rowCount()
        assert rows == 36
        for n in range(rows):
            cid = page.cid
            first = page.form.editors[fields[0].key]
            if n % 2 == 0:  # in the table: Tab into the pane (text, its links, Revisit later, Definitions)
                assert target() is page.table, f"{cid}: the keyboard is not on the table"
                tab_to(qtbot, first.buttons, f"{cid}'s first field", 4, links_in=page.text)
            else:  # Ctrl+Down from the pane brought the keyboard to the first field
                assert target() in first.buttons, f"{cid}: Ctrl+Down left the keyboard on {target()}"
            for fi, field in enumerate(fields):
                ed = page.form.editors[field.key]
                where = f"{cid} {field.key}"
                if fi:  # the last field's Clear button, then this field
                    tab_to(qtbot, ed.buttons, f"{where}'s levels", 2)
                chosen = choice_for(n, fi, field)
                pick_level(qtbot, ed, chosen, where)
                tab_to(qtbot, ed.justification, f"{where}'s justification", 1)
                text = f"{cid} {field.key} {n}"
                type_text(qtbot, text)
                expected.setdefault(cid, {})[field.key] = (value_of(field, chosen), text)
            if n == 0:
                add_evidence_by_keyboard(qtbot, w, cid, "US0114")
            if n == rows - 1:
                press(qtbot, Qt.Key.Key_Tab)  # leaving the box saves it (as switching commitment does)
            elif n % 2 == 0:
                press(qtbot, Qt.Key.Key_Down, CTRL)
                assert page.cid != cid, f"Ctrl+Down stayed on {cid}"
            else:
                press(qtbot, Qt.Key.Key_Escape)  # back to the table
                assert target() is page.table, f"Escape left the keyboard on {target()}"
                press(qtbot, Qt.Key.Key_Down)
                assert page.cid != cid, f"Down in the table stayed on {cid}"
        assert len(expected) == 36
    finally:
        w.close()  # saves what is typed, while the library is open
        lib.close()
    with Library.open(library, readonly=True) as again:  # durable: read back from the file
        for cid, answers in expected.items():
            for key, (value, text) in answers.items():
                s = again.scores.score(aid, cid, key)
                assert s is not None and (s.value, s.justification) == (value, text), (cid, key, s)
        p = again.scores.progress(aid)
        assert (p.scored, p.justified, p.total) == (36, 36, 36)
        [item] = again.evidence.items(aid)
        assert item.title == "Agency progress tracker"


def test_new_assessment_form_chosen_with_the_keyboard(make_window, sample_library, qtbot):
    """Ctrl+N, Alt+M, arrows to a form other than the one the plan's period suggests, Enter."""
    w = make_window(sample_library)
    new_assessment_by_keyboard(qtbot, w, RESULTS, through_menu=False)
    assert w.tree.current_assessment() == w.commitments.aid


def test_the_plan_menu_and_tab_each_have_their_own_alt_letter(make_window, scored_library, qtbot):
    """Alt+P opens the Plan menu (it opened the Plan-level tab, whose letter was P too); its
    entries act on the plan in view; Alt+L is the Plan-level tab."""
    lib, aid = scored_library
    w = make_window(lib)
    w.select(aid, "US0113")
    press(qtbot, Qt.Key.Key_P, ALT)
    menu = QApplication.activePopupWidget()
    assert menu is not None and menu.title() == "&Plan", menu
    press(qtbot, Qt.Key.Key_F)  # "&Flagged values…"
    qtbot.waitUntil(lambda: w.last_dialog is not None and w.last_dialog.isVisible())
    assert "AP_USA05" in w.last_dialog.heading.text()
    w.last_dialog.close()  # (closing it is not what this test is about)
    back_to_the_window(qtbot, w)
    assert w.tabs.currentIndex() == 0
    press(qtbot, Qt.Key.Key_L, ALT)
    assert w.tabs.currentWidget() is w.plan_page


def test_the_library_starts_on_its_plan_when_it_has_no_assessment(make_window, sample_library, qtbot):
    """Plan > Flagged values (Alt+P, F) knows the plan at once: the tree starts on it."""
    w = make_window(sample_library)
    assert w.tree.current_plan() == "AP_USA05"
    press(qtbot, Qt.Key.Key_P, ALT)
    press(qtbot, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: w.last_dialog is not None and w.last_dialog.isVisible())
    assert "AP_USA05" in w.last_dialog.heading.text()


def test_number_keys_pick_the_nth_level(make_window, sample_library, qtbot):
    """With focus on a field's choices, 1..9 pick its n-th level, whatever the layout."""
    lib = sample_library
    aid = lib.assessments.create_assessment("AP_USA05", RESULTS, researcher="Ana", who="Ana").id
    w = make_window(lib)
    w.resize(1280, 720)
    w.select(aid, "US0113")
    page = w.commitments
    page.table.setFocus()  # as a new assessment leaves it
    form = lib.forms.get(RESULTS)
    completion, early = (page.form.editors[f.key] for f in form.scored_fields)
    tab_to(qtbot, completion.buttons, "completion's levels", 4, links_in=page.text)
    press(qtbot, Qt.Key.Key_5)
    tab_to(qtbot, early.buttons, "early results' levels", 3)  # justification, Clear, then the next field
    press(qtbot, Qt.Key.Key_2)
    assert lib.scores.values(aid, "US0113") == {"completion": form.field("completion").levels[4].key,
                                               "early_results": form.field("early_results").levels[1].key}
    assert target() is early.buttons[1]
