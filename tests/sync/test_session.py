"""The staged session against an in-memory transport: the stages are transport-independent
(a USB bundle is another Transport), resumable, and the hub's acknowledgement is the truth."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core import changes
from desktop.core.workspace import Workspace
from desktop.sync import wire
from desktop.sync.client import SyncError
from desktop.sync.session import SyncSession

from .helpers import add_rows


class MemoryHub:
    """Just enough of the hub's rules: origin check, gap refusal, idempotent by (table, id, hlc)."""

    def __init__(self, point: str, pending: bool = False, fail_after: int | None = None) -> None:
        self.point, self.pending, self.fail_after = point, pending, fail_after
        self.rows: dict[tuple[str, str], str] = {}
        self.acked = 0
        self.pushes = 0
        self.province: list[dict] = []
        self.skew_ms = 0

    def hello(self) -> dict:
        return wire.hello("k", 0, "c")

    def state(self) -> dict:
        return {"acked_seq": self.acked}

    def push(self, chunk: wire.PushChunk) -> wire.PushAck:
        if self.fail_after is not None and self.pushes >= self.fail_after:
            raise SyncError("sync-unreachable", url="memory")
        self.pushes += 1
        records = [json.loads(r) if isinstance(r, str) else r for r in chunk.records]
        assert all(r["origin"] == self.point for r in records)
        if chunk.from_seq > self.acked and not self.pending:
            raise SyncError("sync-chunk-gap", acked_seq=self.acked)
        if self.pending:
            return wire.PushAck(self.acked, pending=True)
        for r in records:
            key = (r["table"], r["id"])
            assert self.rows.get(key, "") <= r["hlc"]
            self.rows[key] = r["hlc"]
        self.acked = max(self.acked, chunk.to_seq)
        return wire.PushAck(self.acked, len(chunk.records))

    def pull(self, stream: str, after: int, limit: int = wire.CHUNK_ROWS) -> wire.PullChunk:
        part = self.province[after:after + limit]
        return wire.PullChunk(stream, after + len(part), after + len(part) < len(self.province), part)

    def media_missing(self, hashes: list[str]) -> list[str]:
        return []


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    add_rows(workspace, visits=950, participants=20)
    return workspace


def own_keys(ws: Workspace) -> dict[tuple[str, str], str]:
    batch = changes.read_changes(ws.store, 0, ws.store.origin, limit=10**6)
    return {(r["table"], r["id"]): r["hlc"] for r in batch.decoded()}


def test_a_session_delivers_everything_and_records_the_acknowledgement(ws: Workspace) -> None:
    hub = MemoryHub(ws.store.origin)
    hub.province = [wire.record("reference_item", f"r{i}", wire.PROVINCE_STREAM, wire.hlc_text(i + 1, 0, "province"),
                                0, {"list": "topics", "code": f"t{i}", "name_vi": f"Chủ đề {i}"}) for i in range(250)]
    result = SyncSession(ws, hub, rows_per_chunk=100).run()
    assert hub.rows == own_keys(ws)
    assert result.sent_rows == 971 and result.received == {"reference_item": 250}
    assert int(ws.store.get_meta("acked_seq")) == ws.store.max_seq() == result.acked_seq
    assert ws.store.get_meta("pull_cursor") == "250"
    assert SyncSession(ws, hub, rows_per_chunk=100).run().sent_rows == 0


def test_a_broken_session_resumes_without_resending_what_was_acknowledged(ws: Workspace) -> None:
    hub = MemoryHub(ws.store.origin, fail_after=4)
    with pytest.raises(SyncError):
        SyncSession(ws, hub, rows_per_chunk=100).run()
    assert ws.store.get_meta("last_sync_result") == "sync-unreachable"
    hub.fail_after = None
    pushes = hub.pushes
    result = SyncSession(ws, hub, rows_per_chunk=100).run()
    assert result.resumed and result.sent_rows == 971
    assert hub.pushes - pushes == 6  # only the chunks the hub had not acknowledged
    assert hub.rows == own_keys(ws)


def test_a_hub_that_lost_rows_gets_them_again(ws: Workspace) -> None:
    hub = MemoryHub(ws.store.origin)
    SyncSession(ws, hub, rows_per_chunk=300).run()
    hub.rows.clear()
    hub.acked = 0  # e.g. restored from an old backup
    add_rows(ws, visits=5)
    SyncSession(ws, hub, rows_per_chunk=300).run()
    assert hub.rows == own_keys(ws)


def test_a_transport_that_only_stages_chunks_leaves_the_acknowledgement_alone(ws: Workspace, tmp_path: Path) -> None:
    bundle = MemoryHub(ws.store.origin, pending=True)
    result = SyncSession(ws, bundle, rows_per_chunk=200).run()
    assert result.staged_seq == ws.store.max_seq() and result.acked_seq == 0
    assert ws.store.get_meta("acked_seq") == "0"
    assert changes.waiting_count(ws.store, 0, ws.store.origin) == 971


def test_a_session_resumed_after_its_pull_still_pulls_what_came_since(ws: Workspace) -> None:
    hub = MemoryHub(ws.store.origin)
    hub.province = [wire.record("reference_item", "r0", wire.PROVINCE_STREAM, wire.hlc_text(1, 0, "province"),
                                0, {"list": "topics", "code": "t0", "name_vi": "Chủ đề 0"})]
    media_missing = hub.media_missing

    def broken(hashes: list[str]) -> list[str]:
        raise SyncError("sync-unreachable", url="memory")

    hub.media_missing = broken  # the session dies in its media stage, after pulling
    add_material_row(ws)
    with pytest.raises(SyncError):
        SyncSession(ws, hub).run()
    assert ws.store.get_meta("pull_cursor") == "1"
    hub.province.append(wire.record("reference_item", "r1", wire.PROVINCE_STREAM, wire.hlc_text(2, 0, "province"),
                                    0, {"list": "topics", "code": "t1", "name_vi": "Chủ đề 1"}))
    hub.media_missing = media_missing
    result = SyncSession(ws, hub).run()
    assert result.resumed and result.received == {"reference_item": 2}
    assert ws.store.get("reference_item", "r1") is not None


def add_material_row(ws: Workspace) -> None:
    sha, size = ws.media.put_bytes(b"leaflet")
    material = ws.store.insert("material", {"title": "Tờ rơi", "kind": "leaflet", "created_at": "2026-01-01"})
    ws.store.insert("material_file", {"material_id": material, "lang": "vie", "media_hash": sha,
                                      "filename": "a.txt", "mime": "text/plain", "size": size,
                                      "created_at": "2026-01-01"})
