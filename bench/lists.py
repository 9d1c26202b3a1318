"""The visits list at a million rows (core part): count + first page, deeper pages, one save.

Builds (once, cached) a point with 1M visits through Store.insert_many, so every trigger
that keeps the list's indexes runs, and an empty point. Each is then measured in a fresh
child process (its own connection, cold page cache of the process, its own max RSS):

- open: Workspace.open until the store is ready;
- first paint data: visits.count() + visits.page(0, 100), as a list view needs to show;
- deeper reads: page at offset 500k, keyset page_after, count and page for one purpose
  and for a half-year;
- save: median of 200 visits.add() calls (each its own transaction), and of 200 undo_last().

Figures print as a table with the ratio of the 1M point to the empty one. The Qt
first-paint part (QAbstractItemModel over this API) is added by the UI benchmark.

    .venv/bin/python bench/lists.py [--visits N] [--saves N] [--cache DIR] [--rebuild]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

PURPOSES = [("info", 30), ("public-service", 22), ("agriculture", 12), ("learning", 10),
            ("health", 9), ("e-commerce", 7), ("legal", 6)]
VILLAGES = ["Bản Khá", "Bản Co Mận", "Bản Phăng", "Bản Tân Bình", "Bản Kéo", "Bản Nghịu"]


def _visits(count: int, seed: int = 2026):
    """Visit rows spread over the last five years, like a busy point's whole programme."""
    rng = random.Random(seed)
    codes, weights = zip(*PURPOSES, strict=True)
    end = datetime.now().replace(microsecond=0) - timedelta(hours=1)
    span = 5 * 365 * 24 * 3600
    for n in range(count):
        when = end - timedelta(seconds=int(span * (1 - n / max(count - 1, 1))))
        purposes = list(dict.fromkeys(rng.choices(codes, weights=weights, k=1 + (rng.random() < 0.15))))
        yield {"visited_at": when.isoformat(timespec="seconds"), "day": when.date().isoformat(),
               "purposes": ",".join(purposes), "sex": rng.choice(["female", "male"]),
               "age_band": rng.choice(["16-30", "31-45", "46-60"]), "ethnicity": rng.choice(["03", "08", "01"]),
               "village": rng.choice(VILLAGES), "assisted": 1, "duration_min": rng.choice([5, 10, 15, 30])}


def build(folder: Path, visits: int) -> float:
    """Create a point with `visits` visits; returns seconds spent inserting them."""
    from desktop.core.paths import Paths
    from desktop.core.workspace import Workspace

    if folder.exists():
        shutil.rmtree(folder)
    ws = Workspace.create(Paths(folder), "BENCH-LISTS", "Điểm đo danh sách")
    start = time.perf_counter()
    if visits:
        ws.store.insert_many("visit", _visits(visits))
    seconds = time.perf_counter() - start
    ws.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.close()
    (folder / ".complete").write_text(f"{visits} {seconds:.1f}\n")
    return seconds


def _ms(fn, repeat: int = 1) -> tuple[float, object]:
    """Median milliseconds of fn() over `repeat` calls, and its last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def measure(folder: Path, saves: int) -> dict[str, float]:
    """Run in a child: open the point and time the list's reads and one save."""
    from desktop.core.paths import Paths
    from desktop.core.workspace import Workspace

    out: dict[str, float] = {}
    out["open_ms"], ws = _ms(lambda: Workspace.open(Paths(folder)))
    visits = ws.visits
    out["first_paint_data_ms"], _ = _ms(lambda: (visits.count(), visits.page(0, 100)))
    out["count_ms"], total = _ms(visits.count, 20)
    out["first_page_ms"], _ = _ms(lambda: visits.page(0, 100), 20)
    out["page_offset_500k_ms"], _ = _ms(lambda: visits.page(min(500_000, max(total - 100, 0)), 100), 5)
    first = visits.page(0, 100)
    out["page_after_ms"], _ = _ms(lambda: visits.page_after(first[-1] if first else None, 100), 20)
    out["count_purpose_ms"], _ = _ms(lambda: visits.count(purpose="legal"), 20)
    out["page_purpose_ms"], _ = _ms(lambda: visits.page(0, 100, purpose="legal"), 20)
    year = datetime.now().year
    out["count_half_year_ms"], _ = _ms(lambda: visits.count(f"{year}-H1"), 20)
    out["page_half_year_ms"], _ = _ms(lambda: visits.page(0, 100, f"{year}-H1"), 20)
    out["save_ms"], _ = _ms(lambda: visits.add(["info", "health"], sex="female", village="Bản Khá",
                                              ethnicity="03"), saves)
    out["undo_ms"], _ = _ms(visits.undo_last, saves)
    out["visits"] = float(total)
    ws.close()
    out["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def _child(folder: Path, saves: int) -> dict[str, float]:
    # A working copy: the saves must not grow the cached point between runs.
    work = Path(tempfile.mkdtemp(prefix="lists-")) / "point"
    shutil.copytree(folder, work)
    try:
        proc = subprocess.run([sys.executable, __file__, "--measure", str(work), "--saves", str(saves)],
                              capture_output=True, text=True, check=True, cwd=REPO)
        return json.loads(proc.stdout)
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--cache", type=Path, default=Path(os.environ.get(
        "BENCH_CACHE", Path(tempfile.gettempdir()) / "commune-bench")))
    parser.add_argument("--rebuild", action="store_true", help="build the big point again")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.saves)))
        return 0

    big, empty = args.cache / f"lists-{args.visits}v", args.cache / "lists-0v"
    for folder, count in ((big, args.visits), (empty, 0)):
        if args.rebuild or not (folder / ".complete").exists():
            print(f"building {folder} …", file=sys.stderr, flush=True)
            seconds = build(folder, count)
            if count:
                print(f"inserted {count:,} visits in {seconds:.1f} s "
                      f"({seconds / count * 1e6:.0f} µs/row, triggers included)", file=sys.stderr)
    size_mb = (big / "point.sqlite3").stat().st_size / 1e6
    small, large = _child(empty, args.saves), _child(big, args.saves)
    print(f"visits list, core: {int(large['visits']):,} visits ({size_mb:.0f} MB) vs an empty point; "
          f"median ms")
    label = f"{int(large['visits']) // 1000}k" if large["visits"] < 1e6 else f"{large['visits'] / 1e6:g}M"
    print(f"{'measure':24} {'empty':>10} {label:>10} {label + ' - empty':>11}")
    for key in small:
        if key == "visits":
            continue
        print(f"{key:24} {small[key]:10.2f} {large[key]:10.2f} {large[key] - small[key]:11.2f}")
    budget = large["first_paint_data_ms"] - small["first_paint_data_ms"]
    print(f"count + first page at {label}: {large['first_paint_data_ms']:.1f} ms "
          f"({budget:+.1f} ms vs empty; the list budget is 200 ms over an empty one)")
    print(f"save one visit at {label}: median {large['save_ms']:.2f} ms (budget 10 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
