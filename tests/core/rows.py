"""Valid rows for any synced table, read from the live schema (so new tables are covered too)."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

from desktop.core.store import Store, register_functions

SYNC_COLUMNS = {"id", "origin", "hlc", "deleted", "seq"}
# Columns with a CHECK constraint that a generic value would break.
CHECKED_VALUES = {"sex": "female", "role": "operator"}


def make_row(store: Store, table: str) -> dict[str, Any]:
    """The table's own required columns with plausible values; parents are created first."""
    parents = {r[3]: r[2] for r in store.conn.execute(f"PRAGMA foreign_key_list({table})")}
    row: dict[str, Any] = {}
    for _cid, name, kind, notnull, default, _pk in store.conn.execute(f"PRAGMA table_info({table})"):
        if name in SYNC_COLUMNS or not notnull or default is not None:
            continue
        if name in parents:
            row[name] = store.insert(parents[name], make_row(store, parents[name]))
        elif name in CHECKED_VALUES:
            row[name] = CHECKED_VALUES[name]
        elif kind.upper().startswith("INT"):
            row[name] = 2026
        elif kind.upper() == "REAL":
            row[name] = 1.5
        else:
            # Unique text, so unique indexes (list+code, year+indicator) never collide.
            row[name] = f"{name}-{uuid.uuid4().hex[:8]}"
    return row


def raw_row(store: Store, table: str) -> dict[str, Any]:
    """A complete row as a foreign tool would write it with plain SQL."""
    return {**make_row(store, table), "id": str(uuid.uuid4()), "origin": "OTHER-TOOL",
            "hlc": str(store.clock.now())}


def other_connection(path: Path) -> sqlite3.Connection:
    """A second, autocommit connection: the way any other program could write the file."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    register_functions(conn)
    return conn


def seq_of(store: Store, table: str, row_id: str) -> int:
    return int(store.scalar(f"SELECT seq FROM {table} WHERE id = ?", [row_id]))


def insert_sql(table: str, row: dict[str, Any], verb: str = "INSERT") -> tuple[str, list[Any]]:
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    return f"{verb} INTO {table} ({cols}) VALUES ({marks})", list(row.values())
