"""Points at the hub: registration, one-time enrolment codes, keys, revocation, authentication."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from desktop.sync import wire

from .db import Database, enrol_code, point, point_key, record, stream, used_nonce
from .identity import HubIdentity, hub_ms, public_key_from_b64, verify

log = logging.getLogger("hub.points")


def iso_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class HubError(Exception):
    """A hub command failed for a reason the operator can act on (province/messages.py)."""

    def __init__(self, error: str, /, **params: Any) -> None:
        super().__init__(f"{error} {params}" if params else error)
        self.code, self.params = error, params


@dataclass(frozen=True)
class Caller:
    """An authenticated request: which point, with which key."""

    point: str
    key_id: int
    nonce: str
    seen_ms: int = 0  # the challenge's issue time: how long the nonce must be remembered
    nonce_pending: bool = False  # checked, but to be recorded in the caller's own transaction


def _check_code(code: str) -> str:
    code = (code or "").strip().upper()
    if not wire.POINT_CODE_RE.fullmatch(code):
        raise HubError("point-code-invalid", code=code)
    return code


def _issue_code(conn: Any, code: str, ttl_days: float) -> tuple[str, str]:
    enrol = wire.new_enrol_code()
    expires = hub_ms() + int(ttl_days * 86_400_000)
    conn.execute(insert(enrol_code).values(
        digest=wire.enrol_code_digest(enrol), point_code=code, created_at=iso_now(),
        expires_ms=expires))
    expires_iso = datetime.fromtimestamp(expires / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return enrol, expires_iso


def add_point(db: Database, code: str, name: str, ttl_days: float = wire.ENROL_CODE_TTL_DAYS,
              reissue: bool = False) -> dict[str, Any]:
    """Register a point (or, with reissue, an existing one) and make its one-time code."""
    code = _check_code(code)
    name = (name or "").strip()
    with db.write() as conn:
        row = conn.execute(select(point.c.code, point.c.name).where(point.c.code == code)).first()
        if row and not reissue:
            raise HubError("point-exists", code=code)
        if not row:
            if reissue:
                raise HubError("point-not-found", code=code)
            if not name:
                raise HubError("point-name-missing")
            conn.execute(insert(point).values(code=code, name=name, status="pending",
                                              created_at=iso_now()))
        enrol, expires = _issue_code(conn, code, ttl_days)
    return {"point": code, "name": row.name if row else name, "enrol_code": enrol,
            "expires_at": expires}


def revoke_point(db: Database, code: str) -> dict[str, Any]:
    """Refuse this point's keys from now on (a new code and enrolment bring it back)."""
    code = _check_code(code)
    now = iso_now()
    with db.write() as conn:
        if not conn.execute(select(point.c.code).where(point.c.code == code)).first():
            raise HubError("point-not-found", code=code)
        conn.execute(update(point).where(point.c.code == code).values(status="revoked", revoked_at=now))
        keys = conn.execute(update(point_key).where(and_(
            point_key.c.point_code == code, point_key.c.revoked_at.is_(None))).values(revoked_at=now))
        # Unused codes die too: revocation must not leave a way back in.
        conn.execute(update(enrol_code).where(and_(
            enrol_code.c.point_code == code, enrol_code.c.used_at.is_(None))).values(
            used_at=now, used_by_key="revoked"))
    log.info("revoked point %s (%d keys)", code, keys.rowcount)
    return {"point": code, "status": "revoked", "keys_revoked": keys.rowcount}


def enroll(db: Database, identity: HubIdentity, code_text: str, public_b64: str,
           claimed_point: str | None) -> dict[str, Any]:
    """Register a point's public key with its one-time code (single use, expires)."""
    digest = wire.enrol_code_digest(code_text)
    public_key_from_b64(public_b64)
    now_ms = hub_ms()
    with db.write() as conn:
        row = conn.execute(select(enrol_code).where(enrol_code.c.digest == digest)).first()
        if row is None:
            raise wire.WireError("enrol-code-invalid", "no such code")
        if claimed_point and claimed_point != row.point_code:
            raise wire.WireError("enrol-wrong-point", f"this code is for {row.point_code}",
                                 point=row.point_code)
        if row.used_at and row.used_by_key != public_b64:
            raise wire.WireError("enrol-code-used", "each code works once")
        if not row.used_at:
            if row.expires_ms < now_ms:
                raise wire.WireError("enrol-code-expired", "ask the province for a new code")
            now = iso_now()
            # A new key replaces every earlier one (a new PC, or a lost one).
            conn.execute(update(point_key).where(and_(
                point_key.c.point_code == row.point_code, point_key.c.revoked_at.is_(None))).values(
                revoked_at=now))
            try:
                conn.execute(insert(point_key).values(point_code=row.point_code, public_key=public_b64,
                                                      created_at=now, acked_seq=0))
            except IntegrityError as exc:
                raise wire.WireError("bad-request", "this key is already registered") from exc
            conn.execute(update(enrol_code).where(enrol_code.c.digest == digest).values(
                used_at=now, used_by_key=public_b64))
            conn.execute(update(point).where(point.c.code == row.point_code).values(
                status="active", enrolled_at=now, revoked_at=None, last_contact_at=now))
        info = conn.execute(select(point.c.code, point.c.name).where(
            point.c.code == row.point_code)).one()
        own = conn.execute(select(func.count()).select_from(record).where(
            record.c.origin == row.point_code)).scalar_one()
    log.info("point %s enrolled a new key", info.code)
    return {"point": {"code": info.code, "name": info.name}, "hub_key": identity.public_b64,
            "hub_box_key": identity.box_public_b64,
            "hub_time_ms": hub_ms(), "protocol": wire.PROTOCOL_VERSION, "own_records": own}


