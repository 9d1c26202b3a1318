"""The wire format: canonical bytes, envelopes, chunks, enrolment codes, negotiation."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from desktop.sync import wire

REPO = Path(__file__).resolve().parents[2]


def test_wire_imports_only_the_standard_library() -> None:
    tree = ast.parse((REPO / "desktop/sync/wire.py").read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names.add((node.module or "").split(".")[0])
    assert names - {"__future__"} <= set(sys.stdlib_module_names)


# What the hub may import of desktop (the wire and bundle formats, the report writers) is checked
# once, in tests/test_architecture.py.


def test_canonical_json_is_stable_and_utf8() -> None:
    a = wire.canonical_json({"b": 1, "a": "Mường Phăng"})
    b = wire.canonical_json({"a": "Mường Phăng", "b": 1})
    assert a == b == '{"a":"Mường Phăng","b":1}'.encode()


def test_signing_bytes_cover_every_part() -> None:
    base = ["POST", "/v1/push", "ab" * 32, "1", "n", "c", "XA-1"]
    signed = wire.request_signing_bytes(*base)
    for i in range(len(base)):
        changed = list(base)
        changed[i] = changed[i] + "x"
        assert wire.request_signing_bytes(*changed) != signed


def test_enrol_code_is_phone_friendly_and_forgiving() -> None:
    code = wire.new_enrol_code()
    groups = code.split("-")
    assert [len(g) for g in groups] == [4, 4, 4, 4]
    assert wire.normalise_enrol_code(code.lower().replace("-", " ")) == code
    assert wire.normalise_enrol_code("abcd efgh jkmn pqrs") == "ABCD-EFGH-JKMN-PQRS"
    assert wire.normalise_enrol_code("oooo-iiii-llll-0000") == "0000-1111-1111-0000"
    assert wire.enrol_code_digest(code) == wire.enrol_code_digest(code.lower())
    with pytest.raises(wire.WireError) as err:
        wire.normalise_enrol_code("ABC")
    assert err.value.code == "enrol-code-invalid"


def test_record_envelope_round_trip_and_refusals() -> None:
    rec = wire.record("visit", "v1", "XA-1", wire.hlc_text(1, 2, "XA-1"), 0, {"day": "2026-01-01"})
    chunk = wire.PushChunk("XA-1", 0, 5, [rec])
    again = wire.PushChunk.from_json(chunk.to_json())
    assert again == chunk
    for bad in [{**rec, "table": "DROP TABLE"}, {**rec, "hlc": "yesterday"}, {**rec, "deleted": 2},
                {**rec, "data": []}, {**rec, "id": ""}, "x"]:
        with pytest.raises(wire.WireError):
            wire.check_record(bad)
    with pytest.raises(wire.WireError) as err:
        wire.PushChunk.from_json({**chunk.to_json(), "protocol": 99})
    assert err.value.code == "protocol-mismatch"
    with pytest.raises(wire.WireError):
        wire.PushChunk.from_json({**chunk.to_json(), "from_seq": 9})


def test_negotiation_picks_a_common_version_and_checks_capabilities() -> None:
    answer = wire.hello("key", 0, "c")
    assert wire.negotiate(answer) == wire.PROTOCOL_VERSION
    with pytest.raises(wire.WireError):
        wire.negotiate({**answer, "min_protocol": wire.PROTOCOL_VERSION + 1,
                        "protocol": wire.PROTOCOL_VERSION + 2})
    with pytest.raises(wire.WireError):
        wire.negotiate({**answer, "capabilities": ["pull"]})
    with pytest.raises(wire.WireError):
        wire.negotiate({"service": "something else"})


def test_media_hashes_and_hlc_node() -> None:
    sha = "a" * 64
    assert wire.media_hashes("material_file", {"media_hash": sha}) == [sha]
    assert wire.media_hashes("material_file", {"media_hash": "nope"}) == []
    assert wire.media_hashes("visit", {"media_hash": sha}) == []
    assert wire.hlc_node(wire.hlc_text(5, 0, "XA-1")) == "XA-1"
    assert wire.parse_hlc("000000000000005-000000-province") == (5, 0, "province")
    assert wire.WireError("chunk-gap").status == 409


def test_personal_fields_are_redacted_without_touching_the_original() -> None:
    data = {"full_name": "Lò Văn Pánh", "phone": "0912", "sex": "male"}
    out = wire.redact("participant", data)
    assert out == {"full_name": "", "phone": None, "sex": "male"}
    assert data["full_name"] == "Lò Văn Pánh"
    visit = {"village": "Bản Phăng"}
    assert wire.redact("visit", visit) is visit
    assert wire.hello("k", 0, "c")["personal_data"] is False


def test_chunk_checks_refuse_what_single_checks_refuse() -> None:
    good = wire.record("visit", "v1", "XA-1", wire.hlc_text(1, 2, "XA-1"), 0, {"day": "2026-01-01"})
    assert wire.check_records([good, good]) == [good, good]
    assert wire.check_records([]) == []
    for bad in [{**good, "table": "DROP TABLE"}, {**good, "hlc": "yesterday"}, {**good, "deleted": 2},
                {**good, "deleted": True}, {**good, "data": {"a": 1}}, {**good, "id": ""}, {**good, "id": 5},
                {**good, "hlc": wire.hlc_text(1, 2, "A") + "\n" + wire.hlc_text(1, 2, "B")}, "x",
                {k: v for k, v in good.items() if k != "origin"}]:
        with pytest.raises(wire.WireError):
            wire.check_records([good, bad])
        with pytest.raises(wire.WireError):
            wire.check_record(bad)
