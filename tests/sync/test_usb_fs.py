"""A real small file system that fills up mid-bundle (a tmpfs "stick" of 2 MiB, mounted when
the tests run as root): the operator gets a plain message, nothing importable is left, the
point's database is unchanged, and the same export succeeds once there is room."""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.sync import bundle
from tests.hubproc import HubProcess
from tests.sync.helpers import add_material, assert_same, enroll, hub_rows, make_point

CODE = "XA-07501"


def _mount(at: Path, size: str) -> bool:
    at.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(at)],
                          capture_output=True).returncode == 0


@pytest.fixture
def small_stick(tmp_path: Path) -> Iterator[Path]:
    stick = tmp_path / "stick"
    if os.geteuid() != 0 or not _mount(stick, "2m"):
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield stick
    finally:
        subprocess.run(["umount", str(stick)], capture_output=True)


def test_a_stick_that_fills_up_mid_bundle(tmp_path: Path, small_stick: Path) -> None:
    hub = HubProcess(tmp_path / "hub").start()
    try:
        point = make_point(tmp_path, CODE, visits=200)
        enroll(hub, point)
    finally:
        hub.stop()
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(os.urandom(3 * 1024 * 1024))  # more than the stick holds
    with point.open() as ws:
        add_material(ws, clip)
    db = point.paths.database
    before = hashlib.sha256(db.read_bytes()).hexdigest()

    done = point.cli("--lang", "en", "bundle", "export", "--to", str(small_stick))
    assert done.code == 1 and "is full" in done.err and "nothing half-written is left" in done.err, done.err
    assert bundle.find(small_stick) == [] and bundle.partials(small_stick, CODE, bundle.TO_PROVINCE) == []
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert point.cli("--lang", "vi", "bundle", "export", "--to", str(small_stick)).err.count("đã đầy") == 1

    # With a bigger stick the same export goes through and imports whole.
    subprocess.run(["umount", str(small_stick)], check=True)
    assert _mount(small_stick, "16m")
    out = point.cli("bundle", "export", "--to", str(small_stick), "--json")
    assert out.code == 0, out.err
    assert hub.cli("bundle", "import", str(small_stick), "--json").code == 0
    assert_same(point.rows(), hub_rows(hub, CODE))
