"""How long `commune-point demo` takes at benchmark scale (100k materials, 1M visits).

Runs the real CLI as a subprocess into a temporary data folder and prints the seconds,
the rows written and rows per second, next to a baseline measured in the same run: a
bare executemany of the same number of visit-shaped rows into a plain SQLite table.

    .venv/bin/python bench/demo_scale.py [--materials N] [--visits N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def run_demo(data_dir: Path, materials: int, visits: int) -> tuple[float, dict[str, int]]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("COMMUNE_POINT_DATA", None)
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--data-dir", str(data_dir), "demo",
         "--materials", str(materials), "--visits", str(visits), "--json"],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=REPO, check=False,
    )
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"demo failed ({proc.returncode}):\n{proc.stderr}")
    return seconds, json.loads(proc.stdout)["added"]


def raw_baseline(folder: Path, rows: int) -> float:
    """A bare executemany of visit-shaped rows into a plain WAL table (no triggers)."""
    conn = sqlite3.connect(folder / "raw.sqlite3")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(
        "CREATE TABLE visit (id TEXT PRIMARY KEY, visited_at TEXT, day TEXT, purposes TEXT, "
        "sex TEXT, age_band TEXT, ethnicity TEXT, village TEXT, assisted INTEGER, "
        "duration_min INTEGER, origin TEXT, hlc TEXT, deleted INTEGER, seq INTEGER)"
    )
    started = time.perf_counter()
    with conn:
        conn.executemany(
            "INSERT INTO visit VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            ((f"{n:032x}", "2026-01-01T08:00", "2026-01-01", "info", "female", "16-30", "03",
              "Bản Khá", 1, 10, "P", f"{n:015d}-000000-P", 0, n) for n in range(rows)),
        )
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--materials", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="leave the generated data folder here")
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="demo-scale-"))
    try:
        data_dir = args.keep or scratch / "point"
        seconds, added = run_demo(data_dir, args.materials, args.visits)
        rows = sum(added.values())
        db = data_dir / "point.sqlite3"
        size_mb = (db.stat().st_size + (Path(f"{db}-wal").stat().st_size
                                        if Path(f"{db}-wal").exists() else 0)) / 1e6
        baseline = raw_baseline(scratch, args.visits)
        print(f"demo --materials {args.materials} --visits {args.visits}")
        print(f"  rows written:  {rows:,} ({', '.join(f'{k} {v:,}' for k, v in added.items())})")
        print(f"  wall time:     {seconds:.1f} s (whole process, incl. start-up and seed documents)")
        print(f"  throughput:    {rows / seconds:,.0f} rows/s")
        print(f"  database:      {size_mb:,.0f} MB")
        print(f"  baseline:      raw executemany of {args.visits:,} visit rows: {baseline:.1f} s "
              f"({args.visits / baseline:,.0f} rows/s)")
        print(f"  ratio:         demo / baseline = {seconds / baseline:.1f}x")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
