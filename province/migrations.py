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
    Numeric,
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


# Migration 3's first fill of the report facts (a frozen copy of province/report_facts.py's
# expressions as they were then; later changes come with a migration of their own).
_M003_SQLITE = {
    "report_visit": (
        "INSERT INTO report_visit (origin, id, day, visit_day, purposes, dims) SELECT r.origin, r.id, "
        "CASE WHEN json_type(r.data, '$.day') = 'text' THEN json_extract(r.data, '$.day') END, "
        "substr(json_extract(r.data, '$.visited_at'), 1, 10), json_extract(r.data, '$.purposes'), "
        "json_extract(r.data, '$.sex', '$.age_band', '$.ethnicity', '$.village') "
        "FROM record r WHERE r.table_name = 'visit' AND r.deleted = 0"),
    "report_material_use": (
        "INSERT INTO report_material_use (origin, id, day, item, seconds) SELECT r.origin, r.id, "
        "CASE WHEN json_type(r.data, '$.day') = 'text' THEN json_extract(r.data, '$.day') END, "
        "json_extract(r.data, '$.material_id', '$.lang', '$.channel'), "
        "CASE WHEN json_type(r.data, '$.seconds') IN ('integer', 'real') THEN json_extract(r.data, '$.seconds') "
        "ELSE 0 END FROM record r WHERE r.table_name = 'material_use' AND r.deleted = 0"),
}
_M003_PG = {
    "report_visit": (
        "INSERT INTO report_visit (origin, id, day, visit_day, purposes, dims) SELECT r.origin, r.id, "
        "CASE WHEN jsonb_typeof(r.j -> 'day') = 'string' THEN r.j ->> 'day' END, "
        "substr(r.j ->> 'visited_at', 1, 10), r.j ->> 'purposes', "
        "jsonb_build_array(r.j -> 'sex', r.j -> 'age_band', r.j -> 'ethnicity', r.j -> 'village')::text "
        "FROM (SELECT origin, id, data::jsonb AS j FROM record WHERE table_name = 'visit' AND deleted = 0 "
        "OFFSET 0) r"),
    "report_material_use": (
        "INSERT INTO report_material_use (origin, id, day, item, seconds) SELECT r.origin, r.id, "
        "CASE WHEN jsonb_typeof(r.j -> 'day') = 'string' THEN r.j ->> 'day' END, "
        "jsonb_build_array(r.j -> 'material_id', r.j -> 'lang', r.j -> 'channel')::text, "
        "CASE WHEN jsonb_typeof(r.j -> 'seconds') = 'number' THEN (r.j ->> 'seconds')::numeric ELSE 0 END "
        "FROM (SELECT origin, id, data::jsonb AS j FROM record WHERE table_name = 'material_use' "
        "AND deleted = 0 OFFSET 0) r"),
}


def _m003_report_facts(conn: Connection) -> None:
    """Report facts: the fields the period report groups by, one row per live visit and
    material use (province/report_facts.py keeps them as rows are applied), filled from
    the records already held so an upgraded hub reports the same figures."""
    md = MetaData()
    Table("report_visit", md,
          Column("origin", String(64), nullable=False), Column("id", String(200), nullable=False),
          Column("day", Text), Column("visit_day", Text), Column("purposes", Text), Column("dims", Text),
          PrimaryKeyConstraint("origin", "id"), sqlite_with_rowid=False)
    Table("report_material_use", md,
          Column("origin", String(64), nullable=False), Column("id", String(200), nullable=False),
          Column("day", Text), Column("item", Text), Column("seconds", Numeric(asdecimal=False)),
          PrimaryKeyConstraint("origin", "id"), sqlite_with_rowid=False)
    md.create_all(conn)
    fills = _M003_PG if conn.dialect.name == "postgresql" else _M003_SQLITE
    for table in ("report_visit", "report_material_use"):
        conn.exec_driver_sql(fills[table])


def _m004_report_fact_indexes(conn: Connection) -> None:
    """SQLite: covering indexes in the order the report groups the facts by, so it reads them
    in that order instead of sorting a million rows (PostgreSQL hashes them: none there)."""
    if conn.dialect.name != "sqlite":
        return
    conn.exec_driver_sql("CREATE INDEX report_visit_dims ON report_visit (origin, dims, day)")
    conn.exec_driver_sql("CREATE INDEX report_visit_purposes ON report_visit (origin, purposes, visit_day)")
    conn.exec_driver_sql("CREATE INDEX report_material_use_item ON report_material_use (origin, item, day, seconds)")


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "initial", _m001_initial),
    (2, "dashboard", _m002_dashboard),
    (3, "report facts", _m003_report_facts),
    (4, "report fact indexes", _m004_report_fact_indexes),
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
