"""Logging: a rotating file in the data folder, an in-memory ring, and crash reports."""

from __future__ import annotations

import collections
import logging
import logging.handlers
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
            handler = logging.handlers.RotatingFileHandler(
                target, maxBytes=2_000_000, backupCount=5, encoding="utf-8", delay=True
            )
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
