"""The sync wire format, shared by the point and the province hub (standard library only).

Everything both sides must agree on lives here: the protocol version and capabilities,
the record envelope, push/pull chunk shapes, error codes, the canonical JSON and the
exact bytes that are signed. The hub imports this module and nothing else of `desktop`,
and a USB bundle (issue 6) carries the same chunks, so a change here is a protocol change.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
from dataclasses import dataclass, field
from typing import Any

PROTOCOL_VERSION = 1
MIN_PROTOCOL_VERSION = 1
CAPABILITIES = ("push", "pull", "recover", "media", "media-range", "signed-responses")

PROVINCE_STREAM = "province"  # origin of everything the province publishes
CHUNK_ROWS = 2000  # records per push/pull chunk (one hub transaction each)
MAX_JSON_BYTES = 32 * 1024 * 1024  # request body limit for JSON endpoints
MEDIA_PIECE_BYTES = 8 * 1024 * 1024  # one upload request carries at most this much
MAX_MEDIA_REQUEST_BYTES = MEDIA_PIECE_BYTES + 64 * 1024
CHALLENGE_TTL_S = 15 * 60  # how long a hub-issued challenge is accepted (hub clock only)
ENROL_CODE_TTL_DAYS = 14

# Fields whose value is the SHA-256 of a media file the other side may need.
MEDIA_FIELDS: dict[str, tuple[str, ...]] = {
    "material": ("cover_hash",),
    "material_file": ("media_hash",),
    "feedback": ("audio_hash",),
    "training": ("sheet_hash",),
}
# Personal fields that stay at the point unless the hub announces `personal_data: true`
# (DESIGN.md §6), with the value sent instead. Both sides apply it: the point never sends
# them, and a hub that does not collect them never stores them.
PERSONAL_FIELDS: dict[str, dict[str, Any]] = {
    "participant": {"full_name": "", "phone": None},
    "feedback": {"author_name": None},
}
# Columns that travel in the envelope itself, or never travel (the local change counter).
ENVELOPE_COLUMNS = frozenset({"id", "origin", "hlc", "deleted"})
LOCAL_COLUMNS = frozenset({"seq"})

# Request/response headers.
H_POINT = "X-Point"
H_CHALLENGE = "X-Challenge"
H_NONCE = "X-Nonce"
H_TIMESTAMP = "X-Timestamp"  # the point's wall clock: informational (skew), never trusted
H_SIGNATURE = "X-Signature"
H_HUB_SIGNATURE = "X-Hub-Signature"
H_HUB_TIME = "X-Hub-Time"
H_PROTOCOL = "X-Sync-Protocol"

# Error codes the hub answers with ({"error": {"code", "detail", ...}}), and their HTTP status.
ERRORS: dict[str, int] = {
    "bad-request": 400,
    "protocol-mismatch": 400,
    "auth-failed": 401,
    "challenge-expired": 401,
    "replay": 401,
    "point-unknown": 403,
    "point-revoked": 403,
    "origin-mismatch": 403,
    "forbidden": 403,
    "not-found": 404,
    "enrol-code-invalid": 403,
    "enrol-code-expired": 403,
    "enrol-code-used": 403,
    "enrol-wrong-point": 403,
    "chunk-gap": 409,
    "media-offset": 409,
    "too-large": 413,
    "media-hash-mismatch": 422,
    "timeout": 408,
    "server-error": 500,
    "unavailable": 503,
}

_TABLE_RE = re.compile(r"[a-z][a-z0-9_]{0,62}", re.ASCII)
_HLC_RE = re.compile(r"([0-9]{15})-([0-9]{6})-(\S{1,64})", re.ASCII)
_HLC_LINES_RE = re.compile(r"[0-9]{15}-[0-9]{6}-[^\s]{1,64}(?:\n[0-9]{15}-[0-9]{6}-[^\s]{1,64})*", re.ASCII)
_SHA_RE = re.compile(r"[0-9a-f]{64}", re.ASCII)
POINT_CODE_RE = re.compile(r"[A-Z0-9][A-Z0-9_-]{1,31}", re.ASCII)
# Crockford base32: no I, L, O, U, so a code read over the phone is hard to mistype.
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_FIXES = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})


class WireError(Exception):
    """A message that breaks the protocol; `code` is one of ERRORS."""

    def __init__(self, code: str, detail: str = "", **extra: Any) -> None:
        self.code = code
        self.detail = detail
        self.extra = extra
        super().__init__(f"{code}: {detail}" if detail else code)

    @property
    def status(self) -> int:
        return ERRORS.get(self.code, 400)

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "detail": self.detail, **self.extra}}


# -- canonical bytes ---------------------------------------------------------------------
def canonical_json(obj: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the same object always gives the same bytes."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def compact_json(obj: Any) -> bytes:
    """Compact UTF-8 JSON for bodies (key order kept; signatures cover the body's hash)."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise WireError("bad-request", "not base64") from exc


def request_signing_bytes(
    method: str, path: str, body_sha256: str, timestamp: str, nonce: str, challenge: str, point: str
) -> bytes:
    """What a point signs for one request (path includes the query string)."""
    return "\n".join([
        f"commune-point-request-v{PROTOCOL_VERSION}", method.upper(), path, body_sha256,
        timestamp, nonce, challenge, point,
    ]).encode()


def response_signing_bytes(nonce: str, body_sha256: str) -> bytes:
    """What the hub signs for a response: bound to the request's nonce, so it cannot be replayed."""
    return "\n".join([f"province-hub-response-v{PROTOCOL_VERSION}", nonce, body_sha256]).encode()


def new_nonce() -> str:
    return secrets.token_hex(16)


# -- enrolment codes ---------------------------------------------------------------------
def new_enrol_code() -> str:
    """A one-time code of 80 random bits: four groups of four base32 letters (ABCD-EFGH-...)."""
    chars = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(16))
    return "-".join(chars[i:i + 4] for i in range(0, 16, 4))


