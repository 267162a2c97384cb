"""Keyboard accelerators (the `&` letter) never collide in a shipped language (issue 17): two
entries of one menu, or of the menu bar and the main tab bar together, with the same Alt+letter
make the key ambiguous (Qt then only moves focus between them), so a keyboard-only user cannot reach one."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMenu

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
