"""The library's integrity check, run after the window is on screen (docs/reliability.md).

The GUI opens its library with `defer_check`: when the sound mark does not vouch for the file,
the full `PRAGMA integrity_check` runs here, on a worker thread with its own read-only
connection, once the first paint is done. Until it passes the library refuses every write (one
line in the status bar, nothing changed) and takes no backup; when it fails, the window is
rebuilt on the newest sound backup exactly as a damaged library is at start (`open_or_recover`,
which then checks in full), or, with no sound backup, the user is told and the window closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from ..errors import one_line
from ..library import Library, LibraryError

if TYPE_CHECKING:
    from .main_window import MainWindow


RETRIES, RETRY_MS = 3, 3000  # a check that could not run (the file busy): tried again, then given up


def start(window: MainWindow, tries: int = 0) -> None:
    """Run the check deferred at open, if any, off the GUI thread (no progress dialog)."""
    lib = window.library
    pending = lib.pending_check
    if pending is None or lib.closed:
        return
    text = QCoreApplication.translate("SoundCheck", "Checking the library\u2026")
    window.statusBar().showMessage(text)
    window.runner.run(pending.run, on_done=lambda problem: _checked(window, lib, problem),
                      on_error=lambda exc, _tb: _not_checked(window, lib, exc, tries), label=text, quiet=True)


def _gone(window: MainWindow, lib: Library) -> bool:
    """The result came back too late: the window closed its library, or opened another."""
    return lib.closed or window.store is None or window.library is not lib


def _not_checked(window: MainWindow, lib: Library, exc: BaseException, tries: int) -> None:
    """The check could not run (busy, unreadable for a moment): not damage. Writes stay held;
    it is tried again, and after the last try the user is told to reopen the library."""
    if _gone(window, lib):
        return
    why = one_line(exc) or type(exc).__name__
    if tries + 1 < RETRIES:
        window.statusBar().showMessage(QCoreApplication.translate(
            "SoundCheck", "The library could not be checked yet (%s); trying again\u2026") % why)
        QTimer.singleShot(RETRY_MS, window, lambda: start(window, tries + 1))
        return
    window.statusBar().showMessage(QCoreApplication.translate(
        "SoundCheck", "The library could not be checked (%s): changes stay paused; open it again to retry") % why)


def _checked(window: MainWindow, lib: Library, problem: str | None) -> None:
    if _gone(window, lib):
        return
    if problem is None:
        lib.check_passed()
        window.statusBar().clearMessage()
        return
    recover(window, lib, str(lib.check_failed(problem)))


def recover(window: MainWindow, lib: Library, damage: str) -> None:
    """Damage found after the window was built: put the newest sound backup in place and show
    it, telling the user (as at start); with none, say so and close the window."""
    from ..library.recovery import open_or_recover
    from .dialogs.messages import show_error

    who = window.store.who if window.store is not None else ""
    lib.close()
    try:
        new, message = open_or_recover(lib.path)  # checks in full: no deferral this time
    except LibraryError as e:
        window.owns_library = False  # closed above
        window.last_dialog = box = show_error(window, QCoreApplication.translate("SoundCheck", "Open library"), f"{damage}\n\n{e}")
        box.finished.connect(window.close)
        return
    window.install_library(new, who)
    window.owns_library = True
    window.show_startup_message(message or damage)
