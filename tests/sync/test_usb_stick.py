"""One stick, many points (issue 6): an officer carries the bundles of three points at once,
the hub imports them all from the stick root and writes every reply, and each point takes
only its own. And recovery by USB: a point re-enrolled on a new PC gets its history back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.sync import usb
from tests.hubproc import HubProcess, Result
from tests.sync.helpers import Point, add_rows, assert_same, enroll, hub_rows, make_point

CODES = ("XA-07201", "XA-07202", "XA-07203")


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[HubProcess]:
    proc = HubProcess(tmp_path / "hub").start()
    yield proc
    proc.stop()


def ok(result: Result) -> dict:
    assert result.code == 0, result.err
    return result.json()  # type: ignore[return-value]


def test_three_points_share_one_stick(tmp_path: Path, hub: HubProcess) -> None:
    points = [make_point(tmp_path, code, visits=20 + i, participants=3) for i, code in enumerate(CODES)]
    for p in points:
        enroll(hub, p)
    leaflet = tmp_path / "leaflet.pdf"
    leaflet.write_bytes(b"%PDF-1.4 province leaflet\n" * 100)
    ok(hub.cli("publish", str(leaflet), "--title", "Tờ rơi", "--json"))
    stick = tmp_path / "stick"
    stick.mkdir()
    for p in points:
        out = ok(p.cli("bundle", "export", "--to", str(stick), "--json"))
        assert Path(out["bundle"]).parent == stick / "COMMUNE-SYNC" / p.code / "to-province"

    got = ok(hub.cli("bundle", "import", str(stick), "--json"))
    assert sorted(b["point"] for b in got["bundles"]) == list(CODES) and got["failed"] == []
    for p in points:
        assert_same(p.rows(), hub_rows(hub, p.code))

    replies = ok(hub.cli("bundle", "export", "--all", "--to", str(stick), "--json"))
    assert sorted(b["point"] for b in replies["bundles"]) == list(CODES)
    first, *others = points
    done = ok(first.cli("bundle", "import", str(stick), "--json"))
    assert len(done["bundles"]) == 1 and done["delivered"] is True
    assert usb.pending_on(stick, first.code) == []  # taken off the stick
    for p in others:  # the other points' replies wait for them, untouched
        assert len(usb.pending_on(stick, p.code)) == 1
    for p in others:
        assert ok(p.cli("bundle", "import", str(stick), "--json"))["delivered"] is True
    for p in points:
        assert_same(p.rows("province"), hub_rows(hub, "province"))
        status = usb.usb_status(p.paths)
        assert status["delivered"] and status["last_import"]["acked_seq"] == status["acked_seq"] > 0

    # More rows at two points; the hub writes replies for exactly the points named.
    for p in points[:2]:
        with p.open() as ws:
            add_rows(ws, visits=4)
        ok(p.cli("bundle", "export", "--to", str(stick), "--json"))
        assert len(list((stick / "COMMUNE-SYNC" / p.code / "to-province").iterdir())) == 1  # older replaced
    again = ok(hub.cli("bundle", "import", str(stick), "--json"))
    assert sorted(b["applied"] for b in again["bundles"]) == [0, 4, 4]  # the third point's old bundle: nothing new
    two = ok(hub.cli("bundle", "export", "--point", CODES[0], "--point", CODES[1], "--to", str(stick), "--json"))
    assert [b["point"] for b in two["bundles"]] == list(CODES[:2])
    assert usb.pending_on(stick, CODES[2]) == []
    for p in points[:2]:
        ok(p.cli("bundle", "import", str(stick), "--json"))
        assert_same(p.rows(), hub_rows(hub, p.code))
        assert usb.usb_status(p.paths)["delivered"]

    # A point with nothing for it on the stick is told so plainly.
    nothing = points[2].cli("--lang", "en", "bundle", "import", str(stick))
    assert nothing.code == 1 and f"no reply bundle from the province for point {CODES[2]}" in nothing.err


def test_the_hub_reports_a_refused_bundle_and_imports_the_rest(tmp_path: Path, hub: HubProcess) -> None:
    a, b = (make_point(tmp_path, code, visits=5) for code in CODES[:2])
    for p in (a, b):
        enroll(hub, p)
    stick = tmp_path / "stick"
    stick.mkdir()
    for p in (a, b):
        ok(p.cli("bundle", "export", "--to", str(stick), "--json"))
    assert hub.cli("point", "revoke", a.code).code == 0
    done = hub.cli("--lang", "en", "--json", "bundle", "import", str(stick))
    assert done.code == 1 and "revoked" in done.err, (done.out, done.err)
    result = done.json()
    assert [x["point"] for x in result["bundles"]] == [b.code]
    assert [x["code"] for x in result["failed"]] == ["bundle-point-revoked"]
    assert hub_rows(hub, a.code) == []
    assert_same(b.rows(), hub_rows(hub, b.code))


def test_a_point_re_enrolled_on_a_new_pc_gets_its_history_back_by_usb(tmp_path: Path, hub: HubProcess) -> None:
    old = make_point(tmp_path, CODES[0], visits=40, participants=6)
    enroll(hub, old)
    stick = tmp_path / "stick"
    stick.mkdir()
    ok(old.cli("bundle", "export", "--to", str(stick), "--json"))
    ok(hub.cli("bundle", "import", str(stick), "--json"))
    history = old.rows()

    # The PC dies; the province issues a new code and the new PC enrols (empty data folder).
    code = ok(hub.cli("point", "code", old.code, "--json"))["enrol_code"]
    new = Point(tmp_path / "new-pc", old.code)
    assert new.cli("enroll", code, "--hub", hub.url).code == 0
    assert [r[0] for r in new.rows()] == ["point"]  # only the point's own settings row, made at enrolment
    out = ok(new.cli("bundle", "export", "--to", str(stick), "--json"))
    assert out["records"] == 1  # the point row
    ok(hub.cli("bundle", "import", str(stick), "--json"))
    reply = ok(hub.cli("bundle", "export", "--point", old.code, "--to", str(stick), "--json"))
    assert reply["recovered"] == len(history)
    back = ok(new.cli("bundle", "import", str(stick), "--json"))
    assert back["recovered"] == len(history) - 1  # all but the point row, which the new PC wrote later
    assert_same([r for r in new.rows() if r[0] != "point"], [r for r in history if r[0] != "point"])
    # Recovery is done: the next reply does not carry the history again.
    ok(new.cli("bundle", "export", "--to", str(stick), "--json"))
    ok(hub.cli("bundle", "import", str(stick), "--json"))
    assert ok(hub.cli("bundle", "export", "--point", old.code, "--to", str(stick), "--json"))["recovered"] == 0
    ok(new.cli("bundle", "import", str(stick), "--json"))
    assert_same(new.rows(), hub_rows(hub, old.code))
