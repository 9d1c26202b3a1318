"""Backups, restore and integrity checks of a point's data folder."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from . import schema
from .errors import StoreError
from .media import sha256_file
from .paths import Paths
from .store import Store

log = logging.getLogger("point.maintenance")
BACKUP_PREFIX = "point-backup-"


def backup(store: Store, paths: Paths, to_dir: Path | None = None,
           prefix: str = BACKUP_PREFIX) -> Path:
    """Write a consistent copy of the database (SQLite online backup); returns its path."""
    target_dir = to_dir or paths.backups
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"{prefix}{store.origin}-{stamp}.sqlite3"
    n = 1
    while target.exists():
        target = target_dir / f"{prefix}{store.origin}-{stamp}-{n}.sqlite3"
        n += 1
    tmp = target.with_suffix(".part")
    try:
        store.backup_to(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno == 28:
            raise StoreError("disk-full") from exc
        raise StoreError("backup-failed", detail=str(exc)) from exc
    log.info("backup written to %s", target)
    return target


def validate_backup(file: Path) -> str:
    """Check that a file is a healthy point database this version can open; returns its code."""
    if not file.is_file():
        raise StoreError("backup-missing", path=str(file))
    try:
        conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        try:
            schema.check_not_newer(conn)
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise StoreError("backup-corrupt", path=str(file))
            row = conn.execute("SELECT value FROM meta WHERE key = 'point_code'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise StoreError("backup-corrupt", path=str(file)) from exc
    if not row:
        raise StoreError("backup-corrupt", path=str(file))
    return row[0]


def restore(paths: Paths, file: Path) -> Path:
    """Replace the database with a backup; the current one is kept aside first.

    Call with the database closed. Returns where the previous database was saved.
    """
    validate_backup(file)
    paths.backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    saved = paths.backups / f"before-restore-{stamp}.sqlite3"
    if paths.database.exists():
        try:
            current = Store.open(paths.database)
        except StoreError:
            # A damaged (or otherwise unopenable) database is exactly when people restore:
            # keep its files aside as they are instead of refusing.
            current = None
            for suffix in ("", "-wal"):
                if Path(f"{paths.database}{suffix}").exists():
                    shutil.copyfile(f"{paths.database}{suffix}", f"{saved}{suffix}")
        if current is not None:
            try:
                current.backup_to(saved)
            finally:
                current.close()
    tmp = paths.database.with_suffix(".restoring")
    shutil.copyfile(file, tmp)
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    os.replace(tmp, paths.database)
    log.info("restored %s (previous database kept at %s)", file, saved)
    return saved


@dataclass
class CheckReport:
    database_problems: list[str] = field(default_factory=list)
    missing_media: list[str] = field(default_factory=list)
    damaged_media: list[str] = field(default_factory=list)
    media_checked: int = 0

    @property
    def ok(self) -> bool:
        return not (self.database_problems or self.missing_media or self.damaged_media)

    def as_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok, "database_problems": self.database_problems,
            "missing_media": self.missing_media, "damaged_media": self.damaged_media,
            "media_checked": self.media_checked,
        }


def check(store: Store, paths: Paths) -> CheckReport:
    """Integrity of the database and of every media file it refers to."""
    report = CheckReport(database_problems=store.integrity_problems())
    hashes = {r[0] for r in store.query(
        "SELECT media_hash FROM material_file WHERE deleted = 0 "
        "UNION SELECT cover_hash FROM material WHERE cover_hash IS NOT NULL AND deleted = 0"
    )}
    for sha in sorted(hashes):
        path = paths.media_file(sha)
        if not path.is_file():
            report.missing_media.append(sha)
        elif sha256_file(path) != sha:
            report.damaged_media.append(sha)
        report.media_checked += 1
    return report
