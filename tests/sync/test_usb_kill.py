"""kill -9 during USB bundle export and import, at the point and at the hub, then repeat:
nothing lost, nothing duplicated, nothing partial importable (issue 6).

Real processes (the two CLIs), real files. Each kill waits until the operation has reached
a randomly chosen position that can be seen from outside (bytes of the unfinished bundle
folder, bytes of a media file being verified into the temp folder, the verified file
landed, the bundle renamed complete) and then a random few milliseconds more, so kills
land mid-write, mid-verification and mid-transaction. USB_KILL_SEED=N replays a run.
"""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.sync import bundle, usb
from tests.hubproc import REPO, HubProcess, Result

from .helpers import Point, add_material, assert_same, enroll, hub_rows, make_point

CODE = "XA-07301"
KILLS = int(os.environ.get("USB_KILLS", "4"))
SEED = int(os.environ.get("USB_KILL_SEED", str(random.randrange(1 << 30))))
MEDIA_BYTES = 24 * 1024 * 1024


def _rng(run: int) -> random.Random:
    print(f"usb kill test seed {SEED} run {run}")  # shown on failure, to replay the same moments
    return random.Random(SEED * 100 + run)


def _size(folder: Path) -> int:
    try:
        return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    except OSError:
        return 0


LANDED: list[str] = []


def _kill_when(proc: subprocess.Popen, reached: Callable[[], bool], rng: random.Random, timeout: float = 120) -> bool:
    """kill -9 once `reached()` (plus 0-25 ms); False if the process finished first."""
    deadline = time.monotonic() + timeout
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if reached():
                time.sleep(rng.uniform(0, 0.025))
                proc.kill()
                proc.wait(10)
                LANDED.append(" ".join(str(a) for a in proc.args[-4:]))
                return True
            time.sleep(0.001)
        proc.wait(timeout)
        return False
    finally:
        if proc.stderr is not None:
            proc.stderr.close()


