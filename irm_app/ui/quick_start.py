"""Two costs of the GUI's start that buy nothing before its first paint (docs/performance.md);
the collector's pause is `irm_app.collector.CollectorPause`, shared with the CLI's `score`.

**PySide6's `__feature__` import hook.** Importing PySide6 replaces `builtins.__import__` with
its `__feature_import__`, which serves `from __feature__ import snake_case, true_property` and,
for that alone, reads the source file of every module imported after it (`shibokensupport/
feature.py`, `_mod_uses_pyside`: does the text name PySide6?) to note whether a feature
selection could apply to it, and keeps those sources in `linecache`. The app selects no feature,
and a start imports ~300 modules after PySide6: ~60 ms of CPU. PySide6 keeps the import it
replaced in `builtins.__orig_import__` (its developer notes, "The __feature__ import"; from 6.10
that is PySide6's own lazy-loading import, which stays in place); while `plain_imports()` holds,
imports go straight to it. A module imported meanwhile is in the state
of one imported before PySide6: PySide6 scans every such module when a feature is first selected
(`feature.__init__`), and until then its table is not read (a module it does not list gets the
current selection: none). Nothing in irm_app selects a feature (tests/ui/test_quick_start.py).

**The cycle collector.** Building the window leaves ~60,000 long-lived objects the collector
tracks (modules, classes, pydantic schemas, Qt wrappers); every allocation threshold crossed
starts a collection that walks them: ~130 collections, ~30 ms before the first paint, that find
~800 unreachable objects in all (the sample). `CollectorPause` (irm_app/collector.py) turns automatic
collection off for the start and back on once the window is painted; what it would have found is collected then
(reference counting frees everything else as usual meanwhile; peak memory did not grow).
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QTimer  # (importing PySide6 installs the hook paused here)

LATEST_MS = 1000  # `after_first_paint` runs by then even if the window was not painted (minimised)


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


class _FirstPaint(QObject):
    """Calls back once, just after the first paint of the widget it watches has been handled."""

    def __init__(self, widget: QObject, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(LATEST_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # once this paint (the whole window's) is done
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        watched = self.parent()
        if watched is not None:
            watched.removeEventFilter(self)
        self.deleteLater()
        callback()


def after_first_paint(widget: QObject, callback: Callable[[], None]) -> None:
    """Run `callback` once `widget` (a shown window) has next been painted, or LATEST_MS after now,
    whichever comes first; never if the widget goes first. A zero timer is no substitute: Qt runs
    it before the paint a show or a new layout posted (measured, offscreen and xcb)."""
    _FirstPaint(widget, callback)
