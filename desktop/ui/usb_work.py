"""The USB panel's work on worker threads: desktop/sync/usb.py calls, each opening its own
database connection, with byte progress and Stop through a CancelToken. No widgets here.
"""

from __future__ import annotations

import errno
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core.paths import Paths
from desktop.sync import bundle, usb
from desktop.sync.client import CancelToken

from .sync_controller import Job, start_job

Report = Callable[[Any], None]


def _write_error(exc: OSError, root: str) -> usb.StickError:
    code = "bundle-no-space" if exc.errno == errno.ENOSPC else "bundle-write-failed"
    return usb.StickError(code, path=root, detail=exc.strerror or str(exc))


def _bytes_progress(report: Report, cancel: CancelToken) -> Callable[[int, int], None]:
    """Reports (done, total) bytes; raises sync-cancelled once Stop was pressed. The service
    then removes what it had half-written (export) or decrypted (import): nothing is applied."""

    def progress(done: int, total: int) -> None:
        cancel.check()
        report((done, total))
    return progress


def export_work(paths: Paths, root: str, report: Report, cancel: CancelToken) -> dict[str, Any]:
    """Write the waiting changes and media to the stick; the service's summary and the new status."""
    cancel.check()
    try:
        result = usb.export_to(paths, Path(root), progress=_bytes_progress(report, cancel))
    except OSError as exc:  # the stick vanished or refuses before the bundle's own guard
        raise _write_error(exc, root) from exc
    return {**result, "drive": root, "usb": usb.usb_status(paths)}


def other_points(root: str, point: str) -> list[str]:
    """Points other than ours with a reply on the stick (left there for them)."""
    found = set()
    for path in bundle.find(Path(root), None, bundle.TO_POINT):
        try:
            found.add(str(bundle.peek(path).get("point")))
        except bundle.BundleError:
            continue
    return sorted(found - {point})


def import_work(paths: Paths, root: str, report: Report, cancel: CancelToken) -> dict[str, Any]:
    """Apply every reply for this point found on the stick, oldest first; others are left alone."""
    point = usb.usb_status(paths)["point"]
    try:
        others = other_points(root, point)
        pending = usb.pending_on(Path(root), point)
    except OSError as exc:
        raise usb.StickError("bundle-read-failed", path=root, detail=exc.strerror or str(exc)) from exc
    cancel.check()
    result = usb.import_from(paths, Path(root), progress=_bytes_progress(report, cancel)) if pending else None
    return {"drive": root, "point": point, "imported": result, "others": others, "usb": usb.usb_status(paths)}


def replies_on(roots: list[str], point: str) -> dict[str, int]:
    """How many replies for this point each stick holds (manifests only, not verified)."""
    out = {}
    for root in roots:
        try:
            out[root] = len(usb.pending_on(Path(root), point))
        except OSError:
            out[root] = 0
    return out


def run_job(work: Callable[[Report], Any], done: Callable[[Any], None], failed: Callable[[str, Any], None],
            progressed: Callable[[Any], None] | None = None) -> Job:
    """start_job, with the work held until its signals are connected (a quick job could
    otherwise finish first and its answer be lost). Pass bound methods of a UI-thread
    object: Qt then queues the calls to the UI thread."""
    ready = threading.Event()

    def held(report: Report) -> Any:
        ready.wait()
        return work(report)

    job = start_job(held)
    job.done.connect(done)
    job.failed.connect(failed)
    if progressed is not None:
        job.progressed.connect(progressed)
    ready.set()
    return job
