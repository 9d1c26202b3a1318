"""The activity commands through the real CLI: shapes of --json, exit codes, one-line errors."""

from __future__ import annotations

import unicodedata

import pytest
from pypdf import PdfReader


@pytest.fixture
def point(cli):
    result = cli("init", "--point", "XA-03325", "--name", "Điểm hỗ trợ xã Mường Phăng")
    assert result.code == 0, result.err
    return cli


def test_visit_add_list_delete(point):
    added = point("visit", "add", "--purpose", "info", "--purpose", "public-service", "--sex", "female",
                  "--age-band", "31-45", "--ethnicity", "03", "--village", "Bản Khá", "--json")
    assert added.code == 0, added.err
    visit = added.json()
    assert visit["purposes"] == ["info", "public-service"] and visit["village"] == "Bản Khá"
    point("visit", "add", "--purpose", "health", "--json")
    listed = point("visit", "list", "--json")
    assert listed.code == 0 and listed.err == ""
    rows = listed.json()
    assert len(rows) == 2 and visit["id"] in {r["id"] for r in rows}
    assert point("visit", "list", "--period", "2000", "--json").json() == []
    assert len(point("visit", "list", "--purpose", "health", "--json").json()) == 1
    assert len(point("visit", "list", "--limit", "1", "--json").json()) == 1
    deleted = point("visit", "delete", visit["id"], "--json")
    assert deleted.code == 0 and deleted.json() == {"id": visit["id"], "deleted": True}
    assert len(point("visit", "list", "--json").json()) == 1
    human = point("visit", "list")
    assert human.code == 0 and "health" in human.out


@pytest.mark.parametrize(("args", "needle_vi", "needle_en"), [
    (["visit", "add", "--purpose", "shopping"], "không có trong danh mục", "not in the list"),
    (["visit", "add", "--purpose", "other"], "ghi rõ", "write what"),
    (["visit", "add", "--purpose", "info", "--ethnicity", "77"], "Mã dân tộc", "Ethnicity code"),
    (["visit", "list", "--period", "2026-H3"], "Kỳ", "period"),
    (["participant", "add", "--name", "Lò Văn Pánh", "--sex", "male", "--birth-year", "2999"],
     "Năm sinh", "Birth year"),
    (["participant", "add", "--name", "Lò Văn Pánh", "--sex", "nam", "--birth-year", "1980"],
     "Giới tính", "Sex"),
    (["participant", "add", "--name", "A" * 201, "--sex", "male", "--birth-year", "1980"],
     "quá dài", "too long"),
    (["training", "add", "--title", "Lớp", "--kind", "training", "--start", "2026-03-04", "--end",
      "2026-03-02"], "đứng trước ngày bắt đầu", "before the start date"),
    (["training", "add", "--title", "Lớp", "--kind", "party", "--start", "2026-03-04"], "Loại hình", "Kind"),
    (["training", "add", "--title", "Lớp", "--kind", "training", "--start", "04/03/2026"], "Ngày", "date"),
    (["training", "show", "no-such-training"], "Không tìm thấy", "not found"),
    (["feedback", "add", "x" * 2001], "quá dài", "too long"),
    (["target", "set", "--year", "2026", "--indicator", "happiness", "--value", "1"], "Chỉ tiêu", "Indicator"),
])
def test_bad_input_exits_1_with_one_line_in_the_chosen_language(point, args, needle_vi, needle_en):
    vi = point(*args, "--json")
    assert vi.code == 1 and vi.out == ""
    assert len(vi.err.strip().splitlines()) == 1 and needle_vi in vi.err and "Traceback" not in vi.err
    en = point("--lang", "en", *args)
    assert en.code == 1 and needle_en in en.err
    assert point("status", "--json").json()["counts"]["visit"] == 0


def test_usage_errors_exit_2(point):
    assert point("visit", "add").code == 2
    assert point("participant", "add", "--name", "A").code == 2
    assert point("training", "attend", "only-training").code == 2
    assert point("training", "sheet", "t1").code == 2  # -o is required


