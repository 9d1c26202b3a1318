"""The province report from the hub's records equals the points' own reports (issue 7).

Three real point data folders get generated activity (desktop/core/demo.py), an erased
participant and a province-published material, and sync to a real hub process (SQLite,
and PostgreSQL when it can be had). Then the report the hub computes for each point must
equal, table for table, the report the point prints itself, and the province's report
must be their sum.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.core import demo
from desktop.core.periods import parse_period
from desktop.core.report_data import period_report
from desktop.core.workspace import Workspace
from province.config import database_url
from province.db import Database
from province.points import HubError
from province.report_data import point_report, province_report
from tests.hubproc import HubProcess, drop_database, fresh_database
from tests.sync.helpers import Point, enroll

TODAY = date(2026, 6, 30)
NOW = datetime(2026, 6, 30, 12, 0)
PERIODS = ["2026-H1", "2025", "2026", "2025-09-15..2026-02-20"]
CODES = ["XA-10001", "XA-10002", "XA-10003"]
SIZES = [demo.DemoSizes(materials=12, visits=900, trainings=6, participants=60, seed=1),
         demo.DemoSizes(materials=8, visits=400, trainings=4, participants=40, seed=2),
         demo.DemoSizes(materials=5, visits=250, trainings=3, participants=30, seed=3)]


def _make_point(root: Path, code: str, sizes: demo.DemoSizes) -> Point:
    point = Point(root / code, code)
    with Workspace.create(point.paths, code, f"Điểm hỗ trợ CNTT {code}") as ws:
        demo.generate(ws, sizes, today=TODAY)
        # An answered opinion at the point (the answer row is the point's own here).
        opinion = ws.feedback.list()[0]
        ws.store.insert("feedback_answer", {"feedback_id": opinion.id, "text": "Đã trả lời",
                                            "answered_at": "2026-06-01T00:00:00"})
    return point


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def province(request, tmp_path_factory):
    """(hub process, its Database, the points) after every point synced twice."""
    root = tmp_path_factory.mktemp(f"province-{request.param}")
    db_url = fresh_database(request.getfixturevalue("pg_server")) if request.param == "postgresql" else None
    hub = HubProcess(root / "hub", db=db_url).start()
    try:
        points = [_make_point(root, code, sizes) for code, sizes in zip(CODES, SIZES, strict=True)]
        leaflet = root / "to-rôi.txt"
        leaflet.write_text("Tờ rơi của tỉnh về dịch vụ công trực tuyến.\n", encoding="utf-8")
        published = hub.cli("publish", str(leaflet), "--title", "Tờ rơi dịch vụ công", "--kind", "leaflet",
                            "--lang", "hnj", "--json")
        assert published.code == 0, published.err
        for p in points:
            enroll(hub, p)
        # One person asks to be erased at the first point (their check-ins stay, counted as erased).
        with points[0].open() as ws:
            pid = ws.store.query("SELECT participant_id FROM attendance WHERE day >= '2026-01-01' LIMIT 1")[0][0]
            ws.participants.erase(pid)
        for p in points:
            for _ in range(2):  # the second sync sends the opinions' `sent` status back
                done = p.cli("sync", "--json")
                assert done.code == 0, done.err
        db = Database(database_url(db_url, hub.data_dir))
        yield hub, db, points
        db.dispose()
    finally:
        hub.stop()
        if db_url:
            drop_database(db_url)


def _own_report(point: Point, text: str) -> dict:
    with point.open() as ws:
        return period_report(ws, parse_period(text))


def _numbers(report: dict) -> dict[tuple[str, str, str], float]:
    """Every number of every table: (table, row key, column) -> value, totals as row '=total'."""
    out: dict[tuple[str, str, str], float] = {}
    for t in report["tables"]:
        if t["id"] in ("points", "materials_top"):
            continue
        for row in [*t["rows"], *([{**t["totals"], "name": "=total"}] if t.get("totals") else [])]:
            key = str(row.get("code") if row.get("name") != "=total" else "=total")
            if "code" not in row and row.get("name") != "=total":
                key = str(row["name"])
            for c in t["columns"]:
                value = row.get(c["key"])
                if c.get("number") and c.get("kind") != "percent" and c["key"] != "rank" and value is not None:
                    out[(t["id"], key, c["key"])] = value
    return out


@pytest.mark.parametrize("text", PERIODS)
def test_a_points_report_at_the_hub_equals_its_own(province, text):
    _hub, db, points = province
    period = parse_period(text)
    for p in points:
        own = _own_report(p, text)
        at_hub = point_report(db, period, p.code)
        assert at_hub["point"]["code"] == p.code and at_hub["point"]["name"] == own["point"]["name"]
        assert at_hub["empty"] == own["empty"]
        assert [t["id"] for t in at_hub["tables"]] == [t["id"] for t in own["tables"]]
        for mine, theirs in zip(at_hub["tables"], own["tables"], strict=True):
            assert mine == theirs, f"{p.code} {text}: table {mine['id']} differs"


@pytest.mark.parametrize("text", PERIODS)
def test_the_province_report_is_the_sum_of_the_points_reports(province, text):
    _hub, db, points = province
    period = parse_period(text)
    report = province_report(db, period)
    assert report["scope"] == "province" and report["point"]["name"] == "Toàn tỉnh"
    assert [p["code"] for p in report["points"]] == CODES
    summed: Counter = Counter()
    for p in points:
        summed.update(_numbers(_own_report(p, text)))
    mine = _numbers(report)
    # Distinct participants: people belong to one point, so the province's count is the sum.
    assert {k: v for k, v in mine.items() if k[0] != "targets"} == \
        {k: v for k, v in summed.items() if v and k[0] != "targets"} | \
        {k: v for k, v in mine.items() if not v and k[0] != "targets"}
    targets = {r["code"]: r for r in next(t for t in report["tables"] if t["id"] == "targets")["rows"]}
    for (table_id, code, key), value in summed.items():
        if table_id == "targets":
            assert targets[code][key] == pytest.approx(value)
    # The per-point table adds up to the province's totals, and each row is that point's summary.
    points_table = report["tables"][-1]
    assert points_table["id"] == "points" and len(points_table["rows"]) == 3
    summary = {r["code"]: r["value"] for r in report["tables"][0]["rows"]}
    assert points_table["totals"]["visits"] == summary["visits"]
    assert points_table["totals"]["participants"] == summary["participants"]
    assert points_table["totals"]["opinions"] == summary["opinions"]
    for row, p in zip(points_table["rows"], points, strict=True):
        own = {r["code"]: r["value"] for r in _own_report(p, text)["tables"][0]["rows"]}
        assert (row["visits"], row["material_uses"], row["materials_added"], row["trainings"],
                row["participants"], row["opinions"]) == (
            own["visits"], own["material-uses"], own["materials-added"], own["trainings"],
            own["participants"], own["opinions"])
        assert row["last_contact"]  # every point synced


def test_after_a_sync_the_report_counts_that_point_again(province):
    """Reports are counted per point and kept while the point's data does not move: a new sync
    must show up, and the other points' figures stay right."""
    _hub, db, points = province
    before = province_report(db, parse_period("2026"))
    with points[2].open() as ws:
        ws.visits.add(["legal", "health"], sex="female", visited_at="2026-05-04T09:30:00")
    assert points[2].cli("sync").code == 0
    after = province_report(db, parse_period("2026"))
    visits = [next(r["value"] for r in rep["tables"][0]["rows"] if r["code"] == "visits") for rep in (before, after)]
    assert visits[1] == visits[0] + 1
    assert after["tables"][-1]["rows"][2]["visits"] == before["tables"][-1]["rows"][2]["visits"] + 1
    assert after["tables"][-1]["rows"][:2] == before["tables"][-1]["rows"][:2]
    summed: Counter = Counter()
    for p in points:
        summed.update(_numbers(_own_report(p, "2026")))
    assert {k: v for k, v in _numbers(after).items() if v and k[0] != "targets"} == \
        {k: v for k, v in summed.items() if v and k[0] != "targets"}
    assert point_report(db, parse_period("2026"), points[2].code)["tables"] == _own_report(points[2], "2026")["tables"]


