"""Network sync benchmarks (DESIGN.md §7), each figure a ratio against a baseline from the same run.

1. push: N rows (default 100k) pushed over loopback to a real hub process, against a raw
   SQLite insert of the same rows into a table of the same shape (goal: >= 25 %).
2. idle: a sync with nothing to send at 1k and at 1M local rows (goal: the same cost).
3. crowd: P points (default 200) syncing at once against the hub on SQLite and on
   PostgreSQL: errors (goal 0), rows/s, requests/s, p50/p99 request and whole-sync latency.

    .venv/bin/python bench/sync.py                 # everything (the 1M-row folder takes a while)
    .venv/bin/python bench/sync.py --only push --rows 100000
    .venv/bin/python bench/sync.py --only crowd --points 200 --backend sqlite
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.paths import Paths  # noqa: E402
from desktop.core.workspace import Workspace  # noqa: E402
from desktop.sync import service  # noqa: E402
from desktop.sync.client import HubClient  # noqa: E402
from tests.hubproc import HubProcess, drop_database, fresh_database, start_postgres  # noqa: E402


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def cpu_s(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load() -> float:
    return round(os.getloadavg()[0], 2)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] if ordered else 0.0


def make_point(root: Path, code: str, visits: int) -> Paths:
    paths = Paths(root / code)
    with Workspace.create(paths, code, f"Điểm {code}") as ws:
        batch = 50_000
        for start in range(0, visits, batch):
            ws.store.insert_many("visit", ({
                "visited_at": f"2026-03-01T08:{n % 60:02d}", "day": "2026-03-01", "purposes": "info",
                "sex": "female" if n % 2 else "male", "age_band": "16-30", "ethnicity": "03",
                "village": "Bản Phăng", "duration_min": 15} for n in range(start, min(visits, start + batch))))
    return paths


def enroll(hub: HubProcess, paths: Paths, code: str, handle=None) -> None:  # noqa: ANN001
    """Register the point at the hub (in this process when a Hub handle is given) and enrol it."""
    if handle is not None:
        from province.points import add_point

        enrol_code = add_point(handle.db, code, code)["enrol_code"]
    else:
        added = hub.cli("point", "add", "--code", code, "--name", code, "--json")
        if added.code != 0:
            raise RuntimeError(added.err)
        enrol_code = added.json()["enrol_code"]
    service.enroll(paths, enrol_code, hub.url)


def raw_insert_seconds(paths: Paths, tmp: Path) -> tuple[float, float, int]:
    """Insert the point's visit rows into a fresh SQLite table of the same shape, one transaction."""
    src = sqlite3.connect(paths.database)
    ddl = src.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'visit'").fetchone()[0]
    rows = src.execute("SELECT * FROM visit").fetchall()
    src.close()
    dest = sqlite3.connect(tmp / "raw.sqlite3")
    dest.execute("PRAGMA journal_mode=WAL")
    dest.execute("PRAGMA synchronous=NORMAL")
    dest.execute(ddl)
    marks = ", ".join("?" * len(rows[0]))
    start, cpu = time.perf_counter(), time.process_time()
    with dest:
        dest.executemany(f"INSERT INTO visit VALUES ({marks})", rows)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    dest.close()
    return seconds, cpu, len(rows)


