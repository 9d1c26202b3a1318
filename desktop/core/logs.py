"""Logging: a rotating file in the data folder, an in-memory ring, and crash reports."""

from __future__ import annotations

import collections
import logging
import os
import sys
from datetime import datetime
from pathlib import Path

from .paths import Paths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RingHandler(logging.Handler):
    """Keeps the last lines in memory so a crash report can include them."""

    def __init__(self, size: int = 300) -> None:
        super().__init__()
        self.lines: collections.deque[str] = collections.deque(maxlen=size)
        self.setFormatter(logging.Formatter(FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


RING = RingHandler()


class RotatingFile(logging.FileHandler):
    """The log file; when a line would take it to max_bytes it becomes .1 (.1 becomes .2 …,
    the oldest of `backups` is dropped) and a new file starts.

    What logging.handlers.RotatingFileHandler does, without importing that module (sockets,
    pickle, queues: milliseconds of the window's start, budget in DESIGN.md s7).
    """

    def __init__(self, filename: str, max_bytes: int, backups: int) -> None:
        super().__init__(filename, encoding="utf-8", delay=True)
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is None:
                self.stream = self._open()
            line = self.format(record) + self.terminator
            if self.stream.tell() + len(line.encode("utf-8")) >= self.max_bytes and self.stream.tell() > 0:
                self.roll_over()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        for number in range(self.backups - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        if self.backups > 0:
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        else:
            os.remove(self.baseFilename)
        self.stream = self._open()


def setup(paths: Paths | None, verbose: bool = False) -> None:
    """Log to the rotating file under the data folder (when known) and the ring."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if RING not in root.handlers:
        root.addHandler(RING)
    if paths is not None:
        try:
            paths.logs.mkdir(parents=True, exist_ok=True)
        except OSError:
            return
        target = str(paths.log_file)
        if not any(getattr(h, "baseFilename", None) == target for h in root.handlers):
            handler = RotatingFile(target, max_bytes=2_000_000, backups=5)
            handler.setFormatter(logging.Formatter(FORMAT))
            root.addHandler(handler)


def write_crash_report(paths: Paths | None, exc: BaseException) -> Path | None:
    """Save a crash report (traceback, versions, recent log lines); returns its path."""
    import platform  # imported here: start-up does not need them
    import traceback

    from desktop import __version__

    lines = [
        f"commune-point {__version__} crash report {datetime.now().isoformat()}",
        f"python {sys.version.split()[0]} on {platform.platform()}",
        "",
        "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        "recent log lines:",
        *RING.lines,
    ]
    logging.getLogger("point.crash").error("unhandled error", exc_info=exc)
    if paths is None:
        return None
    try:
        paths.crash_reports.mkdir(parents=True, exist_ok=True)
        target = paths.crash_reports / f"crash-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.txt"
        target.write_text("\n".join(lines), encoding="utf-8")
        return target
    except OSError:
        return None
