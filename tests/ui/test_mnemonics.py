"""Keyboard accelerators (the `&` letter) never collide in a shipped language (issue 17): two
entries of one menu, or of the menu bar and the main tab bar together, with the same Alt+letter
make the key ambiguous (Qt then only moves focus between them), so a keyboard-only user cannot reach one."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMenu

SHIPPED = ["en", "es", "fr", "pt", "ar"]


def mnemonic(text: str) -> str | None:
    """The accelerator letter of a Qt text ("&&" is a literal ampersand), lower-cased."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def collisions(scope: str, texts: list[str]) -> list[str]:
    by_key: dict[str, list[str]] = defaultdict(list)
    for t in texts:
        key = mnemonic(t)
        if key is not None:
            by_key[key].append(t)
    return [f"{scope}: Alt+{k.upper()} {' / '.join(v)}" for k, v in by_key.items() if len(v) > 1]


def _menus(menu: QMenu, path: str) -> Iterator[tuple[str, list[str]]]:
    actions = menu.actions()  # held while read (PySide6 6.10 drops a temporary's wrapper)
    yield path, [a.text() for a in actions if a.text() and a.isVisible()]
    for a in actions:
        sub = a.menu()
        if sub is not None:
            yield from _menus(sub, f"{path} > {a.text()}")


@pytest.mark.parametrize("lang", SHIPPED)
def test_no_two_accelerators_collide_in_a_menu_or_the_tab_bar(lang, language, make_window, scored_library):
    if lang != "en":
        language(lang)
    w = make_window(scored_library.lib)
    entries = w.menuBar().actions()
    found = collisions("menu bar", [a.text() for a in entries])
    for entry in entries:
        if entry.menu() is not None:
            for path, texts in _menus(entry.menu(), entry.text()):
                found += collisions(path, texts)
    # The tab bar's letters and the menu bar's are pressed in the same window: Alt+P opened the
    # Plan-level tab, never the Plan menu, while both had P.
    found += collisions("menu bar and tabs", [a.text() for a in entries] + [w.tabs.tabText(i) for i in range(w.tabs.count())])
    assert not found, "\n".join(found)


def test_mnemonic_reads_the_accelerator_not_a_literal_ampersand():
    assert mnemonic("&Nivel del plan") == "n" and mnemonic("Pa&nel") == "n"
    assert mnemonic("Save && &close") == "c" and mnemonic("R&&D") is None
    assert collisions("tabs", ["&Nivel del plan", "&Narrativa", "Pa&nel", "&Compromisos"]) == [
        "tabs: Alt+N &Nivel del plan / &Narrativa / Pa&nel"]


def _window_mnemonics(w) -> list[str]:
    """The Alt+letter texts shown in the window: buttons, group boxes and labels with a buddy
    (disabled ones too: a disabled button's letter is free until a selection enables it)."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    found = []
    for cls in (QAbstractButton, QGroupBox, QLabel):
        for x in w.findChildren(cls):
            if not x.isVisibleTo(w) or (isinstance(x, QLabel) and x.buddy() is None):
                continue
            text = x.title() if isinstance(x, QGroupBox) else x.text()
            if mnemonic(text):
                found.append(text)
    return found


@pytest.mark.parametrize("lang", SHIPPED)
def test_no_widget_takes_a_menu_or_tab_letter(lang, language, make_window, scored_library, qtbot):
    """With an evidence item selected and the Comments dock open, Alt+E focused the evidence's
    "&Edit…" and the Edit menu no longer opened (Qt gives an ambiguous Alt+letter to the widgets,
    in turn), Alt+C the same for "Link to other &commitments…". On every page, docks shown.
    (Two buttons sharing a letter only need it pressed twice: allowed.)"""
    if lang != "en":
        language(lang)
    lib, aid = scored_library
    w = make_window(lib)
    w.resize(1280, 720)
    w.tree.select_assessment(aid)
    w.commitments.select_row(0)
    w.reviewing.show_comments()
    evidence = w.commitments.evidence.tree
    evidence.setCurrentItem(evidence.topLevelItem(0))  # the item's buttons enabled
    QApplication.processEvents()
    bar = [a.text() for a in w.menuBar().actions()] + [w.tabs.tabText(i) for i in range(w.tabs.count())]
    taken = {mnemonic(t): t for t in bar}
    found = []
    for tab in range(w.tabs.count()):
        w.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        found += [f"tab {tab}: Alt+{mnemonic(t).upper()} {taken[mnemonic(t)]} / {t}"
                  for t in _window_mnemonics(w) if mnemonic(t) in taken]
    assert not found, "\n".join(sorted(set(found)))
    # the texts a button switches to (Resolve/Reopen) and the one shown only for a score comment
    view = w.reviewing.view
    others = [view.tr("Re&open"), view.tr("Chan&ge the score here")]
    assert not [t for t in others if mnemonic(t) in taken], others