def test_participant_training_attendance_and_sheet(point, tmp_path):
    names = ["Lò Văn Pánh", "Quàng Thị Xuân", "Đinh Thị Ênh", "Hơ Ĕn Niê"]
    ids = []
    for n, name in enumerate(names):
        result = point("participant", "add", "--name", name, "--sex", "female" if n % 2 else "male",
                       "--birth-year", str(1970 + n), "--ethnicity", "03", "--village", "Bản Khá",
                       "--group", "respected-person", "--consent", "--json")
        assert result.code == 0, result.err
        assert list(result.json()) == ["id"]
        ids.append(result.json()["id"])
    dup = point("participant", "add", "--name", "lo van panh", "--sex", "male", "--birth-year", "1970")
    assert dup.code == 0 and ("trùng" in dup.err)
    people = point("participant", "list", "--json").json()
    assert {p["full_name"] for p in people} >= set(names)
    found = point("participant", "search", "ĐINH", "--json").json()
    assert [p["id"] for p in found] == [ids[2]]

    training = point("training", "add", "--title", "Bồi dưỡng kỹ năng số", "--kind", "training",
                     "--start", "2026-03-02", "--end", "2026-03-04", "--place", "Nhà văn hóa", "--json")
    assert training.code == 0, training.err
    tid = training.json()["id"]
    first = point("training", "attend", tid, *ids, "--day", "2026-03-03", "--json")
    assert first.code == 0 and sorted(first.json()["added"]) == sorted(ids) and first.json()["already"] == []
    again = point("training", "attend", tid, *ids[:2], "--day", "2026-03-03", "--json")
    assert again.code == 0 and again.json()["added"] == [] and sorted(again.json()["already"]) == sorted(ids[:2])
    outside = point("training", "attend", tid, ids[0], "--day", "2026-03-09")
    assert outside.code == 1 and "ngoài thời gian" in outside.err
    which_day = point("training", "attend", tid, ids[0])
    assert which_day.code == 1 and "--day" in which_day.err

    shown = point("training", "show", tid, "--json").json()
    assert shown["id"] == tid and [d["count"] for d in shown["days"]] == [0, 4, 0]
    assert {p["full_name"] for p in shown["days"][1]["participants"]} == set(names)
    listed = point("training", "list", "--period", "2026-Q1", "--json").json()
    assert [t["id"] for t in listed] == [tid]
    assert point("training", "list", "--period", "2026-Q2", "--json").json() == []

    pdf = tmp_path / "ky-ten.pdf"
    sheet = point("training", "sheet", tid, "-o", str(pdf))
    assert sheet.code == 0, sheet.err
    text = unicodedata.normalize("NFC", "".join(p.extract_text() for p in PdfReader(pdf).pages))
    for name in names:
        assert text.count(name) == 3  # one sheet per day
    one_day = tmp_path / "ngay-2.pdf"
    assert point("training", "sheet", tid, "-o", str(one_day), "--day", "2026-03-03").code == 0
    assert len(PdfReader(one_day).pages) == 1

    erased = point("participant", "erase", ids[0], "--json")
    assert erased.code == 0 and erased.json() == {"id": ids[0], "erased": True, "attendance_kept": 1}
    assert point("participant", "erase", ids[0]).code == 1


def test_feedback_and_targets(point):
    added = point("feedback", "add", "Bà con mong có lớp dạy bán hàng trên mạng.", "--topic", "e-commerce",
                  "--json")
    assert added.code == 0 and list(added.json()) == ["id"]
    listed = point("feedback", "list", "--json").json()
    assert listed[0]["status"] == "new" and listed[0]["answer"] is None
    assert listed[0]["text"] == "Bà con mong có lớp dạy bán hàng trên mạng."
    anonymous_only = point("feedback", "add", "Ý kiến", "--author", "Lò Văn Pánh")
    assert anonymous_only.code == 1
    target = point("target", "set", "--year", "2026", "--indicator", "visits-served", "--value", "2000", "--json")
    assert target.code == 0 and target.json()["target"] == 2000
    progress = {r["indicator"]: r for r in point("target", "show", "--year", "2026", "--json").json()}
    assert progress["visits-served"]["target"] == 2000
