"""PySide6's `__feature__` import hook, paused while the app runs (docs/performance.md).

Importing PySide6 replaces `builtins.__import__` with its `__feature_import__`, which serves
`from __feature__ import snake_case, true_property` and, for that alone, reads the source file
of every module imported after it (`shibokensupport/feature.py`, `_mod_uses_pyside`: does the
text name PySide6?) to note whether a feature selection could apply to it. The app selects no
feature, and a start imports ~300 modules after PySide6: ~70 ms of CPU spent reading them.

The original import is kept by PySide6 in `builtins.__orig_import__` (its developer notes, "The
__feature__ import"); while paused, imports go straight to it. A module imported meanwhile is
in the state of one imported before PySide6: PySide6 scans every such module when a feature is
first selected (`feature.__init__`), and until then the table is not read at all (a module it
does not list gets the current selection, no feature). Nothing in irm_app selects a feature
(tests/ui/test_plain_imports.py).
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator
from contextlib import contextmanager

import PySide6.QtCore  # noqa: F401  (installs the hook paused here)


@contextmanager
def plain_imports() -> Iterator[None]:
    """Imports inside the block skip PySide6's feature hook; it is put back after, unless
    something else replaced `__import__` meanwhile (then that is left alone)."""
    hooked = builtins.__import__
    original = getattr(builtins, "__orig_import__", None)
    if original is None or hooked is original:  # PyPy (no hook), or already paused
        yield
        return
    builtins.__import__ = original
    try:
        yield
    finally:
        if builtins.__import__ is original:
            builtins.__import__ = hooked
