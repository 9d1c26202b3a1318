"""The report's trigger-kept day tallies (m005) stay equal to counting the rows themselves."""

from __future__ import annotations

import re
import sqlite3
from datetime import date, datetime, timedelta

import pytest
from sqlite_utils import Database

from desktop.core import reference, schema
from desktop.core.hlc import HLC
from desktop.core.periods import parse_period
from desktop.core.report_data import period_report, table
from desktop.core.store import Store, register_functions

TODAY = date.today()
PERIOD = parse_period(str(TODAY.year))
DIMENSIONS = {"visits_by_sex": "sex", "visits_by_age_band": "age_band",
              "visits_by_ethnicity": "ethnicity", "visits_by_village": "village"}


def counted_visits(store: Store) -> dict[str, dict]:
    """Each breakdown counted straight from the visit table (what the tally must equal)."""
    out = {}
    for table_id, column in DIMENSIONS.items():
        out[table_id] = {r[0]: r[1] for r in store.query(
            f"SELECT {column}, count(*) FROM visit WHERE deleted = 0 AND day >= ? AND day <= ? "
            "GROUP BY 1", PERIOD.bounds())}
    return out


def reported_visits(ws) -> dict[str, dict]:
    report = period_report(ws, PERIOD)
    out = {}
    for table_id in DIMENSIONS:
        rows = table(report, table_id)["rows"]
        key = "name" if table_id == "visits_by_village" else "code"
        out[table_id] = {r[key]: r["visits"] for r in rows}
    # Villages have no code column: a missing village shows as "Không ghi".
    village = out["visits_by_village"]
    if "Không ghi" in village:
        village[None] = village.pop("Không ghi")
    return out


def tally_rows(store: Store, name: str) -> list[tuple]:
    return [tuple(r) for r in store.query(f"SELECT * FROM {name} WHERE n != 0 ORDER BY 1, 2, 3, 4")]


def assert_tallies_match_a_fresh_count(store: Store) -> None:
    """The trigger-kept tallies hold exactly what a backfill from scratch would count."""
    kept = {t.name: tally_rows(store, t.name) for t in schema.REPORT_TALLIES}
    with store.atomic():
        for t in schema.REPORT_TALLIES:
            store.conn.execute(f"DELETE FROM {t.name}")
            store.conn.execute(t.fill())
    assert kept == {t.name: tally_rows(store, t.name) for t in schema.REPORT_TALLIES}


def check_visits(ws) -> None:
    assert reported_visits(ws) == counted_visits(ws.store)
    assert_tallies_match_a_fresh_count(ws.store)


def at(days_ago: int) -> str:
    # Early in the day, so "today" is never in the future; kept inside this year.
    day = max(TODAY - timedelta(days=days_ago), date(TODAY.year, 1, 1))
    return datetime(day.year, day.month, day.day, 0, 1).isoformat()


def test_visit_tally_follows_edits_tombstones_restores_and_erasure(workspace):
    visits = workspace.visits
    ids = [
        visits.add(["info"], sex="female", age_band="31-45", ethnicity="03", village="Bản Khá",
                   visited_at=at(0)),
        visits.add(["info"], sex="male", age_band="16-30", ethnicity="01", village="Bản Khá",
                   visited_at=at(0)),
        visits.add(["legal"], sex="female", village="Bản Co", visited_at=at(2)),
        visits.add(["learning"], visited_at=at(2)),  # nothing recorded about the person
        visits.add(["info"], sex="male", ethnicity="03", village="Bản Co", visited_at=at(5)),
    ]
    check_visits(workspace)
    assert reported_visits(workspace)["visits_by_sex"] == {"female": 2, "male": 2, None: 1}

    visits.edit(ids[0], sex="male", village="Bản Mới")
    visits.edit(ids[3], sex="female", age_band=sorted(reference.codes("age_bands"))[-1])
    visits.edit(ids[2], village=None, ethnicity="01")
    visits.edit(ids[4], visited_at=at(1))  # moves to another day
    check_visits(workspace)
    assert reported_visits(workspace)["visits_by_village"] == {
        "Bản Mới": 1, "Bản Khá": 1, "Bản Co": 1, None: 2}

    visits.delete(ids[1])
    visits.delete(ids[1])  # deleting a tombstone changes nothing
    check_visits(workspace)
    assert sum(reported_visits(workspace)["visits_by_sex"].values()) == 4

    visits.restore(ids[1])
    visits.restore(ids[1])  # restoring a live visit changes nothing
    check_visits(workspace)
    assert sum(reported_visits(workspace)["visits_by_sex"].values()) == 5

    visits.delete(ids[2])
    workspace.store.hard_delete("visit", ids[2])  # erasing a tombstone takes nothing away
    workspace.store.hard_delete("visit", ids[0])  # erasing a live visit does
    check_visits(workspace)
    assert sum(reported_visits(workspace)["visits_by_sex"].values()) == 3

    visits.undo_last()
    check_visits(workspace)


