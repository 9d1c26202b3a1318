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

from sqlalchemy import and_, delete, insert, or_, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from desktop.sync import wire

from . import report_facts
from .db import Database, hub_meta, point_key, record, stream
from .identity import hub_ms
from .points import Caller, iso_now, record_nonce

log = logging.getLogger("hub.records")


def _data_text(data: dict[str, Any]) -> str:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def _lock_stream(db: Database, conn: Connection, origin: str) -> int:
    """Lock this origin's stream row (creating it) and return its last seq."""
    row = db.lock_row(conn, "SELECT last_seq FROM stream WHERE origin = :o", o=origin)
    if row is None:
        conn.execute(insert(stream).values(origin=origin, last_seq=0))
        row = db.lock_row(conn, "SELECT last_seq FROM stream WHERE origin = :o", o=origin)
    return int(row[0])


# The data text is validated by the database on the way in (SQLite json(), PostgreSQL's json
# type), in C, so a chunk with a malformed row fails whole without Python parsing every row.
_UPSERT = (
    "INSERT INTO record (origin, table_name, id, hlc, deleted, data, stream_seq, target, received_at) "
    "VALUES (?, ?, ?, ?, ?, {data}, ?, ?, ?) ON CONFLICT (origin, table_name, id) DO UPDATE SET "
    "hlc = excluded.hlc, deleted = excluded.deleted, data = excluded.data, stream_seq = excluded.stream_seq, "
    "target = excluded.target, received_at = excluded.received_at WHERE record.hlc < excluded.hlc")
_MEDIA_REF = "INSERT INTO media_ref (sha256, origin) VALUES (?, ?) ON CONFLICT DO NOTHING"


def _sql(conn: Connection, sql: str) -> str:
    """Our SQL is written with qmarks; psycopg wants %s."""
    if conn.dialect.name == "sqlite":
        sql = sql.replace("{data}", "json(?)")
    else:
        sql = sql.replace("{data}", "CAST(CAST(? AS json) AS text)")
    return sql if conn.dialect.paramstyle == "qmark" else sql.replace("?", "%s")


_PG_INCOMING = (
    "CREATE TEMP TABLE IF NOT EXISTS incoming_record (origin text, table_name text, id text, hlc text, "
    "deleted smallint, data text, stream_seq bigint, target text, received_at text) ON COMMIT DELETE ROWS")
_PG_MERGE = (
    "INSERT INTO record (origin, table_name, id, hlc, deleted, data, stream_seq, target, received_at) "
    "SELECT DISTINCT ON (origin, table_name, id) origin, table_name, id, hlc, deleted, "
    "CAST(CAST(data AS json) AS text), stream_seq, target, received_at FROM incoming_record "
    "ORDER BY origin, table_name, id, stream_seq DESC "
    "ON CONFLICT (origin, table_name, id) DO UPDATE SET hlc = excluded.hlc, deleted = excluded.deleted, "
    "data = excluded.data, stream_seq = excluded.stream_seq, target = excluded.target, "
    "received_at = excluded.received_at WHERE record.hlc < excluded.hlc")


