"""Report facts: the fields the period report groups by, kept as plain columns beside `record`.

The hub keeps each row as JSON text; counting a province's million visits from that text
means parsing every row at each report (issue 7). So the two big tables the report reads,
`visit` and `material_use`, also have one fact row per live record (origin, id), written in
the same transaction that applies the record (province/records.py calls `refresh` after each
batch and `forget` after a hard delete). A fact row exists exactly while its record exists
and is not deleted, and holds what province/report_data.py used to read from the JSON:

- report_visit: day (only when the JSON value is text, as SQLite compared it), visit_day
  (the first 10 characters of visited_at), purposes (the text as stored), dims (sex,
  age_band, ethnicity, village as one JSON array text, read back with json.loads);
- report_material_use: day (text only), item (material_id, lang, channel as a JSON array
  text), seconds (a JSON number, else 0).

Refreshing re-reads the applied rows from `record` (the row that won last-writer-wins),
so a batch whose rows lost changes nothing. The schema and the first fill are migration 3
(province/migrations.py keeps its own frozen copy of these expressions).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy.engine import Connection

FACT_TABLES = {"visit": "report_visit", "material_use": "report_material_use"}

_COLUMNS = {
    "visit": "origin, id, day, visit_day, purposes, dims",
    "material_use": "origin, id, day, item, seconds",
}

# Values of one record (alias r, data text r.data on SQLite, r.j jsonb on PostgreSQL).
_SQLITE_VALUES = {
    "visit": ("r.origin, r.id, CASE WHEN json_type(r.data, '$.day') = 'text' THEN json_extract(r.data, '$.day') END, "
              "substr(json_extract(r.data, '$.visited_at'), 1, 10), json_extract(r.data, '$.purposes'), "
              "json_extract(r.data, '$.sex', '$.age_band', '$.ethnicity', '$.village')"),
    "material_use": ("r.origin, r.id, CASE WHEN json_type(r.data, '$.day') = 'text' "
                     "THEN json_extract(r.data, '$.day') END, "
                     "json_extract(r.data, '$.material_id', '$.lang', '$.channel'), "
                     "CASE WHEN json_type(r.data, '$.seconds') IN ('integer', 'real') "
                     "THEN json_extract(r.data, '$.seconds') ELSE 0 END"),
}
_PG_VALUES = {
    "visit": ("r.origin, r.id, CASE WHEN jsonb_typeof(r.j -> 'day') = 'string' THEN r.j ->> 'day' END, "
              "substr(r.j ->> 'visited_at', 1, 10), r.j ->> 'purposes', "
              "jsonb_build_array(r.j -> 'sex', r.j -> 'age_band', r.j -> 'ethnicity', r.j -> 'village')::text"),
    "material_use": ("r.origin, r.id, CASE WHEN jsonb_typeof(r.j -> 'day') = 'string' THEN r.j ->> 'day' END, "
                     "jsonb_build_array(r.j -> 'material_id', r.j -> 'lang', r.j -> 'channel')::text, "
                     "CASE WHEN jsonb_typeof(r.j -> 'seconds') = 'number' THEN (r.j ->> 'seconds')::numeric "
                     "ELSE 0 END"),
}

_PG_UPDATE = {table: ", ".join(f"{c} = excluded.{c}" for c in cols.split(", ")[2:]) for table, cols in _COLUMNS.items()}


def _pg_insert(table: str, source: str) -> str:
    """INSERT the facts of the live records `source` selects (origin, id, data of table `table`)."""
    return (f"INSERT INTO {FACT_TABLES[table]} ({_COLUMNS[table]}) SELECT {_PG_VALUES[table]} "
            f"FROM (SELECT s.origin, s.id, s.data::jsonb AS j FROM ({source}) s OFFSET 0) r")


def refresh(conn: Connection, rows: list[tuple[Any, ...]], staged: str | None = None) -> None:
    """Make the facts of these just-applied rows (origin, table, id, ...) match `record` again.

    On PostgreSQL `staged` names the table the rows were copied into (the same rows), so the
    facts are rewritten by one statement per table (two with tombstones), whatever the batch's
    size; only the staged rows that won (their stream seq is now the record's) are read."""
    if conn.dialect.name == "postgresql":
        if staged is None:
            raise ValueError("PostgreSQL facts are refreshed from the staging table")
        tables = {r[1] for r in rows if r[1] in FACT_TABLES}
        for table in sorted(tables):
            # The staged rows that won: the record now carries their stream seq (one per origin).
            won = (f"{staged} k JOIN record rec ON rec.origin = k.origin AND rec.table_name = '{table}' "
                   f"AND rec.id = k.id AND rec.stream_seq = k.stream_seq AND k.table_name = '{table}'")
            live = f"SELECT rec.origin, rec.id, rec.data FROM {won} WHERE rec.deleted = 0"
            upsert = f" ON CONFLICT (origin, id) DO UPDATE SET {_PG_UPDATE[table]}"
            conn.exec_driver_sql(_pg_insert(table, live) + upsert)
            if any(r[4] for r in rows if r[1] == table):  # tombstones that won take the facts away
                conn.exec_driver_sql(f"DELETE FROM {FACT_TABLES[table]} f USING {won} "
                                     "WHERE rec.deleted = 1 AND f.origin = k.origin AND f.id = k.id")
        return
    keys: dict[str, list[tuple[str, str]]] = defaultdict(list)
    tombstones: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in rows:  # (origin, table, id, hlc, deleted, ...)
        if r[1] in FACT_TABLES:
            keys[r[1]].append((r[0], r[2]))
            if r[4]:
                tombstones[r[1]].append((r[0], r[2]))
    for table, pairs in keys.items():
        _sqlite_refresh(conn, table, pairs, tombstones.get(table, []))


def _sqlite_refresh(conn: Connection, table: str, pairs: list[tuple[str, str]],
                    tombstones: list[tuple[str, str]]) -> None:
    """Live records replace their facts; a row only loses its facts through a tombstone that
    won (or an erasure, `forget`), so only those are looked up to delete."""
    fact = FACT_TABLES[table]
    conn.exec_driver_sql(
        f"INSERT OR REPLACE INTO {fact} ({_COLUMNS[table]}) SELECT {_SQLITE_VALUES[table]} FROM record r "
        f"WHERE r.origin = ? AND r.table_name = '{table}' AND r.id = ? AND r.deleted = 0", pairs)
    if tombstones:
        conn.exec_driver_sql(
            f"DELETE FROM {fact} WHERE origin = ?1 AND id = ?2 AND EXISTS (SELECT 1 FROM record r "
            f"WHERE r.origin = ?1 AND r.table_name = '{table}' AND r.id = ?2 AND r.deleted = 1)", tombstones)


def forget(conn: Connection, origin: str, table: Any, row_id: Any) -> None:
    """A record was hard-deleted (right to erasure): its facts go with it."""
    if table in FACT_TABLES and isinstance(row_id, str):
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        conn.exec_driver_sql(f"DELETE FROM {FACT_TABLES[table]} WHERE origin = {mark} AND id = {mark}",
                             (origin, row_id))


def rebuild(conn: Connection, origins: Iterable[str] | None = None) -> None:
    """Write every fact again from `record` (all origins, or these): for a database whose
    records were written without the apply path (benchmarks' generated hubs, repairs)."""
    wanted = None if origins is None else sorted(set(origins))
    pg = conn.dialect.name == "postgresql"
    for table, fact in FACT_TABLES.items():
        if wanted is None:
            conn.exec_driver_sql(f"DELETE FROM {fact}")
            scope = ""
        else:
            quoted = ", ".join("'" + o.replace("'", "''") + "'" for o in wanted) or "NULL"
            conn.exec_driver_sql(f"DELETE FROM {fact} WHERE origin IN ({quoted})")
            scope = f" AND origin IN ({quoted})"
        if pg:
            conn.exec_driver_sql(_pg_insert(table, (
                f"SELECT origin, id, data FROM record WHERE table_name = '{table}' AND deleted = 0{scope}")))
        else:
            conn.exec_driver_sql(
                f"INSERT INTO {fact} ({_COLUMNS[table]}) SELECT {_SQLITE_VALUES[table]} FROM record r "
                f"WHERE r.table_name = '{table}' AND r.deleted = 0{scope.replace('origin', 'r.origin')}")
