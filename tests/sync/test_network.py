"""Network sync against the real hub process (SQLite and PostgreSQL): the issue's scenarios."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from desktop.core import changes
from desktop.core.media import sha256_file
from desktop.sync import keys, wire
from desktop.sync.client import HubClient, SyncError
from desktop.sync.service import sync_status
from tests.hubproc import HubProcess

from .helpers import Point, add_material, add_rows, assert_same, enroll, hub_rows, make_point

TEN_YEARS_MS = 10 * 365 * 24 * 3600 * 1000


def client_for(point: Point, hub: HubProcess) -> HubClient:
    with point.open() as ws:
        hub_key = ws.store.get_meta("hub_key")
    return HubClient(hub.url, point.code, keys.load(point.paths), hub_key, retries=0)


def test_two_points_sync_and_the_hub_holds_exactly_their_rows(hub: HubProcess, tmp_path: Path) -> None:
    a = make_point(tmp_path, "XA-00001", visits=700, participants=30)
    b = make_point(tmp_path, "XA-00002", visits=300)
    for p in (a, b):
        enroll(hub, p)
        done = p.cli("sync", "--json")
        assert done.code == 0, done.err
        assert done.json()["sent_rows"] == len(p.rows())
    assert_same(a.rows(), hub_rows(hub, a.code))
    assert_same(b.rows(), hub_rows(hub, b.code))
    status = {p["point"]: p for p in hub.cli("status", "--json").json()["points"]}
    assert status[a.code]["rows"]["visit"] == 700 and status[a.code]["rows"]["participant"] == 30
    assert status[b.code]["rows"] == {"point": 1, "visit": 300}
    with a.open() as ws:
        assert status[a.code]["acknowledged_seq"] == ws.store.max_seq()
        assert ws.status()["acknowledged_seq"] == ws.store.max_seq()
        assert ws.store.get_meta("last_sync_at")
    # Nothing new: nothing sent, said plainly (no empty breakdown, one "push" stage before
    # the pull: the finish stage's closing acknowledgement is not shown as more sending).
    quiet = a.cli("--lang", "en", "sync")
    assert quiet.code == 0, quiet.err
    lines = quiet.out.splitlines()
    assert "Sent 0 records" in lines and "Received 0 records" in lines
    stages = [line.split()[0] for line in lines if line.startswith("  ")]
    assert stages == ["prepare", "push", "pull", "media", "finish"], lines
    with a.open() as ws:
        add_rows(ws, visits=5)
        ws.store.update("visit", ws.store.query("SELECT id FROM visit LIMIT 1")[0][0], {"village": "Bản Kéo"})
    assert a.cli("sync", "--json").json()["sent"] == {"visit": 6}
    assert_same(a.rows(), hub_rows(hub, a.code))
    st = sync_status(a.paths, probe=True)
    assert st.connection == "online" and st.waiting == 0 and st.last_result == "ok"
    assert st.acked_seq == st.local_seq and not st.clock_warning


def test_the_same_chunk_twice_changes_nothing(hub: HubProcess, tmp_path: Path) -> None:
    a = make_point(tmp_path, "XA-00003", visits=50)
    enroll(hub, a)
    with a.open() as ws:
        batch = changes.read_changes(ws.store, 0, a.code)
    client = client_for(a, hub)
    client.hello()
    chunk = wire.PushChunk(a.code, 0, batch.to_seq, batch.records)
    first = client.push(chunk)
    before = hub_rows(hub, a.code)
    second = client.push(chunk)
    assert (first.applied, second.applied) == (51, 0)
    assert second.acked_seq == first.acked_seq == batch.to_seq
    assert hub_rows(hub, a.code) == before
    # A chunk that would leave a gap is refused with what the hub holds.
    with pytest.raises(SyncError) as err:
        client.push(wire.PushChunk(a.code, batch.to_seq + 10, batch.to_seq + 20, []))
    assert err.value.code == "sync-chunk-gap" and err.value.params["acked_seq"] == batch.to_seq


def test_rows_of_another_point_are_refused_whole(hub: HubProcess, tmp_path: Path) -> None:
    a, b = make_point(tmp_path, "XA-00004", visits=3), make_point(tmp_path, "XA-00005", visits=3)
    enroll(hub, a)
    enroll(hub, b)
    with b.open() as ws:
        theirs = changes.read_changes(ws.store, 0, b.code).records
    with a.open() as ws:
        mine = changes.read_changes(ws.store, 0, a.code)
    client = client_for(a, hub)
    for chunk in (wire.PushChunk(a.code, 0, mine.to_seq, mine.records + theirs[:1]),
                  wire.PushChunk(b.code, 0, mine.to_seq, theirs)):
        with pytest.raises(SyncError) as err:
            client.push(chunk)
        assert err.value.code == "sync-origin-mismatch"
    assert hub_rows(hub, a.code) == [] and hub_rows(hub, b.code) == []


def test_revoked_point_is_refused_with_a_clear_message(hub: HubProcess, tmp_path: Path) -> None:
    a = make_point(tmp_path, "XA-00006", visits=3)
    enroll(hub, a)
    assert hub.cli("point", "revoke", a.code).code == 0
    done = a.cli("--lang", "en", "sync")
    assert done.code == 1 and "revoked" in done.err and "Traceback" not in done.err
    assert len(done.err.strip().splitlines()) == 1
    assert "thu hồi" in a.cli("sync").err
    assert sync_status(a.paths, probe=True).connection == "revoked"
    assert hub_rows(hub, a.code) == []


def test_requests_are_signed_replay_safe_and_tamper_evident(hub: HubProcess, tmp_path: Path) -> None:
    a = make_point(tmp_path, "XA-00007")
    enroll(hub, a)
    client = client_for(a, hub)
    client.hello()
    headers = client._sign("GET", "/v1/state", b"")
    first = requests.get(f"{hub.url}/v1/state", headers=headers, timeout=10)
    assert first.status_code == 200
    replay = requests.get(f"{hub.url}/v1/state", headers=headers, timeout=10)
    assert replay.status_code == 401 and replay.json()["error"]["code"] == "replay"
    body = wire.PushChunk(a.code, 0, 0, []).to_body()
    headers = {**client._sign("POST", "/v1/push", body), "Content-Type": "application/json"}
    assert requests.post(f"{hub.url}/v1/push", data=body, headers=headers, timeout=10).status_code == 200
    again = requests.post(f"{hub.url}/v1/push", data=body, headers=headers, timeout=10)
    assert again.status_code == 401 and again.json()["error"]["code"] == "replay"
    headers = client._sign("POST", "/v1/push", b"{}")
    forged = requests.post(f"{hub.url}/v1/push", data=b'{"x":1}', headers=headers, timeout=10)
    assert forged.json()["error"]["code"] == "auth-failed"
    stale = {**client._sign("GET", "/v1/state", b""), wire.H_CHALLENGE: "1000.deadbeef"}
    assert requests.get(f"{hub.url}/v1/state", headers=stale, timeout=10).json()["error"]["code"] == "auth-failed"
    # A response not signed by the enrolled hub is refused.
    impostor = HubClient(hub.url, a.code, keys.load(a.paths), wire.b64(b"\x01" * 32), retries=0)
    with pytest.raises(SyncError) as err:
        impostor.hello()
    assert err.value.code == "sync-hub-key-changed"


def test_enrolment_codes_work_once_for_one_point_and_expire(hub: HubProcess, tmp_path: Path) -> None:
    a, b = make_point(tmp_path, "XA-00008"), make_point(tmp_path, "XA-00009")
    code = enroll(hub, a)
    hub.cli("point", "add", "--code", b.code, "--name", "B")
    used = b.cli("--lang", "en", "enroll", code, "--hub", hub.url)
    assert used.code == 1 and "for point XA-00008, but this PC is point XA-00009" in used.err
    expired = hub.cli("point", "code", b.code, "--ttl-days", "-1", "--json").json()["enrol_code"]
    done = b.cli("--lang", "en", "enroll", expired, "--hub", hub.url)
    assert done.code == 1 and "expired" in done.err
    fresh = hub.cli("point", "code", a.code, "--json").json()["enrol_code"]
    other = make_point(tmp_path / "x", "XA-00008")
    assert other.cli("enroll", fresh, "--hub", hub.url).code == 0
    again = make_point(tmp_path / "y", "XA-00008")
    reused = again.cli("--lang", "en", "enroll", fresh.lower().replace("-", " "), "--hub", hub.url)
    assert reused.code == 1 and "already used" in reused.err
    bad = again.cli("--lang", "en", "enroll", "nope", "--hub", hub.url)
    assert bad.code == 1 and "16 characters" in bad.err
    # The old key of A was replaced by the new enrolment.
    assert "revoked" in a.cli("--lang", "en", "sync").err


def test_published_material_arrives_with_its_file(hub: HubProcess, tmp_path: Path) -> None:
    a = make_point(tmp_path, "XA-00010")
    enroll(hub, a)
    leaflet = tmp_path / "to-roi-hmong.txt"
    leaflet.write_bytes(("Ntawv qhia — tờ rơi song ngữ\n" * 5000).encode())
    pub = hub.cli("publish", str(leaflet), "--title", "Tờ rơi song ngữ Mông–Việt", "--lang", "hnj",
                  "--kind", "leaflet", "--json")
    assert pub.code == 0, pub.err
    done = a.cli("sync", "--json").json()
    assert done["received"] == {"material": 1, "material_file": 1} and done["media_down"] == 1
    with a.open() as ws:
        (item,) = ws.store.query("SELECT m.title, f.lang, f.media_hash FROM material m "
                                 "JOIN material_file f ON f.material_id = m.id WHERE m.deleted = 0")
        assert tuple(item) == ("Tờ rơi song ngữ Mông–Việt", "hnj", pub.json()["files"][0]["sha256"])
        sha = item[2]
        assert ws.media.verify(sha)
    # Searchable by words of its body, not only its title, as soon as the sync ends.
    found = a.cli("material", "search", "ntawv qhia", "--json").json()
    assert [hit["title"] for hit in found] == ["Tờ rơi song ngữ Mông–Việt"]
    assert a.cli("sync", "--json").json()["received"] == {}
    assert_same(a.rows(wire.PROVINCE_STREAM), hub_rows(hub, wire.PROVINCE_STREAM))


def test_point_media_goes_up_and_a_broken_download_resumes(hub: HubProcess, tmp_path: Path) -> None:
    a = make_point(tmp_path, "XA-00011")
    video = tmp_path / "clip.bin"
    video.write_bytes(bytes(range(256)) * (12 * 4096))  # 12 MiB: more than one upload piece
    with a.open() as ws:
        add_material(ws, video)
    enroll(hub, a)
    done = a.cli("sync", "--json").json()
    assert done["media_up"] == 1 and done["bytes_up"] == video.stat().st_size
    sha = sha256_file(video)
    assert (hub.data_dir / "media" / sha[:2] / sha).read_bytes() == video.read_bytes()
    # Publish it back as a province file; give the point half a download, then a bad one.
    hub.cli("publish", str(video), "--title", "Clip", "--json")
    b = make_point(tmp_path, "XA-00012")
    enroll(hub, b)
    part = b.paths.media_tmp / f"dl-{sha}.part"
    part.parent.mkdir(parents=True, exist_ok=True)
    part.write_bytes(video.read_bytes()[: 5 * 1024 * 1024])
    done = b.cli("sync", "--json").json()
    assert done["media_down"] == 1 and done["bytes_down"] == video.stat().st_size - 5 * 1024 * 1024
    c = make_point(tmp_path, "XA-00013")
    enroll(hub, c)
    part = c.paths.media_tmp / f"dl-{sha}.part"
    part.parent.mkdir(parents=True, exist_ok=True)
    part.write_bytes(b"garbage" * 1000)
    first = c.cli("sync", "--json").json()
    assert first["media_failed"] == 1 and not part.exists()
    second = c.cli("sync", "--json").json()
    assert second["media_down"] == 1
    with c.open() as ws:
        assert ws.media.verify(sha)


@pytest.mark.parametrize("offset", [TEN_YEARS_MS, -TEN_YEARS_MS])
def test_a_pc_clock_ten_years_off_still_syncs(hub: HubProcess, tmp_path: Path, offset: int) -> None:
    env = {"COMMUNE_POINT_CLOCK_OFFSET_MS": str(offset)}
    a = make_point(tmp_path, "XA-00014", visits=20, env=env)
    enroll(hub, a)
    hub.cli("publish", __file__, "--title", "Tài liệu", "--json")
    done = a.cli("sync", "--json")
    assert done.code == 0, done.err
    data = done.json()
    assert data["sent_rows"] == 21 and data["received_rows"] == 2
    assert abs(data["clock_skew_ms"] + offset) < 60_000
    assert_same(a.rows(), hub_rows(hub, a.code))
    st = sync_status(a.paths)
    assert st.clock_warning and st.waiting == 0
    with a.open() as ws:
        add_rows(ws, visits=3)
    assert a.cli("sync", "--json").json()["sent_rows"] == 3


def test_a_re_enrolled_point_gets_its_history_back(hub: HubProcess, tmp_path: Path) -> None:
    old = make_point(tmp_path / "old-pc", "XA-00015", visits=400, participants=10)
    enroll(hub, old)
    assert old.cli("sync").code == 0
    mine = old.rows()
    code = hub.cli("point", "code", old.code, "--json").json()["enrol_code"]
    new = Point(tmp_path / "new-pc" / "XA-00015", old.code)  # an empty folder on a new PC
    done = new.cli("enroll", code, "--hub", hub.url, "--json")
    assert done.code == 0, done.err
    assert done.json()["own_records_at_hub"] == len(mine)
    synced = new.cli("sync", "--json")
    assert synced.code == 0, synced.err
    assert synced.json()["recovered"] >= len(mine) - 1
    recovered = {r for r in new.rows() if r[0] != "point"}
    assert {r for r in mine if r[0] != "point"} <= recovered
    assert_same(new.rows(), hub_rows(hub, old.code))
    assert old.cli("sync").code == 1  # the old key no longer works


def _hub_data(hub: HubProcess, origin: str, table: str) -> list[dict]:
    import json

    from sqlalchemy import text

    from .helpers import hub_engine

    engine = hub_engine(hub)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT data FROM record WHERE origin = :o AND table_name = :t"),
                                {"o": origin, "t": table}).all()
    finally:
        engine.dispose()
    return [json.loads(r[0]) for r in rows]


def test_names_stay_at_the_point_unless_the_hub_collects_them(hub: HubProcess, tmp_path: Path) -> None:
    a = make_point(tmp_path, "XA-00016", participants=3)
    with a.open() as ws:
        ws.store.update("participant", ws.store.query("SELECT id FROM participant LIMIT 1")[0][0],
                        {"phone": "0912345678"})
    enroll(hub, a)
    assert a.cli("sync").code == 0
    at_hub = _hub_data(hub, a.code, "participant")
    assert len(at_hub) == 3 and {p["full_name"] for p in at_hub} == {""}
    assert {p["phone"] for p in at_hub} == {None} and {p["sex"] for p in at_hub} == {"male"}
    with a.open() as ws:
        assert ws.store.count("participant", "full_name LIKE 'Lò Văn %'") == 3
    assert_same(a.rows(), hub_rows(hub, a.code))
    # A province that asks for names gets them.
    collecting = HubProcess(tmp_path / "hub-names", env={"PROVINCE_HUB_COLLECT_NAMES": "1"}).start()
    try:
        b = make_point(tmp_path, "XA-00017", participants=2)
        enroll(collecting, b)
        assert b.cli("sync").code == 0
        assert {p["full_name"] for p in _hub_data(collecting, b.code, "participant")} == {"Lò Văn 0", "Lò Văn 1"}
    finally:
        collecting.stop()


def test_a_chunk_with_one_malformed_row_is_refused_whole(hub: HubProcess, tmp_path: Path) -> None:
    a = make_point(tmp_path, "XA-00018", visits=5)
    enroll(hub, a)
    with a.open() as ws:
        batch = changes.read_changes(ws.store, 0, a.code)
    records = batch.decoded()
    records[2]["data"] = '{"day": "2026-03-01", oops'
    client = client_for(a, hub)
    with pytest.raises(SyncError) as err:
        client.push(wire.PushChunk(a.code, 0, batch.to_seq, records))
    assert err.value.code == "sync-bad-request"
    assert hub_rows(hub, a.code) == []
    assert client.push(wire.PushChunk(a.code, 0, batch.to_seq, batch.records)).applied == 6
