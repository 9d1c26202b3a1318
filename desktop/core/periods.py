"""Reporting periods (kỳ báo cáo): `2026`, `2026-H1`, `2026-H2`, `2026-Q3`, `2026-01-01..2026-06-20`.

Every list filter and every report takes a period in this text form and turns it into an
inclusive (start, end) pair of dates here, so the CLI, the UI and the reports agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .errors import ValidationError

_YEAR = re.compile(r"^(\d{4})$")
_HALF = re.compile(r"^(\d{4})-H([12])$", re.IGNORECASE)
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$", re.IGNORECASE)
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")
MIN_YEAR, MAX_YEAR = 1900, 9998


@dataclass(frozen=True)
class Period:
    """An inclusive range of days with the text it was written as."""

    start: date
    end: date
    label: str

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def bounds(self) -> tuple[str, str]:
        """ISO texts for SQL: `day >= start AND day <= end`."""
        return self.start.isoformat(), self.end.isoformat()

    def time_bounds(self) -> tuple[str, str]:
        """ISO texts for timestamp columns: `at >= lo AND at < hi` (hi is the next day)."""
        return self.start.isoformat(), (self.end + timedelta(days=1)).isoformat()


def _date(text: str, original: str) -> date:
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError as exc:
        raise ValidationError("period-invalid", field="period", value=original) from exc


def _year(text: str, original: str) -> int:
    year = int(text)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError("period-invalid", field="period", value=original)
    return year


def parse_period(text: str) -> Period:
    """Parse a period's text; raises ValidationError("period-invalid") for anything else."""
    raw = (text or "").strip()
    if m := _YEAR.match(raw):
        year = _year(m[1], text)
        return Period(date(year, 1, 1), date(year, 12, 31), raw)
    if m := _HALF.match(raw):
        year = _year(m[1], text)
        if m[2] == "1":
            return Period(date(year, 1, 1), date(year, 6, 30), f"{year}-H1")
        return Period(date(year, 7, 1), date(year, 12, 31), f"{year}-H2")
    if m := _QUARTER.match(raw):
        year, quarter = _year(m[1], text), int(m[2])
        start = date(year, 3 * quarter - 2, 1)
        end = (date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)) - timedelta(days=1)
        return Period(start, end, f"{year}-Q{quarter}")
    if m := _RANGE.match(raw):
        start, end = _date(m[1], text), _date(m[2], text)
        if end < start:
            raise ValidationError("period-reversed", field="period", value=text)
        return Period(start, end, raw)
    raise ValidationError("period-invalid", field="period", value=text)


def optional_period(text: str | None) -> Period | None:
    """parse_period, or None when no period was given."""
    return parse_period(text) if text else None


def year_period(year: int) -> Period:
    """The calendar year as a period."""
    return parse_period(str(year))