class Authenticator:
    """Checks a signed request: live hub challenge, unused nonce, active key, valid signature."""

    def __init__(self, db: Database, identity: HubIdentity) -> None:
        self.db, self.identity = db, identity
        self._last_prune = 0

    def check(self, method: str, path: str, headers: Any, body: bytes, defer_nonce: bool = False) -> Caller:
        """Verify a request; with defer_nonce the caller records the nonce in its own write
        transaction (record_nonce), which saves a commit per pushed chunk."""
        code = headers.get(wire.H_POINT) or ""
        challenge = headers.get(wire.H_CHALLENGE) or ""
        nonce = headers.get(wire.H_NONCE) or ""
        stamp = headers.get(wire.H_TIMESTAMP) or ""
        signature = headers.get(wire.H_SIGNATURE) or ""
        if not (code and challenge and signature and 16 <= len(nonce) <= 64):
            raise wire.WireError("auth-failed", "unsigned request")
        now = hub_ms()
        issued = self.identity.challenge_issued_ms(challenge, now)
        with self.db.read() as conn:
            status = conn.execute(select(point.c.status).where(point.c.code == code)).scalar()
            keys = conn.execute(select(point_key.c.id, point_key.c.public_key, point_key.c.revoked_at).where(
                point_key.c.point_code == code)).all()
        if status is None:
            raise wire.WireError("point-unknown", f"no point {code} at this hub")
        if status == "revoked":
            raise wire.WireError("point-revoked", f"point {code} was revoked by the province")
        signed = wire.request_signing_bytes(method, path, wire.sha256_hex(body), stamp, nonce,
                                            challenge, code)
        key = next((k for k in keys if verify(k.public_key, signature, signed)), None)
        if key is None:
            raise wire.WireError("auth-failed", "signature does not match a key of this point")
        if key.revoked_at is not None:
            raise wire.WireError("point-revoked", f"this key of {code} was revoked or replaced")
        caller = Caller(code, key.id, nonce, issued, nonce_pending=defer_nonce)
        self._prune(now)
        if not defer_nonce:
            with self.db.write() as conn:
                record_nonce(conn, caller)
        return caller

    def _prune(self, now: int) -> None:
        # A nonce only needs remembering while its challenge could still be accepted.
        if now - self._last_prune < 60_000:
            return
        self._last_prune = now
        with self.db.write() as conn:
            conn.execute(used_nonce.delete().where(
                used_nonce.c.seen_ms < now - 2 * wire.CHALLENGE_TTL_S * 1000))


def record_nonce(conn: Any, caller: Caller) -> None:
    """Remember the request's nonce (a second use is a replay) and the point's last contact."""
    try:  # the whole transaction is abandoned on a replay, so no savepoint is needed
        conn.execute(insert(used_nonce).values(point_code=caller.point, nonce=caller.nonce, seen_ms=caller.seen_ms))
    except IntegrityError as exc:
        raise wire.WireError("replay", "this request was already received") from exc
    conn.execute(update(point).where(point.c.code == caller.point).values(last_contact_at=iso_now()))


def state(db: Database, caller: Caller) -> dict[str, Any]:
    """What the point needs before a sync: acknowledged seq and the streams' heads."""
    with db.read() as conn:
        acked = conn.execute(select(point_key.c.acked_seq).where(
            point_key.c.id == caller.key_id)).scalar_one()
        heads = dict(conn.execute(select(stream.c.origin, stream.c.last_seq).where(
            stream.c.origin.in_([wire.PROVINCE_STREAM, caller.point]))).all())
    return {"point": caller.point, "acked_seq": int(acked), "hub_time_ms": hub_ms(),
            "province_head": int(heads.get(wire.PROVINCE_STREAM, 0)),
            "own_head": int(heads.get(caller.point, 0))}


def status(db: Database) -> list[dict[str, Any]]:
    """Per point: last contact, rows received per type, acknowledged sequence."""
    with db.read() as conn:
        points = conn.execute(select(point).order_by(point.c.code)).all()
        acked = dict(conn.execute(select(point_key.c.point_code, point_key.c.acked_seq).where(
            point_key.c.revoked_at.is_(None))).all())
        counts = conn.execute(select(
            record.c.origin, record.c.table_name, func.count(),
            func.sum(record.c.deleted)).group_by(record.c.origin, record.c.table_name)).all()
    rows: dict[str, dict[str, int]] = {}
    tombstones: dict[str, int] = {}
    for origin, table_name, n, dead in counts:
        rows.setdefault(origin, {})[table_name] = int(n) - int(dead or 0)
        tombstones[origin] = tombstones.get(origin, 0) + int(dead or 0)
    return [{"point": p.code, "name": p.name, "status": p.status, "enrolled_at": p.enrolled_at,
             "last_contact": p.last_contact_at, "acknowledged_seq": int(acked.get(p.code, 0)),
             "rows": rows.get(p.code, {}), "deleted_rows": tombstones.get(p.code, 0)}
            for p in points]
