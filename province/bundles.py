"""USB sync at the hub: import points' bundles, export the reply bundles for points.

A bundle is applied exactly like a pushed network chunk (records.apply_chunk, the same
acknowledgement cursor per point key), so importing it twice changes nothing and a point
may mix network and USB syncs. Everything is verified (signature by an active key of
that point, every part's size and hash, decryption, every media file's tags and SHA-256)
before the database is touched; media go to the media store only after verification, and
only files the point's rows refer to (as `HubMedia.may_write` over the network).

One stick carries many points (desktop/sync/bundle.py has the layout):
`import_stick` imports every point's outgoing bundle found under COMMUNE-SYNC/, and
`export_replies` writes the replies of several points. A reply holds the point's
acknowledgement, the province's rows above the cursor the point reported, the media
those rows (and the point's `media_wanted` list) refer to, and, for a point re-enrolled
on a new PC (`recover`), its own history from the hub.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import and_, insert, select, update

from desktop.sync import bundle, wire

from .db import Database, hub_meta, media_ref, point, point_key
from .hub import Hub
from .identity import hub_ms
from .points import Caller, HubError, iso_now
from .records import apply_chunk, pull

log = logging.getLogger("hub.bundles")
_REPLY_KEY = "usb_reply_key:{}"  # the point's X25519 key, from its last bundle
_CURSOR = "usb_province_cursor:{}"  # how far the point had pulled the province stream
_WANTED = "usb_media_wanted:{}"  # published media the point said it lacks
_RECOVER = "usb_recover:{}"  # "own cursor" when the point asked for its own history back
Progress = Callable[[int, int], None]


def _refuse(exc: bundle.BundleError) -> HubError:
    return HubError(exc.code, **{k: str(v) for k, v in exc.params.items()})


def _set_meta(conn: Any, key: str, value: str | None) -> None:
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


def import_bundle(hub: Hub, path: Path, progress: Progress | None = None) -> dict[str, Any]:
    """Verify a point's bundle whole (media included), then apply it as one chunk."""
    try:
        code = str(bundle.peek(path).get("point"))
        status, keys = _point_keys(hub.db, code)
        if status == "revoked":
            raise HubError("bundle-point-revoked", point=code)
        active = {k.public_key: k.id for k in keys} if status else {}
        got = bundle.read(path, kind=bundle.TO_PROVINCE, point=None, trusted=lambda s: s in active,
                          private=hub.identity.box_key)
        # As over the network (HubMedia.may_write), a point brings only files its own rows refer to.
        allowed = set(_media_of(got.records)[0]) | _point_media(hub.db, code)
        staged = bundle.extract_media(got, hub.config.media_tmp, progress=progress,
                                      skip=lambda sha: hub.media.has(sha) or sha not in allowed)
    except bundle.BundleError as exc:
        raise _refuse(exc) from exc
    m = got.manifest
    # Verified media go in first: a file without its row is harmless, the reverse is not.
    for sha, tmp in staged.items():
        final = hub.media.path_of(sha)
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, final)
        hub.media.register(hub.db, sha, final.stat().st_size)
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
    wanted = [s for s in m.get("media_wanted") or [] if wire.is_sha256(s)]
    with hub.db.write() as conn:
        if isinstance(m.get("reply_key"), str):
            _set_meta(conn, _REPLY_KEY.format(code), m["reply_key"])
        if isinstance(m.get("province_cursor"), int):
            _set_meta(conn, _CURSOR.format(code), str(m["province_cursor"]))
        _set_meta(conn, _WANTED.format(code), json.dumps(wanted))
        own = m.get("own_cursor") if m.get("recover") is True and isinstance(m.get("own_cursor"), int) else None
        _set_meta(conn, _RECOVER.format(code), None if own is None else str(own))
        conn.execute(update(point).where(point.c.code == code).values(last_contact_at=iso_now()))
    log.info("bundle from %s imported: seq %d..%d, %d applied, %d media files", code, chunk.from_seq,
             chunk.to_seq, ack.applied, len(staged))
    return {"bundle": str(got.path), "point": code, "seq_from": chunk.from_seq, "seq_to": chunk.to_seq,
            "records": len(got.records), "counts": m.get("counts", {}), "applied": ack.applied,
            "unchanged": ack.unchanged, "acked_seq": ack.acked_seq, "media_files": len(staged),
            "media_bytes": sum(int(x["size"]) for x in got.media if x["sha256"] in staged)}


def _point_media(db: Database, code: str) -> set[str]:
    with db.read() as conn:
        return {r[0] for r in conn.execute(select(media_ref.c.sha256).where(media_ref.c.origin == code))}


def is_bundle(path: Path) -> bool:
    path = Path(path)
    return (path / bundle.MANIFEST).exists() or path.name.startswith(bundle.PARTIAL)


def import_stick(hub: Hub, root: Path, progress: Progress | None = None) -> dict[str, Any]:
    """Import every point's outgoing bundle on a stick, oldest first per point.

    A refused bundle does not stop the others; it is listed under `failed` with its code.
    """
    root = Path(root)
    if not root.is_dir():
        raise HubError("usb-stick-missing", path=str(root))
    found = bundle.find(root, kind=bundle.TO_PROVINCE)
    if not found:
        raise HubError("usb-no-bundles", path=str(root))
    done, failed = [], []
    for path in found:
        try:
            done.append(import_bundle(hub, path, progress))
        except HubError as exc:
            failed.append({"bundle": str(path), "point": path.parent.parent.name, "code": exc.code,
                           "params": {k: str(v) for k, v in exc.params.items()}})
    return {"bundles": done, "failed": failed}


