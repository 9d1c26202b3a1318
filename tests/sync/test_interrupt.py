"""kill -9 at random moments of a sync (the client, or the hub), then finish: nothing lost,
nothing duplicated. Run repeatedly: `pytest tests/sync/test_interrupt.py --count`-style loops
are done with `for i in $(seq 20); do pytest -q tests/sync/test_interrupt.py || break; done`."""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import pytest

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


def _kill_during(point: Point, rng: random.Random, window: tuple[float, float], times: int = 2) -> int:
    """Start `sync` and kill -9 it at a random moment, a few times; returns how many kills hit."""
    hits = 0
    for _ in range(times):
        proc = point.popen("sync", env=SMALL_CHUNKS)
        time.sleep(rng.uniform(*window))
        if proc.poll() is None:
            proc.kill()
            hits += 1
        proc.wait(60)
        proc.stderr.close()
    return hits


def _finish(point: Point) -> dict:
    done = point.cli("sync", "--json", env=SMALL_CHUNKS)
    assert done.code == 0, done.err
    return done.json()


def _publish_rows(hub: HubProcess, n: int, start: int = 0) -> None:
    with Hub(resolve(hub.data_dir, hub.db)) as h:
        write_province_rows(h.db, [("reference_item", f"ref-{i}", {
            "list": "topics", "code": f"t{i}", "name_vi": f"Chủ đề {i}", "sort": i, "active": 1}, 0)
            for i in range(start, start + n)])


@pytest.mark.parametrize("run", range(3))
def test_kill_the_client_during_push_and_pull(hub: HubProcess, tmp_path: Path, run: int) -> None:
    rng = _rng(run)
    a = make_point(tmp_path, "XA-K0001", visits=5000, participants=300)
    _publish_rows(hub, 3000)
    enroll(hub, a)
    hits = _kill_during(a, rng, (0.5, 3.5), times=3)
    with a.open() as ws:  # the operator keeps working between attempts
        ws.store.insert_many("visit", ({"visited_at": "2026-04-01T09:00", "day": "2026-04-01",
                                        "purposes": "legal"} for _ in range(250)))
    hits += _kill_during(a, rng, (0.5, 2.0), times=1)
    assert hits >= 1, "no kill landed inside a sync; widen the window"
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
    time.sleep(rng.uniform(0.6, 2.5))
    in_flight = [proc.poll() is None for proc in syncs]
    hub.kill()
    hub.start()  # same port, same data; the clients' retries may carry on by themselves
    for proc in syncs:
        proc.wait(120)
        proc.stderr.close()
    assert any(in_flight), "the hub was killed after both syncs ended; narrow the window"
    for p in (a, b):
        _finish(p)
        assert_same(p.rows(), hub_rows(hub, p.code))
        assert_same(p.rows(wire.PROVINCE_STREAM), hub_rows(hub, wire.PROVINCE_STREAM))


def test_kill_during_a_media_upload_resumes_and_verifies(hub: HubProcess, tmp_path: Path) -> None:
    rng = _rng(0)
    a = make_point(tmp_path, "XA-K0004")
    clip = tmp_path / "clip.bin"
    clip.write_bytes(os.urandom(48 * 1024 * 1024))
    with a.open() as ws:
        add_material(ws, clip)
    enroll(hub, a)
    _kill_during(a, rng, (0.8, 2.0), times=2)
    done = _finish(a)
    assert done["media_up"] in (0, 1)
    from desktop.core.media import sha256_file

    sha = sha256_file(clip)
    stored = hub.data_dir / "media" / sha[:2] / sha
    assert stored.exists() and sha256_file(stored) == sha
    assert_same(a.rows(), hub_rows(hub, a.code))