def test_visit_tally_follows_plain_sql_and_upserts(workspace):
    """Sync and repairs write with plain SQL; the triggers keep the tally under every path."""
    visits, conn = workspace.visits, workspace.store.conn
    vid = visits.add(["info"], sex="female", village="Bản Khá", visited_at=at(3))
    row = dict(workspace.store.get("visit", vid))
    with workspace.store.atomic():
        conn.execute("UPDATE visit SET day = ?, village = 'Bản Co' WHERE id = ?", (at(4)[:10], vid))
        cols = ", ".join(row)
        other = {**row, "id": "other-visit", "sex": "male"}
        conn.execute(f"INSERT INTO visit ({cols}) VALUES ({', '.join('?' * len(row))}) "
                     "ON CONFLICT(id) DO UPDATE SET sex = excluded.sex", list(other.values()))
        conn.execute(f"INSERT INTO visit ({cols}) VALUES ({', '.join('?' * len(row))}) "
                     "ON CONFLICT(id) DO UPDATE SET sex = excluded.sex, deleted = 1",
                     list({**other, "sex": "other"}.values()))
        conn.execute("DELETE FROM visit WHERE id = ?", (vid,))
    check_visits(workspace)


def material(ws, title: str) -> str:
    return ws.store.insert("material", {
        "title": title, "kind": sorted(reference.codes("material_kinds"))[0],
        "created_at": datetime.now().isoformat(timespec="seconds")})


def counted_uses(store: Store) -> dict[str, dict]:
    by_channel = {r[0]: (r[1], r[2]) for r in store.query(
        "SELECT channel, count(*), sum(seconds) FROM material_use WHERE deleted = 0 "
        "AND day >= ? AND day <= ? GROUP BY 1", PERIOD.bounds())}
    by_lang = {r[0]: r[1] for r in store.query(
        "SELECT lang, count(*) FROM material_use WHERE deleted = 0 AND day >= ? AND day <= ? "
        "GROUP BY 1", PERIOD.bounds())}
    per_material = {r[0]: (r[1], r[2]) for r in store.query(
        "SELECT material_id, count(*), sum(seconds) FROM material_use WHERE deleted = 0 "
        "AND day >= ? AND day <= ? GROUP BY 1", PERIOD.bounds())}
    return {"channel": by_channel, "lang": by_lang, "material": per_material}


def reported_uses(ws) -> dict[str, dict]:
    report = period_report(ws, PERIOD)
    return {
        "channel": {r["code"]: (r["uses"], r["seconds"])
                    for r in table(report, "material_use_by_channel")["rows"]},
        "lang": {r["code"]: r["uses"] for r in table(report, "material_use_by_language")["rows"]},
        "material": {r["id"]: (r["uses"], r["seconds"])
                     for r in table(report, "materials_top")["rows"]},
    }


def check_uses(ws) -> None:
    assert reported_uses(ws) == counted_uses(ws.store)
    assert_tallies_match_a_fresh_count(ws.store)


