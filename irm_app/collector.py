"""The cyclic garbage collector paused while long-lived objects are made (the GUI's start, the
imports of a CLI command), and those objects frozen after when the call is the whole process.
No Qt: the CLI uses it too (docs/performance.md)."""

from __future__ import annotations

import gc


class CollectorPause:
    """Automatic garbage collection off from `pause()` until `resume()` (idempotent; a collector
    someone else had turned off stays off).

    `freeze` (the call is the whole process: `irm-app gui`, `irm-app score`): at `resume` what was
    made meanwhile (modules, classes, forms, the window) goes to the collector's permanent
    generation (`gc.freeze`). Why: every later collection and the interpreter's at exit walked
    all of it, though it lives as long as the process (one plan of 5,000: 706 -> 608 ms CPU to
    the grab and exit; the sample 661 -> 600; `score` 205 -> 168). Reference counting still frees
    any of it that is let go; only cycles among it wait, until another library replaces the
    window's contents (ui/window_install.py unfreezes then). A caller that goes on living (a test
    calling in) passes no `freeze`: its collector is only paused."""

    def __init__(self, *, freeze: bool = False) -> None:
        self._resume = False
        self._freeze = freeze

    def pause(self) -> None:
        if gc.isenabled():
            gc.disable()
            self._resume = True

    def resume(self) -> None:
        if self._resume:
            self._resume = False
            if self._freeze:
                gc.freeze()
            gc.enable()
