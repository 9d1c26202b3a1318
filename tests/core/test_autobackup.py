"""Automatic backups: due check, rotation with fake dates, disk nearly full."""

from __future__ import annotations

import shutil
from collections import namedtuple
from datetime import datetime, timedelta

from desktop.core import autobackup
from desktop.core.paths import Paths
from desktop.core.workspace import Workspace

Usage = namedtuple("Usage", "total used free")


def _fake(paths: Paths, when: datetime, prefix: str = autobackup.AUTO_PREFIX) -> str:
    paths.backups.mkdir(parents=True, exist_ok=True)
    name = f"{prefix}P01-{when:%Y%m%d-%H%M%S}.sqlite3"
    (paths.backups / name).write_bytes(b"x")
    return name


def test_due_when_none_or_older_than_a_day(tmp_path) -> None:
    paths = Paths(tmp_path)
    now = datetime(2026, 3, 10, 9, 0)
    assert autobackup.is_due(paths, now)
    _fake(paths, now - timedelta(hours=23))
    assert not autobackup.is_due(paths, now)
    assert autobackup.is_due(paths, now + timedelta(hours=2))
    # A manual backup does not count as the automatic one.
    other = Paths(tmp_path / "other")
    _fake(other, now, prefix="point-backup-")
    assert autobackup.is_due(other, now)


def test_rotation_keeps_seven_daily_and_four_weekly(tmp_path) -> None:
    paths = Paths(tmp_path)
    start = datetime(2026, 1, 1, 8, 0)  # a Thursday
    for day in range(60):
        _fake(paths, start + timedelta(days=day))
        _fake(paths, start + timedelta(days=day, hours=6))  # two a day: only the newest stays
    manual = _fake(paths, start, prefix="point-backup-")
    autobackup.rotate(paths, keep_daily=7, keep_weekly=4)
    kept = sorted(b.taken for b in autobackup.list_backups(paths) if b.automatic)
    last = start + timedelta(days=59, hours=6)
    daily = [last - timedelta(days=n) for n in range(7)]
    assert set(daily) <= set(kept)
    weeks = {t.isocalendar()[:2] for t in kept}
    assert len(weeks) == 4
    assert len(kept) == 7 + 3  # this week's newest is also today's
    assert (paths.backups / manual).exists()


def test_run_if_due_makes_a_readable_copy(tmp_path) -> None:
    with Workspace.create(Paths(tmp_path / "d"), "P01", "Điểm") as ws:
        first = autobackup.run_if_due(ws.paths)
        assert first is not None and first.name.startswith(autobackup.AUTO_PREFIX)
        assert autobackup.run_if_due(ws.paths) is None
        assert autobackup.list_backups(ws.paths)[0].point == "P01"


def test_disk_nearly_full(tmp_path, monkeypatch) -> None:
    paths = Paths(tmp_path)
    gb = 1_000_000_000
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: Usage(100 * gb, 99 * gb, gb // 2))
    assert autobackup.disk_space(paths).nearly_full
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: Usage(500 * gb, 480 * gb, 20 * gb))
    assert autobackup.disk_space(paths).nearly_full  # 4 %
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: Usage(100 * gb, 50 * gb, 50 * gb))
    assert not autobackup.disk_space(paths).nearly_full
