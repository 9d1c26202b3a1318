"""USB sync at the point (đồng bộ qua USB): export the waiting change set, import the reply.

The same change feed, cursors and idempotent apply as the network session: export reads
own rows above the acknowledged seq (desktop/core/changes), import applies the province's
rows with the pull cursor in the same transaction and moves the acknowledgement forward.
Nothing is acknowledged by an export: only the province's reply does that.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop.core import changes
from desktop.core.errors import PointError
from desktop.core.paths import Paths
from desktop.core.workspace import Workspace

from . import bundle, keys, session, wire
from .client import SyncError
from .lock import SyncLock
from .service import lock_path

log = logging.getLogger("point.sync.usb")
BOX_KEY_FILE = "point_x25519.pem"
M_HUB_BOX = "hub_box_key"


class BundleRefused(PointError):
    """A bundle refused whole (code bundle-...); the database was not touched."""

    code = "bundle-damaged"


def _refused(exc: bundle.BundleError) -> BundleRefused:
    return BundleRefused(exc.code, **{k: str(v) for k, v in exc.params.items()})


def box_key(paths: Paths) -> X25519PrivateKey:
    """The point's X25519 key that reply bundles are encrypted to (made on first use)."""
    path = keys.key_dir(paths) / BOX_KEY_FILE
    if not path.exists():
        keys._write_private(path, X25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, X25519PrivateKey):
        raise ValueError(f"{path} is not an X25519 key")
    return key


def _outgoing(raw: dict[str, Any] | str) -> dict[str, Any]:
    """One envelope as a dict, personal fields blanked: a stick may be lost, and the hub may
    not collect them. The envelope's `data` keeps the shape the change feed gave it."""
    rec = json.loads(raw) if isinstance(raw, str) else dict(raw)
    if rec["table"] in wire.PERSONAL_FIELDS:
        as_text = isinstance(rec["data"], str)
        data = json.loads(rec["data"]) if as_text else rec["data"]
        cleaned = wire.redact(rec["table"], data)
        if cleaned is not data:
            rec["data"] = wire.compact_json(cleaned).decode() if as_text else cleaned
    return rec


def export(paths: Paths, to_dir: Path, max_part_bytes: int = bundle.MAX_PART_BYTES) -> dict[str, Any]:
    """Write every own row the province has not acknowledged as one bundle under to_dir."""
    with SyncLock(lock_path(paths)), Workspace.open(paths) as ws:
        store = ws.store
        key = keys.load(paths)
        hub_box = store.get_meta(M_HUB_BOX)
        if key is None or not store.get_meta("hub_key"):
            raise SyncError("sync-not-enrolled")
        if not hub_box:
            raise BundleRefused("bundle-no-hub-key")
        acked = int(store.get_meta(session.M_ACKED) or 0)
        records: list[dict[str, Any]] = []
        upto = acked
        while True:
            batch = changes.read_changes(store, upto, store.origin, wire.CHUNK_ROWS)
            records += batch.records
            if batch.to_seq <= upto:
                break
            upto = batch.to_seq
        records = [_outgoing(r) for r in records]
        try:
            folder = bundle.write(
                Path(to_dir), kind=bundle.TO_PROVINCE, point=store.origin, seq_from=acked, seq_to=upto,
                records=records, signer=key.private, recipient_b64=hub_box, created_hlc=str(store.clock.now()),
                extra={"reply_key": bundle.raw_public(box_key(paths)),
                       "province_cursor": int(store.get_meta(session.M_PULL) or 0)},
                max_part_bytes=max_part_bytes)
        except bundle.BundleError as exc:
            raise _refused(exc) from exc
        counts: dict[str, int] = {}
        for rec in records:
            counts[rec["table"]] = counts.get(rec["table"], 0) + 1
        log.info("bundle written: %s (%d records)", folder, len(records))
        return {"bundle": str(folder), "point": store.origin, "seq_from": acked, "seq_to": upto,
                "records": len(records), "counts": counts}


def import_reply(paths: Paths, path: Path) -> dict[str, Any]:
    """Verify the province's reply bundle whole, then apply it like pulled chunks."""
    with SyncLock(lock_path(paths)), Workspace.open(paths) as ws:
        store = ws.store
        hub_key = store.get_meta("hub_key")
        if not hub_key:
            raise SyncError("sync-not-enrolled")
        try:
            got = bundle.read(Path(path), kind=bundle.TO_POINT, point=store.origin,
                              trusted=lambda signer: signer == hub_key, private=box_key(paths))
        except bundle.BundleError as exc:
            raise _refused(exc) from exc
        stray = [r for r in got.records if r["origin"] != wire.PROVINCE_STREAM]
        if stray:
            raise BundleRefused("bundle-damaged", detail=f"{len(stray)} rows from {stray[0]['origin']}")
        cursor = int(store.get_meta(session.M_PULL) or 0)
        seq_from, seq_to = int(got.manifest["seq_from"]), int(got.manifest["seq_to"])
        if seq_from > cursor:
            raise BundleRefused("bundle-out-of-order", expected=str(cursor), found=str(seq_from))
        acked = int(store.get_meta(session.M_ACKED) or 0)
        hub_acked = int(got.manifest.get("acked_seq") or 0)
        applied = changes.apply_records(store, got.records, meta={
            session.M_PULL: str(max(cursor, seq_to)), session.M_ACKED: str(max(acked, hub_acked))})
        return {"bundle": str(got.path), "point": store.origin, "applied": applied.applied,
                "unchanged": applied.unchanged, "conflicts": applied.conflicts,
                "received": applied.by_table, "acked_seq": max(acked, hub_acked),
                "local_seq": store.max_seq()}
