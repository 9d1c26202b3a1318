"""The store: opening, refusing newer data untouched, upgrading older data, atomic writes,
WAL and foreign keys, a clock that survives restarts, and one owning thread."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database, Migrations

from desktop.core import schema
from desktop.core.errors import NotFound, StoreError
from desktop.core.hlc import HLC
from desktop.core.store import Store, new_id, register_functions

from .rows import make_row

YEAR_MS = 365 * 24 * 60 * 60 * 1000
T2026 = 1_767_225_600_000  # 2026-01-01 00:00 UTC


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "point.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = Store.open(db_path, create=True)
    s.set_origin("XA-TEST")
    yield s
    s.close()


def fingerprint(path: Path) -> tuple[str, list[str]]:
    """The file's bytes and the names of every file beside it (-wal, -shm, journals)."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), sorted(p.name for p in path.parent.iterdir())


def make_point_file(path: Path) -> None:
    s = Store.open(path, create=True)
    s.set_origin("XA-TEST")
    s.insert("visit", make_row(s, "visit"))
    s.close()


# -- opening ---------------------------------------------------------------------------
def test_missing_database_is_not_created_unless_asked(db_path):
    with pytest.raises(StoreError) as err:
        Store.open(db_path)
    assert err.value.code == "no-database"
    assert not db_path.exists()


def test_wal_mode_and_foreign_keys_are_on(store):
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.scalar("PRAGMA foreign_keys") == 1


def test_a_row_pointing_at_a_missing_parent_is_refused_and_nothing_is_written(store):
    row = {**make_row(store, "material_file"), "material_id": "no-such-material"}
    before = store.max_seq()
    with pytest.raises(StoreError):
        store.insert("material_file", row)
    assert store.count("material_file", "1") == 0
    assert store.max_seq() == before


def test_newer_user_version_is_refused_and_the_file_is_untouched(db_path):
    make_point_file(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema.schema_version() + 1}")
    conn.commit()
    conn.close()
    before = fingerprint(db_path)
    with pytest.raises(StoreError) as err:
        Store.open(db_path)
    assert err.value.code == "newer-version"
    assert err.value.params["supported"] == schema.schema_version()
    assert fingerprint(db_path) == before  # same bytes, no -wal or -shm left behind


def test_a_migration_this_version_does_not_know_is_refused_and_the_file_is_untouched(db_path):
    make_point_file(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        (schema.MIGRATION_SET, "m999_from_a_future_version", "2030-01-01 00:00:00+00:00"),
    )
    conn.commit()
    conn.close()
    before = fingerprint(db_path)
    with pytest.raises(StoreError) as err:
        Store.open(db_path)
    assert err.value.code == "newer-version"
    assert fingerprint(db_path) == before


def test_reopening_a_current_database_changes_nothing_and_keeps_the_rows(db_path):
    make_point_file(db_path)
    s = Store.open(db_path)
    migrations_before = s.query("SELECT name, applied_at FROM _sqlite_migrations ORDER BY id")
    rows_before = s.query("SELECT * FROM visit")
    s.close()
    s = Store.open(db_path)
    try:
        assert s.query("SELECT name, applied_at FROM _sqlite_migrations ORDER BY id") == migrations_before
        assert s.query("SELECT * FROM visit") == rows_before
        assert s.scalar("PRAGMA user_version") == schema.schema_version()
        assert s.origin == "XA-TEST"
    finally:
        s.close()


def _add_note_column(db: Database) -> None:
    db.execute("ALTER TABLE point ADD COLUMN test_note TEXT")
    db.execute("UPDATE point SET test_note = 'upgraded'")


def test_an_older_database_is_upgraded_keeping_its_rows(tmp_path, monkeypatch):
    # A build that knows one more migration than the files written below.
    extra = Migrations._Migration("m999_test_add_note", _add_note_column)
    monkeypatch.setattr(schema.migrations, "_migrations", [*schema.migrations._migrations, extra])
    names = [m.name for m in schema.migrations._migrations]
    # Every real step in the history is a possible "older file" (stop before each later one).
    for stop in names[1:]:
        path = tmp_path / f"older-before-{stop}.sqlite3"
        conn = sqlite3.connect(path)
        register_functions(conn)
        older = Database(conn, recursive_triggers=False)
        schema.migrations.apply(older, stop_before=stop)
        conn.execute(
            "INSERT INTO point (id, code, name, created_at, origin, hlc) VALUES (?, ?, ?, ?, ?, ?)",
            ("P1", "P1", "Điểm hỗ trợ xã Mường Phăng", "2026-01-01", "P1", str(HLC(T2026, 0, "P1"))),
        )
        conn.commit()
        conn.close()

        s = Store.open(path)
        try:
            row = s.get("point", "P1")
            assert row["name"] == "Điểm hỗ trợ xã Mường Phăng"
            assert row["test_note"] == "upgraded"
            assert s.scalar("PRAGMA user_version") == len(names)
            assert [r[0] for r in s.query("SELECT name FROM _sqlite_migrations ORDER BY id")] == names
        finally:
            s.close()


