"""Trainings: validation, idempotent per-day attendance with deterministic ids, edits, sheets."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from desktop.core import demo
from desktop.core.errors import NotFound, ValidationError
from desktop.core.trainings import attendance_id
from desktop.messages import MESSAGES, message


def _people(workspace, n: int) -> list[str]:
    names = ["Lò Văn Pánh", "Quàng Thị Xuân", "Giàng A Chứ", "Đinh Thị Ênh", "Hơ Ĕn Niê"]
    return [workspace.participants.add(f"{names[i % 5]} {i}", "female" if i % 2 else "male", 1970 + i % 40)
            for i in range(n)]


def test_add_with_every_field(workspace):
    tid = workspace.trainings.add(
        " Bồi dưỡng kỹ năng số ", "training", "2026-03-02", "2026-03-04", place="Nhà văn hóa xã",
        trainers="Sở KH&CN", topics=["digital-skills", "public-services"], mode="online",
        funding="central", cost="15000000", target_groups=["respected-person", "village-head"])
    t = workspace.trainings.get(tid)
    assert (t.title, t.kind, t.mode, t.funding, t.cost) == ("Bồi dưỡng kỹ năng số", "training", "online",
                                                          "central", 15_000_000)
    assert t.days == ["2026-03-02", "2026-03-03", "2026-03-04"]
    assert t.topics == ("digital-skills", "public-services")
    assert json.loads(workspace.store.get("training", tid)["target_groups"]) == ["respected-person",
                                                                                 "village-head"]
    one_day = workspace.trainings.get(workspace.trainings.add("Hội nghị", "conference", date(2026, 5, 1)))
    assert one_day.end_date == one_day.start_date == "2026-05-01"


@pytest.mark.parametrize(("fields", "code", "field"), [
    ({"title": ""}, "training-title-missing", "title"),
    ({"title": "T" * 301}, "too-long", "title"),
    ({"kind": "party"}, "training-kind-unknown", "kind"),
    ({"start_date": "2026-02-30"}, "date-invalid", "start_date"),
    ({"start_date": None}, "training-start-missing", "start_date"),
    ({"end_date": "2026-03-01"}, "training-dates-reversed", "end_date"),
    ({"end_date": "2028-03-01"}, "training-too-long", "end_date"),
    ({"mode": "radio"}, "training-mode-unknown", "mode"),
    ({"funding": "donor"}, "funding-unknown", "funding"),
    ({"cost": -1}, "cost-invalid", "cost"),
    ({"cost": "1,5 triệu"}, "cost-invalid", "cost"),
    ({"topics": ["cooking"]}, "topics-unknown", "topics"),
    ({"target_groups": ["chief"]}, "group-unknown", "target_groups"),
    ({"place": "P" * 201}, "too-long", "place"),
])
def test_bad_input_names_the_field_and_saves_nothing(workspace, fields, code, field):
    base = {"title": "Lớp A", "kind": "training", "start_date": "2026-03-02", "end_date": "2026-03-04"}
    with pytest.raises(ValidationError) as caught:
        workspace.trainings.add(**{**base, **fields})
    assert (caught.value.code, caught.value.field) == (code, field)
    assert code in MESSAGES and "{" not in message(code, "vi", **caught.value.params)
    assert workspace.store.count("training", "1") == 0


def test_three_days_120_people_checked_in_twice_count_once(workspace):
    people = _people(workspace, 120)
    tid = workspace.trainings.add("Bồi dưỡng kỹ năng số", "training", "2026-03-02", "2026-03-04")
    for _round in range(2):
        for day in ["2026-03-02", "2026-03-03", "2026-03-04"]:
            result = workspace.trainings.attend(tid, people, day)
            if _round == 0:
                assert len(result.added) == 120 and result.already == []
            else:
                assert result.added == [] and len(result.already) == 120
    assert workspace.store.count("attendance", "training_id = ?", [tid]) == 360
    ids = {r["id"] for r in workspace.store.query("SELECT id FROM attendance")}
    assert attendance_id(tid, people[0], "2026-03-03") in ids
    shown = workspace.trainings.show(tid)
    assert [d["count"] for d in shown["days"]] == [120, 120, 120]
    assert shown["participants"] == 120 and shown["attendances"] == 360
    roster, erased = workspace.trainings.roster(tid)
    assert len(roster) == 120 and erased == 0


def test_the_deterministic_id_is_the_one_demo_data_uses(workspace):
    assert demo.attendance_id is attendance_id
    assert attendance_id("t", "p", "2026-03-02") == attendance_id("t", "p", "2026-03-02")
    assert attendance_id("t", "p", "2026-03-02") != attendance_id("t", "p", "2026-03-03")


def test_a_check_in_is_refused_whole_for_a_bad_day_or_person(workspace):
    people = _people(workspace, 3)
    tid = workspace.trainings.add("Tập huấn", "workshop", "2026-03-02", "2026-03-03")
    with pytest.raises(ValidationError) as caught:
        workspace.trainings.attend(tid, people, "2026-03-05")
    assert (caught.value.code, caught.value.field) == ("attendance-day-outside", "day")
    with pytest.raises(ValidationError) as caught:
        workspace.trainings.attend(tid, [people[0], "ghost", people[1]], "2026-03-02")
    assert caught.value.code == "participant-unknown" and caught.value.params["id"] == "ghost"
    with pytest.raises(ValidationError) as caught:
        workspace.trainings.attend(tid, people)  # two days, today is neither: which day?
    assert caught.value.code == "attendance-day-missing"
    with pytest.raises(ValidationError):
        workspace.trainings.attend(tid, [], "2026-03-02")
    with pytest.raises(NotFound):
        workspace.trainings.attend("no-training", people, "2026-03-02")
    assert workspace.store.count("attendance", "1") == 0


def test_the_day_defaults_to_today_or_the_only_day(workspace):
    (pid,) = _people(workspace, 1)
    today = date.today()
    now = workspace.trainings.add("Đang diễn ra", "training", today - timedelta(days=1), today + timedelta(days=1))
    assert workspace.trainings.attend(now, [pid]).day == today.isoformat()
    once = workspace.trainings.add("Một ngày", "dialogue", "2026-01-10")
    assert workspace.trainings.attend(once, [pid]).day == "2026-01-10"


def test_unattend_and_check_in_again(workspace):
    (pid,) = _people(workspace, 1)
    tid = workspace.trainings.add("Tọa đàm", "dialogue", "2026-03-02")
    workspace.trainings.attend(tid, [pid], "2026-03-02")
    assert workspace.trainings.unattend(tid, pid, "2026-03-02") is True
    assert workspace.trainings.unattend(tid, pid, "2026-03-02") is False
    assert workspace.trainings.show(tid)["attendances"] == 0
    assert workspace.trainings.attend(tid, [pid], "2026-03-02").added == [pid]
    assert workspace.store.count("attendance", "1") == 1


def test_edit_keeps_history_and_cannot_strand_check_ins(workspace):
    (pid,) = _people(workspace, 1)
    tid = workspace.trainings.add("Lớp A", "training", "2026-03-02", "2026-03-04", cost=1000)
    workspace.trainings.attend(tid, [pid], "2026-03-04")
    edited = workspace.trainings.edit(tid, title="Lớp A (sửa)", cost=2000)
    assert (edited.title, edited.cost) == ("Lớp A (sửa)", 2000)
    (old,) = workspace.trainings.history(tid)
    assert (old["title"], old["cost"]) == ("Lớp A", 1000)
    with pytest.raises(ValidationError) as caught:
        workspace.trainings.edit(tid, end_date="2026-03-03")
    assert caught.value.code == "training-dates-exclude-attendance"
    with pytest.raises(ValidationError) as caught:
        workspace.trainings.edit(tid, start_date="2026-03-05")
    assert caught.value.code == "training-dates-reversed"
    assert workspace.trainings.get(tid).end_date == "2026-03-04"


def test_list_by_period_includes_trainings_that_overlap_it(workspace):
    a = workspace.trainings.add("Tháng 6", "training", "2026-06-29", "2026-07-02")
    b = workspace.trainings.add("Tháng 3", "training", "2026-03-01")
    c = workspace.trainings.add("Năm trước", "training", "2025-12-01")
    assert [t.id for t in workspace.trainings.list("2026-H1")] == [a, b]
    assert [t.id for t in workspace.trainings.list("2026-H2")] == [a]
    assert {t.id for t in workspace.trainings.list()} == {a, b, c}
    workspace.trainings.delete(c)
    assert {t.id for t in workspace.trainings.list()} == {a, b}


def test_attach_the_signed_sheet(workspace, tmp_path):
    tid = workspace.trainings.add("Lớp A", "training", "2026-03-02")
    scan = tmp_path / "ky-ten.jpg"
    scan.write_bytes(b"\xff\xd8\xff fake jpeg bytes")
    sha = workspace.trainings.attach_sheet(tid, scan)
    assert workspace.trainings.get(tid).sheet_hash == sha and workspace.media.has(sha)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError):
        workspace.trainings.attach_sheet(tid, empty)
