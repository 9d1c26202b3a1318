"""Local edit history (lịch sử sửa): the version of a row that a local edit replaced.

Synced rows are edited in place (a fresh hlc makes the edit win everywhere); the
replaced version is kept here, at the point only, so an operator or admin can see what a
visit or training said before. Personal data (participants) is never copied here.
"""

from __future__ import annotations

import json
from typing import Any

from .errors import NotFound
from .store import Store, utc_now_iso


def edit_keeping_history(store: Store, table: str, row_id: str, changes: dict[str, Any]) -> None:
    """Save the current version of a row in history, then apply the changes (one transaction)."""
    with store.atomic():
        old = store.get(table, row_id)
        if old is None:
            raise NotFound("not-found", table=table, id=row_id)
        store.conn.execute(
            "INSERT INTO row_history (table_name, row_id, hlc, origin, row, replaced_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (table, row_id, old["hlc"], old["origin"], json.dumps(old, ensure_ascii=False),
             utc_now_iso()),
        )
        store.update(table, row_id, changes)


def versions(store: Store, table: str, row_id: str) -> list[dict[str, Any]]:
    """Earlier versions of a row, newest first; each has `replaced_at` added."""
    rows = store.query(
        "SELECT row, replaced_at FROM row_history WHERE table_name = ? AND row_id = ? "
        "ORDER BY rowid_ DESC", (table, row_id))
    return [{**json.loads(r["row"]), "replaced_at": r["replaced_at"]} for r in rows]


def forget(store: Store, table: str, row_id: str) -> None:
    """Drop a row's history (when the row itself is erased)."""
    with store.atomic():
        store.conn.execute("DELETE FROM row_history WHERE table_name = ? AND row_id = ?",
                           (table, row_id))
