"""Points as real data folders driven through the real CLI, and the hub's rows read back."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, text

from desktop.core import schema
from desktop.core.paths import Paths
from desktop.core.workspace import Workspace
from province.config import database_url
from tests.hubproc import REPO, HubProcess, Result

Row = tuple[str, str, str, int]  # table, id, hlc, deleted


@dataclass
class Point:
    root: Path
    code: str
    env: dict[str, str] = field(default_factory=dict)

    @property
    def paths(self) -> Paths:
        return Paths(self.root)

    def _cmd(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "desktop.cli", "--data-dir", str(self.root), *args]

    def _env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {**os.environ, "PYTHONIOENCODING": "utf-8", **self.env, **(extra or {})}
        env.pop("COMMUNE_POINT_DATA", None)
        return env

    def cli(self, *args: str, env: dict[str, str] | None = None, timeout: float = 300) -> Result:
        proc = subprocess.run(self._cmd(*args), capture_output=True, text=True, encoding="utf-8",
                              env=self._env(env), timeout=timeout, cwd=REPO)
        return Result(proc.returncode, proc.stdout, proc.stderr)

    def popen(self, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
        return subprocess.Popen(self._cmd(*args), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                env=self._env(env), cwd=REPO)

    def open(self) -> Workspace:
        return Workspace.open(self.paths)

    def rows(self, origin: str | None = None) -> list[Row]:
        """Every synced row of one origin (default: this point's own)."""
        origin = origin or self.code
        with self.open() as ws:
            out: list[Row] = []
            for table in schema.SYNCED_TABLES:
                out += [(table, r[0], r[1], r[2]) for r in ws.store.query(
                    f"SELECT id, hlc, deleted FROM {table} WHERE origin = ?", [origin])]
        return sorted(out)


def make_point(tmp: Path, code: str, visits: int = 0, participants: int = 0,
               env: dict[str, str] | None = None) -> Point:
    point = Point(tmp / code, code, env or {})
    old = {k: os.environ.get(k) for k in point.env}
    os.environ.update(point.env)  # the clock offset hook applies to rows made here too
    try:
        with Workspace.create(point.paths, code, f"Điểm hỗ trợ {code}") as ws:
            add_rows(ws, visits, participants)
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return point


def add_rows(ws: Workspace, visits: int = 0, participants: int = 0) -> None:
    ws.store.insert_many("visit", ({"visited_at": f"2026-03-01T08:{n % 60:02d}", "day": "2026-03-01",
                                    "purposes": "info", "village": "Bản Phăng"} for n in range(visits)))
    ws.store.insert_many("participant", ({"full_name": f"Lò Văn {n}", "sex": "male", "birth_year": 1980,
                                          "created_at": "2026-01-01"} for n in range(participants)))


def add_material(ws: Workspace, path: Path, lang: str = "vie") -> str:
    """A material of this point with one file (rows and media written the way imports do)."""
    sha, size = ws.media.put(path)
    with ws.store.atomic():
        material_id = ws.store.insert("material", {"title": path.stem, "kind": "video",
                                                   "created_at": "2026-01-01T00:00:00Z"})
        ws.store.insert("material_file", {"material_id": material_id, "lang": lang, "media_hash": sha,
                                          "filename": path.name, "mime": "application/octet-stream",
                                          "size": size, "created_at": "2026-01-01T00:00:00Z"})
    return material_id


def enroll(hub: HubProcess, point: Point) -> str:
    added = hub.cli("point", "add", "--code", point.code, "--name", f"Điểm {point.code}", "--json")
    code = added.json()["enrol_code"] if added.code == 0 else hub.cli(
        "point", "code", point.code, "--json").json()["enrol_code"]
    done = point.cli("enroll", code, "--hub", hub.url)
    assert done.code == 0, done.err
    return code


def hub_engine(hub: HubProcess):  # noqa: ANN201
    return create_engine(database_url(hub.db, hub.data_dir))


def hub_rows(hub: HubProcess, origin: str) -> list[Row]:
    engine = hub_engine(hub)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT table_name, id, hlc, deleted FROM record WHERE origin = :o"),
                                {"o": origin}).all()
    finally:
        engine.dispose()
    return sorted((r[0], r[1], r[2], int(r[3])) for r in rows)


def assert_same(point_rows: list[Row], at_hub: list[Row]) -> None:
    """Exactly the same rows: none lost, none duplicated, same versions."""
    assert len(point_rows) == len(set(point_rows))
    assert len(at_hub) == len(set(at_hub))
    lost = set(point_rows) - set(at_hub)
    extra = set(at_hub) - set(point_rows)
    assert not lost and not extra, f"{len(lost)} lost (e.g. {sorted(lost)[:3]}), {len(extra)} extra"
