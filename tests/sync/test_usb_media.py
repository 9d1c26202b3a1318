"""USB bundles carry media both ways (issue 6): content-addressed, split into volumes no
larger than the limit, verified before use; a bundle missing a volume or with a bad part is
refused whole, leaving the database and the media store as they were."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.sync import bundle
from tests.hubproc import HubProcess
from tests.sync.helpers import Point, add_material, assert_same, enroll, hub_rows, make_point

CODE = "XA-07101"
LIMIT = 64 * 1024  # volumes in tests: the real limit is 2 GiB - 1


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def media_files(root: Path) -> set[str]:
    """Stored media (the temp folder excluded)."""
    return {p.name for p in (root / "media").glob("??/*") if p.is_file()}


@pytest.fixture
def hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[HubProcess]:
    monkeypatch.setenv(bundle.ENV_MAX_PART, str(LIMIT))  # inherited by every CLI run below
    proc = HubProcess(tmp_path / "hub").start()
    yield proc
    proc.stop()


@pytest.fixture
def point(tmp_path: Path, hub: HubProcess) -> Point:
    p = make_point(tmp_path, CODE, visits=10)
    enroll(hub, p)
    return p


def _video(tmp_path: Path, name: str, size: int) -> Path:
    path = tmp_path / name
    path.write_bytes(os.urandom(size))
    return path


def _cli_ok(result: object) -> dict:
    assert result.code == 0, result.err  # type: ignore[attr-defined]
    return result.json()  # type: ignore[attr-defined]


def test_media_travel_both_ways_in_volumes(tmp_path: Path, hub: HubProcess, point: Point) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    video = _video(tmp_path, "lesson.mp4", 5 * LIMIT + 1234)
    voice = _video(tmp_path, "opinion.ogg", 3 * LIMIT + 77)  # a villager's voice: personal data
    with point.open() as ws:
        add_material(ws, video)
        audio, _ = ws.media.put(voice)
        ws.feedback.add(None, audio_hash=audio, consent=True)
    leaflet = _video(tmp_path, "leaflet.pdf", 3 * LIMIT)
    _cli_ok(hub.cli("publish", str(leaflet), "--title", "Tờ rơi", "--json"))

    out = _cli_ok(point.cli("bundle", "export", "--to", str(stick), "--json"))
    assert out["media_files"] == 2 and out["media_bytes"] == video.stat().st_size + voice.stat().st_size
    folder = Path(out["bundle"])
    manifest = json.loads((folder / "manifest.json").read_bytes())
    entries = {m["sha256"]: m for m in manifest["media"]}
    assert entries[sha(video)]["cipher"] == "none"  # a material's file: public, verified by its hash
    assert entries[audio]["cipher"] == "aes-256-gcm"
    for m in entries.values():
        assert len(m["parts"]) >= 3, m  # split into volumes
    assert all(p.stat().st_size <= LIMIT for p in folder.iterdir())
    secret = b"".join((folder / p["name"]).read_bytes() for p in entries[audio]["parts"])
    assert voice.read_bytes()[1000:1064] not in secret  # encrypted on the stick
    assert manifest["media_wanted"] == []  # it has not heard of the leaflet yet: the reply brings row and file
    plain = video.read_bytes()

    got = _cli_ok(hub.cli("bundle", "import", str(stick), "--json"))
    assert [b["media_files"] for b in got["bundles"]] == [2] and got["failed"] == []
    stored = hub.data_dir / "media" / sha(video)[:2] / sha(video)
    assert stored.read_bytes() == plain
    assert (hub.data_dir / "media" / audio[:2] / audio).read_bytes() == voice.read_bytes()
    assert not list((hub.data_dir / "media" / "tmp").iterdir())
    assert_same(point.rows(), hub_rows(hub, CODE))

    reply = _cli_ok(hub.cli("bundle", "export", "--point", CODE, "--to", str(stick), "--json"))
    assert reply["media_files"] == 1 and reply["media_bytes"] == leaflet.stat().st_size
    assert all(p.stat().st_size <= LIMIT for p in Path(reply["bundle"]).iterdir())
    back = _cli_ok(point.cli("bundle", "import", str(stick), "--json"))
    assert back["media_files"] == 1 and back["delivered"] is True
    assert point.paths.media_file(sha(leaflet)).read_bytes() == leaflet.read_bytes()
    assert_same(point.rows("province"), hub_rows(hub, "province"))
    # The next bundle does not carry the video again: the province acknowledged its row.
    again = _cli_ok(point.cli("bundle", "export", "--to", str(stick), "--json"))
    assert again["media_files"] == 0 and again["media_wanted"] == 0


def _flip_at(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def _spoil_cases(folder: Path) -> dict[str, tuple]:
    """Each way of spoiling, for the volumes of every media file (public and encrypted)."""
    cases: dict[str, tuple] = {"a-part-of-the-records": (lambda f: _flip_at(f / "records-000.bin"),
                                                         "truncated or altered")}
    for m in json.loads((folder / "manifest.json").read_bytes())["media"]:
        vols = [p["name"] for p in m["parts"]]
        assert len(vols) >= 3
        middle = vols[len(vols) // 2]

        def flip(f: Path, name: str = middle) -> None:
            data = bytearray((f / name).read_bytes())
            data[len(data) // 2] ^= 0x40
            (f / name).write_bytes(bytes(data))

        def swap(f: Path, a: str = vols[0], b: str = vols[1]) -> None:
            (f / a).rename(f / "x.tmp")
            (f / b).rename(f / a)
            (f / "x.tmp").rename(f / b)

        kind = m["cipher"]
        cases |= {
            f"{kind}-missing-volume": (lambda f, name=middle: (f / name).unlink(), "lacks"),
            f"{kind}-bit-flipped-volume": (flip, "damaged" if kind == "none" else "truncated or altered"),
            f"{kind}-truncated-volume": (lambda f, name=vols[-1]: (f / name).write_bytes(
                (f / name).read_bytes()[:-5]), "truncated or altered"),
            f"{kind}-swapped-volumes": (swap, "damaged" if kind == "none" else "truncated or altered"),
        }
    return cases


def test_a_bundle_missing_a_volume_or_with_a_bad_part_is_refused_whole(tmp_path: Path, hub: HubProcess,
                                                                       point: Point) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    with point.open() as ws:
        add_material(ws, _video(tmp_path, "a.mp4", 4 * LIMIT))
        ws.feedback.add(None, audio_hash=ws.media.put(_video(tmp_path, "voice.ogg", 3 * LIMIT))[0], consent=True)
    good = Path(_cli_ok(point.cli("bundle", "export", "--to", str(stick), "--json"))["bundle"])
    hub.stop()
    assert hub.cli("status").code == 0  # folds the write-ahead log into the file
    db = hub.data_dir / "hub.sqlite3"
    before, media_before = sha(db), media_files(hub.data_dir)
    cases = _spoil_cases(good)
    assert {"none-missing-volume", "aes-256-gcm-missing-volume"} <= set(cases)
    for name, (spoil, words) in cases.items():
        bad = tmp_path / "bad" / name / "COMMUNE-SYNC" / CODE / "to-province" / good.name
        shutil.copytree(good, bad)
        spoil(bad)
        done = hub.cli("--lang", "en", "bundle", "import", str(bad))
        assert done.code == 1 and words in done.err, (name, done.err)
        assert sha(db) == before, name
        assert media_files(hub.data_dir) == media_before, name
        assert not list((hub.data_dir / "media" / "tmp").iterdir()), name

    # The reply, spoiled the same ways, is refused by the point (the hub's CLI needs no server).
    _cli_ok(hub.cli("bundle", "import", str(good), "--json"))
    _cli_ok(hub.cli("publish", str(_video(tmp_path, "b.pdf", 4 * LIMIT)), "--title", "B", "--json"))
    reply = Path(_cli_ok(hub.cli("bundle", "export", "--point", CODE, "--to", str(stick), "--json"))["bundle"])
    pdb = point.paths.database
    before, media_before = sha(pdb), media_files(point.root)
    for name, (spoil, words) in _spoil_cases(reply).items():
        bad = tmp_path / "bad-reply" / name / reply.name
        shutil.copytree(reply, bad)
        spoil(bad)
        done = point.cli("--lang", "en", "bundle", "import", str(bad))
        assert done.code == 1 and words in done.err, (name, done.err)
        assert sha(pdb) == before, name
        assert media_files(point.root) == media_before, name
    # The good reply still imports.
    assert _cli_ok(point.cli("bundle", "import", str(reply), "--json"))["media_files"] == 1


def test_the_hub_keeps_only_files_the_point_s_rows_refer_to(tmp_path: Path, hub: HubProcess, point: Point) -> None:
    """As over the network: a bundle cannot fill the province's store with unrelated files."""
    from desktop.sync import keys, wire

    stray = _video(tmp_path, "stray.bin", LIMIT)
    key = keys.load(point.paths)
    with point.open() as ws:
        hub_box = ws.store.get_meta("hub_box_key")
    crafted = bundle.write(tmp_path / "stick", kind=bundle.TO_PROVINCE, point=CODE, seq_from=0, seq_to=0,
                           records=[], signer=key.private, recipient_b64=hub_box,
                           created_hlc=wire.hlc_text(1, 0, CODE), media=[bundle.MediaOut(sha(stray), stray)])
    done = _cli_ok(hub.cli("bundle", "import", str(crafted), "--json"))
    assert done["media_files"] == 0
    assert sha(stray) not in media_files(hub.data_dir)
