"""Benchmark: the annual period report at a point with 1M visits, in JSON, XLSX and PDF.

  .venv/bin/python bench/report.py [--data-dir DIR] [--year YYYY]

Works on a copy of the data folder (default /tmp/bench-1m, made with
`commune-point --data-dir DIR demo --visits 1000000 --materials 1000`), never on the
original. Prints seconds for counting the figures and for each format end to end
(counting + writing), next to a baseline: one bare COUNT(*) over the year's visits.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from desktop.core.paths import Paths
from desktop.core.periods import parse_period
from desktop.core.report_data import period_report
from desktop.core.workspace import Workspace
from desktop.reports.period_report import write


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default="/tmp/bench-1m")
    parser.add_argument("--year", type=int, default=date.today().year)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-report-"))
    try:
        copy = work / "point"
        shutil.copytree(args.data_dir, copy, ignore=shutil.ignore_patterns("media", "*.lock"))
        (copy / "media").mkdir(exist_ok=True)
        period = parse_period(str(args.year))
        with sqlite3.connect(copy / "point.sqlite3") as conn:
            t = time.perf_counter()
            visits = conn.execute("SELECT count(*) FROM visit WHERE day >= ? AND day <= ?",
                                  period.bounds()).fetchone()[0]
            baseline = time.perf_counter() - t
        with Workspace.open(Paths(copy)) as ws:
            t = time.perf_counter()
            period_report(ws, period)
            counting = time.perf_counter() - t
            print(f"visits in {period.label}: {visits:,}")
            print(f"baseline COUNT(*) of the year's visits: {baseline:.3f} s")
            print(f"counting the report's figures:          {counting:.3f} s "
                  f"({counting / baseline:.1f}x baseline)")
            for fmt in ("json", "xlsx", "pdf"):
                t = time.perf_counter()
                write(period_report(ws, period), fmt, work / f"report.{fmt}")
                total = time.perf_counter() - t
                print(f"{fmt:>4}: {total:.3f} s end to end (goal < 2 s)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
