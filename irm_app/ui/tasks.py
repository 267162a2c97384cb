"""Run slow work (parsing an import, rendering a report) off the GUI thread.

One small helper in the Picard style: the work runs on a QThreadPool, its result or error comes
back on the GUI thread through a queued signal, and a progress dialog appears only when the work
takes long enough for a user to wonder (~0.5 s). `TaskRunner(synchronous=True)` runs inline so
tests need no waiting.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 500


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call back to the GUI thread."""

    done = Signal(object)
    error = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as e:  # delivered to on_error, never lost in a thread
            self.relay.error.emit(e, traceback.format_exc())
            return
        self.relay.done.emit(result)


class TaskRunner(QObject):
    """`run(fn, on_done=..., on_error=..., label=...)`; results always arrive on the GUI thread."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.pool = pool or QThreadPool.globalInstance()
        self._live: dict[int, tuple[_Relay, QTimer, dict[str, Any]]] = {}

    def run(
        self,
        fn: Callable[[], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException, str], None],
        label: str,
        cancellable: bool = False,
        quiet: bool = False,
    ) -> None:
        """Run `fn()`; then `on_done(result)` or `on_error(exception, traceback_text)`.

        With `cancellable`, a Cancel press drops the result (the work itself cannot be stopped
        mid-way, but nothing it returns is applied). `quiet`: no progress dialog (background
        work the user did not ask for, e.g. the library's integrity check after start-up).
        """
        if self.synchronous:
            try:
                result = fn()
            except Exception as e:
                on_error(e, traceback.format_exc())
                return
            on_done(result)
            return

        self._run_async(fn, on_done, on_error, label, cancellable, quiet)

    def progress_dialogs(self) -> list[QProgressDialog]:
        """The progress dialogs showing now (work that has run longer than ~0.5 s)."""
        return [st["dialog"] for _r, _t, st in self._live.values() if st.get("dialog") is not None]

    def _run_async(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
                   on_error: Callable[[BaseException, str], None], label: str, cancellable: bool,
                   quiet: bool = False) -> None:
        relay = _Relay()  # owned here until the result is delivered; never a child of a dying runner
        state: dict[str, Any] = {"cancelled": False, "dialog": None}
        timer = QTimer()
        timer.setSingleShot(True)
        pending = (relay, timer, state)
        self._live[id(relay)] = pending

        def show_progress() -> None:
            parent = self.parent() if isinstance(self.parent(), QWidget) else None
            dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
            dialog.setWindowTitle(self.tr("Working"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if cancellable:
                dialog.canceled.connect(lambda: state.update(cancelled=True))
            else:
                dialog.setCancelButton(None)
            state["dialog"] = dialog
            dialog.show()

        timer.timeout.connect(show_progress)
        if not quiet:
            timer.start(SHOW_AFTER_MS)

        def finish() -> bool:
            timer.stop()
            dialog = state.pop("dialog", None)
            if dialog is not None:
                dialog.hide()
                dialog.deleteLater()
            self._live.pop(id(relay), None)
            return not state["cancelled"]

        def done(result: Any) -> None:
            if finish():
                on_done(result)

        def error(exc: BaseException, tb: str) -> None:
            if finish():
                on_error(exc, tb)

        relay.done.connect(done, Qt.ConnectionType.QueuedConnection)
        relay.error.connect(error, Qt.ConnectionType.QueuedConnection)
        self.pool.start(_Job(fn, relay))
