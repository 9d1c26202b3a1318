"""Visits: quick entry with validation, defaults, undo, history, and a paged list that reads indexes."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop.core.errors import NotFound, ValidationError
from desktop.core.paths import Paths
from desktop.core.visits import Visits
from desktop.core.workspace import Workspace
from desktop.messages import MESSAGES, message

NOW = datetime.now().replace(microsecond=0)


def test_add_stores_a_visit_and_remembers_village_and_ethnicity(workspace):
    visits = workspace.visits
    assert visits.defaults().village is None
    vid = visits.add(["info", "public-service", "info"], sex="female", age_band="31-45",
                     ethnicity="3", village="  Bản  Khá ", duration_min="15", note="Làm căn cước")
    visit = visits.get(vid)
    assert visit.purposes == ("info", "public-service")
    assert (visit.sex, visit.age_band, visit.ethnicity, visit.village) == ("female", "31-45", "03", "Bản Khá")
    assert visit.assisted and visit.duration_min == 15 and visit.day == visit.visited_at[:10]
    assert abs(datetime.fromisoformat(visit.visited_at) - datetime.now()) < timedelta(minutes=1)
    assert visits.defaults().village == "Bản Khá" and visits.defaults().ethnicity == "03"
    assert visits.count() == 1 and visits.count(purpose="public-service") == 1
    assert workspace.store.get("visit", vid)["purposes"] == "info,public-service"


def test_a_later_time_and_other_with_a_note(workspace):
    when = NOW - timedelta(days=3)
    vid = workspace.visits.add(["other"], purpose_note="In giấy tờ", visited_at=when.isoformat())
    visit = workspace.visits.get(vid)
    assert visit.visited_at == when.isoformat() and visit.purpose_note == "In giấy tờ"
    assert [v.id for v in workspace.visits.today(when.date())] == [vid]
    assert workspace.visits.today() == []


@pytest.mark.parametrize(("fields", "code", "field"), [
    ({"purposes": []}, "purpose-missing", "purposes"),
    ({"purposes": ["shopping"]}, "purpose-unknown", "purposes"),
    ({"purposes": ["other"]}, "purpose-note-missing", "purpose_note"),
    ({"purposes": ["info"], "sex": "f"}, "sex-unknown", "sex"),
    ({"purposes": ["info"], "age_band": "10-20"}, "age-band-unknown", "age_band"),
    ({"purposes": ["info"], "ethnicity": "99"}, "ethnicity-unknown", "ethnicity"),
    ({"purposes": ["info"], "ethnicity": "Thái"}, "ethnicity-unknown", "ethnicity"),
    ({"purposes": ["info"], "duration_min": -5}, "duration-invalid", "duration_min"),
    ({"purposes": ["info"], "duration_min": "mười"}, "duration-invalid", "duration_min"),
    ({"purposes": ["info"], "note": "x" * 2001}, "too-long", "note"),
    ({"purposes": ["info"], "village": "B" * 101}, "too-long", "village"),
    ({"purposes": ["info"], "visited_at": "2026-02-30T10:00"}, "visit-time-invalid", "visited_at"),
    ({"purposes": ["info"], "visited_at": (NOW + timedelta(days=1)).isoformat()}, "visit-in-future",
     "visited_at"),
])
def test_bad_input_names_the_field_and_saves_nothing(workspace, fields, code, field):
    seq = workspace.store.max_seq()
    with pytest.raises(ValidationError) as caught:
        workspace.visits.add(**fields)
    assert (caught.value.code, caught.value.field) == (code, field)
    assert code in MESSAGES
    assert "{" not in message(code, "vi", **caught.value.params)
    assert workspace.store.count("visit", "1") == 0
    assert workspace.store.max_seq() == seq
    assert workspace.visits.defaults().village is None


def test_undo_last_takes_back_this_sessions_entries_newest_first(workspace):
    visits = workspace.visits
    first, second = visits.add(["info"]), visits.add(["health"])
    assert visits.undo_last() == second
    visits.delete(first)
    assert visits.undo_last() is None  # the only other entry was already deleted
    assert visits.count() == 0 and not visits.can_undo
    assert workspace.store.get("visit", second)["deleted"] == 1  # tombstone, kept for sync


def test_a_new_session_cannot_undo_the_previous_one(workspace):
    workspace.visits.add(["info"])
    assert Visits(workspace.store).undo_last() is None


def test_edit_keeps_the_old_version_retrievable(workspace):
    visits = workspace.visits
    vid = visits.add(["info"], sex="male", village="Bản Khá")
    before = workspace.store.get("visit", vid)
    edited = visits.edit(vid, purposes=["legal", "health"], sex="female")
    assert edited.purposes == ("legal", "health") and edited.sex == "female"
    after = workspace.store.get("visit", vid)
    assert after["hlc"] > before["hlc"] and after["seq"] > before["seq"]
    (old,) = visits.history(vid)
    assert (old["purposes"], old["sex"], old["hlc"]) == ("info", "male", before["hlc"])
    visits.edit(vid, village="Bản Co Mận")
    assert [v["village"] for v in visits.history(vid)] == ["Bản Khá", "Bản Khá"]
    assert visits.count(purpose="info") == 0 and visits.count(purpose="legal") == 1


def test_a_bad_edit_changes_nothing(workspace):
    vid = workspace.visits.add(["info"])
    with pytest.raises(ValidationError):
        workspace.visits.edit(vid, purposes=["other"])
    assert workspace.visits.get(vid).purposes == ("info",) and workspace.visits.history(vid) == []
    with pytest.raises(NotFound):
        workspace.visits.edit("nope", sex="male")


def test_delete_is_a_tombstone_and_restore_brings_it_back(workspace):
    vid = workspace.visits.add(["info"])
    workspace.visits.delete(vid)
    assert workspace.visits.count() == 0 and workspace.visits.page(0, 10) == []
    assert workspace.visits.get(vid).deleted
    workspace.visits.restore(vid)
    assert workspace.visits.count() == 1
    with pytest.raises(NotFound):
        workspace.visits.delete("no-such-visit")


def test_villages_offers_the_most_used_first(workspace):
    for village in ["Bản Khá", "Bản Co", "Bản Khá"]:
        workspace.visits.add(["info"], village=village)
    assert workspace.visits.villages() == ["Bản Khá", "Bản Co"]


# -- a big list --------------------------------------------------------------------------
ROWS = 200_000
PURPOSES = ["info", "public-service", "agriculture", "health", "legal"]


def _generated(n: int) -> dict:
    start = datetime(2025, 1, 1, 7, 0)
    when = start + timedelta(minutes=3 * n)
    purposes = [PURPOSES[n % 5]] + (["legal"] if n % 7 == 0 and n % 5 != 4 else [])
    return {"id": f"v{n:07d}", "visited_at": when.isoformat(timespec="seconds"),
            "day": when.date().isoformat(), "purposes": ",".join(purposes),
            "deleted": 1 if n % 97 == 0 else 0}


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    paths = Paths(tmp_path_factory.mktemp("big") / "point")
    ws = Workspace.create(paths, "XA-BIG", "Điểm lớn")
    ws.store.insert_many("visit", (_generated(n) for n in range(ROWS)))
    yield ws
    ws.close()


def _expected(period: tuple[str, str] | None = None, purpose: str | None = None) -> list[str]:
    rows = [_generated(n) for n in range(ROWS)]
    rows = [r for r in rows if not r["deleted"]]
    if period:
        rows = [r for r in rows if period[0] <= r["day"] <= period[1]]
    if purpose:
        rows = [r for r in rows if purpose in r["purposes"].split(",")]
    rows.sort(key=lambda r: (r["visited_at"], r["id"]), reverse=True)
    return [r["id"] for r in rows]


@pytest.mark.parametrize(("period", "purpose"), [
    (None, None), ("2025-H2", None), (None, "legal"), ("2025-Q3", "health"),
    ("2025-03-01..2025-03-31", None),
])
def test_pages_and_counts_over_200k_visits_are_right(big, period, purpose):
    from desktop.core.periods import parse_period

    bounds = parse_period(period).bounds() if period else None
    expected = _expected(bounds, purpose)
    visits = big.visits
    assert visits.count(period, purpose) == len(expected)
    for offset in (0, 1, 999, len(expected) // 2, len(expected) - 50):
        got = [v.id for v in visits.page(offset, 100, period, purpose)]
        assert got == expected[offset:offset + 100]
    assert visits.page(len(expected), 100, period, purpose) == []
    # Keyset paging reaches the same rows without an offset.
    first = visits.page_after(None, 300, period, purpose)
    second = visits.page_after(first[-1], 300, period, purpose)
    assert [v.id for v in first + second] == expected[:600]


def test_the_list_queries_read_indexes_not_the_table(big):
    store = big.store
    plans = {
        "page": "SELECT * FROM visit WHERE deleted = 0 AND visited_at >= ? AND visited_at < ? "
                "ORDER BY visited_at DESC, id DESC LIMIT 100 OFFSET 0",
        "page-purpose": "SELECT v.* FROM visit_purpose vp JOIN visit v ON v.id = vp.visit_id "
                        "WHERE vp.purpose = ? ORDER BY vp.visited_at DESC, vp.visit_id DESC LIMIT 100",
        "count": "SELECT coalesce(sum(n), 0) FROM visit_tally WHERE purpose = ? AND day >= ? AND day <= ?",
    }
    params = {"page": ["2025-01-01", "2026-01-01"], "page-purpose": ["legal"],
              "count": ["*", "2025-01-01", "2025-12-31"]}
    for name, sql in plans.items():
        plan = " | ".join(r[3] for r in store.query(f"EXPLAIN QUERY PLAN {sql}", params[name]))
        assert "USING" in plan and "TEMP B-TREE" not in plan, (name, plan)
    assert "visit_live_at" in " ".join(
        r[3] for r in store.query(f"EXPLAIN QUERY PLAN {plans['page']}", params["page"]))


def test_the_trigger_kept_index_matches_a_rebuild(big):
    store = big.store
    day_tally = "SELECT * FROM visit_day_tally WHERE n > 0 ORDER BY 1, 2, 3, 4, 5"
    before = ([tuple(r) for r in store.query("SELECT * FROM visit_purpose ORDER BY 1, 2, 3")],
              [tuple(r) for r in store.query("SELECT * FROM visit_tally WHERE n > 0 ORDER BY 1, 2")],
              [tuple(r) for r in store.query(day_tally)])
    big.visits.rebuild_index()
    after = ([tuple(r) for r in store.query("SELECT * FROM visit_purpose ORDER BY 1, 2, 3")],
             [tuple(r) for r in store.query("SELECT * FROM visit_tally WHERE n > 0 ORDER BY 1, 2")],
             [tuple(r) for r in store.query(day_tally)])
    assert before == after


def test_today_lists_only_the_day(workspace):
    yesterday = NOW - timedelta(days=1)
    workspace.visits.add(["info"], visited_at=yesterday)
    ids = [workspace.visits.add(["health"]) for _ in range(3)]
    assert {v.id for v in workspace.visits.today()} == set(ids)
    assert len(workspace.visits.today(date.today() - timedelta(days=1))) == 1
