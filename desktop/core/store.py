"""The SQLite store: one writer connection, WAL, migrations, atomic writes, sync stamping.

Raw SQL lives in this package (desktop/core) only; the UI and the CLI call repositories.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import schema
from .errors import StoreError, from_sqlite
from .hlc import Clock, wall_ms
from .textfold import fold

log = logging.getLogger("point.store")


def utc_now_iso() -> str:
    """Wall time as ISO-8601 UTC text (for display fields, never for ordering)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


ENV_CLOCK_OFFSET = "COMMUNE_POINT_CLOCK_OFFSET_MS"


def physical_ms() -> int:
    """This PC's wall clock in ms, shifted by $COMMUNE_POINT_CLOCK_OFFSET_MS (tests of wrong clocks)."""
    offset = os.environ.get(ENV_CLOCK_OFFSET)
    return wall_ms() + (int(offset) if offset else 0)


def new_id() -> str:
    """A UUID for a row born here: version 7 (RFC 9562), time-ordered then random.

    Ordered ids append to the primary-key index instead of landing on random pages of it;
    with a million visits, random (version 4) ids cost about a third more time to insert.
    74 random bits keep ids unique whatever the PC's clock says.
    """
    raw = bytearray(((time.time_ns() // 1_000_000) & 0xFFFF_FFFF_FFFF).to_bytes(6, "big") + os.urandom(10))
    raw[6] = (raw[6] & 0x0F) | 0x70  # version 7
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 9562 variant
    text = raw.hex()  # what str(uuid.UUID(bytes=raw)) gives, without importing uuid (and platform)
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions our triggers and queries use (fold() keeps search shadows in step)."""
    conn.create_function("fold", 1, lambda text: fold(text) if text else "", deterministic=True)


class Store:
    """An open point database. Use only on the thread that opened it."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self._db: Any = None
        register_functions(conn)
        self._thread = threading.get_ident()
        self.origin = self.get_meta("point_code") or "unset"
        self.clock = Clock(self.origin, physical_ms, last=self.get_meta("hlc"))

    @property
    def db(self) -> Any:
        """A sqlite-utils view of this connection (imported on first use: start-up cost)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, recursive_triggers=False, execute_plugins=False)
        return self._db

    # -- opening ---------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, create: bool = False, readonly: bool = False) -> Store:
        """Open (and migrate) the database; refuse one from a newer app version."""
        if not path.exists() and not create:
            raise StoreError("no-database", path=str(path))
        conn: sqlite3.Connection | None = None
        try:
            if readonly:
                conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(str(path), timeout=10)
            conn.row_factory = sqlite3.Row
            # Read-only checks before anything is written to the file.
            register_functions(conn)
            schema.check_not_newer(conn)
            if not readonly:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=10000")
            if not readonly:
                schema.migrate(conn)
        except BaseException as exc:
            # Close at once: a refused file must be left exactly as found (no -wal/-shm
            # files kept around by a connection waiting for the garbage collector).
            if conn is not None:
                conn.close()
            if isinstance(exc, sqlite3.Error):
                raise from_sqlite(exc) from exc
            raise
        return cls(path, conn)

    def close(self) -> None:
        """Persist the clock and close the connection."""
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    # -- transactions ----------------------------------------------------------------
    @contextlib.contextmanager
    def atomic(self) -> Iterator[Store]:
        """A write transaction (BEGIN IMMEDIATE); nested calls become savepoints."""
        self._check_thread()
        try:
            if self.conn.in_transaction:
                with self.db.atomic():
                    yield self
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
                self._persist_clock()
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise from_sqlite(exc) from exc

    def _check_thread(self) -> None:
        if threading.get_ident() != self._thread:
            raise StoreError("wrong-thread", environment=False)

    def _persist_clock(self) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES ('hlc', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (self.clock.state(),),
        )

    # -- meta ------------------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        self._check_thread()
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str | None) -> None:
        with self.atomic():
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def set_origin(self, code: str) -> None:
        """Set this point's code: the origin of every row born here."""
        self.set_meta("point_code", code)
        self.origin = code
        self.clock = Clock(code, physical_ms, last=self.get_meta("hlc"))

    # -- sync-stamped writes -----------------------------------------------------------
    def stamp(self, row: dict[str, Any], origin: str | None = None) -> dict[str, Any]:
        """Fill id (if missing), origin and a fresh hlc on a row born or changed here."""
        row.setdefault("id", new_id())
        row["origin"] = origin or row.get("origin") or self.origin
        row["hlc"] = str(self.clock.now())
        row.setdefault("deleted", 0)
        return row

    def insert(self, table: str, row: dict[str, Any], origin: str | None = None) -> str:
        """Insert one row born here; returns its id."""
        self._check_table(table)
        row = self.stamp(dict(row), origin)
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        with self.atomic():
            self.conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))
        return row["id"]

    def insert_many(self, table: str, rows: Iterable[dict[str, Any]], batch: int = 5000) -> int:
        """Insert many rows born here in one transaction (demo data, imports); returns count."""
        self._check_table(table)
        count = 0
        with self.atomic():
            pending: list[dict[str, Any]] = []
            for row in rows:
                pending.append(self.stamp(dict(row)))
                if len(pending) >= batch:
                    count += self._insert_batch(table, pending)
                    pending = []
            if pending:
                count += self._insert_batch(table, pending)
        return count

    def _insert_batch(self, table: str, rows: list[dict[str, Any]]) -> int:
        cols = list(rows[0])
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
        self.conn.executemany(sql, [[r.get(c) for c in cols] for r in rows])
        return len(rows)

    def update(self, table: str, row_id: str, changes: dict[str, Any]) -> None:
        """Change a row; a fresh hlc records this edit for last-writer-wins."""
        self._check_table(table)
        changes = dict(changes)
        changes["hlc"] = str(self.clock.now())
        sets = ", ".join(f"{c} = ?" for c in changes)
        with self.atomic():
            cur = self.conn.execute(
                f"UPDATE {table} SET {sets} WHERE id = ?", [*changes.values(), row_id]
            )
            if cur.rowcount == 0:
                from .errors import NotFound

                raise NotFound("not-found", table=table, id=row_id)

    def tombstone(self, table: str, row_id: str) -> None:
        """Soft delete (deleted = 1): the row stays for history and sync."""
        self.update(table, row_id, {"deleted": 1})

    def hard_delete(self, table: str, row_id: str) -> None:
        """Erase a row (personal data on request); the erasure itself is synced."""
        self._check_table(table)
        with self.atomic():
            row = self.conn.execute(f"SELECT origin FROM {table} WHERE id = ?", (row_id,)).fetchone()
            if row is None:
                from .errors import NotFound

                raise NotFound("not-found", table=table, id=row_id)
            self.conn.execute(
                "INSERT INTO deletion (id, table_name, row_id, deleted_at, origin, hlc) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                "deleted_at = excluded.deleted_at, hlc = excluded.hlc",
                (f"{table}:{row_id}", table, row_id, utc_now_iso(), row[0], str(self.clock.now())),
            )
            self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))

    @staticmethod
    def _check_table(table: str) -> None:
        if table not in schema.SYNCED_TABLES:
            raise StoreError("bug", environment=False, detail=f"unknown table {table}")

    # -- reads -------------------------------------------------------------------------
    def query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        """Run a read query (store-layer modules only)."""
        self._check_thread()
        try:
            return self.conn.execute(sql, list(params)).fetchall()
        except sqlite3.Error as exc:
            raise from_sqlite(exc) from exc

    def scalar(self, sql: str, params: Iterable[Any] = ()) -> Any:
        self._check_thread()
        row = self.conn.execute(sql, list(params)).fetchone()
        return row[0] if row else None

    def get(self, table: str, row_id: str) -> dict[str, Any] | None:
        self._check_table(table)
        self._check_thread()
        row = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
        return dict(row) if row else None

    def count(self, table: str, where: str = "deleted = 0", params: Iterable[Any] = ()) -> int:
        self._check_table(table)
        return int(self.scalar(f"SELECT count(*) FROM {table} WHERE {where}", params))

    def max_seq(self) -> int:
        return int(self.scalar("SELECT value FROM change_counter WHERE id = 1"))

    def log_audit(self, action: str, username: str | None, detail: Any = None) -> None:
        """Record who did something sensitive (personal-data exports)."""
        with self.atomic():
            self.conn.execute(
                "INSERT INTO audit_log (at, username, action, detail) VALUES (?, ?, ?, ?)",
                (utc_now_iso(), username, action, json.dumps(detail, ensure_ascii=False)),
            )

    def integrity_problems(self) -> list[str]:
        """Problems reported by SQLite's integrity and foreign-key checks (empty = healthy)."""
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [
            f"foreign key: {r[0]} row {r[1]} -> {r[2]}"
            for r in self.conn.execute("PRAGMA foreign_key_check")
        ]
        return problems

    def backup_to(self, target: Path) -> None:
        """A consistent copy through SQLite's online backup API."""
        dest = sqlite3.connect(str(target))
        try:
            with dest:
                self.conn.backup(dest)
        finally:
            dest.close()
