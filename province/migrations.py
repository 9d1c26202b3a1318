"""The hub's schema as numbered migrations, each applied in one transaction with its record.

Each migration keeps its own frozen table definitions, so editing the runtime queries in
db.py never changes what an old migration creates. A database written by a newer hub is
refused before anything is touched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    Column,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    SmallInteger,
    String,
    Table,
    Text,
    inspect,
)
from sqlalchemy.engine import Connection, Engine

log = logging.getLogger("hub.migrations")


class NewerDatabase(Exception):
    """The database was written by a newer version of the hub."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(f"database schema {found}, this hub supports {supported}")
        self.found, self.supported = found, supported


def _m001_initial(conn: Connection) -> None:
    md = MetaData()
    Table("hub_meta", md, Column("key", String(100), primary_key=True), Column("value", Text))
    Table("point", md,
          Column("code", String(32), primary_key=True), Column("name", Text, nullable=False),
          Column("status", String(16), nullable=False),  # pending, active, revoked
          Column("created_at", String(32), nullable=False), Column("enrolled_at", String(32)),
          Column("revoked_at", String(32)), Column("last_contact_at", String(32)))
    Table("point_key", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("point_code", String(32), nullable=False, index=True),
          Column("public_key", String(64), nullable=False, unique=True),
          Column("created_at", String(32), nullable=False), Column("revoked_at", String(32)),
          # What the hub holds of this installation's change feed (its local seq).
          Column("acked_seq", BigInteger, nullable=False, default=0),
          Column("last_used_at", String(32)))
    Table("enrol_code", md,
          Column("digest", String(64), primary_key=True),
          Column("point_code", String(32), nullable=False),
          Column("created_at", String(32), nullable=False),
          Column("expires_ms", BigInteger, nullable=False),  # hub clock
          Column("used_at", String(32)), Column("used_by_key", String(64)))
    Table("used_nonce", md,
          Column("point_code", String(32), nullable=False), Column("nonce", String(64), nullable=False),
          Column("seen_ms", BigInteger, nullable=False),
          PrimaryKeyConstraint("point_code", "nonce"), Index("used_nonce_seen", "seen_ms"))
    Table("stream", md,
          Column("origin", String(64), primary_key=True),
          Column("last_seq", BigInteger, nullable=False, default=0))
    Table("record", md,
          Column("origin", String(64), nullable=False), Column("table_name", String(63), nullable=False),
          Column("id", String(200), nullable=False), Column("hlc", String(100), nullable=False),
          Column("deleted", SmallInteger, nullable=False, default=0),
          Column("data", Text, nullable=False),
          Column("stream_seq", BigInteger, nullable=False),
          Column("target", String(32)),  # a published row meant for one point only
          Column("received_at", String(32), nullable=False),
          PrimaryKeyConstraint("origin", "table_name", "id"),
          Index("record_stream", "origin", "stream_seq"))
    Table("media", md,
          Column("sha256", String(64), primary_key=True), Column("size", BigInteger, nullable=False),
          Column("stored_at", String(32), nullable=False))
    Table("media_ref", md,
          Column("sha256", String(64), nullable=False), Column("origin", String(64), nullable=False),
          PrimaryKeyConstraint("sha256", "origin"))
    md.create_all(conn)


def _m002_dashboard(conn: Connection) -> None:
    """Province staff accounts and their sessions (dashboard), and a log of points' USB contacts."""
    md = MetaData()
    Table("staff_user", md,
          Column("username", String(32), primary_key=True),
          Column("role", String(16), nullable=False),  # staff, admin
          Column("password_hash", Text, nullable=False),
          Column("created_at", String(32), nullable=False),
          Column("failed_attempts", Integer, nullable=False, server_default="0"),
          Column("locked_until", String(32)),
          Column("active", SmallInteger, nullable=False, server_default="1"))
    Table("staff_session", md,
          Column("token_hash", String(64), primary_key=True),  # SHA-256 of the cookie's token
          Column("username", String(32), nullable=False, index=True),
          Column("created_at", String(32), nullable=False),
          Column("expires_at", String(32), nullable=False, index=True))
    # Network contacts are point.last_contact_at; bundles carried by hand leave a line here.
    Table("point_contact", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("point_code", String(32), nullable=False),
          Column("at", String(32), nullable=False),
          Column("transport", String(16), nullable=False),  # usb-import, usb-reply
          Column("detail", Text),
          Index("point_contact_point", "point_code", "at"))
    md.create_all(conn)


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "initial", _m001_initial),
    (2, "dashboard", _m002_dashboard),
    # Append new migrations here (2, "name", fn); never edit one that has shipped.
]
SCHEMA_VERSION = MIGRATIONS[-1][0]

_version_md = MetaData()
schema_migration = Table(
    "schema_migration", _version_md,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String(100), nullable=False), Column("applied_at", String(32), nullable=False),
)


def current_version(engine: Engine) -> int:
    with engine.connect() as conn:
        if not inspect(conn).has_table("schema_migration"):
            return 0
        versions = [r[0] for r in conn.execute(schema_migration.select().with_only_columns(
            schema_migration.c.version))]
    return max(versions, default=0)


def migrate(engine: Engine) -> int:
    """Apply pending migrations; refuse a newer database untouched. Returns the version."""
    found = current_version(engine)
    if found > SCHEMA_VERSION:
        raise NewerDatabase(found, SCHEMA_VERSION)
    if found == 0:
        _version_md.create_all(engine)
    for version, name, apply in MIGRATIONS:
        if version <= found:
            continue
        with engine.connect() as conn:
            conn = conn.execution_options(write=True)
            with conn.begin():
                # Another hub process may have migrated meanwhile: re-check inside the lock.
                done = conn.execute(schema_migration.select().where(
                    schema_migration.c.version == version)).first()
                if done:
                    continue
                apply(conn)
                conn.execute(schema_migration.insert().values(
                    version=version, name=name,
                    applied_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")))
        log.info("applied hub migration %s %s", version, name)
    return SCHEMA_VERSION
