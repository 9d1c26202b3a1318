"""Report facts at the hub follow the records exactly (issue 7), on SQLite and PostgreSQL.

Rows go in through the hub's real apply path (records.apply_chunk, as a network push or a
USB bundle does): new rows, a newer version of a row, an older one that loses, a tombstone
and a right-to-erasure delete. After each chunk the province report counts what the records
hold, and the facts kept as rows arrived are exactly what rebuilding them from the records
gives. A hub upgraded from the previous schema reports the rows it already held.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import insert, text

from desktop.sync import wire
from province import migrations, report_facts
from province.config import database_url
from province.db import Database, record
from province.points import Caller, add_point
from province.records import apply_chunk
from province.report_data import parse_period, point_report, province_report
from tests.hubproc import drop_database, fresh_database

CODE = "XA-50001"
NOW = datetime(2026, 6, 30, 12, 0)


def _visit(day: str, sex: str, purposes: str) -> dict:
    return {"day": day, "visited_at": f"{day}T08:00", "purposes": purposes, "sex": sex, "age_band": "16-30",
            "ethnicity": "01", "village": "Bản Phăng"}


def _use(day: str, seconds: float) -> dict:
    return {"material_id": "m1", "lang": "vie", "channel": "kiosk", "seconds": seconds, "day": day}


def _hlc(n: int) -> str:
    return f"{1766000000000 + n:013d}-0000-{CODE}"


FIRST = [  # (table, id, hlc n, deleted, data)
    ("visit", "v1", 1, 0, _visit("2026-03-01", "female", "info")),
    ("visit", "v2", 2, 0, _visit("2026-03-02", "female", "legal")),
    ("visit", "v3", 3, 0, _visit("2026-03-03", "male", "info,legal")),
    ("visit", "v4", 4, 0, _visit("2025-12-31", "male", "info")),
    ("material_use", "u1", 5, 0, _use("2026-04-01", 30)),
    ("material_use", "u2", 6, 0, _use("2026-04-02", 12.5)),
]
SECOND = [
    ("visit", "v1", 10, 0, _visit("2026-03-01", "male", "health")),  # newer: wins
    ("visit", "v2", 1, 0, _visit("2026-03-02", "male", "health")),  # older than what the hub holds: loses
    ("visit", "v3", 11, 1, _visit("2026-03-03", "male", "info,legal")),  # tombstone
    ("visit", "v4", 12, 0, _visit("2026-01-05", "male", "info")),  # moved into the year
    ("deletion", "d1", 13, 0, {"table_name": "material_use", "row_id": "u1"}),  # right to erasure
]


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hub.sqlite3'}"
        return
    url = fresh_database(request.getfixturevalue("pg_server"))
    try:
        yield database_url(url, tmp_path)
    finally:
        drop_database(url)


def _caller(db: Database) -> Caller:
    add_point(db, CODE, "Điểm thử")
    with db.write() as conn:
        conn.execute(text("INSERT INTO point_key (point_code, public_key, created_at, acked_seq) "
                          "VALUES (:c, :k, '2026-01-01T00:00:00Z', 0)"), {"c": CODE, "k": "k" * 64})
        key_id = conn.execute(text("SELECT id FROM point_key WHERE point_code = :c"), {"c": CODE}).scalar()
    return Caller(point=CODE, key_id=int(key_id), nonce="n")


def _push(db: Database, caller: Caller, rows: list, from_seq: int) -> wire.PushAck:
    records = [wire.record(t, i, CODE, _hlc(n), d, data) for t, i, n, d, data in rows]
    return apply_chunk(db, caller, wire.PushChunk(CODE, from_seq, from_seq + len(rows), records))


def _tables(report: dict) -> dict[str, dict]:
    return {t["id"]: t for t in report["tables"]}


def _by_code(table: dict, value: str) -> dict:
    return {row["code"]: row[value] for row in table["rows"]}


def _facts(db: Database) -> dict[str, list]:
    with db.read() as conn:
        return {fact: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {fact} ORDER BY origin, id"))]
                for fact in report_facts.FACT_TABLES.values()}


def _assert_facts_are_the_records(db: Database) -> None:
    kept = _facts(db)
    with db.write() as conn:
        report_facts.rebuild(conn)
    assert _facts(db) == kept


def test_the_report_follows_new_rows_newer_older_deleted_and_erased_rows(db_url):
    db = Database(db_url)
    try:
        migrations.migrate(db.engine)
        caller = _caller(db)
        _push(db, caller, FIRST, 0)
        t = _tables(point_report(db, parse_period("2026"), CODE, now=NOW))
        assert t["summary"]["rows"][0]["value"] == 3  # v4 is a 2025 visit
        assert _by_code(t["visits_by_sex"], "visits") == {"female": 2, "male": 1}
        assert _by_code(t["visits_by_purpose"], "visits") == {"info": 2, "legal": 2}
        assert t["material_use_by_channel"]["totals"] == {"name": "Tổng cộng", "uses": 2, "seconds": 42}
        _assert_facts_are_the_records(db)

        ack = _push(db, caller, SECOND, len(FIRST))
        assert ack.applied == 4 and ack.unchanged == 1  # the older v2 changed nothing
        t = _tables(point_report(db, parse_period("2026"), CODE, now=NOW))
        assert t["summary"]["rows"][0]["value"] == 3  # v1, v2, v4; v3 deleted
        assert _by_code(t["visits_by_sex"], "visits") == {"male": 2, "female": 1}
        assert _by_code(t["visits_by_purpose"], "visits") == {"info": 1, "legal": 1, "health": 1}
        assert t["material_use_by_channel"]["totals"]["uses"] == 1  # u1 erased
        assert t["material_use_by_channel"]["totals"]["seconds"] == 12
        _assert_facts_are_the_records(db)

        # The same chunk again (a resent bundle) is acknowledged and changes nothing.
        before = _facts(db)
        again = _push(db, caller, SECOND, len(FIRST))
        assert again.applied == 0 and _facts(db) == before

        # One row twice in a chunk: the later version counts.
        _push(db, caller, [("visit", "v4", 20, 0, _visit("2026-01-06", "female", "info")),
                           ("visit", "v4", 21, 0, _visit("2025-06-01", "female", "info"))], len(FIRST) + len(SECOND))
        t = _tables(point_report(db, parse_period("2026"), CODE, now=NOW))
        assert _by_code(t["visits_by_sex"], "visits") == {"male": 1, "female": 1}
        _assert_facts_are_the_records(db)
    finally:
        db.dispose()


def _hub_at_level_2(db: Database) -> None:
    """A hub as the previous version left it (schema 2), holding the first rows of a point."""
    migrations._version_md.create_all(db.engine)
    with db.engine.begin() as conn:
        for version, name, apply in migrations.MIGRATIONS[:2]:
            apply(conn)
            conn.execute(migrations.schema_migration.insert().values(
                version=version, name=name, applied_at="2026-01-01T00:00:00Z"))
    assert migrations.current_version(db.engine) == 2


def test_an_upgraded_hub_reports_the_rows_it_already_held(db_url, tmp_path):
    old = Database(db_url)
    synced = Database(f"sqlite:///{tmp_path / 'synced.sqlite3'}")
    try:
        _hub_at_level_2(old)
        tombstone = ("visit", "v3", 11, 1, _visit("2026-03-03", "male", "info,legal"))
        held = [*(r for r in FIRST if r[1] != "v3"), tombstone]
        with old.engine.begin() as conn:
            conn.execute(insert(record), [
                {"origin": CODE, "table_name": t, "id": i, "hlc": _hlc(n), "deleted": d,
                 "data": wire.compact_json(data).decode(), "stream_seq": seq, "target": None,
                 "received_at": "2026-06-30T00:00:00Z"} for seq, (t, i, n, d, data) in enumerate(held, 1)])
        migrations.migrate(old.engine)
        assert migrations.current_version(old.engine) == migrations.SCHEMA_VERSION
        add_point(old, CODE, "Điểm thử")

        # The same rows delivered to a new hub through the apply path.
        migrations.migrate(synced.engine)
        caller = _caller(synced)
        _push(synced, caller, FIRST, 0)
        _push(synced, caller, [tombstone], len(FIRST))

        for period in ("2026", "2026-Q1", "2025"):
            upgraded = province_report(old, parse_period(period), now=NOW)
            expected = province_report(synced, parse_period(period), now=NOW)
            for table in (upgraded, expected):
                table.pop("points")
                table["tables"] = [t for t in table["tables"] if t["id"] != "points"]
            assert upgraded == expected
        summary = _tables(province_report(old, parse_period("2026"), now=NOW))["summary"]
        assert summary["rows"][0]["value"] == 2 and summary["rows"][1]["value"] == 2
    finally:
        old.dispose()
        synced.dispose()
