"""Report pages (Báo cáo): the province's and each point's period report, with charts and downloads.

The figures come from province/report_data.py (the same tables as `province-hub report` and
as the point's own report); the files are written by the point's writers
(desktop/reports/period_report.py). Charts are inline SVG drawn here from the tables, with
presentation attributes only (the dashboard's CSP allows no inline style or script), so the
page works in a plain browser with no internet.
"""

from __future__ import annotations

import tempfile
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response

import desktop.reports.period_report as writers

from .. import report_data
from ..points import HubError
from .web import StaffUser, hub_of, lang_of, render

router = APIRouter(prefix="/reports")

FORMATS = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           "pdf": "application/pdf", "json": "application/json; charset=utf-8"}

# The page's own words (the report's tables stay in Vietnamese, as officials file them).
TEXT: dict[str, tuple[str, str]] = {
    "title": ("Báo cáo định kỳ", "Period reports"),
    "period": ("Kỳ báo cáo", "Period"),
    "scope": ("Phạm vi", "Scope"),
    "whole_province": ("Toàn tỉnh", "Whole province"),
    "show": ("Xem báo cáo", "Show report"),
    "period_help": ("Ví dụ: 2026, 2026-H1 (6 tháng đầu năm), 2026-Q3, 2026-01-01..2026-06-20",
                    "E.g. 2026, 2026-H1 (first half), 2026-Q3, 2026-01-01..2026-06-20"),
    "download": ("Tải về", "Download"),
    "xlsx": ("Excel (XLSX)", "Excel (XLSX)"),
    "pdf": ("PDF để in", "PDF to print"),
    "json": ("JSON", "JSON"),
    "empty": ("Không có số liệu hoạt động nào trong kỳ này.", "No activity in this period."),
    "no_rows": ("Không có số liệu trong kỳ báo cáo.", "No figures in this period."),
    "generated": ("Lập lúc {at}", "Generated {at}"),
    "last_sync": ("Đồng bộ gần nhất: {at}", "Last sync: {at}"),
    "never_synced": ("Điểm này chưa đồng bộ lần nào.", "This point has never synced."),
    "contents": ("Mục lục", "Contents"),
    "note": ("Ghi chú", "Note"),
    "chart_points": ("Lượt phục vụ theo điểm (12 điểm nhiều nhất)", "Visits per point (top 12)"),
    "chart_purpose": ("Lượt phục vụ theo mục đích", "Visits by purpose"),
    "chart_sex": ("Lượt phục vụ theo giới tính", "Visits by sex"),
    "chart_ethnicity": ("Lượt phục vụ theo dân tộc", "Visits by ethnicity"),
    "chart_language": ("Lượt dùng tài liệu theo ngôn ngữ", "Material use by language"),
    "chart_targets": ("Tỷ lệ thực hiện so với kế hoạch (%)", "Done against target (%)"),
    "open_point": ("Báo cáo của điểm", "The point's report"),
    "province_link": ("Báo cáo toàn tỉnh", "Province report"),
}
CHARTS = [  # (table id, text key, value column, top-n sorted by value)
    ("points", "chart_points", "visits", True),
    ("visits_by_purpose", "chart_purpose", "visits", False),
    ("visits_by_sex", "chart_sex", "visits", False),
    ("visits_by_ethnicity", "chart_ethnicity", "visits", False),
    ("material_use_by_language", "chart_language", "uses", False),
    ("targets", "chart_targets", "percent", False),
]
CHART_ROWS = 12
SECTION_OF = dict(writers.SECTIONS)


def words(lang: str):  # noqa: ANN201 - a small translator for templates
    def rt(key: str, /, **params: Any) -> str:
        vi, en = TEXT[key]
        return (en if lang == "en" else vi).format(**params)

    return rt


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str
    y: int
    width: float  # in the chart's value area, 0..CHART_AREA


CHART_WIDTH, CHART_LABEL, CHART_AREA, ROW_HEIGHT = 640, 220, 340, 22


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    bars: list[Bar]
    height: int
    marker: float | None = None  # x of the 100 % line (targets)

    @property
    def x0(self) -> int:
        return CHART_LABEL

    @property
    def width(self) -> int:
        return CHART_WIDTH