def normalise_enrol_code(text: str) -> str:
    """Accept lower case, spaces, missing dashes and the look-alikes I/L/O/U."""
    raw = re.sub(r"[\s\-_.]", "", (text or "").upper()).translate(_CODE_FIXES)
    if len(raw) != 16 or any(ch not in _CODE_ALPHABET for ch in raw):
        raise WireError("enrol-code-invalid", "expected 16 letters and digits")
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


def enrol_code_digest(code: str) -> str:
    """The hub stores only this, never the code itself."""
    return sha256_hex(normalise_enrol_code(code).encode())


# -- hybrid logical clock text (the format of desktop/core/hlc.py) -------------------------
def hlc_text(wall_ms: int, counter: int, node: str) -> str:
    return f"{wall_ms:015d}-{counter:06d}-{node}"


def parse_hlc(text: str) -> tuple[int, int, str]:
    match = _HLC_RE.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        raise WireError("bad-request", f"not an HLC timestamp: {text!r}")
    return int(match[1]), int(match[2]), match[3]


def hlc_node(text: str) -> str:
    """Who wrote the version with this timestamp."""
    return text.split("-", 2)[2] if text.count("-") >= 2 else ""


# -- records and chunks --------------------------------------------------------------------
def redact(table: str, data: dict[str, Any]) -> dict[str, Any]:
    """The record's data without personal fields (a copy; unchanged when none apply)."""
    fields = PERSONAL_FIELDS.get(table)
    if not fields or not any(data.get(k) not in (None, v) for k, v in fields.items()):
        return data
    return {**data, **{k: v for k, v in fields.items() if k in data}}


def is_sha256(text: Any) -> bool:
    return isinstance(text, str) and _SHA_RE.fullmatch(text) is not None


def media_hashes(table: str, data: dict[str, Any]) -> list[str]:
    """The media files a record refers to."""
    return [data[f] for f in MEDIA_FIELDS.get(table, ()) if is_sha256(data.get(f))]


def record(table: str, row_id: str, origin: str, hlc: str, deleted: int, data: dict[str, Any] | str) -> dict:
    """One record envelope: {table, id, origin, hlc, deleted, data}.

    `data` travels as the JSON text of the row's own columns (a string), so each side can
    produce it in one step (the point's SQLite writes it) and store or forward it as is.
    """
    text = data if isinstance(data, str) else compact_json(data).decode()
    return {"table": table, "id": row_id, "origin": origin, "hlc": hlc,
            "deleted": 1 if deleted else 0, "data": text}


