"""Cold start to a shown main window, against a bare PySide6 window started the same way.

    .venv/bin/python bench/startup.py [--runs 7] [--materials 100000] [--visits 1000000]

Both are fresh processes on the offscreen platform, timed from spawn to the moment the
shown window's first events have been processed (each writes the time and its CPU seconds so
far, all threads and the UI thread alone, then quits). Runs alternate bare/app. Prints medians
of wall and CPU time, max RSS and the ratios (goal: app ≤ 1.5× bare window). On a loaded
machine the wall times swing with what else runs; the CPU seconds are the steadier comparison.
The app's background reads (home figures, plan targets) run on other threads: they count in
"CPU" but not in "UI CPU", which is the work standing between the user and the window.
"""

from __future__ import annotations

import argparse
import os
import sys

from _common import demo_folder, summary, timed_child

BARE = """
import os, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1024, 700); w.setWindowTitle("bare"); w.show()
def shown():
    with open(os.environ["COMMUNE_POINT_SHOWN_FILE"], "w") as f:
        f.write(f"{time.time()!r} {time.process_time()!r} {time.thread_time()!r}")
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--materials", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=1_000_000)
    args = parser.parse_args()
    folder = demo_folder(args.materials, args.visits)
    # An installed app starts from compiled bytecode (pip and the installer write it): the
    # children may write theirs, to a folder of the bench's own, whatever this shell says.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    env = {"QT_QPA_PLATFORM": "offscreen", "COMMUNE_POINT_QUIT_WHEN_SHOWN": "1",
           "PYTHONPYCACHEPREFIX": str(folder.parent / "pycache")}
    bare_cmd = [sys.executable, "-c", BARE]
    app_cmd = [sys.executable, "-m", "desktop.cli", "--data-dir", str(folder), "--demo-session"]
    # Warm the OS file cache (and the bytecode) for both, as a second start on the site PC would be.
    timed_child(bare_cmd, env)
    timed_child(app_cmd, env)
    runs: dict[str, dict[str, list[float]]] = {
        name: {"wall": [], "cpu": [], "ui": [], "rss": []} for name in ("bare", "app")}
    for _ in range(args.runs):
        for name, cmd in (("bare", bare_cmd), ("app", app_cmd)):
            for key, value in zip(("wall", "cpu", "ui", "rss"), timed_child(cmd, env), strict=True):
                runs[name][key].append(value)
    med = {name: {key: summary(values) for key, values in run.items()} for name, run in runs.items()}
    size_mb = (folder / "point.sqlite3").stat().st_size / 1e6
    print(f"data: {args.materials:,} materials, {args.visits:,} visits ({size_mb:.0f} MB database)")
    print(f"cpu cores: {os.cpu_count()}, runs: {args.runs}, load average: {os.getloadavg()[0]:.1f}")
    print(f"{'':24}{'median s':>10}{'p95 s':>10}{'CPU s':>10}{'UI CPU s':>10}{'max RSS MB':>12}")
    for name, label in (("bare", "bare PySide6 window"), ("app", "commune-point window")):
        m = med[name]
        print(f"{label:24}{m['wall']['median']:>10.3f}{m['wall']['p95']:>10.3f}{m['cpu']['median']:>10.3f}"
              f"{m['ui']['median']:>10.3f}{max(runs[name]['rss']):>12.0f}")
    ratio = {key: med["app"][key]["median"] / med["bare"][key]["median"] for key in ("wall", "cpu", "ui")}
    print(f"ratio (median): wall {ratio['wall']:.2f}x, CPU {ratio['cpu']:.2f}x, UI-thread CPU {ratio['ui']:.2f}x"
          "  (goal <= 1.5x)")

if __name__ == "__main__":
    main()
