"""Read-only work off the UI thread, on its own database connection.

A SQLite connection is used only on the thread that opened it, so a background read
opens the store itself, read-only, runs one function and hands the result back to the
UI thread through a queued signal. Threads are kept alive here until they finish, so a
page closed meanwhile never destroys a running thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from desktop.core.paths import Paths
from desktop.core.store import Store

log = logging.getLogger("point.ui.background")
_running: set[QThread] = set()


class _Reader(QThread):
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, paths: Paths, work: Callable[[Store], Any]) -> None:
        super().__init__()
        self.paths = paths
        self.work = work

    def run(self) -> None:
        try:
            store = Store.open(self.paths.database, readonly=True)
            try:
                result = self.work(store)
            finally:
                store.close()
        except Exception as exc:  # reported on the UI thread, never silently lost
            log.exception("background read failed")
            self.failed.emit(str(exc))
            return
        self.done.emit(result)


class _Keeper(QObject):
    """Lives on the UI thread; forgets a thread once it has really ended."""

    def forget(self) -> None:
        thread = self.sender()
        if isinstance(thread, QThread):
            thread.wait()
            _running.discard(thread)


_keeper: _Keeper | None = None


def keep_alive(thread: QThread) -> None:
    """Hold a worker thread until it has ended, so a page closed meanwhile never destroys
    it (call before `thread.start()`, from the UI thread)."""
    global _keeper
    if _keeper is None:
        _keeper = _Keeper()
    thread.finished.connect(_keeper.forget)
    _running.add(thread)


def read_in_background(paths: Paths, work: Callable[[Store], Any], receiver: QObject,
                       on_done: Callable[[Any], None],
                       on_failed: Callable[[str], None] | None = None) -> QThread:
    """Run `work(store)` on a worker thread; `on_done(result)` runs on the UI thread, or
    `on_failed(message)` there if the read failed (it is logged either way). Both are
    connected before the thread starts, so a read that ends at once is never lost."""
    thread = _Reader(paths, work)
    thread.done.connect(on_done)  # queued: `on_done` belongs to `receiver`'s thread
    if on_failed is not None:
        thread.failed.connect(on_failed)
    keep_alive(thread)
    thread.start()
    return thread


def wait_for_all(timeout_ms: int = 5000) -> None:
    """Let running worker threads finish (reads and sync jobs; at exit and in tests)."""
    for thread in list(_running):
        thread.wait(timeout_ms)
