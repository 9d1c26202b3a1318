"""The hub as a real process: health, handshake, limits, CLI commands and their exit codes."""

from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.request
from pathlib import Path

from desktop.sync import wire
from tests.hubproc import HubProcess


def _get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def _post(url: str, body: bytes, headers: dict | None = None) -> tuple[int, dict]:
    req = urllib.request.Request(url, data=body, method="POST", headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def test_health_and_capabilities_handshake(hub: HubProcess) -> None:
    status, body = _get(f"{hub.url}/health")
    assert status == 200 and body["status"] == "ok" and body["protocol"] == wire.PROTOCOL_VERSION
    status, hello = _get(f"{hub.url}/v1/hello")
    assert status == 200
    assert wire.negotiate(hello) == wire.PROTOCOL_VERSION
    assert len(wire.unb64(hello["hub_key"])) == 32
    # The hub keeps the same identity across restarts.
    hub.restart()
    assert _get(f"{hub.url}/v1/hello")[1]["hub_key"] == hello["hub_key"]


def test_unsigned_and_oversized_requests_are_refused(hub: HubProcess) -> None:
    status, body = _post(f"{hub.url}/v1/push", b"{}", {"Content-Type": "application/json"})
    assert status == 401 and body["error"]["code"] == "auth-failed"
    # Refused from the headers alone, before a byte of the body is read.
    conn = http.client.HTTPConnection("127.0.0.1", hub.port, timeout=10)
    conn.putrequest("POST", "/v1/push")
    conn.putheader("Content-Length", str(wire.MAX_JSON_BYTES + 1))
    conn.endheaders()
    answer = conn.getresponse()
    assert answer.status == 413 and json.loads(answer.read())["error"]["code"] == "too-large"
    conn.close()
    status, body = _post(f"{hub.url}/v1/enroll", b"not json")
    assert status == 400 and body["error"]["code"] == "bad-request"
    status, body = _post(f"{hub.url}/v1/enroll", json.dumps(
        {"protocol": 1, "code": "AAAA-BBBB-CCCC-DDDD", "public_key": wire.b64(b"k" * 32)}).encode())
    assert status == 403 and body["error"]["code"] == "enrol-code-invalid"


def test_point_commands_and_status(hub: HubProcess, tmp_path: Path) -> None:
    out = tmp_path / "code.txt"
    added = hub.cli("point", "add", "--code", "XA-03325", "--name", "Xã Mường Phăng",
                    "--out", str(out), "--json")
    assert added.code == 0, added.err
    data = added.json()
    assert wire.normalise_enrol_code(data["enrol_code"]) == data["enrol_code"]
    assert out.read_text().strip() == data["enrol_code"]
    again = hub.cli("--lang", "en", "point", "add", "--code", "XA-03325", "--name", "x")
    assert again.code == 1 and "already registered" in again.err and "Traceback" not in again.err
    assert len(again.err.strip().splitlines()) == 1
    fresh = hub.cli("point", "code", "XA-03325", "--json")
    assert fresh.code == 0 and fresh.json()["enrol_code"] != data["enrol_code"]
    assert hub.cli("point", "revoke", "NOPE-1").code == 1
    assert hub.cli("point", "add", "--code", "bad code", "--name", "x").code == 1
    assert hub.cli("point", "add", "--code").code == 2
    assert hub.cli("point", "revoke", "XA-03325").code == 0
    status = hub.cli("status", "--json")
    assert status.code == 0
    (point,) = status.json()["points"]
    assert point["point"] == "XA-03325" and point["status"] == "revoked"
    assert point["acknowledged_seq"] == 0 and point["rows"] == {}
    # Without --json: a table with headers, in the language asked for.
    vi_lines = hub.cli("status").out.splitlines()
    assert vi_lines[0].split()[:2] == ["Mã", "điểm"] and "đã thu hồi" in vi_lines[1] and "XA-03325" in vi_lines[1]
    en_lines = hub.cli("--lang", "en", "status").out.splitlines()
    assert en_lines[0].startswith("Point") and "revoked" in en_lines[1] and "Xã Mường Phăng" in en_lines[1]


def test_publish_stores_media_content_addressed(hub: HubProcess, tmp_path: Path) -> None:
    leaflet = tmp_path / "to-roi.txt"
    leaflet.write_text("Tờ rơi phòng chống lừa đảo qua mạng", encoding="utf-8")
    done = hub.cli("publish", str(leaflet), "--title", "Tờ rơi", "--lang", "hnj", "--kind", "leaflet", "--json")
    assert done.code == 0, done.err
    (file,) = done.json()["files"]
    assert file["lang"] == "hnj"
    assert (hub.data_dir / "media" / file["sha256"][:2] / file["sha256"]).read_bytes() == leaflet.read_bytes()
    missing = hub.cli("publish", str(tmp_path / "nope.pdf"), "--title", "x")
    assert missing.code == 1 and "nope.pdf" in missing.err


def test_a_database_from_a_newer_hub_is_refused_untouched(tmp_path: Path) -> None:
    proc = HubProcess(tmp_path / "hub")
    assert proc.cli("status").code == 0
    import sqlite3

    db = tmp_path / "hub" / "hub.sqlite3"
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("INSERT INTO schema_migration VALUES (99, 'future', 'x')")
    conn.close()

    def dump() -> list[str]:
        reader = sqlite3.connect(db)
        try:
            return list(reader.iterdump())
        finally:
            reader.close()

    before = dump()
    result = proc.cli("--lang", "en", "status")
    assert result.code == 1 and "newer hub" in result.err
    assert dump() == before