def _short(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def chart(table: dict[str, Any], title: str, key: str, top: bool) -> Chart | None:
    """A horizontal bar chart of one table's rows (the busiest first when `top`)."""
    rows = [r for r in table["rows"] if r.get(key)]
    if top:
        rows = sorted(rows, key=lambda r: -r[key])
    rows = rows[:CHART_ROWS]
    if not rows:
        return None
    percent = key == "percent"
    scale_max = 150.0 if percent else max(float(r[key]) for r in rows)
    bars = []
    for i, r in enumerate(rows):
        value = float(r[key])
        shown = min(value, scale_max)
        label = r.get("name") or r.get("code") or ""
        text = writers.format_number(round(value, 1) if percent else value) + (" %" if percent else "")
        bars.append(Bar(_short(str(label)), value, text, 8 + i * ROW_HEIGHT,
                        round(CHART_AREA * shown / scale_max, 1) if scale_max else 0))
    marker = round(CHART_LABEL + CHART_AREA * 100 / 150, 1) if percent else None
    return Chart(table["id"], title, bars, 16 + len(bars) * ROW_HEIGHT, marker)


def cell(value: Any, column: dict[str, Any]) -> str:
    """A cell as the PDF prints it: 1.234, 12,5 and dd/mm/yyyy."""
    if value is None:
        return ""
    if column.get("kind") == "date":
        try:
            return date.fromisoformat(str(value)[:10]).strftime("%d/%m/%Y")
        except ValueError:
            return str(value)
    if column.get("number") and isinstance(value, int | float):
        return writers.format_number(value)
    return str(value)


def _default_period() -> str:
    return str(date.today().year)


def quick_periods(today: date | None = None) -> list[tuple[str, str]]:
    """(words, period) for the usual choices: this year, its halves and quarters, last year."""
    year = (today or date.today()).year
    labels = [str(year), f"{year}-H1", f"{year}-H2", *(f"{year}-Q{q}" for q in range(1, 5)), str(year - 1)]
    out = []
    for label in labels:
        period = report_data.parse_period(label)
        out.append((writers.period_title({"label": period.label, "start": period.lo, "end": period.hi}), label))
    return out


_CACHE: OrderedDict[tuple[Any, ...], dict[str, Any]] = OrderedDict()
_CACHE_LOCK = threading.Lock()
CACHE_SIZE = 12


def _build(request: Request, period_text: str, code: str | None) -> dict[str, Any]:
    """The report, computed once per state of the hub's data: viewing a province's report and
    then downloading it costs one computation (seconds at 200 points), and any sync, import
    or new point makes the next request compute it afresh."""
    period = report_data.parse_period(period_text)
    db = hub_of(request).db
    key = (id(db), period.label, code, report_data.data_version(db))
    with _CACHE_LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return _CACHE[key]
    report = report_data.point_report(db, period, code) if code else report_data.province_report(db, period)
    with _CACHE_LOCK:
        _CACHE[key] = report
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    return report


def _page(request: Request, period: str | None, code: str | None) -> Response:
    lang = lang_of(request)
    rt = words(lang)
    period = (period or "").strip() or _default_period()
    db = hub_of(request).db
    choices = report_data.point_choices(db)
    context: dict[str, Any] = {"rt": rt, "period": period, "point": code, "choices": choices, "cell": cell,
                               "period_title": None, "report": None, "charts": {}, "error": None,
                               "sections": SECTION_OF, "downloads": [], "quick": quick_periods()}
    try:
        report = _build(request, period, code)
    except HubError as exc:
        status = 404 if exc.code == "point-not-found" else 400
        context["error"] = (exc.code, exc.params)
        return render(request, "report.html", status, active="reports", **context)
    context["report"] = report
    context["period_title"] = writers.period_title(report["period"])
    tables = {t["id"]: t for t in report["tables"]}
    context["charts"] = {tid: c for tid, key, value, top in CHARTS if tid in tables
                         for c in [chart(tables[tid], rt(key), value, top)] if c is not None}
    query = {"period": report["period"]["label"], **({"point": report["point"]["code"]} if code else {})}
    context["downloads"] = [(fmt, f"/reports/download.{fmt}?{urlencode(query)}") for fmt in ("xlsx", "pdf", "json")]
    return render(request, "report.html", active="reports", **context)


@router.get("")
def province_report_page(request: Request, who: StaffUser, period: str | None = None,
                         point: str | None = None) -> Response:
    """The whole province's report (or, with ?point=, one point's) for ?period= (default: this year)."""
    return _page(request, period, (point or "").strip().upper() or None)


@router.get("/points/{code}")
def point_report_page(request: Request, who: StaffUser, code: str, period: str | None = None) -> Response:
    return _page(request, period, code.strip().upper())


@router.get("/download.{fmt}")
def download(request: Request, who: StaffUser, fmt: str, period: str | None = None,
             point: str | None = None) -> Response:
    """The report as a file: XLSX, PDF or JSON, named like the point's (bao-cao_toan-tinh_2026.xlsx)."""
    if fmt not in FORMATS:
        return Response(status_code=404)
    code = (point or "").strip().upper() or None
    try:
        report = _build(request, (period or "").strip() or _default_period(), code)
    except HubError:
        return _page(request, period, code)
    with tempfile.TemporaryDirectory(prefix="report-") as folder:
        path = Path(folder) / writers.default_name(report, fmt)
        writers.write(report, fmt, path)
        body = path.read_bytes()
    name = writers.default_name(report, fmt)
    return Response(body, media_type=FORMATS[fmt], headers={
        "content-disposition": f"attachment; filename=\"{name.encode('ascii', 'replace').decode()}\"; "
                               f"filename*=UTF-8''{quote(name)}"})
