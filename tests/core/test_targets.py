"""Plan targets per year and indicator, and progress computed from the point's records."""

from __future__ import annotations

import pytest

from desktop.core.errors import ValidationError


def test_set_get_and_replace(workspace):
    t = workspace.targets
    t.set(2026, "visits-served", 2000)
    t.set("2026", "visits-served", "2500", note="Điều chỉnh giữa năm")
    assert t.get(2026) == {"visits-served": 2500.0}
    assert workspace.store.count("plan_target", "1") == 1
    assert t.clear(2026, "visits-served") and t.get(2026) == {}


def test_the_latest_written_of_point_and_province_counts(workspace):
    store = workspace.store
    workspace.targets.set(2026, "trainings-held", 10)
    store.insert("plan_target", {"id": "province:XA-03325:2026:trainings-held", "year": 2026,
                                 "indicator": "trainings-held", "target": 12}, origin="province")
    assert workspace.targets.get(2026)["trainings-held"] == 12
    workspace.targets.set(2026, "trainings-held", 14)
    assert workspace.targets.get(2026)["trainings-held"] == 14


@pytest.mark.parametrize(("args", "code"), [
    ((2026, "happiness", 1), "indicator-unknown"),
    ((2026, "visits-served", -1), "target-invalid"),
    ((2026, "visits-served", "nhiều"), "target-invalid"),
    ((1999, "visits-served", 1), "year-invalid"),
    (("năm nay", "visits-served", 1), "year-invalid"),
])
def test_bad_input(workspace, args, code):
    with pytest.raises(ValidationError) as caught:
        workspace.targets.set(*args)
    assert caught.value.code == code
    assert workspace.store.count("plan_target", "1") == 0


def test_progress_counts_the_year(workspace):
    people = workspace.participants
    elder = people.add("Già Làng A", "male", 1950, group_code="respected-person")
    young = people.add("Lò Thị B", "female", 2000, group_code="villager")
    t1 = workspace.trainings.add("Lớp 1", "training", "2026-03-02", "2026-03-03", funding="central",
                                 cost=10_000_000)
    t2 = workspace.trainings.add("Lớp 2", "workshop", "2026-05-02", funding="local", cost=2_500_000)
    workspace.trainings.add("Năm trước", "workshop", "2025-05-02", funding="local", cost=9_000_000)
    workspace.trainings.attend(t1, [elder, young], "2026-03-02")
    workspace.trainings.attend(t1, [elder], "2026-03-03")
    workspace.trainings.attend(t2, [elder], "2026-05-02")
    workspace.visits.add(["info"], visited_at="2026-01-05T09:00")
    workspace.visits.add(["health"], visited_at="2026-02-05T09:00")
    workspace.visits.add(["health"], visited_at="2025-12-31T09:00")
    workspace.feedback.add("Ý kiến")
    workspace.targets.set(2026, "participants-trained", 4)
    progress = {p.indicator: p for p in workspace.targets.progress(2026)}
    actual = {k: p.actual for k, p in progress.items()}
    assert actual["visits-served"] == 2
    assert actual["trainings-held"] == 2
    assert actual["participants-trained"] == 2  # distinct people
    assert actual["respected-persons-trained"] == 1
    assert actual["budget-central"] == 10_000 and actual["budget-local"] == 2_500
    assert progress["participants-trained"].ratio == 0.5
    assert progress["visits-served"].target is None and progress["visits-served"].ratio is None
    assert progress["visits-served"].unit == "lượt"
    # Erased people still count: their attendance stays.
    people.erase(young)
    assert workspace.targets.actuals(2026)["participants-trained"] == 2
