"""The point's change feed: own rows only, chunked by seq; apply is idempotent last-writer-wins."""

from __future__ import annotations

import json

from desktop.core import changes
from desktop.core.hlc import HLC
from desktop.core.workspace import Workspace
from desktop.sync import wire

PROV = wire.PROVINCE_STREAM


def _visits(ws: Workspace, n: int) -> None:
    ws.store.insert_many("visit", ({"visited_at": "2026-03-01T08:00", "day": "2026-03-01",
                                    "purposes": "info"} for _ in range(n)))


def _province_material(material_id: str, title: str, hlc: str) -> dict:
    return wire.record("material", material_id, PROV, hlc, 0, {
        "title": title, "kind": "leaflet", "topics": "[]", "audiences": "[]",
        "created_at": "2026-01-01T00:00:00Z", "column_from_the_future": 1})


def test_read_changes_sends_own_rows_in_chunks_and_skips_received_ones(workspace: Workspace) -> None:
    _visits(workspace, 25)
    changes.apply_records(workspace.store, [_province_material("m1", "Tờ rơi", wire.hlc_text(1, 0, PROV))])
    origin = workspace.store.origin
    seen, after = [], 0
    while True:
        batch = changes.read_changes(workspace.store, after, origin, limit=10)
        if batch.to_seq <= after:
            break
        assert batch.scanned <= 10
        assert batch.tables == [r["table"] for r in batch.decoded()]
        seen += batch.decoded()
        after = batch.to_seq
    assert after == workspace.store.max_seq()
    assert {r["table"] for r in seen} == {"visit", "point"}
    assert len([r for r in seen if r["table"] == "visit"]) == 25
    assert all(r["origin"] == origin for r in seen)
    rec = next(r for r in seen if r["table"] == "visit")
    assert set(rec) == {"table", "id", "origin", "hlc", "deleted", "data"}
    data = json.loads(rec["data"])  # the row's columns travel as JSON text
    assert "seq" not in data and "id" not in data and data["purposes"] == "info"
    assert changes.waiting_count(workspace.store, 0, origin) == 26
    assert changes.waiting_count(workspace.store, after, origin) == 0


def test_apply_is_idempotent_keeps_hlc_and_moves_the_clock(workspace: Workspace) -> None:
    store = workspace.store
    future = wire.hlc_text(store.clock.now().wall_ms + 60_000, 3, PROV)
    rec = _province_material("m1", "Sổ tay kỹ năng số", future)
    first = changes.apply_records(store, [rec], meta={"pull_cursor": "7"})
    assert first.applied == 1 and store.get_meta("pull_cursor") == "7"
    row = store.get("material", "m1")
    assert row["hlc"] == future and row["origin"] == PROV and row["title"] == "Sổ tay kỹ năng số"
    assert store.clock.now() > HLC.parse(future)
    seq = store.max_seq()
    again = changes.apply_records(store, [rec, rec])
    assert again.applied == 0 and again.unchanged == 2
    assert store.max_seq() == seq  # nothing was written
    # Received rows are never sent back.
    assert all(r["origin"] == store.origin for r in changes.read_changes(store, 0, store.origin).decoded())


def test_last_writer_wins_and_the_loser_is_kept(workspace: Workspace) -> None:
    store = workspace.store
    changes.apply_records(store, [_province_material("m1", "Bản cũ", wire.hlc_text(1000, 0, PROV))])
    store.update("material", "m1", {"title": "Sửa tại điểm"})  # a local edit: newer hlc by this point
    local = store.get("material", "m1")
    older = _province_material("m1", "Bản tỉnh cũ hơn", wire.hlc_text(2000, 0, PROV))
    assert changes.apply_records(store, [older]).conflicts == 1
    assert store.get("material", "m1")["title"] == "Sửa tại điểm"
    newer = _province_material("m1", "Bản tỉnh mới", wire.hlc_text(HLC.parse(local["hlc"]).wall_ms + 1, 0, PROV))
    assert changes.apply_records(store, [newer]).conflicts == 1
    assert store.get("material", "m1")["title"] == "Bản tỉnh mới"
    lost = [dict(r) for r in store.query("SELECT * FROM conflict_history ORDER BY rowid_")]
    assert [json.loads(r["lost_row"])["title"] for r in lost] == ["Bản tỉnh cũ hơn", "Sửa tại điểm"]


def test_a_synced_hard_delete_erases_the_row(workspace: Workspace) -> None:
    store = workspace.store
    changes.apply_records(store, [_province_material("m9", "Sẽ xóa", wire.hlc_text(1000, 0, PROV))])
    erase = wire.record("deletion", "material:m9", PROV, wire.hlc_text(5000, 0, PROV), 0,
                        {"table_name": "material", "row_id": "m9", "deleted_at": "2026-02-01T00:00:00Z"})
    assert changes.apply_records(store, [erase]).applied == 1
    assert store.get("material", "m9") is None
    assert store.query("SELECT hlc FROM deletion WHERE id = 'material:m9'")[0][0] == erase["hlc"]
    assert changes.apply_records(store, [erase]).applied == 0


def test_unknown_tables_are_skipped_and_children_may_come_first(workspace: Workspace) -> None:
    store = workspace.store
    child = wire.record("material_file", "f1", PROV, wire.hlc_text(10, 0, PROV), 0, {
        "material_id": "m2", "lang": "vie", "media_hash": "a" * 64, "filename": "a.pdf",
        "mime": "application/pdf", "size": 1, "created_at": "2026-01-01"})
    parent = _province_material("m2", "Cha", wire.hlc_text(11, 0, PROV))
    odd = wire.record("table_from_the_future", "x", PROV, wire.hlc_text(12, 0, PROV), 0, {})
    result = changes.apply_records(store, [child, odd, parent])
    assert result.applied == 2 and result.unknown == 1
    assert store.integrity_problems() == []
    assert changes.media_refs(store, 0, store.max_seq()) == [("a" * 64, PROV)]


def test_personal_fields_are_replaced_in_the_feed_itself(workspace: Workspace) -> None:
    workspace.store.insert("participant", {"full_name": "Lò Thị Xuân", "sex": "female", "phone": "0912",
                                           "created_at": "2026-01-01"})
    origin = workspace.store.origin
    plain = changes.read_changes(workspace.store, 0, origin).decoded()
    hidden = changes.read_changes(workspace.store, 0, origin, redact=wire.PERSONAL_FIELDS).decoded()
    (p1,) = [json.loads(r["data"]) for r in plain if r["table"] == "participant"]
    (p2,) = [json.loads(r["data"]) for r in hidden if r["table"] == "participant"]
    assert (p1["full_name"], p1["phone"]) == ("Lò Thị Xuân", "0912")
    assert (p2["full_name"], p2["phone"], p2["sex"]) == ("", None, "female")