def test_the_report_says_what_the_province_does_not_hold(province):
    _hub, db, _points = province
    report = province_report(db, parse_period("2026"))
    notes = " ".join(report["notes"])
    assert "họ tên" in notes and "số điện thoại" in notes and "đồng bộ gần nhất" in notes
    # The erased person still counts, under "erased", as at the point.
    groups = next(t for t in report["tables"] if t["id"] == "participants_by_group")
    assert any(r["name"] == "Đã xóa khỏi danh sách" for r in groups["rows"])


def test_an_empty_period_and_an_unknown_point(province):
    _hub, db, _points = province
    report = province_report(db, parse_period("2019"))
    assert report["empty"] is True
    assert all(not t["rows"] for t in report["tables"] if t["id"] not in ("summary", "points", "targets"))
    assert [r["visits"] for r in report["tables"][-1]["rows"]] == [0, 0, 0]
    with pytest.raises(HubError) as caught:
        point_report(db, parse_period("2026"), "XA-99999")
    assert caught.value.code == "point-not-found"


# -- broken rows -----------------------------------------------------------------------------
BROKEN = [  # (table, id, data) of a point whose rows went wrong somewhere (types, missing fields)
    ("visit", "v1", {"day": "2026-03-01", "visited_at": "2026-03-01T08:00", "purposes": "info,legal",
                     "sex": "female", "age_band": "16-30", "ethnicity": "01", "village": "Bản Phăng"}),
    ("visit", "v2", {"day": None, "visited_at": None, "purposes": None, "sex": 5}),
    ("visit", "v3", {"day": "2026-03-02", "visited_at": "2026-03-02T09:00", "purposes": 'info,"x',
                     "sex": 7, "age_band": None, "ethnicity": 1, "village": ""}),
    ("visit", "v4", {"day": 20260303, "purposes": "info"}),
    ("visit", "v5", {}),
    ("material_use", "u1", {"material_id": None, "lang": 3, "channel": None, "seconds": "abc",
                            "day": "2026-04-01"}),
    ("material_use", "u2", {"material_id": "m1", "lang": "vie", "channel": "kiosk", "seconds": 12.5,
                            "day": "2026-04-02"}),
    ("material", "m1", {"title": 42, "kind": None, "created_at": "not a date"}),
    ("material", "m2", {"title": "Tờ rơi", "kind": 9, "created_at": "2026-05-01T00:00:00Z"}),
    ("material_file", "f2", {"material_id": "m2", "lang": None}),
    ("training", "t1", {"kind": None, "start_date": "2026-02-01", "end_date": "2026-02-02", "cost": "x",
                        "funding": 5}),
    ("training", "t2", {"kind": "workshop"}),
    ("attendance", "a1", {"training_id": "t1", "participant_id": "p1", "day": "2026-02-01"}),
    ("attendance", "a2", {"training_id": "missing", "participant_id": "p2", "day": "2026-02-01"}),
    ("attendance", "a3", {"training_id": "t1", "participant_id": None, "day": "2026-02-02"}),
    ("participant", "p1", {"sex": None, "group_code": 4, "ethnicity": None}),
    ("feedback", "o1", {"topic": 3, "status": None, "created_at": "2026-06-01"}),
    ("feedback", "o2", {"topic": None, "status": "answered", "created_at": None}),
    ("plan_target", "g1", {"year": "2026", "indicator": "visits-served", "target": "x"}),
    ("plan_target", "g2", {"year": 2026, "indicator": None, "target": 5}),
    ("plan_target", "g3", {"year": 2026, "indicator": "trainings-held", "target": 4}),
]


