"""Automatic backups at the point (sao lưu tự động): when one is due, rotation, disk space."""

from __future__ import annotations

import logging
import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from . import maintenance
from .paths import Paths
from .store import Store

log = logging.getLogger("point.autobackup")

AUTO_PREFIX = "point-auto-"
INTERVAL = timedelta(hours=24)
KEEP_DAILY, KEEP_WEEKLY = 7, 4  # defaults; meta keys backup_keep_daily / backup_keep_weekly
LOW_FREE_BYTES = 1_000_000_000
LOW_FREE_SHARE = 0.05
_NAME = re.compile(r"^(point-auto-|point-backup-|before-restore-)(?:(.+)-)?(\d{8}-\d{6})(?:-\d+)?\.sqlite3$")


@dataclass(frozen=True)
class BackupFile:
    """One database copy in the backups folder."""

    path: Path
    taken: datetime
    size: int
    automatic: bool
    point: str | None


def list_backups(paths: Paths) -> list[BackupFile]:
    """Every backup in the point's backups folder, newest first."""
    found = []
    for path in paths.backups.glob("*.sqlite3") if paths.backups.is_dir() else ():
        match = _NAME.match(path.name)
        if not match:
            continue
        taken = datetime.strptime(match.group(3), "%Y%m%d-%H%M%S")
        found.append(BackupFile(path, taken, path.stat().st_size,
                                match.group(1) == AUTO_PREFIX, match.group(2)))
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def last_automatic(paths: Paths) -> datetime | None:
    """When the newest automatic backup was taken (local time), or None."""
    return next((b.taken for b in list_backups(paths) if b.automatic), None)


def is_due(paths: Paths, now: datetime | None = None, interval: timedelta = INTERVAL) -> bool:
    """Whether the last automatic backup is older than the interval (or there is none)."""
    last = last_automatic(paths)
    now = now or datetime.now()
    # A backup "from the future" means the PC clock was moved back: take a new one.
    return last is None or now - last >= interval or last > now + timedelta(minutes=5)


def keep_settings(store: Store) -> tuple[int, int]:
    """How many daily and weekly automatic backups to keep (meta, else 7 and 4)."""
    def number(key: str, default: int) -> int:
        try:
            return max(1, int(store.get_meta(key) or default))
        except ValueError:
            return default
    return number("backup_keep_daily", KEEP_DAILY), number("backup_keep_weekly", KEEP_WEEKLY)


def rotate(paths: Paths, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY) -> list[Path]:
    """Delete old automatic backups; returns what was deleted.

    Like `restic forget --keep-daily N --keep-weekly M`: the newest backup of each of the
    last N days that have one, and of each of the last M ISO weeks, are kept. Manual
    backups and the copies kept before a restore are never touched.
    """
    automatic = [b for b in list_backups(paths) if b.automatic]
    keep: set[Path] = set()
    for bucket, count in ((lambda b: b.taken.date(), keep_daily),
                          (lambda b: b.taken.isocalendar()[:2], keep_weekly)):
        seen: list[object] = []
        for item in automatic:  # newest first, so the first of each bucket is its newest
            key = bucket(item)
            if key not in seen:
                seen.append(key)
                if len(seen) > count:
                    break
                keep.add(item.path)
    removed = []
    for item in automatic:
        if item.path not in keep:
            item.path.unlink(missing_ok=True)
            removed.append(item.path)
    if removed:
        log.info("rotation removed %d old automatic backups", len(removed))
    return removed


def run_if_due(paths: Paths, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY,
               now: datetime | None = None) -> Path | None:
    """Take an automatic backup if one is due, then rotate; returns the new file or None.

    Opens its own read-only connection, so it may run on any thread (the UI runs it on a
    worker); the online backup API gives a consistent copy while the app keeps writing.
    """
    if not is_due(paths, now):
        return None
    store = Store.open(paths.database, readonly=True)
    try:
        target = maintenance.backup(store, paths, prefix=AUTO_PREFIX)
    finally:
        store.close()
    rotate(paths, keep_daily, keep_weekly)
    return target


@dataclass(frozen=True)
class DiskSpace:
    """Free and total bytes of the disk holding the data folder."""

    free: int
    total: int

    @property
    def nearly_full(self) -> bool:
        """Under 1 GB or under 5 % free."""
        return self.free < LOW_FREE_BYTES or (self.total > 0 and self.free / self.total < LOW_FREE_SHARE)


def disk_space(paths: Paths) -> DiskSpace:
    """How full the disk holding the data folder is."""
    folder = paths.root if paths.root.exists() else paths.root.parent
    usage = shutil.disk_usage(folder)
    return DiskSpace(free=usage.free, total=usage.total)
