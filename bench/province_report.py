"""Benchmark: the province's annual report over 200 points (issue 7; goal < 10 s on this machine).

  .venv/bin/python bench/province_report.py [--points 200] [--visits 5000] [--backend sqlite|postgresql|both]

Builds the hub database directly (schema by province/migrations.py, rows as the points send
them: record(origin, table_name, id, hlc, deleted, data JSON, ...)), once per size, cached in
$BENCH_CACHE or /tmp/commune-bench. Per point: --visits visits over the year (15 % with two
purposes), half as many material uses, 40 materials with a file each, 150 participants,
12 trainings with ~25 people for 1-3 days, 25 opinions, 5 plan targets. Then times, in this
one run:

- baseline A: SELECT count(*) of the year's visit records (the index and table pages read);
- baseline B: every visit record's JSON parsed in Python (json.loads) and counted by day;
- the province's annual report figures (province/report_data.py), one point's report;
- the province report end to end in JSON, XLSX and PDF (counting + writing);
- the province report again with nothing changed, and after one point synced one visit
  (the figures are kept per point while its stream does not move).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402

from desktop.reports.period_report import write  # noqa: E402
from province import report_facts  # noqa: E402
from province.config import database_url  # noqa: E402
from province.db import Database  # noqa: E402
from province.migrations import SCHEMA_VERSION, current_version, migrate  # noqa: E402
from province.report_data import forget_counted, parse_period, point_report, province_report  # noqa: E402

YEAR = 2026
PURPOSES = ["info", "public-service", "e-commerce", "learning", "legal", "agriculture", "health", "other"]
AGE_BANDS = ["under-16", "16-30", "31-45", "46-60", "over-60"]
ETHNICITIES = ["01", "04", "03", "12", "13", "10", "07"]
VILLAGES = [f"Bản {n}" for n in ("Phăng", "Kéo", "Khá", "Co", "Lĩnh", "Món", "Xôm", "Cang", "Na", "Sáng")]
KINDS = ["leaflet", "handbook", "video", "audio", "bulletin", "poster"]
LANGS = ["vie", "vie", "vie", "hnj", "blt", "tdd"]
GROUPS = ["villager", "village-head", "respected-person", "commune-cadre", "teacher"]
TOPICS = ["agriculture", "public-services", "health", "digital-skills", "e-commerce"]


def log(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def _records(code: str, visits: int, rng: random.Random):  # noqa: ANN202 - generator of tuples
    """(origin, table_name, id, hlc, deleted, data, stream_seq, target, received_at) of one point."""
    seq = 0
    now = "2026-12-20T08:00:00Z"

    def rec(table: str, row_id: str, data: dict) -> tuple:
        nonlocal seq
        seq += 1
        hlc = f"{1766000000000 + seq:013d}-0000-{code}"
        return (code, table, row_id, hlc, 0, json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                seq, None, now)

    start = date(YEAR, 1, 1)
    yield rec("point", code, {"code": code, "name": f"Điểm hỗ trợ CNTT {code}", "province_code": "11",
                              "commune_code": "03325", "address": None, "created_at": "2025-01-01"})
    for n in range(visits):
        day = start + timedelta(days=int(365 * n / visits))
        purposes = [rng.choice(PURPOSES)]
        if rng.random() < 0.15:
            second = rng.choice(PURPOSES)
            if second != purposes[0]:
                purposes.append(second)
        yield rec("visit", f"{code}-v{n}", {
            "visited_at": f"{day.isoformat()}T{rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}",
            "day": day.isoformat(), "purposes": ",".join(purposes), "purpose_note": None,
            "sex": rng.choice(["female", "male"]), "age_band": rng.choice(AGE_BANDS),
            "ethnicity": rng.choice(ETHNICITIES), "village": rng.choice(VILLAGES),
            "assisted": 1, "duration_min": rng.choice([5, 10, 15, 30]), "note": None})
    materials = [f"{code}-m{n}" for n in range(40)]
    for n, mid in enumerate(materials):
        added = start + timedelta(days=rng.randint(0, 364))
        yield rec("material", mid, {
            "title": f"Tài liệu {n} của {code}", "description": None, "kind": rng.choice(KINDS),
            "topics": "[]", "audiences": "[]", "issuer": None, "issue_date": None, "valid_until": None,
            "withdrawn": 0, "cover_hash": None, "published_by": None, "created_at": f"{added.isoformat()}T09:00:00Z"})
        yield rec("material_file", f"{mid}-f", {
            "material_id": mid, "lang": rng.choice(LANGS), "role": "main", "media_hash": "0" * 64,
            "filename": f"{n}.pdf", "mime": "application/pdf", "size": 1000, "pages": 2, "duration_s": None,
            "created_at": f"{added.isoformat()}T09:00:00Z"})
    for n in range(visits // 2):
        day = start + timedelta(days=rng.randint(0, 364))
        yield rec("material_use", f"{code}-u{n}", {
            "material_id": rng.choice(materials), "lang": "vie", "channel": rng.choice(["kiosk", "operator"]),
            "seconds": rng.randint(10, 600), "used_at": f"{day.isoformat()}T10:00:00", "day": day.isoformat()})
    people = [f"{code}-p{n}" for n in range(150)]
    for pid in people:
        yield rec("participant", pid, {
            "full_name": "", "sex": rng.choice(["female", "male"]), "birth_year": rng.randint(1950, 2008),
            "ethnicity": rng.choice(ETHNICITIES), "village": rng.choice(VILLAGES), "group_code": rng.choice(GROUPS),
            "phone": None, "consent_at": "2026-01-01", "consent_note": None, "created_at": "2026-01-01"})
    for n in range(12):
        first = start + timedelta(days=rng.randint(0, 360))
        days = rng.choice([1, 1, 2, 3])
        tid = f"{code}-t{n}"
        yield rec("training", tid, {
            "kind": rng.choice(["training", "workshop", "conference", "dialogue", "contest"]),
            "title": f"Lớp {n}", "topics": "[]", "start_date": first.isoformat(),
            "end_date": (first + timedelta(days=days - 1)).isoformat(), "place": None, "trainers": None,
            "mode": "in-person", "funding": rng.choice(["central", "local"]), "cost": rng.randint(5, 40) * 1_000_000,
            "target_groups": "[]", "sheet_hash": None, "created_at": first.isoformat()})
        for pid in rng.sample(people, 25):
            for d in range(days):
                day = (first + timedelta(days=d)).isoformat()
                yield rec("attendance", f"{tid}:{pid}:{day}", {
                    "training_id": tid, "participant_id": pid, "day": day, "checked_in_at": f"{day}T08:00:00"})
    for n in range(25):
        day = start + timedelta(days=rng.randint(0, 364))
        yield rec("feedback", f"{code}-o{n}", {
            "text": "Bà con mong được hướng dẫn thêm.", "topic": rng.choice(TOPICS), "village": rng.choice(VILLAGES),
            "participant_id": None, "author_name": None, "consent": 0, "channel": "operator", "audio_hash": None,
            "status": rng.choice(["new", "sent"]), "created_at": day.isoformat()})
    for indicator, target in (("visits-served", visits), ("trainings-held", 12), ("participants-trained", 300),
                              ("respected-persons-trained", 40), ("materials-minority-language", 10)):
        yield rec("plan_target", f"{code}:{YEAR}:{indicator}",
                  {"year": YEAR, "indicator": indicator, "target": float(target), "note": None})


def build(url: str, points: int, visits: int) -> int:
    """Create the hub schema and fill it; returns the number of records."""
    db = Database(url)
    migrate(db.engine)
    rng = random.Random(2026)
    total = 0
    insert = ("INSERT INTO record (origin, table_name, id, hlc, deleted, data, stream_seq, target, received_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        for p in range(points):
            code = f"XA-{p + 1:05d}"
            rows = list(_records(code, visits, rng))
            total += len(rows)
            if db.is_sqlite:
                raw.execute("BEGIN")
                raw.execute("INSERT INTO point (code, name, status, created_at, enrolled_at, last_contact_at) "
                            "VALUES (?, ?, 'active', ?, ?, ?)", (code, f"Điểm {code}", "2025-01-01T00:00:00Z",
                                                                 "2025-01-01T00:00:00Z", "2026-12-20T08:00:00Z"))
                raw.executemany(insert, rows)
                raw.execute("COMMIT")
            else:
                with raw.cursor() as cur:
                    cur.execute("INSERT INTO point (code, name, status, created_at, enrolled_at, last_contact_at) "
                                "VALUES (%s, %s, 'active', %s, %s, %s)",
                                (code, f"Điểm {code}", "2025-01-01T00:00:00Z", "2025-01-01T00:00:00Z",
                                 "2026-12-20T08:00:00Z"))
                    with cur.copy("COPY record (origin, table_name, id, hlc, deleted, data, stream_seq, target, "
                                  "received_at) FROM STDIN") as copy:
                        for row in rows:
                            copy.write_row(row)
                raw.commit()
            if (p + 1) % 20 == 0:
                log(f"  {p + 1}/{points} points, {total:,} records")
        if not db.is_sqlite:
            with raw.cursor() as cur:
                cur.execute("ANALYZE record")
            raw.commit()
    # The rows went in around the hub's apply path: fill the report facts as an upgrade does.
    t = time.perf_counter()
    with db.write() as conn:
        report_facts.rebuild(conn)
    log(f"  report facts filled in {time.perf_counter() - t:.1f} s")
    if not db.is_sqlite:
        with db.engine.connect() as conn:
            conn.execute(text("ANALYZE report_visit"))
            conn.execute(text("ANALYZE report_material_use"))
            conn.commit()
    db.dispose()
    return total


def measure(url: str, label: str, out: Path) -> dict[str, float]:
    db = Database(url)
    period = parse_period(str(YEAR))
    results: dict[str, float] = {}
    with db.read() as conn:
        t = time.perf_counter()
        day = "json_extract(data, '$.day')" if db.is_sqlite else "(data::jsonb ->> 'day')"
        n = conn.execute(text(f"SELECT count(*) FROM record WHERE table_name = 'visit' AND deleted = 0 "
                              f"AND {day} BETWEEN :lo AND :hi"), {"lo": "2026-01-01", "hi": "2026-12-31"}).scalar()
        results["baseline_count"] = time.perf_counter() - t
        t = time.perf_counter()
        days: dict[str, int] = {}
        for (data,) in conn.execute(text("SELECT data FROM record WHERE table_name = 'visit' AND deleted = 0")):
            d = json.loads(data)["day"]
            days[d] = days.get(d, 0) + 1
        results["baseline_parse"] = time.perf_counter() - t
    results["visits"] = n
    forget_counted()
    t, cpu = time.perf_counter(), time.process_time()
    report = province_report(db, period)
    results["province_counting"] = time.perf_counter() - t
    results["province_cpu"] = time.process_time() - cpu  # this process, all its threads (SQLite runs here)
    assert report["tables"][0]["rows"][0]["value"] == n, "the report's visits differ from the baseline's count"
    for fmt in ("json", "xlsx", "pdf"):  # cold figures + writing (the figures are kept per point now)
        t = time.perf_counter()
        write(report, fmt, out / f"province-{label}.{fmt}")
        results[f"end_to_end_{fmt}"] = results["province_counting"] + time.perf_counter() - t
    t = time.perf_counter()
    province_report(db, period)
    results["warm_unchanged"] = time.perf_counter() - t
    # One point syncs one visit: its stream moves, so only its figures are counted again.
    with db.write() as conn:
        conn.execute(text("INSERT INTO record (origin, table_name, id, hlc, deleted, data, stream_seq, target, "
                          "received_at) VALUES ('XA-00007', 'visit', 'bench-extra', '9999999999999-0000-XA-00007', "
                          "0, :d, 999999, NULL, '2026-12-21T00:00:00Z')"),
                     {"d": json.dumps({"day": "2026-12-21", "visited_at": "2026-12-21T08:00", "purposes": "info"})})
        conn.execute(text("INSERT INTO stream (origin, last_seq) VALUES ('XA-00007', 999999)"))
        report_facts.rebuild(conn, ["XA-00007"])  # written around the apply path, as above
    try:
        t = time.perf_counter()
        after = province_report(db, period)
        results["warm_one_point_synced"] = time.perf_counter() - t
        assert after["tables"][0]["rows"][0]["value"] == n + 1
    finally:
        with db.write() as conn:
            conn.execute(text("DELETE FROM record WHERE id = 'bench-extra'"))
            conn.execute(text("DELETE FROM stream WHERE origin = 'XA-00007'"))
            report_facts.rebuild(conn, ["XA-00007"])
    forget_counted()
    t = time.perf_counter()
    point_report(db, period, "XA-00001")
    results["point_counting"] = time.perf_counter() - t
    db.dispose()
    return results


def upgrade(url: str) -> None:
    """A hub made by an older schema (a cached database) is migrated as a real hub would be."""
    db = Database(url)
    try:
        found = current_version(db.engine)
        if found < SCHEMA_VERSION:
            t = time.perf_counter()
            migrate(db.engine)
            print(f"upgraded the cached hub from schema {found} to {SCHEMA_VERSION} (report facts filled "
                  f"from its records) in {time.perf_counter() - t:.1f} s; load {os.getloadavg()[0]:.1f}")
    finally:
        db.dispose()


def show(label: str, records: int, r: dict[str, float]) -> None:
    print(f"\n[{label}] {records:,} records, {int(r['visits']):,} visits in {YEAR}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"  baseline A, COUNT(*) of the year's visit records:   {r['baseline_count']:.2f} s")
    print(f"  baseline B, json.loads of every visit record:       {r['baseline_parse']:.2f} s")
    took = r["province_counting"]
    print(f"  province report figures:                            {took:.2f} s "
          f"({took / r['baseline_count']:.1f}x A, {took / r['baseline_parse']:.2f}x B)")
    print(f"    CPU seconds of this process for it (SQLite works in-process): {r['province_cpu']:.2f} s")
    print(f"  one point's report figures:                         {r['point_counting']:.3f} s")
    for fmt in ("json", "xlsx", "pdf"):
        took = r[f"end_to_end_{fmt}"]
        print(f"  {fmt:>4} end to end (figures + writing):              {took:.2f} s "
              f"(goal < 10 s: {'met' if took < 10 else 'NOT met'})")
    print(f"  again, nothing changed (figures kept per point):    {r['warm_unchanged']:.2f} s")
    print(f"  again, after one point synced a visit:              {r['warm_one_point_synced']:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=200)
    parser.add_argument("--visits", type=int, default=5000, help="visits per point in the year")
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="sqlite")
    args = parser.parse_args()
    cache = Path(os.environ.get("BENCH_CACHE", Path(tempfile.gettempdir()) / "commune-bench"))
    cache.mkdir(parents=True, exist_ok=True)
    out = Path(tempfile.mkdtemp(prefix="bench-province-"))
    print(f"machine: {os.cpu_count()} CPUs; {args.points} points x {args.visits} visits; report files in {out}")
    if args.backend in ("sqlite", "both"):
        path = cache / f"hub-{args.points}p-{args.visits}v.sqlite3"
        done = path.with_suffix(".complete")
        if not done.exists():
            path.unlink(missing_ok=True)
            log(f"making {path} (once) …")
            t = time.perf_counter()
            done.write_text(f"{build(f'sqlite:///{path}', args.points, args.visits)} {time.perf_counter() - t:.0f}\n")
        records = int(done.read_text().split()[0])
        upgrade(f"sqlite:///{path}")
        show("SQLite", records, measure(f"sqlite:///{path}", "sqlite", out))
    if args.backend in ("postgresql", "both"):
        from tests.hubproc import drop_database, fresh_database, start_postgres

        server = fresh_database(start_postgres())
        url = database_url(server, out)
        try:
            log("filling PostgreSQL …")
            records = build(url, args.points, args.visits)
            show("PostgreSQL", records, measure(url, "postgresql", out))
        finally:
            drop_database(server)


if __name__ == "__main__":
    main()
