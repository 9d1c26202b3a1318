"""The point's schema as migrations; every synced table carries id, origin, hlc, deleted, seq.

`seq` is a local change sequence bumped by triggers on insert and update, so no write
path (insert, update, upsert, replace, raw SQL) can forget it. Hard deletes (a person's
right to erasure) leave a row in `deletion`, which is itself sequenced and synced.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import StoreError

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "commune-point"

# Columns every synced row carries, after the table's own.
SYNC_COLUMNS = """
    origin TEXT NOT NULL,
    hlc TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    seq INTEGER NOT NULL DEFAULT 0
"""

# name -> table-specific columns (id is always the TEXT primary key).
SYNCED_TABLES: dict[str, str] = {
    "point": """
        code TEXT NOT NULL, name TEXT NOT NULL, province_code TEXT, commune_code TEXT,
        address TEXT, created_at TEXT NOT NULL""",
    "reference_item": """
        list TEXT NOT NULL, code TEXT NOT NULL, name_vi TEXT NOT NULL, name_en TEXT,
        extra TEXT, sort INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1""",
    "material": """
        title TEXT NOT NULL, description TEXT, kind TEXT NOT NULL, topics TEXT NOT NULL DEFAULT '[]',
        audiences TEXT NOT NULL DEFAULT '[]', issuer TEXT, issue_date TEXT, valid_until TEXT,
        withdrawn INTEGER NOT NULL DEFAULT 0, cover_hash TEXT, published_by TEXT,
        created_at TEXT NOT NULL""",
    "material_file": """
        material_id TEXT NOT NULL REFERENCES material(id), lang TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT 'main', media_hash TEXT NOT NULL, filename TEXT NOT NULL,
        mime TEXT NOT NULL, size INTEGER NOT NULL, pages INTEGER, duration_s REAL,
        created_at TEXT NOT NULL""",
    "participant": """
        full_name TEXT NOT NULL, sex TEXT NOT NULL CHECK (sex IN ('female','male','other')),
        birth_year INTEGER, ethnicity TEXT, village TEXT, group_code TEXT, phone TEXT,
        consent_at TEXT, consent_note TEXT, created_at TEXT NOT NULL""",
    "training": """
        kind TEXT NOT NULL, title TEXT NOT NULL, topics TEXT NOT NULL DEFAULT '[]',
        start_date TEXT NOT NULL, end_date TEXT NOT NULL, place TEXT, trainers TEXT,
        mode TEXT NOT NULL DEFAULT 'in-person', funding TEXT, cost INTEGER,
        target_groups TEXT NOT NULL DEFAULT '[]', sheet_hash TEXT, created_at TEXT NOT NULL""",
    "attendance": """
        training_id TEXT NOT NULL REFERENCES training(id),
        participant_id TEXT NOT NULL, day TEXT NOT NULL, checked_in_at TEXT NOT NULL""",
    "visit": """
        visited_at TEXT NOT NULL, day TEXT NOT NULL, purposes TEXT NOT NULL,
        purpose_note TEXT, sex TEXT, age_band TEXT, ethnicity TEXT, village TEXT,
        assisted INTEGER NOT NULL DEFAULT 1, duration_min INTEGER, note TEXT""",
    "material_use": """
        material_id TEXT NOT NULL, lang TEXT, channel TEXT NOT NULL, seconds INTEGER NOT NULL DEFAULT 0,
        used_at TEXT NOT NULL, day TEXT NOT NULL""",
    "feedback": """
        text TEXT NOT NULL, topic TEXT, village TEXT, participant_id TEXT, author_name TEXT,
        consent INTEGER NOT NULL DEFAULT 0, channel TEXT NOT NULL DEFAULT 'operator',
        audio_hash TEXT, status TEXT NOT NULL DEFAULT 'new', created_at TEXT NOT NULL""",
    "feedback_answer": """
        feedback_id TEXT NOT NULL, text TEXT NOT NULL, answered_by TEXT, answered_at TEXT NOT NULL""",
    "plan_target": """
        year INTEGER NOT NULL, indicator TEXT NOT NULL, target REAL NOT NULL, note TEXT""",
    "deletion": """
        table_name TEXT NOT NULL, row_id TEXT NOT NULL, deleted_at TEXT NOT NULL""",
}

INDEXES = [
    "CREATE INDEX IF NOT EXISTS {t}_seq ON {t}(seq)",
]
EXTRA_INDEXES = [
    "CREATE UNIQUE INDEX reference_item_list_code ON reference_item(list, code)",
    "CREATE INDEX material_file_material ON material_file(material_id)",
    "CREATE INDEX material_file_hash ON material_file(media_hash)",
    "CREATE INDEX attendance_training ON attendance(training_id, day)",
    "CREATE INDEX visit_day ON visit(day)",
    "CREATE INDEX visit_visited_at ON visit(visited_at)",
    "CREATE INDEX material_use_day ON material_use(day)",
    "CREATE INDEX material_use_material ON material_use(material_id)",
    "CREATE INDEX training_start ON training(start_date)",
    "CREATE INDEX feedback_created ON feedback(created_at)",
    "CREATE UNIQUE INDEX plan_target_year_indicator ON plan_target(year, indicator, origin)",
    "CREATE INDEX participant_name ON participant(full_name)",
]

LOCAL_TABLES = [
    # Local state that never syncs: key/value settings, the change counter, the clock.
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE change_counter (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL)",
    "INSERT INTO change_counter (id, value) VALUES (1, 0)",
    # Operator accounts stay at the point.
    """CREATE TABLE user_account (
        username TEXT PRIMARY KEY, role TEXT NOT NULL CHECK (role IN ('admin','operator')),
        full_name TEXT, password_hash TEXT NOT NULL, failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT, active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL)""",
    # The losing side of a last-writer-wins merge, for an admin to review.
    """CREATE TABLE conflict_history (
        rowid_ INTEGER PRIMARY KEY, table_name TEXT NOT NULL, row_id TEXT NOT NULL,
        lost_hlc TEXT NOT NULL, lost_origin TEXT NOT NULL, lost_row TEXT NOT NULL,
        won_hlc TEXT NOT NULL, recorded_at TEXT NOT NULL)""",
    # Who exported or viewed personal data, and when (DESIGN.md section 6).
    """CREATE TABLE audit_log (
        rowid_ INTEGER PRIMARY KEY, at TEXT NOT NULL, username TEXT, action TEXT NOT NULL,
        detail TEXT)""",
]


def _seq_triggers(table: str) -> list[str]:
    bump = (
        "UPDATE change_counter SET value = value + 1 WHERE id = 1; "
        f"UPDATE {table} SET seq = (SELECT value FROM change_counter WHERE id = 1) "
        "WHERE rowid = NEW.rowid;"
    )
    return [
        f"CREATE TRIGGER {table}_seq_insert AFTER INSERT ON {table} BEGIN {bump} END",
        # Fires for UPDATE and for the update half of an upsert. Recursive triggers are
        # off on our connections, so the inner UPDATE does not fire this again; a write
        # that sets seq itself is overwritten.
        f"CREATE TRIGGER {table}_seq_update AFTER UPDATE ON {table} BEGIN {bump} END",
    ]


def _deletion_trigger(table: str) -> str:
    # A hard delete leaves a sequenced record so the erasure propagates. The repository
    # stamps a fresh hlc on that record first; this trigger is the net under every other path.
    return (
        f"CREATE TRIGGER {table}_hard_delete AFTER DELETE ON {table} BEGIN "
        "INSERT INTO deletion (id, table_name, row_id, deleted_at, origin, hlc) "
        f"VALUES ('{table}:' || OLD.id, '{table}', OLD.id, "
        "strftime('%Y-%m-%dT%H:%M:%SZ','now'), OLD.origin, OLD.hlc) "
        "ON CONFLICT(id) DO UPDATE SET deleted_at = excluded.deleted_at, "
        "hlc = max(deletion.hlc, excluded.hlc); END"
    )


class MigrationSet:
    """Our migrations, handed to sqlite-utils' `Migrations` only when one is pending.

    Importing sqlite-utils costs more than a tenth of a second; an up-to-date database
    (every start but the first after an upgrade) is checked with two plain queries.
    """

    @dataclass
    class Migration:
        name: str
        fn: Callable[[Database], None]
        transactional: bool = True

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[MigrationSet.Migration] = []

    def __call__(self, *, name: str | None = None, transactional: bool = True) -> Callable:
        def register(fn: Callable[[Database], None]) -> Callable[[Database], None]:
            self._migrations.append(self.Migration(name or fn.__name__, fn, transactional))
            return fn

        return register

    def _sqlite_utils(self) -> Any:
        from sqlite_utils import Migrations

        real = Migrations(self.name)
        for m in self._migrations:
            real(name=m.name, transactional=m.transactional)(m.fn)
        return real

    def applied_names(self, conn: sqlite3.Connection) -> list[str]:
        """Names recorded as applied, read with plain SQL (read-only)."""
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
        ).fetchone()
        if not exists:
            return []
        return [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            (self.name,))]

    def pending_names(self, conn: sqlite3.Connection) -> list[str]:
        done = set(self.applied_names(conn))
        return [m.name for m in self._migrations if m.name not in done]

    def apply(self, db: Database, *, stop_before: str | Iterable[str] | None = None) -> None:
        """Apply pending migrations through sqlite-utils (each with its record, atomically)."""
        self._sqlite_utils().apply(db, stop_before=stop_before)


migrations = MigrationSet(MIGRATION_SET)


@migrations()
def m001_initial(db: Database) -> None:
    for statement in LOCAL_TABLES:
        db.execute(statement)
    for table, columns in SYNCED_TABLES.items():
        db.execute(f"CREATE TABLE {table} (id TEXT PRIMARY KEY, {columns.strip()}, {SYNC_COLUMNS})")
        for template in INDEXES:
            db.execute(template.format(t=table))
        for statement in _seq_triggers(table):
            db.execute(statement)
        if table != "deletion":
            db.execute(_deletion_trigger(table))
    for statement in EXTRA_INDEXES:
        db.execute(statement)


@migrations()
def m002_search(db: Database) -> None:
    """Full-text search of materials, kept by triggers (desktop/core/schema_search.py)."""
    from . import schema_search

    for statement in schema_search.statements():
        db.execute(statement)


@migrations()
def m003_activity(db: Database) -> None:
    """Operator's daily work (issue 4): edit history, visit list indexes, name search shadow.

    All tables here are local and derived (never synced): `row_history` keeps the version a
    local edit replaced; `visit_purpose` and `visit_tally` are kept by triggers so a list
    or count over a million visits, by period and purpose, reads an index range instead of
    the table; `participant_search` holds the folded name for accent-insensitive look-ups.
    """

    def purposes(row: str) -> str:
        # "info,legal" -> ["info","legal"]; codes are validated plain words, and anything
        # else that arrives (a damaged row) counts under no purpose instead of failing.
        text = f"""'["' || replace({row}.purposes, ',', '","') || '"]'"""
        return f"json_each(CASE WHEN json_valid({text}) THEN {text} ELSE '[]' END)"

    # visit_tally keeps one count per day under purpose '*' (all live visits); counts per
    # purpose come from visit_purpose's index, which keeps each save cheap.
    def add(row: str) -> str:
        return (
            "INSERT OR IGNORE INTO visit_purpose (purpose, visited_at, visit_id) "
            f"SELECT value, {row}.visited_at, {row}.id FROM {purposes(row)} "
            f"WHERE value != '' AND {row}.deleted = 0; "
            f"INSERT INTO visit_tally (day, purpose, n) SELECT {row}.day, '*', 1 WHERE {row}.deleted = 0 "
            "ON CONFLICT(day, purpose) DO UPDATE SET n = n + 1; "
        )

    def remove(row: str) -> str:
        return (
            f"DELETE FROM visit_purpose WHERE {row}.deleted = 0 AND purpose IN "
            f"(SELECT value FROM {purposes(row)}) AND visited_at = {row}.visited_at "
            f"AND visit_id = {row}.id; "
            f"UPDATE visit_tally SET n = n - 1 WHERE {row}.deleted = 0 AND day = {row}.day "
            "AND purpose = '*'; "
        )

    for statement in [
        """CREATE TABLE row_history (
            rowid_ INTEGER PRIMARY KEY, table_name TEXT NOT NULL, row_id TEXT NOT NULL,
            hlc TEXT NOT NULL, origin TEXT NOT NULL, row TEXT NOT NULL, replaced_at TEXT NOT NULL)""",
        "CREATE INDEX row_history_row ON row_history(table_name, row_id)",
        """CREATE TABLE visit_purpose (
            purpose TEXT NOT NULL, visited_at TEXT NOT NULL, visit_id TEXT NOT NULL,
            PRIMARY KEY (purpose, visited_at, visit_id)) WITHOUT ROWID""",
        """CREATE TABLE visit_tally (
            day TEXT NOT NULL, purpose TEXT NOT NULL, n INTEGER NOT NULL,
            PRIMARY KEY (day, purpose)) WITHOUT ROWID""",
        """CREATE TABLE participant_search (
            id TEXT PRIMARY KEY, name_fold TEXT NOT NULL, village_fold TEXT NOT NULL)
            WITHOUT ROWID""",
        "CREATE INDEX visit_live_at ON visit(visited_at, id) WHERE deleted = 0",
        "CREATE INDEX attendance_participant ON attendance(participant_id)",
        "CREATE INDEX feedback_answer_feedback ON feedback_answer(feedback_id)",
        f"CREATE TRIGGER visit_index_insert AFTER INSERT ON visit BEGIN {add('NEW')} END",
        "CREATE TRIGGER visit_index_update AFTER UPDATE OF deleted, purposes, visited_at, day, id "
        f"ON visit BEGIN {remove('OLD')} {add('NEW')} END",
        f"CREATE TRIGGER visit_index_delete AFTER DELETE ON visit BEGIN {remove('OLD')} END",
        "CREATE TRIGGER participant_search_insert AFTER INSERT ON participant BEGIN "
        "INSERT OR REPLACE INTO participant_search (id, name_fold, village_fold) "
        "VALUES (NEW.id, fold(NEW.full_name), fold(NEW.village)); END",
        "CREATE TRIGGER participant_search_update AFTER UPDATE OF full_name, village, id "
        "ON participant BEGIN DELETE FROM participant_search WHERE id = OLD.id; "
        "INSERT OR REPLACE INTO participant_search (id, name_fold, village_fold) "
        "VALUES (NEW.id, fold(NEW.full_name), fold(NEW.village)); END",
        "CREATE TRIGGER participant_search_delete AFTER DELETE ON participant BEGIN "
        "DELETE FROM participant_search WHERE id = OLD.id; END",
        # Rows that existed before this migration.
        "INSERT INTO participant_search (id, name_fold, village_fold) "
        "SELECT id, fold(full_name), fold(village) FROM participant",
        f"INSERT OR IGNORE INTO visit_purpose (purpose, visited_at, visit_id) "
        f"SELECT DISTINCT value, v.visited_at, v.id FROM visit v, {purposes('v')} "
        "WHERE v.deleted = 0 AND value != ''",
        "INSERT INTO visit_tally (day, purpose, n) SELECT day, '*', count(*) FROM visit "
        "WHERE deleted = 0 GROUP BY day",
    ]:
        db.execute(statement)


@migrations()
def m004_single_seq_bump(db: Database) -> None:
    """One seq per insert: the insert trigger's own stamping UPDATE no longer bumps again.

    That inner UPDATE is the only write that turns a row's seq from 0 into the current
    counter value; any other update (including one that forges seq) still gets a new seq.
    """
    for table in SYNCED_TABLES:
        db.execute(f"DROP TRIGGER IF EXISTS {table}_seq_update")
        db.execute(
            f"CREATE TRIGGER {table}_seq_update AFTER UPDATE ON {table} "
            "WHEN NOT (OLD.seq = 0 AND NEW.seq = (SELECT value FROM change_counter WHERE id = 1)) "
            "BEGIN UPDATE change_counter SET value = value + 1 WHERE id = 1; "
            f"UPDATE {table} SET seq = (SELECT value FROM change_counter WHERE id = 1) "
            "WHERE rowid = NEW.rowid; END"
        )


# The period report's breakdowns (m005): a day's live visits per (sex, age band, ethnicity,
# village), and a day's material uses per (material, language, channel) with their seconds.
# NULL is kept as '' so the key is a real primary key; readers turn '' back into None.
VISIT_DAY_TALLY_KEY = ("sex", "age_band", "ethnicity", "village")
MATERIAL_USE_TALLY_KEY = ("material_id", "lang", "channel")


class _Tally:
    """A day tally of a table's live rows per key, kept by triggers (one upsert per write)."""

    def __init__(self, source: str, name: str, key: tuple[str, ...], sums: dict[str, str],
                 watched: tuple[str, ...]) -> None:
        # `sums` maps each summed column to the source expression it adds ('1' counts rows).
        self.source, self.name, self.key, self.sums, self.watched = source, name, key, sums, watched
        self.cols = ("day", *key)

    def _values(self, row: str) -> str:
        return ", ".join([f"{row}.day", *(f"coalesce({row}.{c}, '')" for c in self.key)])

    def _add(self, row: str) -> str:
        # The WHERE makes the SELECT unambiguous before ON CONFLICT, and skips tombstones.
        exprs = ", ".join(e.format(row=row) for e in self.sums.values())
        bumps = ", ".join(f"{c} = {c} + excluded.{c}" for c in self.sums)
        return (f"INSERT INTO {self.name} ({', '.join([*self.cols, *self.sums])}) "
                f"SELECT {self._values(row)}, {exprs} WHERE {row}.deleted = 0 "
                f"ON CONFLICT({', '.join(self.cols)}) DO UPDATE SET {bumps};")

    def _remove(self, row: str) -> str:
        drops = ", ".join(f"{c} = {c} - ({e.format(row=row)})" for c, e in self.sums.items())
        match = " AND ".join([f"day = {row}.day",
                              *(f"{c} = coalesce({row}.{c}, '')" for c in self.key)])
        return f"UPDATE {self.name} SET {drops} WHERE {row}.deleted = 0 AND {match};"

    def create(self) -> list[str]:
        columns = ", ".join([*(f"{c} TEXT NOT NULL" for c in self.cols),
                             *(f"{c} INTEGER NOT NULL" for c in self.sums)])
        return [
            f"CREATE TABLE {self.name} ({columns}, PRIMARY KEY ({', '.join(self.cols)})) "
            "WITHOUT ROWID",
            f"CREATE TRIGGER {self.name}_insert AFTER INSERT ON {self.source} "
            f"BEGIN {self._add('NEW')} END",
            f"CREATE TRIGGER {self.name}_update AFTER UPDATE OF {', '.join(self.watched)} "
            f"ON {self.source} BEGIN {self._remove('OLD')} {self._add('NEW')} END",
            f"CREATE TRIGGER {self.name}_delete AFTER DELETE ON {self.source} "
            f"BEGIN {self._remove('OLD')} END",
        ]

    def fill(self) -> str:
        """Count the rows already there (the migration's backfill, or a rebuild)."""
        grouped = ", ".join(["day", *(f"coalesce({c}, '')" for c in self.key)])
        totals = ", ".join(f"sum({e.format(row=self.source)})" for e in self.sums.values())
        return (f"INSERT INTO {self.name} ({', '.join([*self.cols, *self.sums])}) "
                f"SELECT {grouped}, {totals} FROM {self.source} WHERE deleted = 0 "
                f"GROUP BY {grouped}")


