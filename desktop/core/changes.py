"""The point's change feed for sync: read own rows above a cursor, apply incoming rows.

Reading: every synced table is read in one snapshot by `seq` (the trigger-kept local change
counter); only rows born here (origin == this point) are sent, but the cursor advances
over everything scanned, so rows received from the province are never sent back.
Applying: idempotent, last-writer-wins by (hlc, origin); the losing version of a
concurrent edit goes to `conflict_history`; the incoming hlc is kept as is and merged
into this point's clock.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import schema
from .errors import from_sqlite
from .store import Store, utc_now_iso

ENVELOPE = ("id", "origin", "hlc", "deleted")
LOCAL = ("seq",)
MEDIA_FIELDS: dict[str, tuple[str, ...]] = {
    "material": ("cover_hash",), "material_file": ("media_hash",),
    "feedback": ("audio_hash",), "training": ("sheet_hash",),
}


@dataclass
class Changes:
    """Own rows with after < seq <= to_seq, as JSON texts of {table, id, origin, hlc, deleted, data}."""

    after: int
    to_seq: int
    records: list[str] = field(default_factory=list)
    scanned: int = 0
    tables: list[str] = field(default_factory=list)  # the table of each record, in order

    def decoded(self) -> list[dict[str, Any]]:
        return [json.loads(r) for r in self.records]


@dataclass
class Applied:
    applied: int = 0
    unchanged: int = 0
    conflicts: int = 0
    unknown: int = 0
    by_table: dict[str, int] = field(default_factory=dict)


def _columns(store: Store, table: str) -> frozenset[str]:
    cache = store.__dict__.setdefault("_sync_columns", {})
    if table not in cache:
        cache[table] = frozenset(r[1] for r in store.conn.execute(f"PRAGMA table_info({table})"))
    return cache[table]


def _record_sql(store: Store, table: str, redact: Mapping[str, Any] | None) -> tuple[str, list[Any]]:
    """SELECT seq, origin, <the record envelope as JSON text>, built by SQLite itself.

    `data` is the JSON text of the row's own columns (a string inside the envelope), so
    neither side re-encodes it; personal fields named in `redact` are replaced by SQL.
    """
    cols = [c for c in _columns_ordered(store, table) if c not in ENVELOPE and c not in LOCAL]
    params: list[Any] = []
    pairs = []
    for col in cols:
        if redact and col in redact:
            pairs.append(f"'{col}', ?")
            params.append(redact[col])
        else:
            pairs.append(f"'{col}', {col}")
    data = f"json_object({', '.join(pairs)}) || ''"  # || '' makes it text: nested as a string
    envelope = (f"json_object('table', '{table}', 'id', id, 'origin', origin, 'hlc', hlc, "
                f"'deleted', deleted, 'data', {data})")
    return f"SELECT seq, origin, {envelope} FROM {table} WHERE seq > ? ORDER BY seq LIMIT ?", params


def _columns_ordered(store: Store, table: str) -> list[str]:
    cache = store.__dict__.setdefault("_sync_column_order", {})
    if table not in cache:
        cache[table] = [r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")]
    return cache[table]


def read_changes(store: Store, after: int, origin: str, limit: int = 2000,
                 redact: Mapping[str, Mapping[str, Any]] | None = None) -> Changes:
    """The next rows (at most `limit` scanned) above `after`, in seq order, in one snapshot.

    Records come as JSON text (wire envelopes); `redact` maps table -> {column: value sent instead}.
    """
    conn = store.conn
    rows: list[tuple[int, str, str, str]] = []
    try:
        conn.execute("BEGIN")
        try:
            head = int(conn.execute("SELECT value FROM change_counter WHERE id = 1").fetchone()[0])
            for table in schema.SYNCED_TABLES:
                sql, params = _record_sql(store, table, (redact or {}).get(table))
                cur = conn.cursor()
                cur.row_factory = None
                rows += [(seq, row_origin, table, text) for seq, row_origin, text in
                         cur.execute(sql, [*params, after, limit + 1])]
        finally:
            conn.execute("COMMIT")
    except sqlite3.Error as exc:
        raise from_sqlite(exc) from exc
    rows.sort(key=lambda item: item[0])
    if len(rows) > limit:
        rows = rows[:limit]
        to_seq = rows[-1][0]
    else:
        to_seq = max(head, after)
    own = [(table, text) for _, row_origin, table, text in rows if row_origin == origin]
    return Changes(after, to_seq, [text for _, text in own], len(rows), [table for table, _ in own])


def waiting_count(store: Store, after: int, origin: str) -> int:
    """How many own rows the hub has not acknowledged yet (an index range per table)."""
    return sum(int(store.scalar(f"SELECT count(*) FROM {t} WHERE seq > ? AND origin = ?", [after, origin]))
               for t in schema.SYNCED_TABLES)


def media_refs(store: Store, after: int, upto: int) -> list[tuple[str, str]]:
    """(sha256, origin) of media that rows changed in (after, upto] refer to."""
    found: dict[tuple[str, str], None] = {}
    for table, fields in MEDIA_FIELDS.items():
        for name in fields:
            for sha, origin in store.query(
                    f"SELECT {name}, origin FROM {table} WHERE seq > ? AND seq <= ? AND deleted = 0 "
                    f"AND {name} IS NOT NULL", [after, upto]):
                if isinstance(sha, str) and len(sha) == 64:
                    found.setdefault((sha, origin))
    return list(found)


def _newer(a_hlc: str, a_origin: str, b_hlc: str, b_origin: str) -> bool:
    return (a_hlc, a_origin) > (b_hlc, b_origin)


def _writer(hlc: str) -> str:
    return hlc.split("-", 2)[2] if hlc.count("-") >= 2 else ""


def _keep_loser(store: Store, table: str, row_id: str, lost: Mapping[str, Any], won_hlc: str) -> None:
    store.conn.execute(
        "INSERT INTO conflict_history (table_name, row_id, lost_hlc, lost_origin, lost_row, won_hlc, "
        "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (table, row_id, lost["hlc"], lost["origin"],
         json.dumps({k: lost[k] for k in lost.keys() if k not in LOCAL}, ensure_ascii=False, default=str),
         won_hlc, utc_now_iso()))


def _data(rec: Mapping[str, Any]) -> dict[str, Any]:
    data = rec["data"]
    return json.loads(data) if isinstance(data, str) else dict(data)


def _write(store: Store, table: str, rec: Mapping[str, Any], data: Mapping[str, Any], exists: bool) -> None:
    known = _columns(store, table)
    values = {k: v for k, v in data.items() if k in known and k not in ENVELOPE and k not in LOCAL}
    values.update(origin=rec["origin"], hlc=rec["hlc"], deleted=1 if rec["deleted"] else 0)
    if exists:
        sets = ", ".join(f"{c} = ?" for c in values)
        store.conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*values.values(), rec["id"]])
    else:
        values = {"id": rec["id"], **values}
        store.conn.execute(f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                           list(values.values()))


def _erase_target(store: Store, data: Mapping[str, Any]) -> None:
    """A synced hard delete: remove the row it names (its trigger re-records the deletion)."""
    target, row_id = data.get("table_name"), data.get("row_id")
    if target in schema.SYNCED_TABLES and target != "deletion" and isinstance(row_id, str):
        store.conn.execute(f"DELETE FROM {target} WHERE id = ?", (row_id,))


def apply_records(store: Store, records: Iterable[Mapping[str, Any]],
                  meta: Mapping[str, str] | None = None) -> Applied:
    """Apply incoming records in ONE transaction (with `meta` cursor updates); idempotent."""
    result = Applied()
    newest: str | None = None
    conn = store.conn
    # Rows arrive in the sender's change order, which can put a child before its parent;
    # both sides converge, so references are not enforced while a chunk is applied.
    conn.execute("PRAGMA foreign_keys=OFF")
    try:
        with store.atomic():
            for rec in records:
                table = rec["table"]
                if table not in schema.SYNCED_TABLES:
                    result.unknown += 1
                    continue
                if newest is None or rec["hlc"] > newest:
                    newest = rec["hlc"]
                old = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (rec["id"],)).fetchone()
                if old is not None and not _newer(rec["hlc"], rec["origin"], old["hlc"], old["origin"]):
                    if (rec["hlc"], rec["origin"]) != (old["hlc"], old["origin"]) \
                            and _writer(rec["hlc"]) != _writer(old["hlc"]):
                        _keep_loser(store, table, rec["id"], {**_data(rec), **{
                            k: rec[k] for k in ENVELOPE}}, old["hlc"])
                        result.conflicts += 1
                    result.unchanged += 1
                    continue
                if old is not None and _writer(rec["hlc"]) != _writer(old["hlc"]):
                    _keep_loser(store, table, rec["id"], old, rec["hlc"])
                    result.conflicts += 1
                data = _data(rec)
                if table == "deletion":
                    _erase_target(store, data)
                    old = conn.execute("SELECT id FROM deletion WHERE id = ?", (rec["id"],)).fetchone()
                _write(store, table, rec, data, exists=old is not None)
                result.applied += 1
                result.by_table[table] = result.by_table.get(table, 0) + 1
            if newest is not None:
                store.clock.observe(newest)
            for key, value in (meta or {}).items():
                store.set_meta(key, value)
    except sqlite3.Error as exc:
        raise from_sqlite(exc) from exc
    finally:
        conn.execute("PRAGMA foreign_keys=ON")
    return result


def raise_counter(store: Store, value: int) -> None:
    """Move the change counter up to `value` (a database restored from an older backup must
    not hand out seqs the hub has already acknowledged)."""
    with store.atomic():
        store.conn.execute("UPDATE change_counter SET value = ? WHERE id = 1 AND value < ?", (value, value))
