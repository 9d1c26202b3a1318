"""The province hub as a real process on 127.0.0.1, and a real PostgreSQL for its tests."""

from __future__ import annotations

import json
import os
import selectors
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> object:
        return json.loads(self.out)


@dataclass
class HubProcess:
    """`python -m province.cli serve` with a temp data dir; waits for /health by polling."""

    data_dir: Path
    db: str | None = None
    port: int = 0
    proc: subprocess.Popen | None = None
    url: str = ""
    env: dict[str, str] = field(default_factory=dict)

    def _base(self) -> list[str]:
        args = [sys.executable, "-m", "province.cli", "--data-dir", str(self.data_dir)]
        return args + (["--db", self.db] if self.db else [])

    def start(self, timeout: float = 30) -> HubProcess:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.data_dir / "hub.log", "ab")  # noqa: SIM115 - lives as long as the process
        env = {**os.environ, "PYTHONIOENCODING": "utf-8", **self.env}
        self.proc = subprocess.Popen([*self._base(), "serve", "--port", str(self.port)],
                                     stdout=subprocess.PIPE, stderr=log, cwd=REPO, env=env)
        log.close()
        deadline = time.monotonic() + timeout
        try:
            line = _read_line(self.proc, deadline)
        except RuntimeError as exc:  # say why: the hub's own log has the reason
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                pass
            raise RuntimeError(f"{exc}; log:\n{self.log_tail()}") from None
        self.url = line.strip()
        self.port = int(self.url.rsplit(":", 1)[1])
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as answer:
                    if answer.status == 200:
                        return self
            except OSError:
                pass
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        raise RuntimeError(f"hub did not become healthy; log:\n{self.log_tail()}")

    def kill(self) -> None:
        """kill -9: no clean shutdown at all."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)
        if self.proc and self.proc.stdout and not self.proc.stdout.closed:
            self.proc.stdout.close()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                pass
        self.kill()

    def restart(self) -> HubProcess:
        self.stop()
        return self.start()

    def cli(self, *args: str, timeout: float = 120) -> Result:
        env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        proc = subprocess.run([*self._base(), *args], capture_output=True, text=True,
                              encoding="utf-8", env=env, timeout=timeout, cwd=REPO)
        return Result(proc.returncode, proc.stdout, proc.stderr)

    def log_tail(self, lines: int = 40) -> str:
        path = self.data_dir / "hub.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""


def _read_line(proc: subprocess.Popen, deadline: float) -> str:
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    buf = b""
    while time.monotonic() < deadline:
        if sel.select(timeout=0.1):
            byte = proc.stdout.read1(1) if hasattr(proc.stdout, "read1") else proc.stdout.read(1)
            if not byte:
                break
            buf += byte
            if byte == b"\n":
                return buf.decode()
        elif proc.poll() is not None:
            break
    raise RuntimeError(f"hub did not print its URL (exit {proc.poll()})")


# -- PostgreSQL ----------------------------------------------------------------------------
PG_ROLE, PG_PASSWORD = "hubtest", "hubtest"


def _sh(cmd: list[str], timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def start_postgres() -> str:
    """A server URL (no database) from $PROVINCE_HUB_TEST_PG, or Debian's PostgreSQL started here.

    Raises RuntimeError with the reason when it cannot be had.
    """
    env = os.environ.get("PROVINCE_HUB_TEST_PG")
    if env:
        return env.rstrip("/")
    if not shutil.which("pg_lsclusters"):
        if os.geteuid() != 0 or not shutil.which("apt-get"):
            raise RuntimeError("PostgreSQL is not installed and this user cannot install it")
        _sh(["apt-get", "update", "-qq"])
        done = _sh(["apt-get", "install", "-y", "-qq", "postgresql"], timeout=600)
        if done.returncode != 0 or not shutil.which("pg_lsclusters"):
            raise RuntimeError(f"apt-get install postgresql failed: {done.stderr[-300:]}")
    clusters = [line.split() for line in _sh(["pg_lsclusters", "-h"]).stdout.splitlines() if line.strip()]
    if not clusters:
        raise RuntimeError("no PostgreSQL cluster (pg_lsclusters is empty)")
    version, name, port, state = clusters[0][:4]
    if state != "online":
        started = _sh(["pg_ctlcluster", version, name, "start"])
        if started.returncode != 0:
            raise RuntimeError(f"pg_ctlcluster {version} {name} start failed: {started.stderr.strip()}")
    sql = (f"DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{PG_ROLE}') THEN "
           f"CREATE ROLE {PG_ROLE} LOGIN CREATEDB PASSWORD '{PG_PASSWORD}'; END IF; END$$;")
    made = subprocess.run(["su", "postgres", "-c", f"psql -q -p {port} -v ON_ERROR_STOP=1"],
                          input=sql, capture_output=True, text=True, timeout=60)
    if made.returncode != 0:
        raise RuntimeError(f"could not create the test role: {made.stderr.strip()}")
    return f"postgresql://{PG_ROLE}:{PG_PASSWORD}@127.0.0.1:{port}"


def fresh_database(server_url: str) -> str:
    """A new empty database on that server; returns its URL."""
    import psycopg

    name = f"hub_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"{server_url}/postgres", autocommit=True, connect_timeout=10) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return f"{server_url}/{name}"


def drop_database(db_url: str) -> None:
    import psycopg

    server, name = db_url.rsplit("/", 1)
    try:
        with psycopg.connect(f"{server}/postgres", autocommit=True, connect_timeout=10) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    except psycopg.Error:
        pass


# -- fixtures (re-exported by tests/province/conftest.py and tests/sync/conftest.py) ----------
_PG: dict[str, str] = {}


@pytest.fixture(scope="session")
def pg_server() -> str:
    """A PostgreSQL server URL; skips LOUDLY (stderr line + skip reason) when none can be started."""
    if "url" not in _PG and "error" not in _PG:
        try:
            _PG["url"] = start_postgres()
        except Exception as exc:  # noqa: BLE001 - any failure means: skip, saying why
            _PG["error"] = str(exc)
    if "error" in _PG:
        reason = f"PostgreSQL NOT TESTED: {_PG['error']}"
        print(f"\n*** WARNING: {reason} ***", file=sys.stderr)
        pytest.skip(reason)
    return _PG["url"]


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str | None]:
    """None for the default SQLite file, or a fresh PostgreSQL database URL."""
    if request.param == "sqlite":
        yield None
        return
    url = fresh_database(request.getfixturevalue("pg_server"))
    yield url
    drop_database(url)


@pytest.fixture
def hub(tmp_path: Path, hub_db: str | None) -> Iterator[HubProcess]:
    proc = HubProcess(tmp_path / "hub", db=hub_db).start()
    yield proc
    proc.stop()
