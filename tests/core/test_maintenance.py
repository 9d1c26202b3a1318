"""Backups, restore and the integrity check, on real files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from desktop.core import maintenance, schema
from desktop.core.errors import StoreError
from desktop.core.materials import MaterialFileIn, Materials
from desktop.core.store import Store
from desktop.core.workspace import Workspace

from .rows import make_row


def add_visits(ws: Workspace, n: int) -> None:
    ws.store.insert_many("visit", [make_row(ws.store, "visit") for _ in range(n)])


def add_material(ws: Workspace, tmp_path: Path, text: str) -> str:
    source = tmp_path / "in" / f"{hashlib.sha1(text.encode()).hexdigest()[:8]}.txt"
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text(text, encoding="utf-8")
    Materials(ws.store, ws.media).add([MaterialFileIn(source, "vie")], title=text[:40])
    return hashlib.sha256(text.encode()).hexdigest()


def file_state(path: Path) -> tuple[str, list[str]]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), sorted(p.name for p in path.parent.iterdir())


def count_in_file(path: Path, table: str) -> int:
    """Count rows reading only this file (read-only, no -wal beside a fresh copy)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[0]
    finally:
        conn.close()


# -- backup ----------------------------------------------------------------------------
def test_backup_is_a_complete_copy_that_opens_on_its_own(workspace, tmp_path):
    add_visits(workspace, 25)
    add_material(workspace, tmp_path, "Hướng dẫn sử dụng dịch vụ công trực tuyến")
    target = maintenance.backup(workspace.store, workspace.paths)
    assert target.parent == workspace.paths.backups
    assert workspace.store.origin in target.name
    assert not list(workspace.paths.backups.glob("*.part"))
    # The single file holds everything, although the live database still has a -wal.
    assert count_in_file(target, "visit") == 25
    assert count_in_file(target, "material") == 1
    alone = tmp_path / "copy" / "point.sqlite3"
    alone.parent.mkdir()
    alone.write_bytes(target.read_bytes())
    s = Store.open(alone)
    try:
        assert s.integrity_problems() == []
        assert s.origin == workspace.store.origin
        assert {t: s.count(t) for t in workspace.counts()} == workspace.counts()
    finally:
        s.close()


def test_two_backups_in_the_same_second_do_not_overwrite_each_other(workspace, tmp_path):
    first = maintenance.backup(workspace.store, workspace.paths, tmp_path / "usb")
    add_visits(workspace, 3)
    second = maintenance.backup(workspace.store, workspace.paths, tmp_path / "usb")
    assert first != second and first.parent == second.parent == tmp_path / "usb"
    assert (count_in_file(first, "visit"), count_in_file(second, "visit")) == (0, 3)


# -- restore ---------------------------------------------------------------------------
def test_restore_brings_back_the_backup_and_keeps_the_previous_data_aside(workspace):
    add_visits(workspace, 3)
    backup = maintenance.backup(workspace.store, workspace.paths)
    add_visits(workspace, 2)
    paths = workspace.paths
    workspace.close()

    saved = maintenance.restore(paths, backup)

    assert count_in_file(saved, "visit") == 5
    with Workspace.open(paths) as ws:
        assert ws.counts()["visit"] == 3
        assert ws.point.code == "XA-03325"
        add_visits(ws, 1)  # and it is a working database again
        assert ws.counts()["visit"] == 4


def corrupt_garbage(tmp_path: Path, _good: Path) -> Path:
    bad = tmp_path / "garbage.sqlite3"
    bad.write_bytes(os.urandom(64 * 1024))
    return bad