def bench_push_repeated(tmp: Path, rows: int, db_factory, repeats: int) -> dict:  # noqa: ANN001
    """The push test `repeats` times (fresh hub and point each time); the run with the median ratio."""
    runs = []
    for n in range(repeats):
        db = db_factory() if db_factory else None
        try:
            runs.append(bench_push(tmp / f"run{n}", rows, db))
        finally:
            if db:
                drop_database(db)
        log(json.dumps(runs[-1]))
    runs.sort(key=lambda r: r["ratio"])
    median = runs[len(runs) // 2]
    return {**median, "ratios_of_all_runs": [r["ratio"] for r in runs]}


def bench_push(tmp: Path, rows: int, db: str | None) -> dict:
    hub = HubProcess(tmp / "hub-push", db=db).start()
    try:
        paths = make_point(tmp, "XA-PUSH", rows)
        enroll(hub, paths, "XA-PUSH")
        raw, raw_cpu, n = raw_insert_seconds(paths, tmp)
        load_before = load()
        start, cpu, hub_cpu = time.perf_counter(), time.process_time(), cpu_s(hub.proc.pid)
        result = service.run_sync(paths)
        sync = time.perf_counter() - start
        cpu, hub_cpu = time.process_time() - cpu, cpu_s(hub.proc.pid) - hub_cpu
        assert result.sent_rows == n + 1, result.sent_rows
    finally:
        hub.stop()
    return {"rows": n, "raw_insert_s": round(raw, 3), "sync_s": round(sync, 3),
            "raw_rows_per_s": round(n / raw), "sync_rows_per_s": round(n / sync),
            "ratio": round(raw / sync, 3), "goal": ">= 0.25",
            "raw_cpu_s": round(raw_cpu, 3), "point_cpu_s": round(cpu, 3), "hub_cpu_s": round(hub_cpu, 3),
            "cpu_ratio": round(raw_cpu / (cpu + hub_cpu), 3), "load_before": load_before, "load_after": load()}


def bench_idle(tmp: Path, sizes: list[int], repeats: int = 15) -> dict:
    hub = HubProcess(tmp / "hub-idle").start()
    out = {}
    try:
        for size in sizes:
            code = f"XA-IDLE{size}"
            log(f"idle: making a point with {size} rows and syncing it once")
            paths = make_point(tmp, code, size)
            enroll(hub, paths, code)
            service.run_sync(paths)
            times, cpus, hub_cpus, status_times = [], [], [], []
            for _ in range(repeats):
                start, cpu, hub_cpu = time.perf_counter(), time.process_time(), cpu_s(hub.proc.pid)
                result = service.run_sync(paths)
                times.append(time.perf_counter() - start)
                cpus.append(time.process_time() - cpu)
                hub_cpus.append(cpu_s(hub.proc.pid) - hub_cpu)
                assert result.sent_rows == 0
                start = time.perf_counter()
                service.sync_status(paths)
                status_times.append(time.perf_counter() - start)
            out[size] = {"sync_median_ms": round(statistics.median(times) * 1000, 1),
                         "sync_p95_ms": round(pct(times, 0.95) * 1000, 1),
                         "point_cpu_median_ms": round(statistics.median(cpus) * 1000, 1),
                         "hub_cpu_median_ms": round(statistics.median(hub_cpus) * 1000, 1),
                         "load": load(),
                         "status_median_ms": round(statistics.median(status_times) * 1000, 1)}
    finally:
        hub.stop()
    small, big = out[sizes[0]], out[sizes[-1]]
    return {"by_rows": out, "ratio_big_to_small": round(big["sync_median_ms"] / small["sync_median_ms"], 2),
            "goal": "about 1"}


def _crowd_worker(args: tuple[list[str], float]) -> dict:
    """One process: a thread per point, all released at the same moment; timings per request."""
    roots, start_at = args
    latencies: list[float] = []
    lock = threading.Lock()
    original = HubClient.request

    def timed(self, *a, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202
        t0 = time.perf_counter()
        try:
            return original(self, *a, **kw)
        finally:
            with lock:
                latencies.append(time.perf_counter() - t0)

    HubClient.request = timed  # type: ignore[method-assign]

    def one(root: str) -> tuple[float, int, str | None]:
        while time.time() < start_at:
            time.sleep(0.001)
        t0 = time.perf_counter()
        try:
            result = service.run_sync(Paths(Path(root)))
            return time.perf_counter() - t0, result.sent_rows, None
        except Exception as exc:  # noqa: BLE001 - every error is counted and reported
            return time.perf_counter() - t0, 0, f"{type(exc).__name__}: {getattr(exc, 'code', exc)}"

    cpu = time.process_time()
    with ThreadPoolExecutor(len(roots)) as pool:
        results = list(pool.map(one, roots))
    return {"cpu_s": time.process_time() - cpu, "syncs": [r[0] for r in results], "rows": sum(r[1] for r in results),
            "errors": [r[2] for r in results if r[2]], "latencies": latencies}


def _crowd_round(roots: list[Path], processes: int, hub_pid: int) -> dict:
    groups = [[str(r) for r in roots[i::processes]] for i in range(processes)]
    start_at = time.time() + 3.0
    load_before = load()
    with ProcessPoolExecutor(processes) as pool:
        hub_cpu = cpu_s(hub_pid)
        parts = list(pool.map(_crowd_worker, [(g, start_at) for g in groups]))
        hub_cpu = cpu_s(hub_pid) - hub_cpu
    wall = max(max(p["syncs"]) for p in parts if p["syncs"])
    syncs = [s for p in parts for s in p["syncs"]]
    lat = [v for p in parts for v in p["latencies"]]
    rows = sum(p["rows"] for p in parts)
    errors = [e for p in parts for e in p["errors"]]
    return {"points": len(roots), "errors": len(errors), "error_kinds": sorted(set(errors))[:5],
            "wall_s": round(wall, 2), "rows": rows, "rows_per_s": round(rows / wall),
            "requests": len(lat), "requests_per_s": round(len(lat) / wall),
            "request_p50_ms": round(pct(lat, 0.5) * 1000, 1), "request_p99_ms": round(pct(lat, 0.99) * 1000, 1),
            "sync_p50_s": round(pct(syncs, 0.5), 2), "sync_p99_s": round(pct(syncs, 0.99), 2),
            "hub_cpu_s": round(hub_cpu, 2), "points_cpu_s": round(sum(p["cpu_s"] for p in parts), 2),
            "load_before": load_before, "load_after": load()}


def bench_crowd(tmp: Path, points: int, rows_each: int, backend: str, processes: int) -> dict:
    db = None
    if backend == "postgresql":
        db = fresh_database(start_postgres())
    hub = HubProcess(tmp / f"hub-crowd-{backend}", db=db).start()
    try:
        log(f"crowd/{backend}: making and enrolling {points} points of {rows_each} rows")
        from province.config import resolve
        from province.hub import Hub

        roots = []
        with Hub(resolve(hub.data_dir, db)) as handle:
            for i in range(points):
                code = f"XA-C{i:04d}"
                paths = make_point(tmp / backend, code, rows_each)
                enroll(hub, paths, code, handle)
                roots.append(paths.root)
        first = _crowd_round(roots, processes, hub.proc.pid)
        idle = _crowd_round(roots, processes, hub.proc.pid)
    finally:
        hub.stop()
        if db:
            drop_database(db)
    return {"first_sync": first, "nothing_to_send": idle}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=["push", "idle", "crowd"], action="append")
    parser.add_argument("--rows", type=int, default=100_000, help="rows pushed in the push test")
    parser.add_argument("--repeat", type=int, default=3, help="push runs (the median is reported)")
    parser.add_argument("--idle-sizes", default="1000,1000000", help="local rows for the idle test")
    parser.add_argument("--points", type=int, default=200)
    parser.add_argument("--rows-each", type=int, default=500, help="rows per point in the crowd test")
    parser.add_argument("--processes", type=int, default=4, help="client processes for the crowd test")
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], action="append")
    args = parser.parse_args()
    only = set(args.only or ["push", "idle", "crowd"])
    backends = args.backend or ["sqlite", "postgresql"]
    report: dict = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as name:
        tmp = Path(name)
        if "push" in only:
            log(f"push: {args.rows} rows over loopback vs a raw SQLite insert, {args.repeat} times")
            if "sqlite" in backends:
                report["push_sqlite_hub"] = bench_push_repeated(tmp / "push-sqlite", args.rows, None, args.repeat)
            if "postgresql" in backends:
                try:
                    server = start_postgres()
                except Exception as exc:  # noqa: BLE001
                    report["push_postgresql_hub"] = {"skipped": str(exc)}
                else:
                    report["push_postgresql_hub"] = bench_push_repeated(
                        tmp / "push-pg", args.rows, lambda: fresh_database(server), args.repeat)
        if "idle" in only:
            report["idle"] = bench_idle(tmp, [int(s) for s in args.idle_sizes.split(",")])
            log(json.dumps(report["idle"]))
        if "crowd" in only:
            for backend in backends:
                try:
                    report[f"crowd_{backend}"] = bench_crowd(tmp, args.points, args.rows_each, backend,
                                                             args.processes)
                except RuntimeError as exc:
                    report[f"crowd_{backend}"] = {"skipped": str(exc)}
                log(json.dumps(report[f"crowd_{backend}"]))
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
