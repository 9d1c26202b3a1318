"""Helpers shared by the benchmarks: timing child processes and making big demo folders."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def timed_child(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float, float]:
    """Run a child to completion; returns (seconds, CPU seconds, UI-thread CPU seconds, max RSS
    in MB) for that child alone.

    The seconds run from spawn to the moment the child writes into COMMUNE_POINT_SHOWN_FILE
    (its window shown), or to its exit when it writes nothing. The child writes
    "<time.time()> <time.process_time()> <time.thread_time()>": CPU seconds up to that moment,
    of all its threads and of its UI thread alone, which a loaded machine disturbs far less
    than the wall time; without them, the child's CPU time to its exit (twice).
    """
    shown = Path(tempfile.mkstemp(prefix="shown-")[1])
    shown.write_text("")
    start_wall = time.time()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env={**os.environ, **(env or {}), "COMMUNE_POINT_SHOWN_FILE": str(shown)},
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    cpu = usage.ru_utime + usage.ru_stime
    mark = shown.read_text().split()
    shown.unlink(missing_ok=True)
    if mark:
        wall = float(mark[0]) - start_wall
    if len(mark) > 1:
        cpu = float(mark[1])
    ui_cpu = float(mark[2]) if len(mark) > 2 else cpu
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd} exited {proc.returncode}: {err[-2000:]}")
    return wall, cpu, ui_cpu, usage.ru_maxrss / 1024


def summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {"median": statistics.median(ordered), "p95": p95, "min": ordered[0]}


def demo_folder(materials: int, visits: int) -> Path:
    """A demo data folder of the given size, made once and reused between runs."""
    root = Path(os.environ.get("BENCH_CACHE", Path(tempfile.gettempdir()) / "commune-bench"))
    folder = root / f"demo-{materials}m-{visits}v"
    if not (folder / "point.sqlite3").exists() or not (folder / ".complete").exists():
        if folder.exists():
            import shutil

            shutil.rmtree(folder)
        print(f"making {folder} (once) …", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(folder), "demo",
                        "--materials", str(materials), "--visits", str(visits)],
                       check=True, cwd=REPO, stdout=subprocess.DEVNULL)
        (folder / ".complete").write_text(f"{time.perf_counter() - t0:.1f}\n")
    return folder
