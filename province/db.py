"""The hub's database through SQLAlchemy Core: SQLite file by default, PostgreSQL at scale."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import column, create_engine, event, table, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

# Lightweight handles for queries; the DDL lives in migrations.py.
hub_meta = table("hub_meta", column("key"), column("value"))
point = table("point", column("code"), column("name"), column("status"), column("created_at"),
              column("enrolled_at"), column("revoked_at"), column("last_contact_at"))
point_key = table("point_key", column("id"), column("point_code"), column("public_key"),
                  column("created_at"), column("revoked_at"), column("acked_seq"),
                  column("last_used_at"))
enrol_code = table("enrol_code", column("digest"), column("point_code"), column("created_at"),
                   column("expires_ms"), column("used_at"), column("used_by_key"))
used_nonce = table("used_nonce", column("point_code"), column("nonce"), column("seen_ms"))
stream = table("stream", column("origin"), column("last_seq"))
record = table("record", column("origin"), column("table_name"), column("id"), column("hlc"),
               column("deleted"), column("data"), column("stream_seq"), column("target"),
               column("received_at"))
media = table("media", column("sha256"), column("size"), column("stored_at"))
media_ref = table("media_ref", column("sha256"), column("origin"))


def make_engine(url: str) -> Engine:
    """An engine with the pool and per-dialect settings the hub needs."""
    if url.startswith("sqlite"):
        engine = create_engine(url, pool_size=20, max_overflow=40, pool_timeout=60,
                               connect_args={"timeout": 60, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_conn, _record) -> None:  # noqa: ANN001
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=60000")
            # Chunks insert randomly keyed rows: checkpointing every 1000 pages (the default)
            # copies the same index pages again and again. 10000 pages (~40 MB of WAL) cut the
            # cost of a 100k-row push by a third; the WAL file is kept below 64 MB.
            cur.execute("PRAGMA wal_autocheckpoint=10000")
            cur.execute("PRAGMA journal_size_limit=67108864")
            cur.execute("PRAGMA cache_size=-32768")  # 32 MB: a chunk's random index pages stay cached
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn: Connection) -> None:
            # A write transaction takes the lock up front: a deferred one that later
            # writes could fail at once with "database is locked" instead of waiting.
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write")
                                 else "BEGIN")

        return engine
    return create_engine(url, pool_size=20, max_overflow=40, pool_timeout=60, pool_pre_ping=True,
                         connect_args={"connect_timeout": 10,
                                       "options": "-c statement_timeout=120000"})


class Database:
    """The engine plus write/read transactions that work the same on both back ends."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.is_sqlite = url.startswith("sqlite")

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction (BEGIN IMMEDIATE on SQLite); commits or rolls back whole."""
        with self.engine.connect() as conn:
            conn.execution_options(write=True)
            with conn.begin():
                yield conn

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def lock_row(self, conn: Connection, sql: str, **params: object) -> object:
        """SELECT ... FOR UPDATE on PostgreSQL; SQLite's write transaction already serialises."""
        suffix = "" if self.is_sqlite else " FOR UPDATE"
        return conn.execute(text(sql + suffix), params).first()

    def ping(self) -> None:
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    def dispose(self) -> None:
        self.engine.dispose()


def unreachable_detail(exc: BaseException) -> str | None:
    """One line saying why the database cannot be used, if that is what `exc` means."""
    if isinstance(exc, OperationalError):
        orig = getattr(exc, "orig", None)
        return (str(orig) if orig else str(exc)).strip().splitlines()[0]
    return None