def _media_of(records: list[dict[str, Any]]) -> tuple[list[str], set[str]]:
    """The files the records refer to, and those of them that are public (materials' files)."""
    found: dict[str, None] = {}
    public: set[str] = set()
    for rec in records:
        if rec["table"] in wire.MEDIA_FIELDS and not rec["deleted"]:
            hashes = wire.media_hashes(rec["table"], wire.data_of(rec))
            found.update(dict.fromkeys(hashes))
            if rec["table"] in bundle.PUBLIC_MEDIA_TABLES:
                public.update(hashes)
    return list(found), public


def _pull_all(db: Database, caller: Caller, stream: str, after: int) -> tuple[list[dict[str, Any]], int]:
    records: list[dict[str, Any]] = []
    while True:
        chunk = json.loads(pull(db, caller, stream, after, wire.CHUNK_ROWS * 5))
        records += chunk["records"]
        after = max(after, int(chunk["cursor"]))
        if not chunk["more"]:
            return records, after


def export_reply(hub: Hub, code: str, to_dir: Path, progress: Progress | None = None,
                 max_part_bytes: int | None = None) -> dict[str, Any]:
    """Write the reply bundle for a point: its acknowledgement, the province's rows and media
    it lacks, and (when it asked to recover) its own history."""
    code = (code or "").strip().upper()
    status, keys = _point_keys(hub.db, code)
    if status is None:
        raise HubError("point-not-found", code=code)
    if status == "revoked" or not keys:
        raise HubError("bundle-point-revoked", point=code)
    if not Path(to_dir).is_dir():
        raise HubError("usb-stick-missing", path=str(to_dir))
    key = max(keys, key=lambda k: k.id)
    names = [k.format(code) for k in (_REPLY_KEY, _CURSOR, _WANTED, _RECOVER)]
    with hub.db.read() as conn:
        meta = dict(conn.execute(select(hub_meta.c.key, hub_meta.c.value).where(hub_meta.c.key.in_(names))).all())
        ours = [r[0] for r in conn.execute(select(media_ref.c.sha256).where(media_ref.c.origin == code))]
    reply_key = meta.get(_REPLY_KEY.format(code))
    if not reply_key:
        raise HubError("bundle-no-point-key", point=code)
    start = int(meta.get(_CURSOR.format(code)) or 0)
    caller = Caller(code, key.id, "usb-bundle")
    records, after = _pull_all(hub.db, caller, wire.PROVINCE_STREAM, start)
    extra: dict[str, Any] = {"acked_seq": int(key.acked_seq)}
    recover = meta.get(_RECOVER.format(code))
    if recover is not None:
        own, own_to = _pull_all(hub.db, caller, code, int(recover))
        records += own
        extra["own"] = {"from": int(recover), "to": own_to, "complete": True}
    wanted = json.loads(meta.get(_WANTED.format(code)) or "[]")
    referred, public = _media_of(records)
    send = [sha for sha in dict.fromkeys(referred + wanted)
            if hub.media.has(sha) and hub.media.may_read(hub.db, code, sha)]
    extra["media_wanted"] = sorted({sha for sha in ours if not hub.media.has(sha)})
    try:
        folder = bundle.write(Path(to_dir), kind=bundle.TO_POINT, point=code, seq_from=start, seq_to=after,
                              records=records, signer=hub.identity._key,  # noqa: SLF001 - the hub's own key
                              recipient_b64=reply_key, created_hlc=wire.hlc_text(hub_ms(), 0, wire.PROVINCE_STREAM),
                              extra=extra, media=[bundle.MediaOut(sha, hub.media.path_of(sha), secret=sha not in public)
                                                     for sha in send],
                              max_part_bytes=max_part_bytes, progress=progress)
    except bundle.BundleError as exc:
        raise _refuse(exc) from exc
    # The new reply holds everything an older one for this point held: replace them.
    for old in bundle.find(Path(to_dir), code, bundle.TO_POINT) + bundle.partials(Path(to_dir), code, bundle.TO_POINT):
        if old != folder:
            bundle.remove(old)
    return {"bundle": str(folder), "point": code, "seq_from": start, "seq_to": after,
            "records": len(records), "acked_seq": int(key.acked_seq), "media_files": len(send),
            "media_bytes": sum(hub.media.path_of(sha).stat().st_size for sha in send),
            "recovered": len(records) - sum(1 for r in records if r["origin"] == wire.PROVINCE_STREAM)}


def reply_points(hub: Hub) -> list[str]:
    """`--all`: every active point that has sent a bundle (so has a key to encrypt to)."""
    with hub.db.read() as conn:
        rows = conn.execute(select(hub_meta.c.key).where(hub_meta.c.key.like("usb_reply_key:%"))).all()
        active = {r[0] for r in conn.execute(select(point.c.code).where(point.c.status == "active"))}
    return sorted(c for c in (r[0].split(":", 1)[1] for r in rows) if c in active)


def export_replies(hub: Hub, codes: list[str] | None, to_dir: Path,
                   progress: Progress | None = None) -> dict[str, Any]:
    """Replies for several points (None: every point that can get one); failures are listed."""
    codes = list(dict.fromkeys(c.strip().upper() for c in codes)) if codes else reply_points(hub)
    if not codes:
        raise HubError("usb-no-points")
    done, failed = [], []
    for code in codes:
        try:
            done.append(export_reply(hub, code, to_dir, progress))
        except HubError as exc:
            if exc.code in ("bundle-no-space", "bundle-write-failed", "usb-stick-missing"):
                raise
            failed.append({"point": code, "code": exc.code, "params": {k: str(v) for k, v in exc.params.items()}})
    return {"bundles": done, "failed": failed}
