"""The USB service API the "Sync by USB" screen calls (desktop/sync/usb.py): summaries,
progress, status, what waits on a stick, and errors a user can read (vi and en)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.messages import message
from desktop.sync import bundle, usb
from desktop.sync.client import SyncError
from tests.hubproc import HubProcess
from tests.sync.helpers import Point, add_material, enroll, make_point

CODE = "XA-07401"


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[HubProcess]:
    proc = HubProcess(tmp_path / "hub").start()
    yield proc
    proc.stop()


@pytest.fixture
def point(tmp_path: Path, hub: HubProcess) -> Point:
    p = make_point(tmp_path, CODE, visits=50, participants=5)
    enroll(hub, p)
    return p


def test_export_import_summaries_progress_and_status(tmp_path: Path, hub: HubProcess, point: Point) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(os.urandom(40 * 1024 * 1024))
    with point.open() as ws:
        add_material(ws, clip)
    assert usb.usb_status(point.paths)["last_export"] is None
    seen: list[tuple[int, int]] = []
    out = usb.export_to(point.paths, stick, progress=lambda done, total: seen.append((done, total)))
    assert out["records"] == 58 and out["media_files"] == 1 and out["media_bytes"] == clip.stat().st_size
    assert out["counts"]["visit"] == 50 and Path(out["bundle"]).is_dir()
    assert seen[-1][0] == seen[-1][1] >= clip.stat().st_size  # ends at 100 %
    assert sum(1 for d, t in seen if 0 < d < t) >= 2  # and moves inside the file (the screen's bar, Stop)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    status = usb.usb_status(point.paths)
    assert status["last_export"]["bundle"] == out["bundle"] and status["last_export"]["seq_to"] == out["seq_to"]
    assert status["waiting"] == 58 and status["delivered"] is False and status["last_import"] is None

    assert usb.pending_on(stick, CODE) == []
    assert hub.cli("bundle", "import", str(stick)).code == 0
    assert hub.cli("bundle", "export", "--point", CODE, "--to", str(stick)).code == 0
    waiting = usb.pending_on(stick, CODE)
    assert len(waiting) == 1 and waiting[0]["acked_seq"] == out["seq_to"]
    assert usb.pending_on(stick, "XA-99999") == []
    got = usb.import_from(point.paths, stick, progress=lambda d, t: None)
    assert got["acked_seq"] == out["seq_to"] and got["delivered"] is True and len(got["bundles"]) == 1
    status = usb.usb_status(point.paths)
    assert status["delivered"] and status["last_import"]["acked_seq"] == out["seq_to"]
    assert usb.pending_on(stick, CODE) == []


def _words(exc: Exception) -> tuple[str, str]:
    code, params = exc.code, exc.params  # type: ignore[attr-defined]
    return message(code, "vi", **params), message(code, "en", **params)


def test_errors_a_user_understands(tmp_path: Path, hub: HubProcess, point: Point) -> None:
    gone = tmp_path / "removed-stick"
    with pytest.raises(usb.StickError) as caught:
        usb.export_to(point.paths, gone)
    assert caught.value.code == "usb-stick-missing"
    vi, en = _words(caught.value)
    assert "USB" in vi and "removed" in en and str(gone) in en
    assert not gone.exists()  # nothing created where the stick was

    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(usb.UsbError) as caught:
        usb.import_from(point.paths, stick)
    assert caught.value.code == "usb-no-reply" and CODE in _words(caught.value)[1]

    # A reply meant for another point, put in this point's folder by mistake.
    other = make_point(tmp_path, "XA-07402", visits=3)
    enroll(hub, other)
    assert other.cli("bundle", "export", "--to", str(stick)).code == 0
    assert hub.cli("bundle", "import", str(stick)).code == 0
    assert hub.cli("bundle", "export", "--point", other.code, "--to", str(stick)).code == 0
    theirs = bundle.find(stick, other.code, bundle.TO_POINT)[0]
    mine = bundle.point_folder(stick, CODE, bundle.TO_POINT) / theirs.name
    shutil.copytree(theirs, mine)
    with pytest.raises(usb.BundleRefused) as caught:
        usb.import_from(point.paths, stick)
    assert caught.value.code in ("bundle-wrong-point", "bundle-not-for-us")
    assert "nothing was imported" in _words(caught.value)[1]

    # A stick that cannot be written (read-only folder): a plain message, nothing left behind.
    if os.geteuid() != 0:  # root writes anywhere
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        with pytest.raises(usb.StickError) as caught:
            usb.export_to(point.paths, ro)
        assert caught.value.code == "bundle-write-failed"
        ro.chmod(0o700)

    # Not enrolled: the sync error the network sync gives too.
    lone = make_point(tmp_path, "XA-07403", visits=1)
    with pytest.raises(SyncError) as caught:
        usb.export_to(lone.paths, stick)
    assert caught.value.code == "sync-not-enrolled"
