"""Hub fixtures: a real hub process per test, on SQLite and (when it can be had) PostgreSQL."""

from tests.hubproc import hub, hub_db, pg_server  # noqa: F401 - pytest fixtures