def _copy_upsert(conn: Connection, rows: list[tuple[Any, ...]]) -> int:
    """PostgreSQL: COPY the rows into a temp table, then one INSERT ... ON CONFLICT (about
    twice as fast as a statement per row). Returns how many rows changed."""
    import psycopg

    raw = conn.connection.driver_connection
    with raw.cursor() as cur:
        cur.execute(_PG_INCOMING)
        cur.execute("TRUNCATE incoming_record")
        with cur.copy("COPY incoming_record FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        try:
            cur.execute(_PG_MERGE)
        except psycopg.DataError as exc:  # the driver's own error: SQLAlchemy is bypassed here
            raise wire.WireError("bad-request", "a record's data is not valid JSON") from exc
        return cur.rowcount


def _parse(rec: dict[str, Any]) -> dict[str, Any]:
    try:
        data = wire.data_of(rec)
    except ValueError as exc:
        raise wire.WireError("bad-request", f"data of {rec['table']} {rec['id']} is not JSON") from exc
    if type(data) is not dict:
        raise wire.WireError("bad-request", "data must be a JSON object")
    return data


_SPECIAL = frozenset(wire.MEDIA_FIELDS) | frozenset(wire.PERSONAL_FIELDS)


class _Writer:
    """Applies records of one origin in order, last-writer-wins by hlc, in the caller's transaction.

    One upsert per row (executemany, no look-ups first): a row only changes when the incoming
    hlc is newer. Every row takes the next stream seq whether or not it changed; the gaps
    this leaves are harmless, since pull cursors only need the order.
    """

    def __init__(self, db: Database, conn: Connection, origin: str, target: str | None = None,
                 redact: bool = False) -> None:
        self.db, self.conn, self.origin, self.target, self.redact = db, conn, origin, target, redact
        self.seq = _lock_stream(db, conn, origin)
        self.batch: list[tuple[Any, ...]] = []
        self.hashes: set[str] = set()
        self.applied = self.unchanged = 0
        self.now = iso_now()
        self._upsert = _sql(conn, _UPSERT)

    def apply(self, records: list[dict[str, Any]]) -> None:
        origin, target, now = self.origin, self.target, self.now
        special = _SPECIAL
        for rec in records:
            table = rec["table"]
            if table == "deletion" and not self._erase(rec, _parse(rec)):
                self.unchanged += 1
                continue
            text = rec["data"] if isinstance(rec["data"], str) else _data_text(rec["data"])
            if table in special:
                data = _parse(rec)
                self.hashes.update(wire.media_hashes(table, data))
                if self.redact and table in wire.PERSONAL_FIELDS:
                    cleaned = wire.redact(table, data)
                    if cleaned is not data:
                        text = _data_text(cleaned)
            self.seq += 1
            self.batch.append((origin, table, rec["id"], rec["hlc"], rec["deleted"], text, self.seq, target, now))

    def _erase(self, rec: dict[str, Any], data: dict[str, Any]) -> bool:
        """A newer hard delete (right to erasure) removes the row here too; only this origin's rows."""
        self.flush()
        old = self.conn.execute(select(record.c.hlc).where(and_(
            record.c.origin == self.origin, record.c.table_name == "deletion",
            record.c.id == rec["id"]))).scalar()
        if old is not None and old >= rec["hlc"]:
            return False
        table_name, row_id = data.get("table_name"), data.get("row_id")
        if isinstance(table_name, str) and isinstance(row_id, str):
            self.conn.execute(delete(record).where(and_(
                record.c.origin == self.origin, record.c.table_name == table_name, record.c.id == row_id)))
            report_facts.forget(self.conn, self.origin, table_name, row_id)
        return True

    def flush(self) -> None:
        if not self.batch:
            return
        if self.conn.dialect.name == "postgresql":
            changed = _copy_upsert(self.conn, self.batch)
        else:
            cursor = self.conn.exec_driver_sql(self._upsert, self.batch)
            changed = cursor.rowcount if cursor.rowcount is not None and cursor.rowcount >= 0 else len(self.batch)
        report_facts.refresh(self.conn, self.batch, staged="incoming_record")  # same transaction
        self.applied += changed
        self.unchanged += len(self.batch) - changed
        self.batch = []

    def finish(self) -> None:
        self.flush()
        self.conn.execute(update(stream).where(stream.c.origin == self.origin).values(last_seq=self.seq))
        if self.hashes:
            self.conn.exec_driver_sql(_sql(self.conn, _MEDIA_REF), [(h, self.origin) for h in sorted(self.hashes)])


def apply_chunk(db: Database, caller: Caller, chunk: wire.PushChunk, redact: bool = True) -> wire.PushAck:
    """Apply one point's chunk in ONE transaction and acknowledge it; the same chunk twice is a no-op."""
    if chunk.point != caller.point:
        raise wire.WireError("origin-mismatch", f"chunk for {chunk.point} sent by {caller.point}")
    foreign = [r for r in chunk.records if r["origin"] != caller.point]
    if foreign:
        raise wire.WireError(
            "origin-mismatch", f"{len(foreign)} rows belong to {foreign[0]['origin']}, not {caller.point}",
            rows=len(foreign), origin=foreign[0]["origin"])
    try:
        return _apply_chunk(db, caller, chunk, redact)
    except DBAPIError as exc:
        if "json" in str(exc.orig).lower():
            raise wire.WireError("bad-request", "a record's data is not valid JSON") from exc
        raise


def _apply_chunk(db: Database, caller: Caller, chunk: wire.PushChunk, redact: bool) -> wire.PushAck:
    with db.write() as conn:
        if caller.nonce_pending:
            record_nonce(conn, caller)
        row = db.lock_row(conn, "SELECT acked_seq, revoked_at FROM point_key WHERE id = :i", i=caller.key_id)
        if row is None or row[1] is not None:
            raise wire.WireError("point-revoked", "this key was revoked")
        acked = int(row[0])
        if chunk.from_seq > acked:
            raise wire.WireError("chunk-gap", f"hub holds up to {acked}", acked_seq=acked)
        if chunk.to_seq <= acked:
            return wire.PushAck(acked, 0, len(chunk.records))
        writer = _Writer(db, conn, caller.point, redact=redact)
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
            json.dumps(r.data, ensure_ascii=False).encode())
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
