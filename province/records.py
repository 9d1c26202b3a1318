"""Records at the hub: points' pushed chunks, the province's published rows, and pull feeds.

Records are kept per origin stream: (origin, table, id) is the key and `stream_seq` a
per-origin counter, so each point's chunks lock only that point's stream, and a pull
cursor never skips a row committed late (the stream row is locked while seqs are assigned).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, bindparam, delete, insert, or_, select, text, update
from sqlalchemy.engine import Connection

from desktop.sync import wire

from .db import Database, hub_meta, media_ref, point_key, record, stream
from .identity import hub_ms
from .points import Caller, iso_now

log = logging.getLogger("hub.records")
_IN_BATCH = 500


def _data_text(data: dict[str, Any]) -> str:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def _lock_stream(db: Database, conn: Connection, origin: str) -> int:
    """Lock this origin's stream row (creating it) and return its last seq."""
    row = db.lock_row(conn, "SELECT last_seq FROM stream WHERE origin = :o", o=origin)
    if row is None:
        conn.execute(insert(stream).values(origin=origin, last_seq=0))
        row = db.lock_row(conn, "SELECT last_seq FROM stream WHERE origin = :o", o=origin)
    return int(row[0])


def _existing(conn: Connection, origin: str, records: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    by_table: dict[str, list[str]] = {}
    for rec in records:
        by_table.setdefault(rec["table"], []).append(rec["id"])
    found: dict[tuple[str, str], str] = {}
    for table_name, ids in by_table.items():
        for i in range(0, len(ids), _IN_BATCH):
            rows = conn.execute(select(record.c.id, record.c.hlc).where(and_(
                record.c.origin == origin, record.c.table_name == table_name,
                record.c.id.in_(ids[i:i + _IN_BATCH]))))
            found.update({(table_name, r.id): r.hlc for r in rows})
    return found


_UPDATE = update(record).where(and_(
    record.c.origin == bindparam("k_origin"), record.c.table_name == bindparam("k_table"),
    record.c.id == bindparam("k_id"))).values(
    hlc=bindparam("hlc"), deleted=bindparam("deleted"), data=bindparam("data"),
    stream_seq=bindparam("stream_seq"), target=bindparam("target"),
    received_at=bindparam("received_at"))


class _Writer:
    """Applies records of one origin in order, last-writer-wins by hlc, in the caller's transaction."""

    def __init__(self, db: Database, conn: Connection, origin: str, target: str | None = None) -> None:
        self.db, self.conn, self.origin, self.target = db, conn, origin, target
        self.seq = _lock_stream(db, conn, origin)
        self.inserts: list[dict[str, Any]] = []
        self.updates: list[dict[str, Any]] = []
        self.hashes: set[str] = set()
        self.applied = self.unchanged = 0
        self.now = iso_now()

    def apply(self, records: list[dict[str, Any]]) -> None:
        known = _existing(self.conn, self.origin, records)
        for rec in records:
            key = (rec["table"], rec["id"])
            old = known.get(key)
            if old is not None and rec["hlc"] <= old:
                self.unchanged += 1
                continue
            if rec["table"] == "deletion":
                self._erase(rec["data"], known)
            self.seq += 1
            row = {"hlc": rec["hlc"], "deleted": rec["deleted"], "data": _data_text(rec["data"]),
                   "stream_seq": self.seq, "target": self.target, "received_at": self.now}
            if old is None:
                self.inserts.append({"origin": self.origin, "table_name": rec["table"],
                                     "id": rec["id"], **row})
            else:
                self.updates.append({"k_origin": self.origin, "k_table": rec["table"],
                                     "k_id": rec["id"], **row})
            known[key] = rec["hlc"]
            self.hashes.update(wire.media_hashes(rec["table"], rec["data"]))
            self.applied += 1

    def _erase(self, data: dict[str, Any], known: dict[tuple[str, str], str]) -> None:
        # A hard delete (right to erasure) removes the row here too; only this origin's rows.
        table_name, row_id = data.get("table_name"), data.get("row_id")
        if not isinstance(table_name, str) or not isinstance(row_id, str):
            return
        self.flush()
        self.conn.execute(delete(record).where(and_(
            record.c.origin == self.origin, record.c.table_name == table_name, record.c.id == row_id)))
        known.pop((table_name, row_id), None)

    def flush(self) -> None:
        if self.inserts:
            self.conn.execute(insert(record), self.inserts)
        if self.updates:
            self.conn.execute(_UPDATE, self.updates)
        self.inserts, self.updates = [], []

    def finish(self) -> None:
        self.flush()
        self.conn.execute(update(stream).where(stream.c.origin == self.origin).values(last_seq=self.seq))
        if self.hashes:
            have = {r[0] for r in self.conn.execute(select(media_ref.c.sha256).where(and_(
                media_ref.c.origin == self.origin, media_ref.c.sha256.in_(sorted(self.hashes)))))}
            new = [{"sha256": h, "origin": self.origin} for h in sorted(self.hashes - have)]
            if new:
                self.conn.execute(insert(media_ref), new)


def apply_chunk(db: Database, caller: Caller, chunk: wire.PushChunk) -> wire.PushAck:
    """Apply one point's chunk in ONE transaction and acknowledge it; the same chunk twice is a no-op."""
    if chunk.point != caller.point:
        raise wire.WireError("origin-mismatch", f"chunk for {chunk.point} sent by {caller.point}")
    foreign = [r for r in chunk.records if r["origin"] != caller.point]
    if foreign:
        raise wire.WireError(
            "origin-mismatch", f"{len(foreign)} rows belong to {foreign[0]['origin']}, not {caller.point}",
            rows=len(foreign), origin=foreign[0]["origin"])
    with db.write() as conn:
        row = db.lock_row(conn, "SELECT acked_seq, revoked_at FROM point_key WHERE id = :i", i=caller.key_id)
        if row is None or row[1] is not None:
            raise wire.WireError("point-revoked", "this key was revoked")
        acked = int(row[0])
        if chunk.from_seq > acked:
            raise wire.WireError("chunk-gap", f"hub holds up to {acked}", acked_seq=acked)
        if chunk.to_seq <= acked:
            return wire.PushAck(acked, 0, len(chunk.records))
        writer = _Writer(db, conn, caller.point)
        writer.apply(chunk.records)
        writer.finish()
        conn.execute(update(point_key).where(point_key.c.id == caller.key_id).values(
            acked_seq=chunk.to_seq, last_used_at=writer.now))
    return wire.PushAck(chunk.to_seq, writer.applied, writer.unchanged)


def pull(db: Database, caller: Caller, stream_name: str, after: int, limit: int) -> bytes:
    """The next records of a stream above `after`, as the JSON body to send."""
    if stream_name not in (wire.PROVINCE_STREAM, caller.point):
        raise wire.WireError("forbidden", "a point pulls the province's stream or its own")
    limit = max(1, min(limit, wire.CHUNK_ROWS * 5))
    with db.read() as conn:
        # Head first: every row at or below it is committed and visible to the next query.
        head = conn.execute(select(stream.c.last_seq).where(stream.c.origin == stream_name)).scalar() or 0
        query = select(record.c.table_name, record.c.id, record.c.origin, record.c.hlc,
                       record.c.deleted, record.c.data, record.c.stream_seq).where(and_(
            record.c.origin == stream_name, record.c.stream_seq > after, record.c.stream_seq <= head,
            or_(record.c.target.is_(None), record.c.target == caller.point))
        ).order_by(record.c.stream_seq).limit(limit + 1)
        rows = conn.execute(query).all()
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = rows[-1].stream_seq if more else max(int(head), after)
    parts = [
        b'{"table":%s,"id":%s,"origin":%s,"hlc":%s,"deleted":%d,"data":%s}' % (
            json.dumps(r.table_name).encode(), json.dumps(r.id, ensure_ascii=False).encode(),
            json.dumps(r.origin).encode(), json.dumps(r.hlc).encode(), int(r.deleted),
            r.data.encode())
        for r in rows]
    return b'{"stream":%s,"cursor":%d,"more":%s,"records":[%s]}' % (
        json.dumps(stream_name).encode(), cursor, b"true" if more else b"false", b",".join(parts))


def next_province_hlc(db: Database, conn: Connection) -> str:
    """The province's hybrid logical clock, kept in hub_meta (call inside a write transaction)."""
    row = db.lock_row(conn, "SELECT value FROM hub_meta WHERE key = 'hlc'")
    wall, counter = hub_ms(), 0
    if row is not None:
        last_wall, last_counter, _ = wire.parse_hlc(row[0])
        if wall <= last_wall:
            wall, counter = last_wall, last_counter + 1
    value = wire.hlc_text(wall, counter, wire.PROVINCE_STREAM)
    if row is None:
        conn.execute(insert(hub_meta).values(key="hlc", value=value))
    else:
        conn.execute(update(hub_meta).where(hub_meta.c.key == "hlc").values(value=value))
    return value


def write_province_rows(db: Database, rows: Iterable[tuple[str, str, dict[str, Any], int]],
                        target: str | None = None) -> int:
    """Publish rows (table, id, data, deleted) in the province stream, for all points or one."""
    with db.write() as conn:
        writer = _Writer(db, conn, wire.PROVINCE_STREAM, target)
        records = [wire.record(t, i, wire.PROVINCE_STREAM, next_province_hlc(db, conn), d, data)
                   for t, i, data, d in rows]
        writer.apply(records)
        writer.finish()
    return writer.applied


def own_record_count(db: Database, origin: str) -> int:
    with db.read() as conn:
        return int(conn.execute(text("SELECT count(*) FROM record WHERE origin = :o"), {"o": origin}).scalar())