def _broken_hub(url: str) -> Database:
    import json

    from sqlalchemy import insert

    from province import report_facts
    from province.db import record
    from province.migrations import migrate
    from province.points import add_point

    db = Database(url)
    migrate(db.engine)
    add_point(db, "XA-40001", "Điểm có dữ liệu hỏng")
    with db.write() as conn:
        conn.execute(insert(record), [
            {"origin": "XA-40001", "table_name": t, "id": i, "hlc": f"{n:013d}-0000-XA-40001", "deleted": 0,
             "data": json.dumps(d, ensure_ascii=False), "stream_seq": n, "target": None,
             "received_at": "2026-06-30T00:00:00Z"} for n, (t, i, d) in enumerate(BROKEN, 1)])
        report_facts.rebuild(conn)  # rows written around the apply path: facts as an upgrade fills them
    return db


def test_broken_rows_give_a_report_not_a_crash_and_the_same_on_both_back_ends(tmp_path, request):
    from desktop.reports.period_report import write

    db = _broken_hub(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    try:
        reports = {"sqlite": [province_report(db, parse_period(p), now=NOW) for p in ("2026", "2026-Q1")]}
    finally:
        db.dispose()
    summary = {r["code"]: r["value"] for r in reports["sqlite"][0]["tables"][0]["rows"]}
    assert summary["visits"] == 2 and summary["material-uses"] == 2 and summary["trainings"] == 1
    assert summary["materials-added"] == 1 and summary["opinions"] == 1
    for fmt in ("json", "xlsx", "pdf"):
        write(reports["sqlite"][0], fmt, tmp_path / f"broken.{fmt}")
    pg_url = fresh_database(request.getfixturevalue("pg_server"))
    try:
        from province.config import database_url as url_of

        db = _broken_hub(url_of(pg_url, tmp_path))
        try:
            reports["postgresql"] = [province_report(db, parse_period(p), now=NOW) for p in ("2026", "2026-Q1")]
        finally:
            db.dispose()
    finally:
        drop_database(pg_url)
    assert reports["postgresql"] == reports["sqlite"]
