"""Report due dates: 20/6 and 15/12 by default, configurable, reminded 30 days ahead."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core import report_dates
from desktop.core.errors import ValidationError


def test_defaults_and_the_30_day_window(workspace):
    store = workspace.store
    assert report_dates.due_settings(store) == {"h1": "06-20", "year": "12-15"}
    assert report_dates.due_reports(store, date(2026, 4, 1)) == []
    due = report_dates.due_reports(store, date(2026, 6, 1))
    assert [(r.period, r.due, r.days_left) for r in due] == [("2026-H1", date(2026, 6, 20), 19)]
    assert due[0].title() == "Báo cáo 6 tháng đầu năm 2026"
    late = report_dates.due_reports(store, date(2026, 6, 25))
    assert late[0].overdue and late[0].days_left == -5
    annual = report_dates.due_reports(store, date(2026, 11, 20))
    assert [r.period for r in annual] == ["2026"] and annual[0].title("en") == "Annual report 2026"


def test_settings_change_the_dates_and_an_export_ends_the_reminder(workspace):
    store = workspace.store
    report_dates.set_due(store, "h1", "7-5")
    assert report_dates.due_settings(store)["h1"] == "07-05"
    assert report_dates.due_reports(store, date(2026, 6, 10))[0].due == date(2026, 7, 5)
    report_dates.mark_done(store, "2026-H1")
    assert report_dates.due_reports(store, date(2026, 6, 10)) == []
    with pytest.raises(ValidationError):
        report_dates.set_due(store, "h1", "13-40")
    assert report_dates.is_report_period("2026-H1") and report_dates.is_report_period("2026")
    assert not report_dates.is_report_period("2026-Q2")