def _hub_popen(hub: HubProcess, *args: str) -> subprocess.Popen:
    return subprocess.Popen([*hub._base(), *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            cwd=REPO, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def ok(result: Result) -> dict:
    assert result.code == 0, result.err
    return result.json()  # type: ignore[return-value]


def _partial_growth(parent: Path, target: int) -> Callable[[], bool]:
    def reached() -> bool:
        return any(_size(p) >= target for p in parent.glob(bundle.PARTIAL + "*")) if parent.is_dir() else False
    return reached


def _complete(parent: Path, before: set[Path]) -> Callable[[], bool]:
    return lambda: parent.is_dir() and any(p not in before and not p.name.startswith(bundle.PARTIAL)
                                           for p in parent.iterdir())


def _tmp_growth(tmp: Path, target: int) -> Callable[[], bool]:
    def reached() -> bool:
        try:
            return any(p.stat().st_size >= target for p in tmp.glob("usb-*.part"))
        except OSError:
            return False
    return reached


def _nothing_partial_imports(hub: HubProcess, point: Point, stick: Path) -> None:
    """Every unfinished folder a kill left is refused by both sides, naming the problem."""
    for kind, who in ((bundle.TO_PROVINCE, "hub"), (bundle.TO_POINT, "point")):
        for leftover in bundle.partials(stick, CODE, kind):
            done = (hub.cli("--lang", "en", "bundle", "import", str(leftover)) if who == "hub"
                    else point.cli("--lang", "en", "bundle", "import", str(leftover)))
            assert done.code == 1 and "never finished" in done.err, (leftover, done.err)


def _stored_media_intact(root: Path) -> int:
    files = [p for p in (root / "media").glob("??/*") if p.is_file()]
    for f in files:
        assert hashlib.sha256(f.read_bytes()).hexdigest() == f.name, f
    return len(files)


@pytest.fixture
def setup(tmp_path: Path) -> tuple[HubProcess, Point, Path, Path]:
    hub = HubProcess(tmp_path / "hub").start()
    point = make_point(tmp_path, CODE, visits=20000, participants=2000)
    enroll(hub, point)
    hub.stop()  # everything below is the two CLIs: USB sync needs no network
    video = tmp_path / "lesson.mp4"
    video.write_bytes(os.urandom(MEDIA_BYTES))
    with point.open() as ws:
        add_material(ws, video)
    leaflet = tmp_path / "leaflet.mp4"
    leaflet.write_bytes(os.urandom(MEDIA_BYTES))
    ok(hub.cli("publish", str(leaflet), "--title", "Video tỉnh", "--json"))
    stick = tmp_path / "stick"
    stick.mkdir()
    return hub, point, stick, video


def test_kill_9_during_usb_export_and_import_loses_nothing(setup: tuple[HubProcess, Point, Path, Path]) -> None:
    hub, point, stick, video = setup
    out_dir = bundle.point_folder(stick, CODE, bundle.TO_PROVINCE)
    reply_dir = bundle.point_folder(stick, CODE, bundle.TO_POINT)
    run = 0

    # 1. The point's export, killed at random moments; every complete bundle left is whole.
    full = ok(point.cli("bundle", "export", "--to", str(stick), "--json"))
    total = _size(Path(full["bundle"]))
    for _ in range(KILLS):
        run += 1
        rng = _rng(run)
        before = set(out_dir.iterdir())
        proc = point.popen("bundle", "export", "--to", str(stick))
        at_end = rng.random() < 0.25
        reached = _complete(out_dir, before) if at_end else _partial_growth(out_dir, int(rng.uniform(0, total)))
        _kill_when(proc, reached, rng)
        _nothing_partial_imports(hub, point, stick)
    ok(point.cli("bundle", "export", "--to", str(stick), "--json"))
    assert len(bundle.find(stick, CODE, bundle.TO_PROVINCE)) == 1 and not bundle.partials(
        stick, CODE, bundle.TO_PROVINCE)  # the finished export tidied what the kills left

    # 2. The hub's import, killed while verifying media, just after, or in the transaction.
    tmp = hub.data_dir / "media" / "tmp"
    stored = hub.data_dir / "media" / hashlib.sha256(video.read_bytes()).hexdigest()[:2]
    for _ in range(KILLS):
        run += 1
        rng = _rng(run)
        proc = _hub_popen(hub, "bundle", "import", str(stick))
        phase = rng.choice(["verify", "landed"])
        reached = (_tmp_growth(tmp, int(rng.uniform(0, MEDIA_BYTES))) if phase == "verify"
                   else (lambda: stored.is_dir() and any(stored.iterdir())))
        _kill_when(proc, reached, rng)
        _stored_media_intact(hub.data_dir)
        held = hub_rows(hub, CODE)
        assert held == [] or set(held) == set(point.rows()), "a bundle is applied whole or not at all"
    got = ok(hub.cli("bundle", "import", str(stick), "--json"))
    assert got["failed"] == []
    assert_same(point.rows(), hub_rows(hub, CODE))
    assert _stored_media_intact(hub.data_dir) == 2

    # 3. The hub's reply export, killed mid-write; the point never takes a partial reply.
    ok(hub.cli("bundle", "export", "--point", CODE, "--to", str(stick), "--json"))
    reply_total = _size(bundle.find(stick, CODE, bundle.TO_POINT)[0])
    for _ in range(KILLS):
        run += 1
        rng = _rng(run)
        before = set(reply_dir.iterdir())
        proc = _hub_popen(hub, "bundle", "export", "--point", CODE, "--to", str(stick))
        _kill_when(proc, _partial_growth(reply_dir, int(rng.uniform(0, reply_total))), rng)
        _nothing_partial_imports(hub, point, stick)
        assert len(bundle.find(stick, CODE, bundle.TO_POINT)) == 1  # the older reply stays until replaced
    ok(hub.cli("bundle", "export", "--point", CODE, "--to", str(stick), "--json"))

    # 4. The point's import, killed while verifying media, just after, or in the transaction.
    video_sha = hashlib.sha256(video.read_bytes()).hexdigest()
    province_file = [p for p in (hub.data_dir / "media").glob("??/*") if p.name != video_sha]
    point_tmp = point.paths.media_tmp
    for _ in range(KILLS):
        run += 1
        rng = _rng(run)
        proc = point.popen("bundle", "import", str(stick))
        phase = rng.choice(["verify", "landed"])
        landed = [point.paths.media_file(p.name) for p in province_file]
        reached = (_tmp_growth(point_tmp, int(rng.uniform(0, MEDIA_BYTES))) if phase == "verify"
                   else (lambda files=landed: all(f.exists() for f in files)))
        _kill_when(proc, reached, rng)
        _stored_media_intact(point.root)
        have = point.rows("province")
        assert have == [] or set(have) == set(hub_rows(hub, "province")), "a reply is applied whole or not at all"
        if not usb.pending_on(stick, CODE):  # finished before the kill: the next round needs a reply again
            ok(hub.cli("bundle", "export", "--point", CODE, "--to", str(stick), "--json"))
    ok(point.cli("bundle", "import", str(stick), "--json"))
    assert_same(point.rows("province"), hub_rows(hub, "province"))
    assert_same(point.rows(), hub_rows(hub, CODE))
    assert usb.usb_status(point.paths)["delivered"]
    assert _stored_media_intact(point.root) == 2
    print(f"{len(LANDED)} of {4 * KILLS} kills landed mid-operation")
    assert len(LANDED) >= 2 * KILLS  # most kills must land inside the operation, not after it


if __name__ == "__main__":  # pragma: no cover - `python -m tests.sync.test_usb_kill` runs it alone
    sys.exit(pytest.main([__file__, "-q"]))
