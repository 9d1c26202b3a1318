"""Benchmark: the province dashboard's pages for a province of 200 points (issue 7).

  .venv/bin/python bench/dashboard.py [--points 200] [--rows 5000] [--runs 7]

Builds a hub (SQLite) directly: schema by province/migrations.py, per point --rows records
as points send them (visits, 25 opinions, material uses), half the points answered, 1,000
published province rows, a USB contact for every fourth point; cached in $BENCH_CACHE or
/tmp/commune-bench. Then starts a real hub process, logs in as staff and times, over HTTP
on 127.0.0.1 (wall ms, median and max of --runs):

- baseline A: GET /health (the same HTTP stack, no work);
- baseline B: SELECT origin, count(*) FROM record GROUP BY origin on its own (the least
  the province page must read);
- the province page (/), a point's page, the opinions page (first 100 of all).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import requests  # noqa: E402

from province.config import resolve  # noqa: E402
from province.hub import Hub  # noqa: E402
from province.staff import add_user  # noqa: E402
from tests.hubproc import HubProcess  # noqa: E402

PASSWORD = "bench-password"
NOW = "2026-11-22T08:00:00Z"


def build(folder: Path, points: int, rows: int) -> None:
    with Hub(resolve(folder)) as hub:
        add_user(hub.db, "bench", PASSWORD, "staff")
    con = sqlite3.connect(folder / "hub.sqlite3")
    con.execute("BEGIN")
    province_seq = 0
    for p in range(points):
        code = f"XA-{p:05d}"
        con.execute("INSERT INTO point (code, name, status, created_at, enrolled_at, last_contact_at) "
                    "VALUES (?, ?, 'active', ?, ?, ?)",
                    (code, f"Điểm hỗ trợ xã {p}", NOW, NOW, f"2026-11-{(p % 21) + 1:02d}T08:00:00Z"))
        con.execute("INSERT INTO point_key (point_code, public_key, created_at, acked_seq) VALUES (?, ?, ?, ?)",
                    (code, uuid.uuid4().hex, NOW, rows))
        batch = []
        for i in range(rows):
            if i < 25:
                table, data = "feedback", {"text": f"Ý kiến số {i} của bản Phăng", "status": "sent",
                                           "channel": "operator", "created_at": f"2026-0{1 + i % 9}-01T08:00:00Z"}
            elif i % 3:
                table, data = "visit", {"day": "2026-03-01", "purposes": '["info"]', "village": "Bản Phăng"}
            else:
                table, data = "material_use", {"material_id": "m", "channel": "kiosk", "day": "2026-03-01"}
            batch.append((code, table, f"{code}-{i}", f"{i:013d}", 0, json.dumps(data, ensure_ascii=False),
                          i + 1, None, NOW))
        con.executemany("INSERT INTO record VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)
        con.execute("INSERT INTO stream (origin, last_seq) VALUES (?, ?)", (code, rows))
        if p % 2 == 0:
            for i in range(10):
                province_seq += 1
                con.execute("INSERT INTO record VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?)", (
                    "province", "feedback_answer", str(uuid.uuid4()), f"{province_seq:013d}", json.dumps(
                        {"feedback_id": f"{code}-{i}", "text": "Đã trả lời", "answered_by": "bench",
                         "answered_at": NOW}), province_seq, code, NOW))
        if p % 4 == 0:
            con.execute("INSERT INTO point_contact (point_code, at, transport, detail) VALUES (?, ?, 'usb-import', "
                        "'1-100')", (code, f"2026-11-{(p % 21) + 1:02d}T08:00:01Z"))
    for i in range(1000):
        province_seq += 1
        con.execute("INSERT INTO record VALUES ('province', 'material', ?, ?, 0, ?, ?, NULL, ?)", (
            str(uuid.uuid4()), f"{province_seq:013d}", json.dumps({"title": f"Tài liệu {i}", "kind": "leaflet"}),
            province_seq, f"2026-11-{(i % 21) + 1:02d}T09:00:00Z"))
    con.execute("INSERT INTO stream (origin, last_seq) VALUES ('province', ?)", (province_seq,))
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.close()
    (folder / ".complete").write_text("ok")


def timed(session: requests.Session, url: str, runs: int, check: str) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        answer = session.get(url, timeout=120, allow_redirects=False)
        times.append((time.perf_counter() - t0) * 1000)
        assert answer.status_code == 200 and check in answer.text, (url, answer.status_code)
    return statistics.median(times), max(times)


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--points", type=int, default=200)
    args.add_argument("--rows", type=int, default=5000)
    args.add_argument("--runs", type=int, default=7)
    opts = args.parse_args()
    root = Path(os.environ.get("BENCH_CACHE", Path(tempfile.gettempdir()) / "commune-bench"))
    folder = root / f"dashboard-{opts.points}p-{opts.rows}r"
    if not (folder / ".complete").exists():
        subprocess.run(["rm", "-rf", str(folder)], check=True)
        print(f"building {folder} (once) …", file=sys.stderr, flush=True)
        build(folder, opts.points, opts.rows)
    con = sqlite3.connect(folder / "hub.sqlite3")
    total = con.execute("SELECT count(*) FROM record").fetchone()[0]
    raw = []
    for _ in range(opts.runs):
        t0 = time.perf_counter()
        con.execute("SELECT origin, count(*) FROM record GROUP BY origin").fetchall()
        raw.append((time.perf_counter() - t0) * 1000)
    con.close()
    hub = HubProcess(folder).start()
    try:
        web = requests.Session()
        form = web.get(f"{hub.url}/login", timeout=30).text
        token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
        web.post(f"{hub.url}/login", data={"username": "bench", "password": PASSWORD, "csrf_token": token},
                 allow_redirects=False, timeout=30)
        rows = [("baseline A: GET /health", *timed(web, f"{hub.url}/health", opts.runs, "ok")),
                ("baseline B: record count per origin (SQL alone)", statistics.median(raw), max(raw)),
                ("province page /", *timed(web, f"{hub.url}/", opts.runs, f"XA-{opts.points - 1:05d}")),
                ("a point's page /points/XA-00007", *timed(web, f"{hub.url}/points/XA-00007", opts.runs, "XA-00007")),
                ("opinions /opinions (100 of all)", *timed(web, f"{hub.url}/opinions", opts.runs, "opinion"))]
    finally:
        hub.stop()
    print(f"{opts.points} points, {total:,} records, {opts.runs} runs")
    print("| what | median ms | max ms |\n|---|---|---|")
    for name, median, worst in rows:
        print(f"| {name} | {median:.0f} | {worst:.0f} |")


if __name__ == "__main__":
    main()
