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

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
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
        self._live: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException, str], None],
        label: str,
        cancellable: bool = False,
    ) -> None:
        """Run `fn()`; then `on_done(result)` or `on_error(exception, traceback_text)`.

        With `cancellable`, a Cancel press drops the result (the work itself cannot be stopped
        mid-way, but nothing it returns is applied).
        """
        if self.synchronous:
            try:
                result = fn()
            except Exception as e:
                on_error(e, traceback.format_exc())
                return
            on_done(result)
            return

        relay = _Relay(self)
        self._live.add(relay)
        state = {"cancelled": False, "finished": False}
        parent = self.parent() if isinstance(self.parent(), QWidget) else None
        dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        dialog.setWindowTitle(self.tr("Working"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.hide()
        timer = QTimer(relay)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: None if state["finished"] else dialog.show())
        timer.start(SHOW_AFTER_MS)

        def cancel() -> None:
            state["cancelled"] = True

        dialog.canceled.connect(cancel)

        def finish() -> None:
            state["finished"] = True
            timer.stop()
            dialog.hide()
            dialog.deleteLater()
            self._live.discard(relay)
            relay.deleteLater()

        @Slot(object)
        def done(result: Any) -> None:
            finish()
            if not state["cancelled"]:
                on_done(result)

        @Slot(object, str)
        def error(exc: BaseException, tb: str) -> None:
            finish()
            if not state["cancelled"]:
                on_error(exc, tb)

        relay.done.connect(done, Qt.ConnectionType.QueuedConnection)
        relay.error.connect(error, Qt.ConnectionType.QueuedConnection)
        self.pool.start(_Job(fn, relay))
