"""The period report's figures equal what the lists show for the same period."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core import demo, reference
from desktop.core.paths import Paths
from desktop.core.periods import parse_period
from desktop.core.report_data import period_report, table

TODAY = date(2026, 6, 10)
PERIODS = ["2026-H1", "2026", "2025-09-15..2026-02-20"]


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    workspace = demo.open_or_create(Paths(tmp_path_factory.mktemp("report") / "point"))
    demo.generate(workspace, demo.DemoSizes(materials=30, visits=3000, trainings=12,
                                            participants=120), today=TODAY)
    # An answered opinion, so every status appears.
    opinion = workspace.feedback.list()[0]
    workspace.store.insert("feedback_answer", {"feedback_id": opinion.id, "text": "Đã trả lời",
                                               "answered_at": "2026-06-01T00:00:00"})
    yield workspace
    workspace.close()


def rows_by_code(report, table_id, key):
    return {r["code"]: r[key] for r in table(report, table_id)["rows"]}


@pytest.mark.parametrize("text", PERIODS)
def test_visit_totals_equal_the_visit_list(ws, text):
    period = parse_period(text)
    report = period_report(ws, period)
    total = ws.visits.count(period)
    assert total > 0
    purposes = table(report, "visits_by_purpose")
    assert purposes["totals"]["visits"] == total
    for code in reference.codes("visit_purposes"):
        assert rows_by_code(report, "visits_by_purpose", "visits").get(code, 0) == \
            ws.visits.count(period, code)
    # A visit with two purposes counts under each: the rows add up to more than the total.
    assert sum(r["visits"] for r in purposes["rows"]) > total
    assert purposes["note"]
    for table_id in ("visits_by_sex", "visits_by_age_band", "visits_by_ethnicity", "visits_by_village"):
        t = table(report, table_id)
        assert t["totals"]["visits"] == total == sum(r["visits"] for r in t["rows"])
    sexes = rows_by_code(report, "visits_by_sex", "visits")
    listed = [v for v in ws.visits.page(0, 10**6, period)]
    assert len(listed) == total
    assert sexes.get("female", 0) == sum(v.sex == "female" for v in listed)
    villages = {r["name"]: r["visits"] for r in table(report, "visits_by_village")["rows"]}
    assert villages["Bản Khá"] == sum(v.village == "Bản Khá" for v in listed)


@pytest.mark.parametrize("text", PERIODS)
def test_training_figures_equal_the_training_list(ws, text):
    period = parse_period(text)
    report = period_report(ws, period)
    listed = ws.trainings.list(period)
    kinds = table(report, "trainings_by_kind")
    assert kinds["totals"]["trainings"] == len(listed) > 0
    attendances, people = 0, set()
    for training in listed:
        for day in ws.trainings.show(training.id)["days"]:
            if period.contains(date.fromisoformat(day["day"])):
                attendances += day["count"]
                people.update(p["id"] for p in day["participants"])
    assert kinds["totals"]["attendances"] == attendances
    assert kinds["totals"]["participants"] == len(people)
    for table_id in ("participants_by_group", "participants_by_sex", "participants_by_ethnicity"):
        assert sum(r["participants"] for r in table(report, table_id)["rows"]) == len(people)


@pytest.mark.parametrize("text", PERIODS)
def test_opinions_equal_the_opinion_list(ws, text):
    period = parse_period(text)
    report = period_report(ws, period)
    listed = [o for o in ws.feedback.list() if period.contains(date.fromisoformat(o.created_at[:10]))]
    t = table(report, "opinions_by_topic")
    assert t["totals"]["total"] == len(listed)
    for status in ("new", "sent", "answered"):
        assert t["totals"][status] == sum(o.status == status for o in listed)


def test_material_use_and_targets(ws):
    period = parse_period("2026")
    report = period_report(ws, period)
    uses = ws.store.count("material_use", "deleted = 0 AND day >= ? AND day <= ?", period.bounds())
    channel = table(report, "material_use_by_channel")
    assert channel["totals"]["uses"] == uses > 0
    assert sum(r["uses"] for r in table(report, "material_use_by_language")["rows"]) == uses
    assert sum(r["uses"] for r in table(report, "material_use_by_kind")["rows"]) == uses
    top = table(report, "materials_top")["rows"]
    assert 0 < len(top) <= 20
    assert [r["uses"] for r in top] == sorted((r["uses"] for r in top), reverse=True)
    targets = {r["code"]: r for r in table(report, "targets")["rows"]}
    progress = {p.indicator: p for p in ws.targets.progress(2026)}
    assert targets["visits-served"]["actual"] == progress["visits-served"].actual
    assert targets["visits-served"]["target"] == 2000
    added = table(report, "materials_added_by_kind")["totals"]["materials"]
    assert added == ws.store.count("material", "deleted = 0 AND substr(created_at, 1, 10) "
                                   "BETWEEN ? AND ?", period.bounds())


def test_an_empty_period_is_a_report_that_says_so(ws):
    report = period_report(ws, parse_period("2019-Q2"))
    assert report["empty"]
    assert table(report, "summary")["note"]
    assert all(not t["rows"] for t in report["tables"] if t["id"] not in ("summary", "targets"))
    assert table(report, "visits_by_purpose")["totals"]["visits"] == 0


def test_a_new_point_with_nothing_at_all(workspace):
    report = period_report(workspace, parse_period("2026"))
    assert report["empty"] and report["point"]["code"] == "XA-03325"
