"""Reporting periods: every form CLI.md lists, and bad input as a ValidationError."""

from datetime import date

import pytest

from desktop.core.errors import ValidationError
from desktop.core.periods import optional_period, parse_period
from desktop.messages import MESSAGES


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2026", date(2026, 1, 1), date(2026, 12, 31)),
    ("2026-H1", date(2026, 1, 1), date(2026, 6, 30)),
    ("2026-H2", date(2026, 7, 1), date(2026, 12, 31)),
    ("2026-h2", date(2026, 7, 1), date(2026, 12, 31)),
    ("2026-Q1", date(2026, 1, 1), date(2026, 3, 31)),
    ("2024-Q1", date(2024, 1, 1), date(2024, 3, 31)),
    ("2026-Q2", date(2026, 4, 1), date(2026, 6, 30)),
    ("2026-Q3", date(2026, 7, 1), date(2026, 9, 30)),
    ("2026-Q4", date(2026, 10, 1), date(2026, 12, 31)),
    ("2026-01-01..2026-06-20", date(2026, 1, 1), date(2026, 6, 20)),
    ("2026-06-20..2026-06-20", date(2026, 6, 20), date(2026, 6, 20)),
    (" 2026 ", date(2026, 1, 1), date(2026, 12, 31)),
])
def test_parses_every_form(text, start, end):
    period = parse_period(text)
    assert (period.start, period.end) == (start, end)
    assert period.contains(start) and period.contains(end)
    assert period.bounds() == (start.isoformat(), end.isoformat())


def test_time_bounds_end_on_the_next_day():
    assert parse_period("2026-H1").time_bounds() == ("2026-01-01", "2026-07-01")
    assert parse_period("2026-Q4").days == 92


@pytest.mark.parametrize("text", [
    "", "26", "2026-H3", "2026-Q5", "2026-Q0", "2026-13", "H1-2026", "2026-02-30..2026-03-01",
    "2026-01-01..", "2026-01-01...2026-02-01", "0999", "2026-01-01 .. 2026-02-01", "năm 2026",
])
def test_bad_input_is_a_validation_error(text):
    with pytest.raises(ValidationError) as caught:
        parse_period(text)
    assert caught.value.code == "period-invalid"
    assert caught.value.field == "period"


def test_a_reversed_range_says_so():
    with pytest.raises(ValidationError) as caught:
        parse_period("2026-06-20..2026-01-01")
    assert caught.value.code == "period-reversed"
    assert {"period-invalid", "period-reversed"} <= set(MESSAGES)


def test_optional_period():
    assert optional_period(None) is None
    assert optional_period("") is None
    assert optional_period("2026").label == "2026"