def data_of(rec: dict[str, Any]) -> dict[str, Any]:
    """A record's columns as a dict."""
    data = rec["data"]
    return json.loads(data) if isinstance(data, str) else data


_GOOD_TABLES: set[str] = set()


def check_record(obj: Any) -> dict[str, Any]:
    """Validate one envelope's shape (not its ownership); returns it."""
    try:
        table, row_id, origin, hlc = obj["table"], obj["id"], obj["origin"], obj["hlc"]
        deleted, data = obj["deleted"], obj["data"]
    except (TypeError, KeyError) as exc:
        raise WireError("bad-request", "a record needs table, id, origin, hlc, deleted, data") from exc
    if table not in _GOOD_TABLES:
        if not isinstance(table, str) or not _TABLE_RE.fullmatch(table):
            raise WireError("bad-request", f"bad table name {table!r}")
        _GOOD_TABLES.add(table)
    if type(row_id) is not str or not 0 < len(row_id) <= 200:
        raise WireError("bad-request", "bad record id")
    if type(origin) is not str or not 0 < len(origin) <= 64:
        raise WireError("bad-request", "bad origin")
    if type(hlc) is not str or not _HLC_RE.fullmatch(hlc):
        raise WireError("bad-request", f"not an HLC timestamp: {hlc!r}")
    if deleted != 0 and deleted != 1 or type(deleted) is not int:
        raise WireError("bad-request", "deleted must be 0 or 1")
    if type(data) is not str or not data.startswith("{"):
        raise WireError("bad-request", "data must be the JSON text of an object")
    return obj


def check_records(objs: Any) -> list[dict[str, Any]]:
    """check_record for a whole chunk, column by column (the hub's hot path)."""
    if not isinstance(objs, list):
        raise WireError("bad-request", "records must be a list")
    try:
        tables = [o["table"] for o in objs]
        ids = [o["id"] for o in objs]
        origins = [o["origin"] for o in objs]
        hlcs = [o["hlc"] for o in objs]
        deleted = [o["deleted"] for o in objs]
        datas = [o["data"] for o in objs]
    except (TypeError, KeyError) as exc:
        raise WireError("bad-request", "a record needs table, id, origin, hlc, deleted, data") from exc
    for table in set(tables) - _GOOD_TABLES:
        if not isinstance(table, str) or not _TABLE_RE.fullmatch(table):
            raise WireError("bad-request", f"bad table name {table!r}")
        _GOOD_TABLES.add(table)
    if not all(type(i) is str and 0 < len(i) <= 200 for i in ids):
        raise WireError("bad-request", "bad record id")
    if not all(type(o) is str and 0 < len(o) <= 64 for o in origins):
        raise WireError("bad-request", "bad origin")
    joined = "\n".join(hlcs) if all(type(h) is str for h in hlcs) else None
    if joined is None or (hlcs and (joined.count("\n") != len(hlcs) - 1 or not _HLC_LINES_RE.fullmatch(joined))):
        raise WireError("bad-request", "not an HLC timestamp")
    if not all(type(d) is int and d in (0, 1) for d in deleted):
        raise WireError("bad-request", "deleted must be 0 or 1")
    if not all(type(d) is str and d.startswith("{") for d in datas):
        raise WireError("bad-request", "data must be the JSON text of an object")
    return objs


