"""USB sync at the point (đồng bộ qua USB): export the waiting change set, import the reply.

The same change feed, cursors and idempotent apply as the network session: export reads
own rows above the acknowledged seq (desktop/core/changes), import applies the province's
rows with the pull cursor in the same transaction and moves the acknowledgement forward.
Nothing is acknowledged by an export: only the province's reply does that.

Stick layout (desktop/sync/bundle.py; one stick carries many points, each takes its own)::

    <stick>/COMMUNE-SYNC/<POINT>/to-province/out-<from>-<to>/            written here
    <stick>/COMMUNE-SYNC/<POINT>/from-province/reply-<from>-<to>-a<ack>/ read here

Service API for the CLI and the "Sync by USB" screen (stable names; each call opens its
own Workspace, so it may run on a worker thread; one USB or network sync at a time):

- `export_to(ws_or_paths, stick_root, progress=None) -> dict`: write the outgoing bundle
  (rows above the acknowledgement, own media the province lacks as far as we know, the
  list of published media we lack). Summary keys: bundle, point, seq_from, seq_to,
  records, counts, media_files, media_bytes, removed (older bundles of ours replaced).
- `import_from(ws_or_paths, stick_root_or_bundle, progress=None) -> dict`: verify and
  apply this point's reply bundle(s) found on the stick (or one bundle folder). Summary
  keys: bundles (one dict each: bundle, applied, unchanged, conflicts, received,
  recovered, media_files, media_bytes), and over them all: bundle (the last), applied,
  unchanged, conflicts, received, recovered, media_files, acked_seq, local_seq, waiting,
  delivered (nothing of ours waits for the province). An applied reply is removed
  from the stick (best effort): the province can always write a new one.
- `pending_on(stick_root, point) -> list[dict]`: reply bundles on the stick waiting for
  this point (unverified manifests): bundle, seq_from, seq_to, acked_seq, records,
  media_files, media_bytes, created_hlc.
- `usb_status(ws_or_paths) -> dict`: last_export {at, bundle, seq_from, seq_to, records,
  media_files, media_bytes} or None, last_import {at, bundle, acked_seq, applied} or None,
  acked_seq, local_seq, waiting, delivered.

`progress(done, total)` counts bytes (records payload plus media). Errors are PointError
subclasses whose codes have a vi/en sentence in desktop/messages.py: StickError
(usb-stick-missing, bundle-no-space, bundle-write-failed, bundle-read-failed),
BundleRefused (bundle-*: damaged, wrong point, unknown key, out of order, ...; the
database is untouched), UsbError (usb-no-reply), SyncError (sync-not-enrolled, sync-busy).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop.core import changes
from desktop.core.errors import PointError
from desktop.core.paths import Paths
from desktop.core.store import utc_now_iso
from desktop.core.workspace import Workspace

from . import bundle, keys, session, wire
from .client import SyncError
from .lock import SyncLock
from .service import lock_path

log = logging.getLogger("point.sync.usb")
BOX_KEY_FILE = "point_x25519.pem"
M_HUB_BOX = "hub_box_key"
M_LAST_EXPORT = "usb_last_export"
M_LAST_IMPORT = "usb_last_import"
M_HUB_WANTS = "usb_hub_wants"  # own media the province said it lacks (from its last reply)

Progress = Callable[[int, int], None]


class UsbError(PointError):
    """A USB sync could not be done (code usb-...)."""

    code = "usb-error"


class StickError(UsbError):
    """The stick is missing, full, pulled out or unreadable; nothing half-written is left."""

    code = "usb-stick-missing"


class BundleRefused(UsbError):
    """A bundle refused whole (code bundle-...); the database was not touched."""

    code = "bundle-damaged"


_STICK_CODES = ("bundle-no-space", "bundle-write-failed", "bundle-read-failed")


def _refused(exc: bundle.BundleError) -> UsbError:
    params = {k: str(v) for k, v in exc.params.items()}
    return StickError(exc.code, **params) if exc.code in _STICK_CODES else BundleRefused(exc.code, **params)


def _paths(ws_or_paths: Workspace | Paths) -> Paths:
    return ws_or_paths.paths if isinstance(ws_or_paths, Workspace) else ws_or_paths


def _stick(stick_root: Path) -> Path:
    root = Path(stick_root)
    if not root.is_dir():
        raise StickError("usb-stick-missing", path=str(root))
    return root


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


def _json_meta(store: Any, key: str) -> Any:
    raw = store.get_meta(key)
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return None


def export_to(ws_or_paths: Workspace | Paths, stick_root: Path, progress: Progress | None = None,
              max_part_bytes: int | None = None) -> dict[str, Any]:
    """Write every own row the province has not acknowledged, with its media, as one bundle."""
    paths = _paths(ws_or_paths)
    stick = _stick(stick_root)
    with SyncLock(lock_path(paths)), Workspace.open(paths) as ws:
        store = ws.store
        key = keys.load(paths)
        hub_box = store.get_meta(M_HUB_BOX)
        if key is None or not store.get_meta("hub_key"):
            raise SyncError("sync-not-enrolled")
        if not hub_box:
            raise BundleRefused("bundle-no-hub-key")
        code = store.origin
        acked = int(store.get_meta(session.M_ACKED) or 0)
        # Own rows as the change feed's JSON text, personal fields blanked by SQL: a stick
        # may be lost, and the hub may not collect them.
        records: list[str] = []
        counts: dict[str, int] = {}
        public: set[str] = set()  # files of materials: public, they travel unencrypted
        upto = acked
        while True:
            batch = changes.read_changes(store, upto, code, wire.CHUNK_ROWS * 25, wire.PERSONAL_FIELDS)
            records += batch.records
            for table, text in zip(batch.tables, batch.records, strict=True):
                counts[table] = counts.get(table, 0) + 1
                if table in bundle.PUBLIC_MEDIA_TABLES:
                    public.update(wire.media_hashes(table, wire.data_of(json.loads(text))))
            if batch.to_seq <= upto:
                break
            upto = batch.to_seq
        # Media: files our rows above the acknowledgement refer to, and those the province
        # said it still lacks; and the published files we lack, for the reply to bring.
        refs = changes.media_refs(store, 0, store.max_seq())
        recent = {sha for sha, origin in changes.media_refs(store, acked, upto) if origin == code}
        wanted_by_hub = set(_json_meta(store, M_HUB_WANTS) or [])
        send = sorted(sha for sha in recent | wanted_by_hub if ws.media.has(sha))
        we_lack = sorted({sha for sha, origin in refs if origin != code and not ws.media.has(sha)})
        recover = store.get_meta(session.M_RECOVER) == "1"
        try:
            folder = bundle.write(
                stick, kind=bundle.TO_PROVINCE, point=code, seq_from=acked, seq_to=upto,
                records=records, signer=key.private, recipient_b64=hub_box, created_hlc=str(store.clock.now()),
                extra={"reply_key": bundle.raw_public(box_key(paths)),
                       "province_cursor": int(store.get_meta(session.M_PULL) or 0),
                       "media_wanted": we_lack, "recover": recover,
                       "own_cursor": int(store.get_meta(session.M_OWN) or 0)},
                media=[bundle.MediaOut(sha, ws.media.path_of(sha), secret=sha not in public) for sha in send],
                max_part_bytes=max_part_bytes, progress=progress, counts=counts)
        except bundle.BundleError as exc:
            raise _refused(exc) from exc
        # The new bundle holds everything the older ones of this point held: replace them.
        removed = [str(p) for p in bundle.find(stick, code, bundle.TO_PROVINCE) if p != folder and bundle.remove(p)]
        for leftover in bundle.partials(stick, code, bundle.TO_PROVINCE):
            bundle.remove(leftover)
        media_bytes = sum(ws.media.path_of(sha).stat().st_size for sha in send)
        summary = {"bundle": str(folder), "point": code, "seq_from": acked, "seq_to": upto,
                   "records": len(records), "counts": counts, "media_files": len(send),
                   "media_bytes": media_bytes, "media_wanted": len(we_lack), "removed": removed}
        store.set_meta(M_LAST_EXPORT, json.dumps({
            "at": utc_now_iso(), "bundle": str(folder), "seq_from": acked, "seq_to": upto,
            "records": len(records), "media_files": len(send), "media_bytes": media_bytes}))
        log.info("bundle written: %s (%d records, %d media files)", folder, len(records), len(send))
        return summary


def _targets(stick_or_bundle: Path, code: str) -> list[Path]:
    path = Path(stick_or_bundle)
    if (path / bundle.MANIFEST).exists() or path.name.startswith(bundle.PARTIAL):
        return [path]
    _stick(path)
    found = bundle.find(path, code, bundle.TO_POINT)
    if not found:
        raise UsbError("usb-no-reply", point=code, path=str(path))
    return found


def _hub_time(hlc: Any) -> str | None:
    """When the province wrote a reply, by its own clock (this PC's may be years off)."""
    try:
        wall = wire.parse_hlc(str(hlc))[0]
    except wire.WireError:
        return None
    return datetime.fromtimestamp(wall / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _apply_reply(ws: Workspace, paths: Paths, path: Path, progress: Progress | None) -> dict[str, Any]:
    store = ws.store
    hub_key = store.get_meta("hub_key")
    code = store.origin
    try:
        got = bundle.read(path, kind=bundle.TO_POINT, point=code,
                          trusted=lambda signer: signer == hub_key, private=box_key(paths))
    except bundle.BundleError as exc:
        raise _refused(exc) from exc
    m = got.manifest
    stray = [r for r in got.records if r["origin"] not in (wire.PROVINCE_STREAM, code)]
    if stray:
        raise BundleRefused("bundle-damaged", detail=f"{len(stray)} rows from {stray[0]['origin']}")
    province = [r for r in got.records if r["origin"] == wire.PROVINCE_STREAM]
    own = [r for r in got.records if r["origin"] == code]
    cursor = int(store.get_meta(session.M_PULL) or 0)
    try:
        seq_from, seq_to = int(m["seq_from"]), int(m["seq_to"])
        own_range = m.get("own") if isinstance(m.get("own"), dict) else None
        if own_range is not None:
            own_range = {"from": int(own_range["from"]), "to": int(own_range["to"]),
                         "complete": own_range.get("complete") is True}
    except (KeyError, TypeError, ValueError) as exc:
        raise BundleRefused("bundle-damaged", detail="manifest.json") from exc
    if seq_from > cursor:
        raise BundleRefused("bundle-out-of-order", expected=str(cursor), found=str(seq_from))
    own_cursor = int(store.get_meta(session.M_OWN) or 0)
    if own and own_range is None:
        raise BundleRefused("bundle-damaged", detail="own rows without a range")
    if own_range and int(own_range["from"]) > own_cursor:
        raise BundleRefused("bundle-out-of-order", expected=str(own_cursor), found=str(own_range["from"]))
    # Media first: each verified (tags, SHA-256) into the temp folder, then moved in place.
    # A file without its row yet is harmless; a row without its file is what we avoid.
    try:
        staged = bundle.extract_media(got, paths.media_tmp, skip=ws.media.has, progress=progress)
    except bundle.BundleError as exc:
        raise _refused(exc) from exc
    for sha, tmp in staged.items():
        final = ws.media.path_of(sha)
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, final)
    acked = int(store.get_meta(session.M_ACKED) or 0)
    hub_acked = int(m.get("acked_seq") or 0)
    meta = {session.M_PULL: str(max(cursor, seq_to)), session.M_ACKED: str(max(acked, hub_acked)),
            M_HUB_WANTS: json.dumps([s for s in m.get("media_wanted") or [] if wire.is_sha256(s)]),
            session.M_LAST_RESULT: "ok"}
    written = _hub_time(m.get("created_hlc"))
    if written and written > (store.get_meta(session.M_LAST_SYNC) or ""):
        meta[session.M_LAST_SYNC] = written  # the province's clock, like a network sync's
    applied = changes.apply_records(store, province, meta=meta)
    recovered = 0
    if own_range:
        done = changes.apply_records(store, own, meta={
            session.M_OWN: str(max(own_cursor, int(own_range["to"]))),
            session.M_RECOVER: "0" if own_range.get("complete") else store.get_meta(session.M_RECOVER)})
        recovered = done.applied
    return {"bundle": str(got.path), "seq_from": seq_from, "seq_to": seq_to, "applied": applied.applied,
            "unchanged": applied.unchanged, "conflicts": applied.conflicts, "received": applied.by_table,
            "recovered": recovered, "acked_seq": max(acked, hub_acked),
            "media_files": len(staged), "media_bytes": sum(int(x["size"]) for x in got.media
                                                           if x["sha256"] in staged)}


def import_from(ws_or_paths: Workspace | Paths, stick_root: Path,
                progress: Progress | None = None) -> dict[str, Any]:
    """Verify and apply this point's reply bundles on the stick (or one bundle folder)."""
    paths = _paths(ws_or_paths)
    with SyncLock(lock_path(paths)), Workspace.open(paths) as ws:
        store = ws.store
        if not store.get_meta("hub_key"):
            raise SyncError("sync-not-enrolled")
        code = store.origin
        results = []
        for target in _targets(stick_root, code):
            result = _apply_reply(ws, paths, target, progress)
            results.append(result)
            store.set_meta(M_LAST_IMPORT, json.dumps({
                "at": utc_now_iso(), "bundle": result["bundle"], "acked_seq": result["acked_seq"],
                "applied": result["applied"], "recovered": result["recovered"]}))
            log.info("reply imported: %s (%d applied)", target, result["applied"])
        if any(r["media_files"] for r in results):
            ws.materials.extract_pending()  # published documents become searchable by their text
        for target in _targets_to_remove(stick_root, results):
            bundle.remove(target)
        acked = int(store.get_meta(session.M_ACKED) or 0)
        waiting = changes.waiting_count(store, acked, code)
        received: dict[str, int] = {}
        for r in results:
            for table, n in r["received"].items():
                received[table] = received.get(table, 0) + n
        return {"point": code, "bundle": results[-1]["bundle"], "bundles": results,
                "applied": sum(r["applied"] for r in results), "unchanged": sum(r["unchanged"] for r in results),
                "conflicts": sum(r["conflicts"] for r in results), "received": received,
                "recovered": sum(r["recovered"] for r in results),
                "media_files": sum(r["media_files"] for r in results), "acked_seq": acked,
                "local_seq": store.max_seq(), "waiting": waiting, "delivered": waiting == 0}


def _targets_to_remove(stick_root: Path, results: list[dict[str, Any]]) -> list[Path]:
    """Applied replies found on a stick (a bundle folder named directly is left alone)."""
    root = Path(stick_root)
    if (root / bundle.MANIFEST).exists():
        return []
    return [Path(r["bundle"]) for r in results]


def pending_on(stick_root: Path, point: str) -> list[dict[str, Any]]:
    """Reply bundles on the stick for this point (manifests as written, not yet verified)."""
    root = Path(stick_root)
    if not root.is_dir():
        return []
    out = []
    for path in bundle.find(root, point, bundle.TO_POINT):
        try:
            m = bundle.peek(path)
        except bundle.BundleError:
            continue
        media = m.get("media") if isinstance(m.get("media"), list) else []
        out.append({"bundle": str(path), "point": point, "seq_from": m.get("seq_from"), "seq_to": m.get("seq_to"),
                    "acked_seq": m.get("acked_seq"), "records": m.get("records"), "media_files": len(media),
                    "media_bytes": sum(int(x.get("size") or 0) for x in media if isinstance(x, dict)),
                    "created_hlc": m.get("created_hlc")})
    return out


def usb_status(ws_or_paths: Workspace | Paths) -> dict[str, Any]:
    """What the USB screen shows: the last bundle written and the last reply imported."""
    with Workspace.open(_paths(ws_or_paths)) as ws:
        store = ws.store
        acked = int(store.get_meta(session.M_ACKED) or 0)
        waiting = changes.waiting_count(store, acked, store.origin)
        return {"point": store.origin, "enrolled": bool(store.get_meta("hub_key")),
                "can_export": bool(store.get_meta(M_HUB_BOX)),
                "last_export": _json_meta(store, M_LAST_EXPORT), "last_import": _json_meta(store, M_LAST_IMPORT),
                "acked_seq": acked, "local_seq": store.max_seq(), "waiting": waiting, "delivered": waiting == 0}


# Older names (kept for callers written before the service API settled).
def export(paths: Paths, to_dir: Path, max_part_bytes: int | None = None) -> dict[str, Any]:
    return export_to(paths, to_dir, max_part_bytes=max_part_bytes)


def import_reply(paths: Paths, path: Path) -> dict[str, Any]:
    return import_from(paths, path)
