"""The Sync page's API: one sync with progress and a cancel token, resumable; the status."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.sync import service
from desktop.sync.client import CancelToken, SyncError
from desktop.sync.lock import SyncLock
from desktop.sync.session import Progress
from tests.hubproc import HubProcess

from .helpers import assert_same, enroll, hub_rows, make_point


def test_progress_cancel_and_resume(hub: HubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMMUNE_POINT_SYNC_CHUNK", "100")
    a = make_point(tmp_path, "XA-UI001", visits=1000)
    enroll(hub, a)
    before = service.sync_status(a.paths)
    assert before.enrolled and before.connection == "unknown" and before.waiting == 1001
    assert before.last_sync_at is None and not before.running

    cancel = CancelToken()
    seen: list[Progress] = []

    def progress(p: Progress) -> None:
        seen.append(p)
        if p.stage == "push" and p.done >= 300:
            cancel.cancel()

    with pytest.raises(SyncError) as err:
        service.run_sync(a.paths, progress, cancel)
    assert err.value.code == "sync-cancelled"
    middle = service.sync_status(a.paths)
    assert middle.last_result == "sync-cancelled" and middle.resumable_stage == "push"
    assert 0 < middle.acked_seq < middle.local_seq and 0 < middle.waiting < 1001

    stages: list[str] = []
    result = service.run_sync(a.paths, lambda p: stages.append(p.stage))
    assert result.resumed and result.sent_rows == 1001  # counts cover the whole session
    assert stages[0] == "prepare" and stages[-1] == "finish"
    assert {"push", "pull", "media"} <= set(stages)
    assert_same(a.rows(), hub_rows(hub, a.code))
    after = service.sync_status(a.paths, probe=True)
    assert after.connection == "online" and after.waiting == 0 and after.last_result == "ok"
    assert after.resumable_stage is None and after.clock_skew_ms is not None


def test_one_sync_at_a_time_and_offline_status(hub: HubProcess, tmp_path: Path) -> None:
    a = make_point(tmp_path, "XA-UI002", visits=10)
    enroll(hub, a)
    with SyncLock(service.lock_path(a.paths)):
        assert service.sync_status(a.paths).running
        with pytest.raises(SyncError) as err:
            service.run_sync(a.paths)
        assert err.value.code == "sync-busy"
    hub.stop()
    assert service.sync_status(a.paths, probe=True, timeout=1).connection == "offline"
    fresh = make_point(tmp_path, "XA-UI003")
    assert service.sync_status(fresh.paths, probe=True).connection == "not-enrolled"
    with pytest.raises(SyncError) as err:
        service.run_sync(fresh.paths)
    assert err.value.code == "sync-not-enrolled"


def test_background_backoff_grows_and_is_capped() -> None:
    delays = [service.next_attempt_in(n, jitter=0) for n in range(8)]
    assert delays[0] == service.AUTO_SYNC_S and delays[1] == 2 * service.AUTO_SYNC_S
    assert delays[-1] == service.MAX_BACKOFF_S and delays == sorted(delays)