@dataclass
class PushChunk:
    """Rows a point sends: every own row with from_seq < seq <= to_seq (its local counter).

    `records` are envelopes, either as dicts or already encoded as JSON text.
    """

    point: str
    from_seq: int
    to_seq: int
    records: list[Any] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"protocol": PROTOCOL_VERSION, "point": self.point, "from_seq": self.from_seq,
                "to_seq": self.to_seq, "records": [json.loads(r) if isinstance(r, str) else r
                                                   for r in self.records]}

    def to_body(self) -> bytes:
        """The request body, built without re-encoding records that are already JSON text."""
        head = compact_json({"protocol": PROTOCOL_VERSION, "point": self.point, "from_seq": self.from_seq,
                             "to_seq": self.to_seq})[:-1]
        parts = [r if isinstance(r, str) else compact_json(r).decode() for r in self.records]
        return head + b',"records":[' + ",".join(parts).encode() + b"]}"

    @classmethod
    def from_json(cls, obj: Any) -> PushChunk:
        if not isinstance(obj, dict):
            raise WireError("bad-request", "chunk is not an object")
        check_protocol(obj.get("protocol"))
        point, lo, hi, recs = obj.get("point"), obj.get("from_seq"), obj.get("to_seq"), obj.get("records")
        if not isinstance(point, str) or not isinstance(recs, list):
            raise WireError("bad-request", "chunk needs point and records")
        if not (isinstance(lo, int) and isinstance(hi, int) and 0 <= lo <= hi):
            raise WireError("bad-request", "chunk needs 0 <= from_seq <= to_seq")
        return cls(point, lo, hi, check_records(recs))


@dataclass
class PushAck:
    """The hub holds every row up to acked_seq. `pending`: the transport only took the chunk
    for later delivery (a USB bundle); the acknowledgement comes back with the reply."""

    acked_seq: int
    applied: int = 0
    unchanged: int = 0
    pending: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"acked_seq": self.acked_seq, "applied": self.applied, "unchanged": self.unchanged}

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> PushAck:
        return cls(int(obj["acked_seq"]), int(obj.get("applied", 0)), int(obj.get("unchanged", 0)))


@dataclass
class PullChunk:
    """Records of one stream with stream_seq in (after, cursor]; `more` when the limit was hit."""

    stream: str
    cursor: int
    more: bool
    records: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def from_json(cls, obj: Any) -> PullChunk:
        if not isinstance(obj, dict) or not isinstance(obj.get("records"), list):
            raise WireError("bad-request", "pull reply needs records")
        return cls(str(obj["stream"]), int(obj["cursor"]), bool(obj.get("more")),
                   [check_record(r) for r in obj["records"]])


def check_protocol(version: Any) -> int:
    """Refuse a peer whose protocol this build cannot speak."""
    if not isinstance(version, int) or not MIN_PROTOCOL_VERSION <= version <= PROTOCOL_VERSION:
        raise WireError("protocol-mismatch", f"protocol {version!r}, this side speaks "
                        f"{MIN_PROTOCOL_VERSION}..{PROTOCOL_VERSION}",
                        supported=[MIN_PROTOCOL_VERSION, PROTOCOL_VERSION])
    return version


def hello(hub_key_b64: str, hub_time_ms: int, challenge: str, personal_data: bool = False) -> dict[str, Any]:
    """The hub's capabilities handshake answer."""
    return {"service": "province-hub", "protocol": PROTOCOL_VERSION, "personal_data": personal_data,
            "min_protocol": MIN_PROTOCOL_VERSION, "capabilities": list(CAPABILITIES),
            "hub_key": hub_key_b64, "hub_time_ms": hub_time_ms, "challenge": challenge,
            "limits": {"chunk_rows": CHUNK_ROWS, "max_json_bytes": MAX_JSON_BYTES,
                       "media_piece_bytes": MEDIA_PIECE_BYTES}}


def negotiate(answer: dict[str, Any], needed: tuple[str, ...] = ("push", "pull")) -> int:
    """Pick the protocol version both sides speak and check the capabilities we need."""
    if answer.get("service") != "province-hub":
        raise WireError("protocol-mismatch", "not a province hub")
    high = min(int(answer.get("protocol", 0)), PROTOCOL_VERSION)
    low = max(int(answer.get("min_protocol", 0)), MIN_PROTOCOL_VERSION)
    if high < low:
        raise WireError("protocol-mismatch", f"hub speaks {answer.get('min_protocol')}.."
                        f"{answer.get('protocol')}, this app {MIN_PROTOCOL_VERSION}..{PROTOCOL_VERSION}")
    missing = set(needed) - set(answer.get("capabilities", []))
    if missing:
        raise WireError("protocol-mismatch", f"hub lacks {sorted(missing)}")
    return high
