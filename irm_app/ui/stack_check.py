"""Refuse to start on a Qt binding that corrupts the interpreter.

PySide6 6.12.0 on CPython 3.11 drops a reference to `True` on every signal emit: after a few
hundred edits the interpreter aborts (`Fatal Python error: bool_dealloc`) and unsaved typing is
lost. pyproject.toml keeps pip away from it; this probe catches an environment put together by
hand, before the researcher has done any work. On 3.12+ the constants are immortal and the
probe is a no-op.
"""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Signal

PROBE_EMITS = 32


class _Probe(QObject):
    ping = Signal(bool)


def leaks_constants() -> bool:
    """True when emitting a signal drains the reference count of `True` (the 6.12.0 bug)."""
    if sys.version_info >= (3, 12):
        return False
    probe = _Probe()
    probe.ping.connect(_ignore)
    before = sys.getrefcount(True)
    for _ in range(PROBE_EMITS):
        probe.ping.emit(True)
    return sys.getrefcount(True) < before - PROBE_EMITS // 2


def _ignore(_value: bool) -> None:
    return None


def problem() -> str | None:
    """One line for the user when the binding is broken, else None."""
    if not leaks_constants():
        return None
    return (
        f"PySide6 {pyside_version} on Python {sys.version_info.major}.{sys.version_info.minor} has a "
        "reference-counting bug that crashes the app after a few hundred edits; install a fixed "
        "version: pip install 'PySide6-Essentials<6.12' 'PySide6-Addons<6.12'"
    )