# -- atomic ----------------------------------------------------------------------------
def test_atomic_rolls_back_every_write_when_something_fails(store):
    store.insert("visit", make_row(store, "visit"))
    before_seq, before_hlc = store.max_seq(), store.get_meta("hlc")
    visit, participant = make_row(store, "visit"), make_row(store, "participant")
    with pytest.raises(RuntimeError), store.atomic():
        store.insert("visit", visit)
        store.insert("participant", participant)
        store.set_meta("last_sync_at", "2026-01-01")
        raise RuntimeError("power cut halfway")
    assert store.count("visit") == 1
    assert store.count("participant") == 0
    assert store.get_meta("last_sync_at") is None
    assert store.max_seq() == before_seq
    assert store.get_meta("hlc") == before_hlc
    assert not store.conn.in_transaction
    # And the store goes on working.
    store.insert("visit", make_row(store, "visit"))
    assert store.count("visit") == 2


def test_a_failing_inner_step_rolls_back_only_itself(store):
    with store.atomic():
        store.insert("visit", make_row(store, "visit"))
        with pytest.raises(NotFound):
            with store.atomic():
                store.insert("participant", make_row(store, "participant"))
                store.update("visit", "no-such-visit", {"note": "x"})
    assert store.count("visit") == 1
    assert store.count("participant") == 0


def test_committed_writes_are_visible_to_another_connection(store):
    row_id = store.insert("visit", make_row(store, "visit"))
    other = sqlite3.connect(store.path)
    try:
        assert other.execute("SELECT count(*) FROM visit WHERE id = ?", (row_id,)).fetchone()[0] == 1
    finally:
        other.close()


def test_updating_a_missing_row_says_not_found_and_changes_nothing(store):
    before = store.max_seq()
    with pytest.raises(NotFound):
        store.update("visit", "nope", {"note": "x"})
    with pytest.raises(NotFound):
        store.hard_delete("visit", "nope")
    assert store.max_seq() == before
    assert store.count("deletion", "1") == 0


# -- clock -----------------------------------------------------------------------------
class FakeClock:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_timestamps_keep_increasing_across_restarts_when_the_pc_clock_goes_back(db_path, monkeypatch):
    pc = FakeClock(T2026)
    s = Store.open(db_path, create=True)
    s.set_origin("XA-TEST")
    monkeypatch.setattr(s.clock, "_physical", pc)
    first = s.insert("visit", make_row(s, "visit"))
    first_hlc = HLC.parse(s.get("visit", first)["hlc"])
    s.close()

    pc.ms = T2026 - 3 * YEAR_MS  # the CMOS battery died; the PC thinks it is 2023
    s = Store.open(db_path)
    try:
        monkeypatch.setattr(s.clock, "_physical", pc)
        second = s.insert("visit", make_row(s, "visit"))
        second_hlc = HLC.parse(s.get("visit", second)["hlc"])
        assert second_hlc > first_hlc
        assert second_hlc.wall_ms >= T2026
        assert second_hlc.node == "XA-TEST"
    finally:
        s.close()


# -- threads ---------------------------------------------------------------------------
def test_the_store_refuses_use_from_another_thread(store):
    row_id = store.insert("visit", make_row(store, "visit"))
    attempts = {
        "insert": lambda: store.insert("visit", {"visited_at": "x", "day": "x", "purposes": "x"}),
        "atomic": lambda: store.atomic().__enter__(),
        "query": lambda: store.query("SELECT * FROM visit"),
        "get": lambda: store.get("visit", row_id),
        "count": lambda: store.count("visit"),
        "get_meta": lambda: store.get_meta("hlc"),
    }
    codes: dict[str, str] = {}

    def worker() -> None:
        for name, attempt in attempts.items():
            try:
                attempt()
                codes[name] = "no error"
            except StoreError as exc:
                codes[name] = exc.code
            except Exception as exc:  # noqa: BLE001 - reported in the assertion below
                codes[name] = type(exc).__name__

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert codes == dict.fromkeys(attempts, "wrong-thread")
    assert store.count("visit") == 1  # and the owning thread carries on


def test_ids_born_here_are_unique_time_ordered_uuids():
    ids = [new_id() for _ in range(20_000)]
    assert len(set(ids)) == len(ids)
    parsed = [uuid.UUID(i) for i in ids]
    assert {(u.version, u.variant) for u in parsed} == {(7, uuid.RFC_4122)}
    assert [str(u) for u in parsed] == ids  # the canonical lower-case text form
    # Ordered by the millisecond they were made (within a millisecond, random).
    stamps = [u.bytes[:6] for u in parsed]
    assert stamps == sorted(stamps)
