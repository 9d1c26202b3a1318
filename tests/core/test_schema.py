"""No write path can skip the change sequence: every synced table, every way of writing.

Sync sends rows whose seq is above what the province acknowledged; a write that kept an
old seq would never reach the province. These tests write through the Store, through
sqlite-utils, and through plain SQL on a second connection (as any other tool could).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import schema
from desktop.core.store import Store

from .rows import insert_sql, make_row, other_connection, raw_row, seq_of

TABLES = sorted(schema.SYNCED_TABLES)
ERASABLE = [t for t in TABLES if t != "deletion"]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "point.sqlite3", create=True)
    s.set_origin("XA-TEST")
    yield s
    s.close()


@pytest.fixture
def other(store: Store):
    conn = other_connection(store.path)
    yield conn
    conn.close()


def assert_newest(store: Store, table: str, row_id: str, before: int) -> int:
    """The row's seq is above everything written before, and is the latest change."""
    seq = seq_of(store, table, row_id)
    assert seq > before, f"{table}: seq {seq} not above {before}"
    assert seq == store.max_seq()
    return seq


def test_every_synced_table_carries_the_sync_columns(store):
    for table in TABLES:
        cols = {r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")}
        assert {"id", "origin", "hlc", "deleted", "seq"} <= cols, table


@pytest.mark.parametrize("table", TABLES)
def test_store_insert_update_and_tombstone_bump_seq(store, table):
    before = store.max_seq()
    row_id = store.insert(table, make_row(store, table))
    seq = assert_newest(store, table, row_id, before)
    hlc = store.get(table, row_id)["hlc"]

    store.update(table, row_id, {"origin": store.origin})
    seq2 = assert_newest(store, table, row_id, seq)
    assert store.get(table, row_id)["hlc"] > hlc

    store.tombstone(table, row_id)
    assert_newest(store, table, row_id, seq2)
    assert store.get(table, row_id)["deleted"] == 1


@pytest.mark.parametrize("table", TABLES)
def test_plain_sql_insert_and_update_bump_seq(store, other, table):
    row = raw_row(store, table)
    before = store.max_seq()
    other.execute(*insert_sql(table, row))
    seq = assert_newest(store, table, row["id"], before)

    other.execute(f"UPDATE {table} SET origin = 'EDITED' WHERE id = ?", [row["id"]])
    assert_newest(store, table, row["id"], seq)


@pytest.mark.parametrize("forged", [0, -5, 10**12])
@pytest.mark.parametrize("table", TABLES)
def test_an_update_that_sets_seq_itself_is_overwritten(store, other, table, forged):
    row = raw_row(store, table)
    other.execute(*insert_sql(table, row))
    before = store.max_seq()
    other.execute(f"UPDATE {table} SET seq = ?, origin = 'EDITED' WHERE id = ?", [forged, row["id"]])
    seq = assert_newest(store, table, row["id"], before)
    assert seq != forged
    # A forged value does not leak into the counter: the next write numbers on from here.
    other.execute(f"UPDATE {table} SET origin = 'AGAIN' WHERE id = ?", [row["id"]])
    assert seq < seq_of(store, table, row["id"]) < 10**12


@pytest.mark.parametrize("table", TABLES)
def test_insert_with_a_forged_seq_is_overwritten(store, other, table):
    row = {**raw_row(store, table), "seq": 10**12}
    before = store.max_seq()
    other.execute(*insert_sql(table, row))
    assert assert_newest(store, table, row["id"], before) < 10**12


@pytest.mark.parametrize("table", TABLES)
def test_upsert_on_conflict_do_update_bumps_seq(store, other, table):
    row = raw_row(store, table)
    sql, values = insert_sql(table, row)
    # As sync applies a newer version of a row: every column replaced from the incoming one.
    sets = ", ".join(f"{c} = excluded.{c}" for c in row if c != "id")
    upsert = f"{sql} ON CONFLICT(id) DO UPDATE SET {sets}"
    before = store.max_seq()
    other.execute(upsert, values)  # the insert half
    seq = assert_newest(store, table, row["id"], before)
    values[list(row).index("hlc")] = str(store.clock.now())
    other.execute(upsert, values)  # the update half
    assert_newest(store, table, row["id"], seq)
    assert store.count(table, "id = ?", [row["id"]]) == 1


@pytest.mark.parametrize("table", TABLES)
def test_insert_or_replace_bumps_seq(store, other, table):
    row = raw_row(store, table)
    other.execute(*insert_sql(table, row))
    before = store.max_seq()
    other.execute(*insert_sql(table, {**row, "hlc": str(store.clock.now())}, verb="INSERT OR REPLACE"))
    assert_newest(store, table, row["id"], before)
    assert store.count(table, "id = ?", [row["id"]]) == 1


@pytest.mark.parametrize("table", TABLES)
def test_sqlite_utils_insert_upsert_and_update_bump_seq(store, table):
    row = raw_row(store, table)
    before = store.max_seq()
    store.db[table].insert(row)
    seq = assert_newest(store, table, row["id"], before)

    store.db[table].upsert({**row, "origin": "UPSERTED"}, pk="id")
    seq2 = assert_newest(store, table, row["id"], seq)
    assert store.get(table, row["id"])["origin"] == "UPSERTED"

    store.db[table].update(row["id"], {"origin": "UPDATED"})
    assert_newest(store, table, row["id"], seq2)


@pytest.mark.parametrize("table", ERASABLE)
def test_hard_delete_leaves_a_deletion_record_above_everything_before(store, table):
    row_id = store.insert(table, make_row(store, table))
    store.insert("visit", make_row(store, "visit"))  # something written after it
    before = store.max_seq()
    store.hard_delete(table, row_id)
    assert store.get(table, row_id) is None
    record = store.get("deletion", f"{table}:{row_id}")
    assert record is not None
    assert (record["table_name"], record["row_id"]) == (table, row_id)
    assert record["seq"] > before
    assert record["seq"] == store.max_seq()


@pytest.mark.parametrize("table", ERASABLE)
def test_plain_sql_delete_still_leaves_a_deletion_record(store, other, table):
    row = raw_row(store, table)
    other.execute(*insert_sql(table, row))
    before = store.max_seq()
    other.execute(f"DELETE FROM {table} WHERE id = ?", [row["id"]])
    record = store.get("deletion", f"{table}:{row['id']}")
    assert record is not None and record["seq"] > before
    assert record["origin"] == "OTHER-TOOL"


def test_insert_many_numbers_rows_in_order(store):
    rows = [make_row(store, "visit") for _ in range(50)]
    before = store.max_seq()
    assert store.insert_many("visit", rows, batch=7) == 50
    seqs = [r[0] for r in store.query("SELECT seq FROM visit ORDER BY rowid")]
    assert seqs[0] > before and seqs[-1] == store.max_seq()
    assert all(a < b for a, b in zip(seqs, seqs[1:], strict=False))
    hlcs = [r[0] for r in store.query("SELECT hlc FROM visit ORDER BY rowid")]
    assert hlcs == sorted(set(hlcs))  # distinct and increasing


def test_change_sequence_survives_reopen(store, tmp_path):
    store.insert("visit", make_row(store, "visit"))
    last = store.max_seq()
    store.close()
    again = Store.open(store.path)
    try:
        row_id = again.insert("visit", make_row(again, "visit"))
        assert seq_of(again, "visit", row_id) > last
    finally:
        again.close()
