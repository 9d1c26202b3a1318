"""Shared fixtures: a real point data folder on disk, and the real CLI in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.core.paths import Paths  # noqa: E402
from desktop.core.workspace import Workspace  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "point")


@pytest.fixture
def workspace(paths: Paths) -> Iterator[Workspace]:
    ws = Workspace.create(paths, "XA-03325", "Điểm hỗ trợ xã Mường Phăng", "11", "03325")
    yield ws
    ws.close()


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> object:
        return json.loads(self.out)


@pytest.fixture
def cli(paths: Paths):
    """Run `commune-point` as a real process on the test's data folder."""

    def run(*args: str, stdin: str | None = None, data_dir: Path | None = None,
            timeout: float = 120) -> CliResult:
        env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        env.pop("COMMUNE_POINT_DATA", None)
        proc = subprocess.run(
            [sys.executable, "-m", "desktop.cli", "--data-dir", str(data_dir or paths.root), *args],
            input=stdin, capture_output=True, text=True, encoding="utf-8", env=env,
            timeout=timeout, cwd=REPO,
        )
        return CliResult(proc.returncode, proc.stdout, proc.stderr)

    return run
