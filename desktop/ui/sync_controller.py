"""Sync with the province hub while the app runs: status probes, "Sync now" and the
automatic background sync with backoff, all on worker threads (never the UI thread).

One controller per main window owns the timer; the Sync page only shows what it reports.
Each job runs a desktop/sync/service.py call, which opens its own database connection.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from desktop.core.errors import PointError
from desktop.core.paths import Paths

from . import background

if TYPE_CHECKING:  # the sync modules (and their HTTP stack) load on the first job, not at start-up
    from desktop.sync import service
    from desktop.sync.client import CancelToken
    from desktop.sync.session import Progress, SyncResult

log = logging.getLogger("point.ui.sync")
PROBE_TIMEOUT_S = 3.0
FIRST_STATUS_MS = 3_000  # after start-up, so the probe never competes with the first paint
# Failures that say nothing about the hub: they do not slow the automatic sync down.
NOT_FAILURES = ("sync-cancelled", "sync-busy")



def _service() -> ModuleType:
    """desktop.sync.service, imported on first use (often on a worker thread)."""
    from desktop.sync import service

    return service


class Job(QThread):
    """Runs `work(report)` once; `report(obj)` emits `progressed` from the worker thread."""

    done = Signal(object)
    failed = Signal(str, object)  # error code, its parameters
    progressed = Signal(object)

    def __init__(self, work: Callable[[Callable[[Any], None]], Any]) -> None:
        super().__init__()
        self.work = work

    def run(self) -> None:
        try:
            result = self.work(self.progressed.emit)
        except PointError as exc:
            self.failed.emit(exc.code, dict(exc.params))
            return
        except Exception as exc:  # shown as a sentence, and the log keeps the trace
            log.exception("sync job failed")
            self.failed.emit("sync-error", {"detail": str(exc)})
            return
        self.done.emit(result)


def start_job(work: Callable[[Callable[[Any], None]], Any],
              done: Callable[[Any], None] | None = None,
              failed: Callable[[str, Any], None] | None = None,
              progressed: Callable[[Any], None] | None = None) -> Job:
    """Start a Job, kept alive here until it ends (a closed page never destroys a running thread).

    Pass the receivers here, not by connecting afterwards: they are connected before the
    thread starts, so a job that ends at once still delivers its answer. Pass bound methods
    of a UI-thread object; Qt then queues the calls to the UI thread.
    """
    job = Job(work)
    for signal, slot in ((job.done, done), (job.failed, failed), (job.progressed, progressed)):
        if slot is not None:
            signal.connect(slot)
    background.keep_alive(job)
    job.start()
    return job


def wait_for_all(timeout_ms: int = 10_000) -> None:
    """Let running jobs finish (at exit and in tests)."""
    background.wait_for_all(timeout_ms)


@dataclass
class Outcome:
    """How the last sync attempt of this session ended."""

    result: SyncResult | None = None
    code: str = "ok"
    params: dict[str, Any] = field(default_factory=dict)
    auto: bool = False

    @property
    def ok(self) -> bool:
        return self.result is not None


class SyncController(QObject):
    """Probes the hub, runs one sync at a time and schedules the next automatic one."""

    status_changed = Signal(object)  # service.SyncStatus
    progress = Signal(object)  # session.Progress
    sync_started = Signal()
    sync_finished = Signal(object)  # Outcome

    def __init__(self, paths: Paths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.status: service.SyncStatus | None = None
        self.outcome: Outcome | None = None
        self.failures = 0
        self.next_at: float | None = None  # time.monotonic() of the next automatic sync
        self.stopped = False
        self._sync_job: Job | None = None
        self._status_job: Job | None = None
        self._status_again = False
        self._token: CancelToken | None = None
        self._auto = False
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._auto_sync)

    # -- state ---------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._sync_job is not None

    @property
    def checking(self) -> bool:
        return self._status_job is not None

    def start(self) -> None:
        """Read the status (and ask the hub) shortly after start-up; schedules follow from it."""
        QTimer.singleShot(FIRST_STATUS_MS, self, self.refresh)

    def stop(self) -> None:
        """Stop the timer and any running sync (at window close); waits for the workers."""
        self.stopped = True
        self.timer.stop()
        self.next_at = None
        if self._token is not None:
            self._token.cancel()
        for job in (self._sync_job, self._status_job):
            if job is not None:
                job.wait(15_000)

    # -- status ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the sync state and probe the hub with a short timeout, off the UI thread."""
        if self.stopped:
            return
        if self._status_job is not None:
            self._status_again = True
            return
        paths = self.paths
        self._status_job = start_job(
            lambda _report: _service().sync_status(paths, probe=True, timeout=PROBE_TIMEOUT_S),
            done=self._status_read, failed=self._status_failed)

    def _status_read(self, status: service.SyncStatus) -> None:
        self._status_job = None
        self.status = status
        if not status.enrolled:
            self.timer.stop()
            self.next_at = None
        elif not self.timer.isActive() and not self.running:
            self._schedule()
        self.status_changed.emit(status)
        if self._status_again:
            self._status_again = False
            self.refresh()

    def _status_failed(self, code: str, params: dict[str, Any]) -> None:
        self._status_job = None
        log.warning("sync status could not be read: %s %s", code, params)
        if self._status_again:
            self._status_again = False
            self.refresh()

    # -- syncing --------------------------------------------------------------------------
    def sync_now(self, auto: bool = False) -> bool:
        """Start a sync on a worker thread; False when one is already running."""
        if self.running or self.stopped:
            return False
        self.timer.stop()
        self.next_at = None
        from desktop.sync.client import CancelToken

        token = self._token = CancelToken()
        paths = self.paths
        self._auto = auto
        # Bound methods of this UI-thread object, so Qt queues the calls to the UI thread.
        self._sync_job = start_job(
            lambda report: _service().run_sync(paths, progress=report, cancel=token),
            done=self._succeeded, failed=self._failed, progressed=self._progressed)
        log.info("%s sync started", "automatic" if auto else "manual")
        self.sync_started.emit()
        return True

    def cancel(self) -> None:
        """Ask the running sync to stop between steps; what was done is kept."""
        if self._token is not None:
            self._token.cancel()

    def _progressed(self, step: Progress) -> None:
        self.progress.emit(step)

    def _succeeded(self, result: SyncResult) -> None:
        self._finished(Outcome(result, "ok", {}, self._auto))

    def _failed(self, code: str, params: dict[str, Any]) -> None:
        self._finished(Outcome(None, code, params, self._auto))

    def _finished(self, outcome: Outcome) -> None:
        self._sync_job = None
        self._token = None
        self.outcome = outcome
        if outcome.ok:
            self.failures = 0
        elif outcome.code not in NOT_FAILURES:
            self.failures += 1
        if outcome.code == "sync-not-enrolled":
            self.failures = 0
        elif not self.stopped:
            self._schedule()
        self.sync_finished.emit(outcome)
        self.refresh()

    def _schedule(self) -> None:
        if self.stopped:
            return
        seconds = _service().next_attempt_in(self.failures)
        self.next_at = time.monotonic() + seconds
        self.timer.start(int(seconds * 1000))

    def _auto_sync(self) -> None:
        self.next_at = None
        if self.status is not None and self.status.enrolled:
            self.sync_now(auto=True)

    def seconds_to_next(self) -> float | None:
        return None if self.next_at is None else max(0.0, self.next_at - time.monotonic())
