"""USB sync bundles (issue 6): a real round trip through the CLIs, and every refusal leaving
the database byte-for-byte unchanged."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.sync import bundle, usb, wire
from tests.hubproc import HubProcess
from tests.sync.helpers import Point, add_rows, assert_same, enroll, hub_rows, make_point

CODE = "XA-07001"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[HubProcess]:
    proc = HubProcess(tmp_path / "hub").start()
    yield proc
    proc.stop()


@pytest.fixture
def enrolled(tmp_path: Path, hub: HubProcess) -> Point:
    point = make_point(tmp_path, CODE, visits=30, participants=5)
    enroll(hub, point)
    leaflet = tmp_path / "leaflet.pdf"
    leaflet.write_bytes(b"%PDF-1.4 leaflet\n" * 50)
    done = hub.cli("publish", str(leaflet), "--title", "Tờ rơi", "--json")
    assert done.code == 0, done.err
    return point


def _export(point: Point, stick: Path) -> Path:
    stick.mkdir(parents=True, exist_ok=True)
    done = point.cli("bundle", "export", "--to", str(stick), "--json")
    assert done.code == 0, done.err
    return Path(done.json()["bundle"])


def _hub_import(hub: HubProcess, path: Path) -> dict:
    done = hub.cli("bundle", "import", str(path), "--json")
    assert done.code == 0, done.err
    return done.json()


def _reply(hub: HubProcess, stick: Path) -> Path:
    stick.mkdir(parents=True, exist_ok=True)
    done = hub.cli("bundle", "export", "--point", CODE, "--to", str(stick), "--json")
    assert done.code == 0, done.err
    return Path(done.json()["bundle"])


def test_round_trip_point_stick_hub_stick_point(tmp_path: Path, hub: HubProcess, enrolled: Point) -> None:
    point, stick = enrolled, tmp_path / "stick"
    out = _export(point, stick)
    assert out.parent == stick / "COMMUNE-SYNC" / CODE / "to-province" and out.name.startswith("out-0-")
    assert sorted(p.name for p in out.iterdir()) == ["manifest.json", "manifest.sig", "records-000.bin"]
    assert b"L\xc3\xb2 V\xc4\x83n" not in (out / "records-000.bin").read_bytes()  # encrypted
    first = _hub_import(hub, out)
    assert first["applied"] == first["records"] > 0
    assert_same(point.rows(), hub_rows(hub, CODE))
    # Importing twice changes nothing.
    again = _hub_import(hub, out)
    assert again["applied"] == 0
    assert_same(point.rows(), hub_rows(hub, CODE))

    reply = _reply(hub, stick)
    kept = tmp_path / "kept" / reply.name
    shutil.copytree(reply, kept)
    done = point.cli("bundle", "import", str(stick), "--json")  # finds its own reply on the stick
    assert done.code == 0, done.err
    result = done.json()
    assert not reply.exists()  # applied, so taken off the stick
    assert result["acked_seq"] == first["acked_seq"] and result["applied"] > 0
    assert_same(point.rows("province"), hub_rows(hub, "province"))
    twice = point.cli("bundle", "import", str(kept), "--json")
    assert twice.code == 0 and twice.json()["applied"] == 0
    status = point.cli("status", "--json")
    assert status.code == 0, status.err

    # The acknowledgement cursor is shared with the network sync: nothing is resent.
    with point.open() as ws:
        add_rows(ws, visits=3)
    net = point.cli("sync", "--json")
    assert net.code == 0, net.err
    assert net.json()["sent_rows"] == 3
    assert_same(point.rows(), hub_rows(hub, CODE))
    # And after the network sync a bundle carries only what came after it.
    with point.open() as ws:
        add_rows(ws, visits=2)
    later = _export(point, tmp_path / "stick2")
    assert json.loads((later / "manifest.json").read_bytes())["records"] == 2
    _hub_import(hub, later)
    assert_same(point.rows(), hub_rows(hub, CODE))


# -- refusals ------------------------------------------------------------------------------
def _resign(folder: Path, change: dict, key: Ed25519PrivateKey | None = None) -> None:
    manifest = json.loads((folder / "manifest.json").read_bytes())
    manifest.update(change)
    if key is not None:
        manifest["signer"] = bundle.raw_public(key)
    body = wire.canonical_json(manifest)
    (folder / "manifest.json").write_bytes(body)
    if key is not None:
        (folder / "manifest.sig").write_text(wire.b64(key.sign(body)))


def _flip(path: Path, at: int = 100) -> None:
    data = bytearray(path.read_bytes())
    data[min(at, len(data) - 1)] ^= 0x01
    path.write_bytes(bytes(data))


def _manifest_flip(folder: Path) -> None:
    body = (folder / "manifest.json").read_bytes()
    (folder / "manifest.json").write_bytes(body.replace(b'"seq_from":0', b'"seq_from":1'))


HUB_CASES = {
    "truncated": (lambda f: (f / "records-000.bin").write_bytes((f / "records-000.bin").read_bytes()[:-10]),
                  "bundle-part-damaged"),
    "bit-flipped-part": (lambda f: _flip(f / "records-000.bin"), "bundle-part-damaged"),
    "bit-flipped-manifest": (_manifest_flip, "bundle-bad-signature"),
    "garbled-manifest": (lambda f: _flip(f / "manifest.json", 0), "bundle-damaged"),
    "missing-part": (lambda f: (f / "records-000.bin").unlink(), "bundle-part-missing"),
    "extra-part": (lambda f: (f / "records-001.bin").write_bytes(b"x"), "bundle-part-extra"),
    "bad-signature": (lambda f: (f / "manifest.sig").write_text(wire.b64(b"\0" * 64)), "bundle-bad-signature"),
    "unknown-key": (lambda f: _resign(f, {}, Ed25519PrivateKey.generate()), "bundle-unknown-key"),
    "newer-format": (lambda f: _resign(f, {"format": bundle.FORMAT_VERSION + 1}), "bundle-newer-format"),
    "partial": (lambda f: f.rename(f.with_name(".partial-" + f.name)), "bundle-incomplete"),
}


def test_the_hub_refuses_bad_bundles_whole(tmp_path: Path, hub: HubProcess, enrolled: Point) -> None:
    good = _export(enrolled, tmp_path / "stick")
    hub.stop()  # no server writing in between: the file must stay byte-for-byte the same
    assert hub.cli("status").code == 0  # folds the stopped server's write-ahead log into the file
    db = hub.data_dir / "hub.sqlite3"
    before = sha(db)
    for name, (spoil, code) in HUB_CASES.items():
        bad = tmp_path / "bad" / name / "COMMUNE-SYNC" / CODE / "to-province" / good.name
        shutil.copytree(good, bad)
        spoil(bad)
        target = bad if bad.exists() else bad.with_name(".partial-" + bad.name)
        done = hub.cli("--lang", "en", "bundle", "import", str(target))
        assert done.code == 1, (name, done.out)
        assert sha(db) == before, name
        expected = {"bundle-part-damaged": "truncated or altered", "bundle-bad-signature": "signature",
                    "bundle-damaged": "damaged", "bundle-part-missing": "lacks", "bundle-part-extra": "unexpected",
                    "bundle-unknown-key": "not signed by", "bundle-newer-format": "newer version",
                    "bundle-incomplete": "never finished"}[code]
        assert expected in done.err, (name, done.err)
    # The point revoked: refused too.
    assert hub.cli("point", "revoke", CODE).code == 0
    before = sha(db)
    done = hub.cli("--lang", "en", "bundle", "import", str(good))
    assert done.code == 1 and "revoked" in done.err
    assert sha(db) == before


def _hub_key(hub: HubProcess) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key((hub.data_dir / "keys" / "hub_ed25519.pem").read_bytes(), None)
    assert isinstance(key, Ed25519PrivateKey)
    return key


def test_the_point_refuses_bad_replies_whole(tmp_path: Path, hub: HubProcess, enrolled: Point) -> None:
    point, stick = enrolled, tmp_path / "stick"
    _hub_import(hub, _export(point, stick))
    good = _reply(hub, stick)
    box = bundle.raw_public(usb.box_key(point.paths))
    hub_key = _hub_key(hub)
    crafted = tmp_path / "crafted"
    other_point = bundle.write(crafted, kind=bundle.TO_POINT, point="XA-09999", seq_from=0, seq_to=5,
                               records=[], signer=hub_key, recipient_b64=box,
                               created_hlc=wire.hlc_text(1, 0, "province"), extra={"acked_seq": 0})
    ahead = bundle.write(crafted, kind=bundle.TO_POINT, point=CODE, seq_from=10**6, seq_to=10**6 + 1,
                         records=[], signer=hub_key, recipient_b64=box,
                         created_hlc=wire.hlc_text(1, 0, "province"), extra={"acked_seq": 0})
    other_box = bundle.raw_public(usb.X25519PrivateKey.generate())
    not_ours = bundle.write(crafted / "x", kind=bundle.TO_POINT, point=CODE, seq_from=0, seq_to=1,
                            records=[], signer=hub_key, recipient_b64=other_box,
                            created_hlc=wire.hlc_text(1, 0, "province"), extra={"acked_seq": 0})
    db = point.paths.database
    before = sha(db)
    cases = {name: spoil for name, (spoil, _) in HUB_CASES.items()}
    for name, spoil in cases.items():
        bad = tmp_path / "bad" / name / good.name
        shutil.copytree(good, bad)
        spoil(bad)
        target = bad if bad.exists() else bad.with_name(".partial-" + bad.name)
        done = point.cli("--lang", "en", "bundle", "import", str(target))
        assert done.code == 1, (name, done.out)
        assert "nothing was imported" in done.err or "not imported" in done.err, (name, done.err)
        assert sha(db) == before, name
    for target, words in ((other_point, "is for point XA-09999"), (ahead, "out of order"),
                          (not_ours, "encrypted for another machine"),
                          (_export(point, tmp_path / "own"), "not recognised")):
        before = sha(db)
        done = point.cli("--lang", "en", "bundle", "import", str(target))
        assert done.code == 1 and words in done.err, done.err
        assert sha(db) == before, words


def test_parts_are_split_and_read_back(tmp_path: Path) -> None:
    signer, box = Ed25519PrivateKey.generate(), usb.X25519PrivateKey.generate()
    records = [wire.record("visit", f"id-{n}", "XA-1", wire.hlc_text(n, 0, "XA-1"), 0,
                           {"note": hashlib.sha256(str(n).encode()).hexdigest()}) for n in range(300)]
    folder = bundle.write(tmp_path, kind=bundle.TO_PROVINCE, point="XA-1", seq_from=0, seq_to=300,
                          records=records, signer=signer, recipient_b64=bundle.raw_public(box),
                          created_hlc=wire.hlc_text(1, 0, "XA-1"), max_part_bytes=4096)
    assert folder.parent == tmp_path / "COMMUNE-SYNC" / "XA-1" / "to-province"
    assert len(list(folder.glob("records-*.bin"))) > 3
    assert all(p.stat().st_size <= 4096 for p in folder.glob("records-*.bin"))
    assert not list(folder.parent.glob(".partial-*"))
    got = bundle.read(folder, kind=bundle.TO_PROVINCE, point="XA-1",
                      trusted=lambda s: s == bundle.raw_public(signer), private=box)
    assert got.records == records and got.manifest["counts"] == {"visit": 300}
    assert bundle.find(tmp_path) == [folder]


@pytest.mark.skipif(not (shutil.which("mkfs.vfat") and shutil.which("mcopy")), reason="needs dosfstools and mtools")
def test_a_bundle_survives_a_fat32_stick(tmp_path: Path, hub: HubProcess, enrolled: Point) -> None:
    import os
    import subprocess

    out = _export(enrolled, tmp_path / "stick")
    image = tmp_path / "stick.img"
    env = {**os.environ, "MTOOLS_SKIP_CHECK": "1"}
    subprocess.run(["mkfs.vfat", "-F", "32", "-C", str(image), "40960"], check=True, capture_output=True)
    subprocess.run(["mcopy", "-s", "-i", str(image), str(tmp_path / "stick" / "COMMUNE-SYNC"), "::/"],
                   check=True, capture_output=True, env=env)
    listing = subprocess.run(["mdir", "-/", "-b", "-i", str(image), "::/"], check=True, capture_output=True,
                             text=True, env=env).stdout
    assert f"::/COMMUNE-SYNC/{CODE}/to-province/{out.name}/records-000.bin" in listing.replace("\\", "/")
    back = tmp_path / "back"
    back.mkdir()
    subprocess.run(["mcopy", "-s", "-i", str(image), "::/COMMUNE-SYNC", str(back)], check=True,
                   capture_output=True, env=env)
    copied = back / "COMMUNE-SYNC" / CODE / "to-province" / out.name
    assert _hub_import(hub, copied)["applied"] > 0
    assert_same(enrolled.rows(), hub_rows(hub, CODE))


def test_the_hub_refuses_a_bundle_that_skips_changes(tmp_path: Path, hub: HubProcess, enrolled: Point) -> None:
    from desktop.sync import keys

    key = keys.load(enrolled.paths)
    with enrolled.open() as ws:
        hub_box = ws.store.get_meta("hub_box_key")
    ahead = bundle.write(tmp_path / "stick", kind=bundle.TO_PROVINCE, point=CODE, seq_from=10**6,
                         seq_to=10**6 + 1, records=[], signer=key.private, recipient_b64=hub_box,
                         created_hlc=wire.hlc_text(1, 0, CODE))
    hub.stop()
    assert hub.cli("status").code == 0
    db = hub.data_dir / "hub.sqlite3"
    before = sha(db)
    done = hub.cli("--lang", "en", "bundle", "import", str(ahead))
    assert done.code == 1 and "out of order" in done.err, done.err
    assert sha(db) == before


@pytest.mark.parametrize("err, code", [(28, "bundle-no-space"), (5, "bundle-write-failed")])
def test_a_full_or_pulled_stick_leaves_nothing_importable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          err: int, code: str) -> None:
    import os

    signer, box = Ed25519PrivateKey.generate(), usb.X25519PrivateKey.generate()
    real, calls = bundle._write_file, []

    def failing(path: Path, data: bytes) -> None:
        calls.append(path.name)
        if path.name == "manifest.json":
            raise OSError(err, os.strerror(err))
        real(path, data)

    monkeypatch.setattr(bundle, "_write_file", failing)
    with pytest.raises(bundle.BundleError) as caught:
        bundle.write(tmp_path, kind=bundle.TO_PROVINCE, point="XA-1", seq_from=0, seq_to=1, records=[],
                     signer=signer, recipient_b64=bundle.raw_public(box), created_hlc=wire.hlc_text(1, 0, "XA-1"))
    assert caught.value.code == code and "records-000.bin" in calls
    assert list((tmp_path / "COMMUNE-SYNC" / "XA-1" / "to-province").iterdir()) == []
    assert bundle.find(tmp_path) == []
