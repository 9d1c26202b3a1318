"""The demo data set: the counts it reports are the rows it made, and running it again
neither duplicates check-ins nor re-imports the seed documents."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core import demo
from desktop.core.paths import Paths

TODAY = date(2026, 3, 15)
SMALL = demo.DemoSizes(materials=7, visits=60, trainings=3, participants=25, seed=7)


@pytest.fixture
def ws(paths: Paths):
    workspace = demo.open_or_create(paths)
    yield workspace
    workspace.close()


def stored_media(ws) -> list:
    return sorted(p for p in ws.paths.media.rglob("*") if p.is_file() and p.parent != ws.paths.media_tmp)


def live_counts(ws) -> dict[str, int]:
    return {t: ws.store.count(t) for t in ("material", "participant", "training", "attendance",
                                           "visit", "material_use", "feedback", "plan_target")}


def test_a_new_demo_folder_is_a_demo_point_with_its_accounts(ws):
    assert ws.point.is_demo
    assert ws.point.code == demo.DEMO_CODE
    for username, password, role in demo.DEMO_USERS:
        assert ws.accounts.login(username, password).role == role


def test_generate_makes_exactly_what_it_reports(ws):
    made = demo.generate(ws, SMALL, today=TODAY)
    assert made == live_counts(ws)
    assert (made["material"], made["participant"], made["training"], made["visit"]) == (7, 25, 3, 60)
    assert made["attendance"] > 0 and made["material_use"] > 0
    # Every generated material has a file whose bytes are in the media store.
    hashes = [r[0] for r in ws.store.query("SELECT media_hash FROM material_file")]
    assert len(hashes) == 7 and all(ws.media.verify(h) for h in hashes)
    # Visits fall in the year before "today", and the home page has something to show.
    first, last = ws.store.query("SELECT min(day), max(day) FROM visit")[0]
    assert "2025-03-15" <= first <= last <= TODAY.isoformat()


def test_attendance_ids_are_deterministic_so_a_rerun_adds_no_duplicate_check_ins(ws):
    first = demo.generate(ws, SMALL, today=TODAY)
    ids = {r[0] for r in ws.store.query("SELECT id FROM attendance")}
    again = demo.generate(ws, SMALL, today=TODAY)
    assert {r[0] for r in ws.store.query("SELECT id FROM attendance")} == ids
    assert ws.store.count("attendance") == first["attendance"]
    assert (again["attendance"], again["participant"], again["training"], again["material"]) == (0, 0, 0, 0)
    # New activity is still added: visits are events, each one new.
    assert ws.store.count("visit") == first["visit"] + again["visit"] == 2 * SMALL.visits
    assert ws.store.count("plan_target") == first["plan_target"]


def test_the_same_check_in_made_on_two_copies_has_the_same_id(tmp_path):
    copies = [demo.open_or_create(Paths(tmp_path / name)) for name in ("pc-1", "pc-2")]
    try:
        for ws in copies:
            demo.generate(ws, SMALL, today=TODAY)
        first, second = ({r[0] for r in ws.store.query("SELECT id FROM attendance")} for ws in copies)
        assert first == second and first
    finally:
        for ws in copies:
            ws.close()


def test_seed_documents_are_imported_once_even_when_asked_twice(ws):
    first = demo.import_seed_documents(ws)
    stored = stored_media(ws)
    second = demo.import_seed_documents(ws)
    assert len(first) == 4 and len(set(first)) == 4
    assert second == first
    assert ws.store.count("material") == 4
    assert ws.store.count("material_file") == 4
    assert stored_media(ws) == stored and len(stored) == 4
    titles = [r[0] for r in ws.store.query("SELECT title FROM material ORDER BY title")]
    assert all(titles) and len(set(titles)) == 4
    origins = {r[0] for r in ws.store.query("SELECT origin FROM material")}
    assert origins == {"province"}  # the province's plan documents, not the point's own


def test_demo_keeps_an_existing_points_identity(paths):
    from desktop.core.workspace import Workspace

    Workspace.create(paths, "XA-03325", "Điểm hỗ trợ xã Mường Phăng").close()
    with demo.open_or_create(paths) as ws:
        demo.generate(ws, SMALL, today=TODAY)
        assert ws.point.code == "XA-03325"
        assert not ws.point.is_demo
        assert {r[0] for r in ws.store.query("SELECT DISTINCT origin FROM visit")} == {"XA-03325"}
