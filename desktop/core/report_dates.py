"""When the period reports are due (hạn nộp báo cáo): 6-month by 20 June, annual by 15 December.

The dates are settings, not code (plans change them): meta keys `report_due_h1` and
`report_due_year` hold "MM-DD". The half-year report covers January to June, the annual
report the calendar year; both are due in the year they cover.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .errors import ValidationError
from .store import Store

DUE_KEYS = {"h1": "report_due_h1", "year": "report_due_year"}
DEFAULT_DUE = {"h1": "06-20", "year": "12-15"}
REMIND_DAYS = 30
OVERDUE_DAYS = 60  # an overdue report stops being reminded two months after its date
TITLES = {"h1": ("Báo cáo 6 tháng đầu năm {year}", "Half-year report {year}"),
          "year": ("Báo cáo năm {year}", "Annual report {year}")}


@dataclass(frozen=True)
class DueReport:
    """A report whose due date is near (or just passed)."""

    kind: str  # "h1" or "year"
    period: str  # "2026-H1" or "2026"
    due: date
    days_left: int  # negative when overdue

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    def title(self, lang: str = "vi") -> str:
        vi, en = TITLES[self.kind]
        return (en if lang == "en" else vi).format(year=self.period[:4])


def _month_day(text: str) -> tuple[int, int]:
    try:
        month, day = (int(x) for x in text.strip().split("-"))
        date(2024, month, day)  # a leap year, so 02-29 is accepted
    except (ValueError, AttributeError):
        raise ValidationError("report-due-invalid", field="due", value=text) from None
    return month, day


def due_settings(store: Store) -> dict[str, str]:
    """kind -> "MM-DD" (the saved setting or the default)."""
    return {kind: store.get_meta(key) or DEFAULT_DUE[kind] for kind, key in DUE_KEYS.items()}


def set_due(store: Store, kind: str, month_day: str) -> None:
    """Save a report's due date as "MM-DD" (e.g. set_due(store, "h1", "06-20"))."""
    if kind not in DUE_KEYS:
        raise ValidationError("report-due-invalid", field="kind", value=kind)
    month, day = _month_day(month_day)
    store.set_meta(DUE_KEYS[kind], f"{month:02d}-{day:02d}")


def _due_date(year: int, month_day: str) -> date:
    month, day = _month_day(month_day)
    if (month, day) == (2, 29):
        try:
            return date(year, 2, 29)
        except ValueError:
            return date(year, 2, 28)
    return date(year, month, day)


def due_reports(store: Store, today: date | None = None) -> list[DueReport]:
    """Reports due within the next 30 days or overdue (by up to 60 days), soonest first."""
    today = today or date.today()
    settings = due_settings(store)
    found = []
    for year in (today.year - 1, today.year, today.year + 1):
        for kind, period in (("h1", f"{year}-H1"), ("year", str(year))):
            due = _due_date(year, settings[kind])
            left = (due - today).days
            if -OVERDUE_DAYS <= left <= REMIND_DAYS and store.get_meta(f"report_done_{period}") != "1":
                found.append(DueReport(kind, period, due, left))
    return sorted(found, key=lambda r: r.due)


def mark_done(store: Store, period: str) -> None:
    """Stop reminding about a report (the operator has exported it)."""
    store.set_meta(f"report_done_{period}", "1")


def remind_until(today: date) -> date:
    """The last day a reminder looks ahead to."""
    return today + timedelta(days=REMIND_DAYS)


def is_report_period(label: str) -> bool:
    """Whether a period is one of the reports with a due date ("2026-H1" or "2026")."""
    text = label.upper()
    return (len(text) == 4 and text.isdigit()) or (len(text) == 7 and text.endswith("-H1"))
