"""Creating and opening a point's data folder, and the figures the home page shows."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from desktop.core.errors import StoreError, ValidationError
from desktop.core.paths import Paths
from desktop.core.workspace import Workspace

from .rows import make_row

TODAY = date(2026, 3, 15)


def test_create_records_the_point_and_opens_again(paths):
    ws = Workspace.create(paths, "xa-03325", "  Điểm hỗ trợ xã Mường Phăng ", "11", "03325")
    ws.close()
    with Workspace.open(paths) as ws:
        point = ws.point
        assert (point.code, point.name) == ("XA-03325", "Điểm hỗ trợ xã Mường Phăng")
        assert (point.province_code, point.commune_code, point.is_demo) == ("11", "03325", False)
        assert ws.store.origin == "XA-03325"
        assert ws.counts() == dict.fromkeys(ws.counts(), 0)
    for folder in (paths.media, paths.logs, paths.backups, paths.exports):
        assert folder.is_dir()


def test_a_decomposed_name_is_stored_composed(paths):
    typed = unicodedata.normalize("NFD", "Điểm hỗ trợ xã Mường Phăng")
    with Workspace.create(paths, "XA-1", typed) as ws:
        assert ws.point.name == unicodedata.normalize("NFC", typed)
        assert ws.point.name != typed


@pytest.mark.parametrize("code", ["", "X", "XÃ-03325", "XA 03325", "-XA", "X" * 33, "XA/1"])
def test_a_bad_point_code_is_refused_and_nothing_is_created(paths, code):
    with pytest.raises(ValidationError) as err:
        Workspace.create(paths, code, "Điểm hỗ trợ")
    assert (err.value.code, err.value.field) == ("point-code-invalid", "code")
    assert not paths.root.exists()


@pytest.mark.parametrize("name", ["", "   ", None])
def test_a_missing_name_is_refused(paths, name):
    with pytest.raises(ValidationError) as err:
        Workspace.create(paths, "XA-1", name)
    assert (err.value.code, err.value.field) == ("point-name-missing", "name")
    assert not paths.exists()


def test_unknown_province_and_commune_codes_are_refused(paths):
    with pytest.raises(ValidationError) as err:
        Workspace.create(paths, "XA-1", "Điểm", province_code="99")
    assert (err.value.code, err.value.field) == ("province-unknown", "province")
    with pytest.raises(ValidationError) as err:
        Workspace.create(paths, "XA-1", "Điểm", province_code="11", commune_code="99999")
    assert (err.value.code, err.value.field) == ("commune-unknown", "commune")
    assert not paths.exists()


def test_an_existing_point_is_never_created_over(workspace):
    add = workspace.store.insert("visit", make_row(workspace.store, "visit"))
    with pytest.raises(StoreError) as err:
        Workspace.create(workspace.paths, "XA-99999", "Another point")
    assert err.value.code == "already-exists"
    assert workspace.point.code == "XA-03325"
    assert workspace.store.get("visit", add) is not None


def test_opening_a_folder_without_a_point_says_so(tmp_path):
    paths = Paths(tmp_path / "empty")
    with pytest.raises(StoreError) as err:
        Workspace.open(paths)
    assert err.value.code == "no-database"
    assert not paths.exists()


def visit_on(ws: Workspace, day: date, deleted: bool = False) -> None:
    row_id = ws.store.insert("visit", {**make_row(ws.store, "visit"), "day": day.isoformat(),
                                       "visited_at": f"{day.isoformat()}T09:00"})
    if deleted:
        ws.store.tombstone("visit", row_id)


def test_home_figures_count_what_was_recorded(workspace):
    ws = workspace
    for _ in range(3):
        visit_on(ws, TODAY)
    visit_on(ws, TODAY, deleted=True)  # tombstoned: not counted
    for day in (date(2026, 3, 1), date(2026, 3, 14)):
        visit_on(ws, day)
    for day in (date(2026, 2, 28), date(2025, 3, 15), date(2026, 3, 16)):  # other months, tomorrow
        visit_on(ws, day)
    for start in ("2026-01-05", "2026-03-10", "2025-12-20"):
        ws.store.insert("training", {**make_row(ws.store, "training"), "start_date": start,
                                     "end_date": start})
    for status in ("new", "sent", "answered"):
        ws.store.insert("feedback", {**make_row(ws.store, "feedback"), "status": status})
    material_count = ws.store.count("material")  # made as parents of nothing here: zero
    participants = ws.store.count("participant")

    figures = ws.home_figures(today=TODAY)

    assert figures == {
        "materials": material_count, "visits_today": 3, "visits_month": 5, "trainings_year": 2,
        "participants": participants, "feedback_open": 2, "last_sync": None,
    }


def test_status_reports_counts_and_sequence(workspace):
    for _ in range(4):
        visit_on(workspace, TODAY)
    status = workspace.status()
    assert status["point"] == {"code": "XA-03325", "name": "Điểm hỗ trợ xã Mường Phăng",
                               "province": "11", "commune": "03325", "demo": False}
    assert status["counts"]["visit"] == 4
    assert status["local_seq"] == workspace.store.max_seq() > 0
    assert (status["acknowledged_seq"], status["last_sync"], status["enrolled"]) == (0, None, False)