VISIT_DAY_TALLY = _Tally("visit", "visit_day_tally", VISIT_DAY_TALLY_KEY, {"n": "1"},
                         ("deleted", "day", *VISIT_DAY_TALLY_KEY, "id"))
MATERIAL_USE_DAY_TALLY = _Tally("material_use", "material_use_day_tally", MATERIAL_USE_TALLY_KEY,
                                {"n": "1", "seconds": "coalesce({row}.seconds, 0)"},
                                ("deleted", "day", *MATERIAL_USE_TALLY_KEY, "seconds", "id"))
REPORT_TALLIES = [VISIT_DAY_TALLY, MATERIAL_USE_DAY_TALLY]


@migrations()
def m005_report_tallies(db: Database) -> None:
    """Day tallies for the period report's breakdowns (local, never synced, kept by triggers).

    A year's figures at a million visits then sum the tally's rows for the period's days
    instead of grouping the year's visits and material uses.
    """
    for tally in REPORT_TALLIES:
        for statement in [*tally.create(), tally.fill()]:
            db.execute(statement)


# Add new migrations above this line, each as a new function (m002_..., m003_...);
# never edit one that has shipped.


def schema_version() -> int:
    """The schema version this build writes: the number of migrations it knows."""
    return len(migrations._migrations)


def _conn(db: Database | sqlite3.Connection) -> sqlite3.Connection:
    return db if isinstance(db, sqlite3.Connection) else db.conn


def check_not_newer(db: Database | sqlite3.Connection) -> None:
    """Refuse a database written by a newer version of the app, before touching it."""
    conn = _conn(db)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    known = {m.name for m in migrations._migrations}
    applied = set(migrations.applied_names(conn))
    if version > schema_version() or applied - known:
        raise StoreError("newer-version", found=version, supported=schema_version())


def needs_migration(conn: sqlite3.Connection) -> bool:
    """Whether any migration is still to be applied (read-only)."""
    return bool(migrations.pending_names(conn))


def migrate(db: Database | sqlite3.Connection) -> None:
    """Apply pending migrations, each in one transaction with its record."""
    conn = _conn(db)
    check_not_newer(conn)
    if needs_migration(conn):
        if isinstance(db, sqlite3.Connection):
            from sqlite_utils import Database as _Database

            db = _Database(conn, recursive_triggers=False, execute_plugins=False)
        migrations.apply(db)
    if conn.execute("PRAGMA user_version").fetchone()[0] != schema_version():
        conn.execute(f"PRAGMA user_version = {schema_version()}")