def test_material_use_tally_follows_seconds_filled_in_later_and_deletes(workspace):
    materials = workspace.materials
    leaflet, video = material(workspace, "Tờ rơi"), material(workspace, "Video")
    first = materials.record_use(leaflet, lang="vie", channel="kiosk")
    second = materials.record_use(leaflet, lang="vie", channel="kiosk")
    third = materials.record_use(video, channel="operator", seconds=30)  # no language
    check_uses(workspace)
    assert reported_uses(workspace)["channel"] == {"kiosk": (2, 0), "operator": (1, 30)}
    assert reported_uses(workspace)["lang"] == {"vie": 2, None: 1}

    materials.set_use_seconds(first, 120)  # the viewer closed: seconds known now
    materials.set_use_seconds(second, 45)
    materials.set_use_seconds(first, 150)  # and corrected once more
    check_uses(workspace)
    assert reported_uses(workspace)["channel"]["kiosk"] == (2, 195)
    assert reported_uses(workspace)["material"][leaflet] == (2, 195)

    workspace.store.tombstone("material_use", second)
    check_uses(workspace)
    assert reported_uses(workspace)["channel"]["kiosk"] == (1, 150)
    workspace.store.update("material_use", second, {"deleted": 0})
    workspace.store.hard_delete("material_use", third)
    check_uses(workspace)
    assert reported_uses(workspace)["channel"] == {"kiosk": (2, 195)}
    assert reported_uses(workspace)["lang"] == {"vie": 2}


@pytest.mark.parametrize("table_name", ["visit", "material_use"])
def test_the_migration_counts_rows_already_there(tmp_path, table_name):
    """An older file's visits and uses, tombstones and missing values included, are backfilled."""
    path = tmp_path / "older.sqlite3"
    conn = sqlite3.connect(path)
    register_functions(conn)
    schema.migrations.apply(Database(conn, recursive_triggers=False),
                            stop_before="m005_report_tallies")
    hlc = str(HLC(1_767_225_600_000, 0, "P1"))
    day = f"{TODAY.year}-03-0"
    for n in range(12):
        d = f"{day}{1 + n % 3}"
        if table_name == "visit":
            conn.execute(
                "INSERT INTO visit (id, visited_at, day, purposes, sex, age_band, village, "
                "deleted, origin, hlc) VALUES (?, ?, ?, 'info', ?, ?, ?, ?, 'P1', ?)",
                (f"v{n}", f"{d}T08:00", d, [None, "female", "male"][n % 3],
                 [None, "16-30"][n % 2], [None, "Bản Khá"][n % 4 == 0], int(n == 5), hlc))
        else:
            conn.execute(
                "INSERT INTO material_use (id, material_id, lang, channel, seconds, used_at, day, "
                "deleted, origin, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'P1', ?)",
                (f"u{n}", f"m{n % 2}", [None, "vie"][n % 2], ["kiosk", "operator"][n % 3 == 0],
                 n * 10, f"{d}T08:00", d, int(n == 5), hlc))
    conn.commit()
    conn.close()
    store = Store.open(path)
    try:
        tally = {"visit": "visit_day_tally", "material_use": "material_use_day_tally"}[table_name]
        assert store.scalar(f"SELECT sum(n) FROM {tally}") == 11  # the tombstone left out
        assert_tallies_match_a_fresh_count(store)
        if table_name == "material_use":
            assert store.scalar("SELECT sum(seconds) FROM material_use_day_tally") == \
                sum(n * 10 for n in range(12) if n != 5)
    finally:
        store.close()


def test_the_report_reads_no_visit_or_use_rows(workspace):
    """A year at a million visits stays fast only while the report reads tallies, not rows."""
    workspace.visits.add(["info"], sex="female", visited_at=at(1))
    workspace.materials.record_use(material(workspace, "Tờ rơi"), lang="vie")
    statements: list[str] = []
    workspace.store.conn.set_trace_callback(statements.append)
    try:
        report = period_report(workspace, PERIOD)
    finally:
        workspace.store.conn.set_trace_callback(None)
    assert table(report, "visits_by_sex")["totals"]["visits"] == 1
    assert table(report, "material_use_by_channel")["totals"]["uses"] == 1
    assert any("visit_day_tally" in s for s in statements)
    assert any("material_use_day_tally" in s for s in statements)
    assert not [s for s in statements if re.search(r"\b(FROM|JOIN)\s+(visit|material_use)\b", s, re.I)]