def corrupt_truncated(tmp_path: Path, good: Path) -> Path:
    bad = tmp_path / "truncated.sqlite3"
    data = good.read_bytes()
    bad.write_bytes(data[: len(data) // 3])
    return bad


def corrupt_other_sqlite(tmp_path: Path, _good: Path) -> Path:
    bad = tmp_path / "shopping.sqlite3"
    conn = sqlite3.connect(bad)
    conn.execute("CREATE TABLE item (name TEXT)")
    conn.execute("INSERT INTO item VALUES ('gạo')")
    conn.commit()
    conn.close()
    return bad


def corrupt_newer(tmp_path: Path, good: Path) -> Path:
    bad = tmp_path / "from-newer-app.sqlite3"
    bad.write_bytes(good.read_bytes())
    conn = sqlite3.connect(bad)
    conn.execute(f"PRAGMA user_version = {schema.schema_version() + 5}")
    conn.commit()
    conn.close()
    return bad


def corrupt_empty(tmp_path: Path, _good: Path) -> Path:
    bad = tmp_path / "empty.sqlite3"
    bad.write_bytes(b"")
    return bad


@pytest.mark.parametrize("make_bad, code", [
    (corrupt_garbage, "backup-corrupt"),
    (corrupt_truncated, "backup-corrupt"),
    (corrupt_other_sqlite, "backup-corrupt"),
    (corrupt_empty, "backup-corrupt"),
    (corrupt_newer, "newer-version"),
    (lambda tmp_path, _good: tmp_path / "no-such-file.sqlite3", "backup-missing"),
])
def test_a_bad_backup_is_refused_and_the_current_data_is_untouched(workspace, tmp_path, make_bad, code):
    add_visits(workspace, 40)
    good = maintenance.backup(workspace.store, workspace.paths, tmp_path / "good")
    bad = make_bad(tmp_path, good)
    paths = workspace.paths
    workspace.close()
    before = file_state(paths.database)
    bad_before = bad.read_bytes() if bad.exists() else None

    with pytest.raises(StoreError) as err:
        maintenance.restore(paths, bad)

    assert err.value.code == code
    assert file_state(paths.database) == before
    assert not list(paths.backups.glob("before-restore-*"))
    assert (bad.read_bytes() if bad.exists() else None) == bad_before
    with Workspace.open(paths) as ws:
        assert ws.counts()["visit"] == 40


# -- check -----------------------------------------------------------------------------
def test_check_passes_on_healthy_data(workspace, tmp_path):
    add_material(workspace, tmp_path, "Bản tin pháp luật cho đồng bào dân tộc thiểu số")
    add_material(workspace, tmp_path, "Tờ rơi phòng chống lừa đảo qua mạng")
    report = maintenance.check(workspace.store, workspace.paths)
    assert report.ok
    assert report.as_dict() == {"ok": True, "database_problems": [], "missing_media": [],
                                "damaged_media": [], "media_checked": 2}


def test_check_finds_a_missing_and_a_damaged_media_file(workspace, tmp_path):
    missing = add_material(workspace, tmp_path, "Sổ tay kỹ năng số cho người dân")
    damaged = add_material(workspace, tmp_path, "Hướng dẫn nuôi gà thả đồi")
    healthy = add_material(workspace, tmp_path, "Bản tin y tế cộng đồng")
    workspace.paths.media_file(missing).unlink()
    target = workspace.paths.media_file(damaged)
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x20  # one flipped bit, same size
    target.write_bytes(bytes(data))

    report = maintenance.check(workspace.store, workspace.paths)

    assert not report.ok
    assert report.missing_media == [missing]
    assert report.damaged_media == [damaged]
    assert healthy not in report.missing_media + report.damaged_media
    assert report.media_checked == 3
    assert report.database_problems == []


def test_restore_works_when_the_current_database_is_damaged(workspace, tmp_path):
    add_visits(workspace, 4)
    backup = maintenance.backup(workspace.store, workspace.paths, tmp_path / "usb")
    paths = workspace.paths
    workspace.close()
    ruined = os.urandom(32 * 1024)
    paths.database.write_bytes(ruined)  # what the "corrupt" message tells them to restore from
    with pytest.raises(StoreError) as err:
        Workspace.open(paths)
    assert err.value.code == "corrupt"

    saved = maintenance.restore(paths, backup)

    assert saved.read_bytes() == ruined  # kept aside as it was, for whoever investigates
    with Workspace.open(paths) as ws:
        assert ws.counts()["visit"] == 4
