"""kill -9 at random moments of a sync (the client, or the hub), then finish: nothing lost,
nothing duplicated. Each kill waits until the sync has reached a randomly chosen position
(a pushed seq, a pulled cursor, bytes of an upload) and then a random few milliseconds more,
so kills land mid-request and mid-transaction. Repeat the file to shake out rare moments:
`for i in $(seq 20); do pytest -q tests/sync/test_interrupt.py || break; done`
(SYNC_KILL_SEED=N replays one run)."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.media import sha256_file
from desktop.sync import wire
from province.config import resolve
from province.hub import Hub
from province.records import write_province_rows
from tests.hubproc import HubProcess

from .helpers import Point, add_material, assert_same, enroll, hub_rows, make_point

SMALL_CHUNKS = {"COMMUNE_POINT_SYNC_CHUNK": "100"}
SEED = int(os.environ.get("SYNC_KILL_SEED", str(random.randrange(1 << 30))))


def _rng(run: int) -> random.Random:
    print(f"kill test seed {SEED} run {run}")  # shown on failure, to replay the same moments
    return random.Random(SEED * 100 + run)


def _meta(point: Point, key: str) -> int:
    try:
        conn = sqlite3.connect(f"file:{point.paths.database}?mode=ro", uri=True, timeout=1)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return 0
    return int(row[0]) if row and row[0] and str(row[0]).isdigit() else 0


def _wait_then(proc: subprocess.Popen, reached: Callable[[], bool], rng: random.Random, kill: Callable[[], None],
               timeout: float = 60) -> bool:
    """Kill when `reached()` (plus 0-25 ms); False if the sync ended first."""
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        if reached():
            time.sleep(rng.uniform(0, 0.025))
            kill()
            return True
        time.sleep(0.002)
    return False


def _kill_client_at(point: Point, rng: random.Random, key: str, target: int) -> bool:
    proc = point.popen("sync", env=SMALL_CHUNKS)
    hit = _wait_then(proc, lambda: _meta(point, key) >= target, rng, proc.kill)
    proc.wait(60)
    proc.stderr.close()
    return hit


def _finish(point: Point) -> dict:
    done = point.cli("sync", "--json", env=SMALL_CHUNKS)
    assert done.code == 0, done.err
    return done.json()


def _publish_rows(hub: HubProcess, n: int, start: int = 0) -> None:
    with Hub(resolve(hub.data_dir, hub.db)) as h:
        write_province_rows(h.db, [("reference_item", f"ref-{i}", {
            "list": "topics", "code": f"t{i}", "name_vi": f"Chủ đề {i}", "sort": i, "active": 1}, 0)
            for i in range(start, start + n)])


def _max_seq(point: Point) -> int:
    with point.open() as ws:
        return ws.store.max_seq()


@pytest.mark.parametrize("run", range(3))
def test_kill_the_client_during_push_and_pull(hub: HubProcess, tmp_path: Path, run: int) -> None:
    rng = _rng(run)
    a = make_point(tmp_path, "XA-K0001", visits=5000, participants=300)
    _publish_rows(hub, 3000)
    enroll(hub, a)
    top = _max_seq(a)
    hits = 0
    for target in sorted(rng.sample(range(1, top), 2)):  # two kills while pushing
        hits += _kill_client_at(a, rng, "acked_seq", target)
    hits += _kill_client_at(a, rng, "pull_cursor", rng.randint(1, 2900))  # one while pulling
    with a.open() as ws:  # the operator keeps working between attempts
        ws.store.insert_many("visit", ({"visited_at": "2026-04-01T09:00", "day": "2026-04-01",
                                        "purposes": "legal"} for _ in range(250)))
    _publish_rows(hub, 500, start=3000)
    hits += _kill_client_at(a, rng, "acked_seq", _meta(a, "acked_seq") + rng.randint(1, 400))
    assert hits >= 3, f"only {hits} kills landed inside a sync"
    _finish(a)
    assert_same(a.rows(), hub_rows(hub, a.code))
    assert_same(a.rows(wire.PROVINCE_STREAM), hub_rows(hub, wire.PROVINCE_STREAM))
    with a.open() as ws:
        assert int(ws.store.get_meta("acked_seq")) == ws.store.max_seq()
    assert _finish(a)["sent_rows"] == 0


@pytest.mark.parametrize("run", range(3))
def test_kill_the_hub_during_a_sync(hub: HubProcess, tmp_path: Path, run: int) -> None:
    rng = _rng(run)
    a = make_point(tmp_path, "XA-K0002", visits=5000, participants=300)
    b = make_point(tmp_path, "XA-K0003", visits=2000)
    _publish_rows(hub, 2000)
    enroll(hub, a)
    enroll(hub, b)
    syncs = [p.popen("sync", env=SMALL_CHUNKS) for p in (a, b)]
    target = rng.randint(1, _max_seq(a))
    hit = _wait_then(syncs[0], lambda: _meta(a, "acked_seq") >= target, rng, hub.kill)
    hub.kill()
    hub.start()  # same port, same data; the clients' retries may carry on by themselves
    for proc in syncs:
        proc.wait(120)
        proc.stderr.close()
    assert hit, "the sync ended before the hub was killed"
    for p in (a, b):
        _finish(p)
        assert_same(p.rows(), hub_rows(hub, p.code))
        assert_same(p.rows(wire.PROVINCE_STREAM), hub_rows(hub, wire.PROVINCE_STREAM))


def test_kill_during_a_media_upload_resumes_and_verifies(hub: HubProcess, tmp_path: Path) -> None:
    rng = _rng(0)
    a = make_point(tmp_path, "XA-K0004")
    clip = tmp_path / "clip.bin"
    clip.write_bytes(os.urandom(96 * 1024 * 1024))
    with a.open() as ws:
        add_material(ws, clip)
    enroll(hub, a)
    sha = sha256_file(clip)
    part = hub.data_dir / "media" / "tmp" / f"up-{a.code}-{sha}.part"

    def uploaded() -> int:
        return part.stat().st_size if part.exists() else 0

    # Kill points in the first half of the file: on loopback the rest of a large upload
    # still takes longer than the kill's random 0-25 ms delay, so each kill lands mid-file.
    for fraction in sorted(rng.uniform(0.05, 0.45) for _ in range(2)):
        proc = a.popen("sync", env=SMALL_CHUNKS)
        target = int(fraction * clip.stat().st_size)
        assert _wait_then(proc, lambda t=target: uploaded() >= t, rng, proc.kill), "upload ended first"
        proc.wait(60)
        proc.stderr.close()
        assert 0 < uploaded() < clip.stat().st_size, "the kill did not land inside the upload"
    done = _finish(a)
    assert done["media_up"] == 1 and done["bytes_up"] < clip.stat().st_size  # resumed, not restarted
    stored = hub.data_dir / "media" / sha[:2] / sha
    assert stored.exists() and sha256_file(stored) == sha and not part.exists()
    assert_same(a.rows(), hub_rows(hub, a.code))
