"""The visits list at a million rows (core part): count + first page, deeper pages, one save.

Builds (once, cached) a point with 1M visits through Store.insert_many, so every trigger
that keeps the list's indexes runs, and an empty point. Each is then measured in a fresh
child process (its own connection, cold page cache of the process, its own max RSS):

- open: Workspace.open until the store is ready;
- first paint data: visits.count() + visits.page(0, 100), as a list view needs to show;
- deeper reads: page at offset 500k, keyset page_after, count and page for one purpose
  and for a half-year;
- save: median of 200 visits.add() calls (each its own transaction), and of 200 undo_last().

Figures print as a table with the ratio of the 1M point to the empty one.

The Qt part (--qt, offscreen, also a fresh child per point) times the visits page as the
operator meets it: from building VisitsPage with its full-list tab current until the
table's first paint, the process RSS then and after scrolling 50,000 rows down the lazy
model (VisitTableModel keeps at most MAX_PAGES pages), the cost per page fetched deep in
the list, and one save through the quick-entry form (QuickEntry.save: validate, insert,
refresh today's list and the villages).

    .venv/bin/python bench/lists.py [--visits N] [--saves N] [--cache DIR] [--rebuild]
                                    [--qt] [--data-dir FOLDER]

--data-dir measures an existing point (e.g. one made by `commune-point demo --visits
1000000`) instead of the cached generated one; it is copied first, never written to.
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


def _rss_mb() -> float:
    """Resident memory of this process now (Linux), in MB."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def measure_qt(folder: Path, saves: int, scroll_rows: int = 50_000) -> dict[str, float]:
    """Run in a child: the visits page's first paint, memory while scrolling, and a UI save."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from desktop.core.paths import Paths
    from desktop.core.workspace import Workspace
    from desktop.ui import visit_model
    from desktop.ui.visits_page import VisitsPage

    app = QApplication([])
    ws = Workspace.open(Paths(folder))
    ws.visits.count()  # the store is warm, as it is once the main window is up
    out: dict[str, float] = {"rss_before_mb": _rss_mb()}
    painted: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    start = time.perf_counter()
    page = VisitsPage(ws.visits)
    page.resize(1100, 700)
    watch = PaintWatch()
    page.table.viewport().installEventFilter(watch)
    page.tabs.setCurrentIndex(1)
    page.show()
    while not painted:
        app.processEvents()
    out["list_first_paint_ms"] = (painted[0] - start) * 1000
    out["rows_shown"] = float(page.model.rowCount())
    out["rss_first_paint_mb"] = _rss_mb()
    model, times = page.model, []
    while model.rowCount() < scroll_rows and model.canFetchMore():
        t0 = time.perf_counter()
        model.fetchMore()
        page.table.scrollToBottom()
        app.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
    out["scrolled_rows"] = float(model.rowCount())
    out["fetch_page_ms"] = statistics.median(times) if times else 0.0
    out["rows_in_memory"] = float(model.loaded_rows())
    out["rss_after_scroll_mb"] = _rss_mb()
    out["cache_rows_max"] = float(visit_model.MAX_PAGES * visit_model.PAGE)
    page.tabs.setCurrentIndex(0)
    quick = page.quick

    def save() -> None:
        quick.fields.purposes["info"].setChecked(True)
        assert quick.save()

    out["ui_save_ms"], _ = _ms(save, saves)
    out["today_rows"] = float(page.today_list.count())
    page.close()
    ws.close()
    out["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def _child(folder: Path, saves: int, mode: str = "--measure") -> dict[str, float]:
    # A working copy: the saves must not grow the cached point between runs.
    work = Path(tempfile.mkdtemp(prefix="lists-")) / "point"
    shutil.copytree(folder, work)
    try:
        proc = subprocess.run([sys.executable, __file__, mode, str(work), "--saves", str(saves)],
                              capture_output=True, text=True, check=True, cwd=REPO)
        return json.loads(proc.stdout)
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)


def _print_table(title: str, small: dict[str, float], large: dict[str, float], label: str) -> None:
    print(title)
    print(f"{'measure':24} {'empty':>10} {label:>10} {label + ' - empty':>11}")
    for key in small:
        if key == "visits":
            continue
        print(f"{key:24} {small[key]:10.2f} {large[key]:10.2f} {large[key] - small[key]:11.2f}")


def report_qt(empty: Path, big: Path, saves: int, label: str, runs: int) -> None:
    """Alternate empty and big children `runs` times; each figure is the median over runs."""
    results: dict[Path, list[dict[str, float]]] = {empty: [], big: []}
    for _ in range(runs):
        for folder in (empty, big):
            results[folder].append(_child(folder, saves, "--measure-qt"))
    small, large = ({k: statistics.median(r[k] for r in results[f]) for k in results[f][0]}
                    for f in (empty, big))
    _print_table("visits page, Qt (offscreen): first paint, memory, UI save", small, large, label)
    print(f"list first paint at {label}: {large['list_first_paint_ms']:.1f} ms, "
          f"{large['list_first_paint_ms'] - small['list_first_paint_ms']:+.1f} ms vs empty (budget +200 ms); "
          f"RSS {large['rss_first_paint_mb']:.0f} MB, {large['rss_after_scroll_mb']:.0f} MB after "
          f"{int(large['scrolled_rows']):,} rows scrolled (budget 300 MB)")
    print(f"save one visit through the form at {label}: median {large['ui_save_ms']:.2f} ms "
          f"(today's list holds {int(large['today_rows'])})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--cache", type=Path, default=Path(os.environ.get(
        "BENCH_CACHE", Path(tempfile.gettempdir()) / "commune-bench")))
    parser.add_argument("--rebuild", action="store_true", help="build the big point again")
    parser.add_argument("--qt", action="store_true", help="also time the Qt visits page")
    parser.add_argument("--runs", type=int, default=3, help="Qt children per point (median)")
    parser.add_argument("--data-dir", type=Path, help="measure this existing point as the big one")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure-qt", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.saves)))
        return 0
    if args.measure_qt:
        print(json.dumps(measure_qt(args.measure_qt, args.saves)))
        return 0

    big, empty = args.cache / f"lists-{args.visits}v", args.cache / "lists-0v"
    wanted = [(empty, 0)] if args.data_dir else [(big, args.visits), (empty, 0)]
    big = args.data_dir or big
    for folder, count in wanted:
        if args.rebuild or not (folder / ".complete").exists():
            print(f"building {folder} …", file=sys.stderr, flush=True)
            seconds = build(folder, count)
            if count:
                print(f"inserted {count:,} visits in {seconds:.1f} s "
                      f"({seconds / count * 1e6:.0f} µs/row, triggers included)", file=sys.stderr)
    size_mb = (big / "point.sqlite3").stat().st_size / 1e6
    small, large = _child(empty, args.saves), _child(big, args.saves)
    label = f"{int(large['visits']) // 1000}k" if large["visits"] < 1e6 else f"{large['visits'] / 1e6:g}M"
    _print_table(f"visits list, core: {int(large['visits']):,} visits ({size_mb:.0f} MB) vs an empty point; "
                 f"median ms", small, large, label)
    budget = large["first_paint_data_ms"] - small["first_paint_data_ms"]
    print(f"count + first page at {label}: {large['first_paint_data_ms']:.1f} ms "
          f"({budget:+.1f} ms vs empty; the list budget is 200 ms over an empty one)")
    print(f"save one visit at {label}: median {large['save_ms']:.2f} ms (budget 10 ms)")
    if args.qt:
        report_qt(empty, big, args.saves, label, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
