"""USB sync at the hub: import a point's bundle, export the reply bundle for a point.

A bundle is applied exactly like a pushed network chunk (records.apply_chunk, the same
acknowledgement cursor per point key), so importing it twice changes nothing and a point
may mix network and USB syncs. Everything is verified (signature by an active key of
that point, every part's size and hash, decryption) before the database is touched.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from sqlalchemy import and_, insert, select, update

from desktop.sync import bundle, wire

from .db import Database, hub_meta, point, point_key
from .hub import Hub
from .identity import hub_ms
from .points import Caller, HubError, iso_now
from .records import apply_chunk, pull

log = logging.getLogger("hub.bundles")
_REPLY_KEY = "usb_reply_key:{}"  # the point's X25519 key, from its last bundle
_CURSOR = "usb_province_cursor:{}"  # how far the point had pulled the province stream


def _refuse(exc: bundle.BundleError) -> HubError:
    return HubError(exc.code, **{k: str(v) for k, v in exc.params.items()})


def _set_meta(conn: Any, key: str, value: str) -> None:
    if conn.execute(select(hub_meta.c.key).where(hub_meta.c.key == key)).first() is None:
        conn.execute(insert(hub_meta).values(key=key, value=value))
    else:
        conn.execute(update(hub_meta).where(hub_meta.c.key == key).values(value=value))


def _point_keys(db: Database, code: str) -> tuple[str | None, list[Any]]:
    with db.read() as conn:
        status = conn.execute(select(point.c.status).where(point.c.code == code)).scalar()
        keys = conn.execute(select(point_key.c.id, point_key.c.public_key, point_key.c.acked_seq).where(
            and_(point_key.c.point_code == code, point_key.c.revoked_at.is_(None)))).all()
    return status, keys


def import_bundle(hub: Hub, path: Path) -> dict[str, Any]:
    """Verify a point's bundle whole, then apply it as one chunk; returns what changed."""
    try:
        code = str(bundle.peek(path).get("point"))
        status, keys = _point_keys(hub.db, code)
        if status == "revoked":
            raise HubError("bundle-point-revoked", point=code)
        active = {k.public_key: k.id for k in keys} if status else {}
        got = bundle.read(path, kind=bundle.TO_PROVINCE, point=None, trusted=lambda s: s in active,
                          private=hub.identity.box_key)
    except bundle.BundleError as exc:
        raise _refuse(exc) from exc
    m = got.manifest
    caller = Caller(code, active[m["signer"]], "usb-bundle")
    chunk = wire.PushChunk(code, int(m["seq_from"]), int(m["seq_to"]), got.records)
    try:
        ack = apply_chunk(hub.db, caller, chunk, redact=not hub.config.collect_names)
    except wire.WireError as exc:
        if exc.code == "chunk-gap":
            raise HubError("bundle-out-of-order", expected=exc.extra.get("acked_seq"),
                           found=chunk.from_seq) from exc
        if exc.code == "point-revoked":
            raise HubError("bundle-point-revoked", point=code) from exc
        raise HubError("bundle-damaged", detail=exc.detail) from exc
    with hub.db.write() as conn:
        if isinstance(m.get("reply_key"), str):
            _set_meta(conn, _REPLY_KEY.format(code), m["reply_key"])
        if isinstance(m.get("province_cursor"), int):
            _set_meta(conn, _CURSOR.format(code), str(m["province_cursor"]))
        conn.execute(update(point).where(point.c.code == code).values(last_contact_at=iso_now()))
    log.info("bundle from %s imported: seq %d..%d, %d applied", code, chunk.from_seq, chunk.to_seq, ack.applied)
    return {"bundle": str(got.path), "point": code, "seq_from": chunk.from_seq, "seq_to": chunk.to_seq,
            "records": len(got.records), "counts": m.get("counts", {}), "applied": ack.applied,
            "unchanged": ack.unchanged, "acked_seq": ack.acked_seq}


def export_reply(hub: Hub, code: str, to_dir: Path) -> dict[str, Any]:
    """Write the reply bundle for a point: its acknowledgement and the province's rows it lacks."""
    code = (code or "").strip().upper()
    status, keys = _point_keys(hub.db, code)
    if status is None:
        raise HubError("point-not-found", code=code)
    if status == "revoked" or not keys:
        raise HubError("bundle-point-revoked", point=code)
    key = max(keys, key=lambda k: k.id)
    with hub.db.read() as conn:
        meta = dict(conn.execute(select(hub_meta.c.key, hub_meta.c.value).where(
            hub_meta.c.key.in_([_REPLY_KEY.format(code), _CURSOR.format(code)]))).all())
    reply_key = meta.get(_REPLY_KEY.format(code))
    if not reply_key:
        raise HubError("bundle-no-point-key", point=code)
    start = after = int(meta.get(_CURSOR.format(code)) or 0)
    caller = Caller(code, key.id, "usb-bundle")
    records: list[dict[str, Any]] = []
    while True:
        chunk = json.loads(pull(hub.db, caller, wire.PROVINCE_STREAM, after, wire.CHUNK_ROWS * 5))
        records += chunk["records"]
        after = max(after, int(chunk["cursor"]))
        if not chunk["more"]:
            break
    acked = int(key.acked_seq)
    try:
        folder = bundle.write(Path(to_dir), kind=bundle.TO_POINT, point=code, seq_from=start, seq_to=after,
                              records=records, signer=hub.identity._key,  # noqa: SLF001 - the hub's own key
                              recipient_b64=reply_key, created_hlc=wire.hlc_text(hub_ms(), 0, wire.PROVINCE_STREAM),
                              extra={"acked_seq": acked})
    except bundle.BundleError as exc:
        raise _refuse(exc) from exc
    return {"bundle": str(folder), "point": code, "seq_from": start, "seq_to": after,
            "records": len(records), "acked_seq": acked}
