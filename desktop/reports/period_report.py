"""The period report (báo cáo 6 tháng / năm) written as JSON, XLSX or PDF.

The figures come from desktop.core.report_data as a plain dict; this module only lays
them out. XLSX: one sheet per table with Vietnamese headings, the heading row frozen, a
totals row, '#,##0' numbers (Excel shows the separators of the reader's locale: 1.234 on a
Vietnamese Windows) and real dates shown dd/mm/yyyy, set up to print on A4 portrait one
page wide. PDF: A4 with the point and the period on every page, "Trang x/y", Noto Sans
embedded, and charts drawn with reportlab.graphics (no Qt).
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

REPORT_TITLE = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG ĐIỂM HỖ TRỢ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN"
NO_DATA = "Không có số liệu trong kỳ báo cáo."
LOCALE_NOTE = ("Số được định dạng có dấu phân cách hàng nghìn; Excel hiển thị theo cài đặt vùng "
               "của máy (cài đặt tiếng Việt: 1.234).")
SHEET_NAMES = {
    "summary": "Tổng hợp", "visits_by_purpose": "Phục vụ - mục đích",
    "visits_by_sex": "Phục vụ - giới tính", "visits_by_age_band": "Phục vụ - độ tuổi",
    "visits_by_ethnicity": "Phục vụ - dân tộc", "visits_by_village": "Phục vụ - thôn bản",
    "materials_top": "Tài liệu dùng nhiều", "material_use_by_language": "Dùng TL - ngôn ngữ",
    "material_use_by_kind": "Dùng TL - loại", "material_use_by_channel": "Dùng TL - cách dùng",
    "materials_added_by_kind": "TL mới - loại", "materials_added_by_language": "TL mới - ngôn ngữ",
    "trainings_by_kind": "Lớp tập huấn", "participants_by_group": "Học viên - đối tượng",
    "participants_by_sex": "Học viên - giới tính", "participants_by_ethnicity": "Học viên - dân tộc",
    "opinions_by_topic": "Ý kiến", "targets": "Chỉ tiêu", "points": "Theo điểm",
}
SECTIONS = [  # PDF headings: (first table id, heading)
    ("summary", "I. Tổng hợp"), ("visits_by_purpose", "II. Lượt phục vụ người dân"),
    ("materials_top", "III. Sử dụng tài liệu"), ("materials_added_by_kind", "IV. Tài liệu mới"),
    ("trainings_by_kind", "V. Bồi dưỡng, tập huấn"), ("opinions_by_topic", "VI. Ý kiến của người dân"),
    ("targets", "VII. Chỉ tiêu kế hoạch"), ("points", "VIII. Số liệu theo từng điểm"),  # province report
]


def _vn_date(iso: str | None) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y") if iso else ""


def period_title(period: dict[str, Any]) -> str:
    """The period in words: "6 tháng đầu năm 2026", "Quý 3 năm 2026", "Từ 01/01/2026 đến ..."."""
    label = period["label"].upper()
    year = label[:4]
    if label.isdigit():
        return f"Năm {year}"
    if label.endswith("-H1"):
        return f"6 tháng đầu năm {year}"
    if label.endswith("-H2"):
        return f"6 tháng cuối năm {year}"
    if "-Q" in label:
        return f"Quý {label[-1]} năm {year}"
    return f"Từ ngày {_vn_date(period['start'])} đến ngày {_vn_date(period['end'])}"


def _dates_line(report: dict[str, Any]) -> str:
    p = report["period"]
    return f"{period_title(p)} (từ {_vn_date(p['start'])} đến {_vn_date(p['end'])})"


def _point_line(report: dict[str, Any]) -> str:
    if report.get("scope") == "province":  # the province hub's report over its points
        return f"{report['point']['name']} ({format_number(len(report.get('points', [])))} điểm)"
    return f"{report['point']['name']} (mã {report['point']['code']})"


def report_title(report: dict[str, Any]) -> str:
    """The heading: the point's report, or the province's when the report carries its own title."""
    return report.get("title") or REPORT_TITLE


def _cell_text(value: Any, column: dict[str, Any]) -> str:
    """A cell as the PDF and the screen show it: 1.234 and dd/mm/yyyy, Vietnamese style."""
    if value is None:
        return ""
    if column.get("kind") == "date":
        return _vn_date(value)
    if column.get("number") and isinstance(value, int | float):
        return format_number(value)
    return str(value)


def format_number(value: float) -> str:
    """1234567 -> "1.234.567"; 12.5 -> "12,5" (Vietnamese separators)."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    whole, frac = f"{value:,.1f}".split(".")
    return f"{whole.replace(',', '.')},{frac}"


# -- JSON ----------------------------------------------------------------------------------
def write_json(report: dict[str, Any], path: Path | None = None) -> str:
    """The report as JSON (codes and Vietnamese names); written to path when given."""
    text = json.dumps(report, ensure_ascii=False, indent=2)
    if path is not None:
        _atomic_write(Path(path), text.encode("utf-8"))
    return text


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)


# -- XLSX ----------------------------------------------------------------------------------
HEADER_ROW = 5


def write_xlsx(report: dict[str, Any], path: Path) -> Path:
    """One sheet per table: title, point, period dates, frozen headings, rows, totals, note."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DCE6F1")
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = Workbook()
    wb.remove(wb.active)
    start, end = (date.fromisoformat(report["period"][k]) for k in ("start", "end"))
    for table in report["tables"]:
        ws = wb.create_sheet(SHEET_NAMES.get(table["id"], table["id"])[:31])
        columns = table["columns"]
        ws.cell(1, 1, table["title"]).font = Font(bold=True, size=13)
        ws.cell(2, 1, _point_line(report))
        ws.cell(3, 1, f"Kỳ báo cáo: {period_title(report['period'])}")
        ws.cell(4, 1, "Từ ngày")
        ws.cell(4, 2, start).number_format = "dd/mm/yyyy"
        ws.cell(4, 3, "đến ngày")
        ws.cell(4, 4, end).number_format = "dd/mm/yyyy"
        widths = [len(c["title"]) + 2 for c in columns]
        for j, column in enumerate(columns, 1):
            cell = ws.cell(HEADER_ROW, j, column["title"])
            cell.font, cell.fill, cell.border = bold, head_fill, box
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        r = HEADER_ROW
        for row in table["rows"]:
            r += 1
            for j, column in enumerate(columns, 1):
                cell = ws.cell(r, j, _xlsx_value(row.get(column["key"]), column))
                cell.border = box
                _number_format(cell, column)
                widths[j - 1] = max(widths[j - 1], min(len(_cell_text(row.get(column["key"]), column)), 60))
        if not table["rows"]:
            r += 1
            ws.cell(r, 1, NO_DATA).font = Font(italic=True)
        if table.get("totals"):
            r += 1
            for j, column in enumerate(columns, 1):
                cell = ws.cell(r, j, table["totals"].get(column["key"]))
                cell.font, cell.border = bold, box
                _number_format(cell, column)
        summary_notes = [*report.get("notes", []), LOCALE_NOTE] if table["id"] == "summary" else []
        for text in (table.get("note"), *summary_notes):
            if text:
                r += 2
                ws.cell(r, 1, f"Ghi chú: {text}").font = Font(italic=True, size=9)
        for j, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(j)].width = max(12, min(width + 2, 62))
        ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1).coordinate
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.oddFooter.center.text = "Trang &P/&N"
    buffer = io.BytesIO()
    wb.save(buffer)
    _atomic_write(Path(path), buffer.getvalue())
    return Path(path)


def _xlsx_value(value: Any, column: dict[str, Any]) -> Any:
    if column.get("kind") == "date" and value:
        return date.fromisoformat(value)
    return value


def _number_format(cell: Any, column: dict[str, Any]) -> None:
    if column.get("kind") == "date":
        cell.number_format = "dd/mm/yyyy"
    elif column.get("kind") == "percent":
        cell.number_format = "#,##0.0"
    elif column.get("number"):
        value = cell.value
        whole = not isinstance(value, float) or value.is_integer()
        cell.number_format = "#,##0" if whole else "#,##0.0"


# -- PDF -----------------------------------------------------------------------------------
def write_pdf(report: dict[str, Any], path: Path) -> Path:
    """A4 PDF: header with the point and period, tables with charts, "Trang x/y"."""
    from . import period_pdf

    data = period_pdf.render(report)
    _atomic_write(Path(path), data)
    return Path(path)


WRITERS = {"json": write_json, "xlsx": write_xlsx, "pdf": write_pdf}


def write(report: dict[str, Any], fmt: str, path: Path) -> Path:
    """Write the report in one of json, xlsx, pdf."""
    WRITERS[fmt](report, path)
    return Path(path)


def default_name(report: dict[str, Any], fmt: str) -> str:
    """bao-cao_XA-03325_2026-H1.xlsx (FAT- and Windows-safe)."""
    label = report["period"]["label"].replace("..", "_den_").replace(":", "-")
    return f"bao-cao_{report['point']['code']}_{label}.{fmt}"


def escape_text(text: str) -> str:
    """Text for a ReportLab paragraph."""
    return escape(text or "")


def export(ws: Any, period: Any, fmt: str, path: Path | None = None) -> Path:
    """Build the period's report and write it (to the data folder's exports/ by default).

    Exporting the half-year or annual report also stops the home page's reminder for it.
    """
    from desktop.core import report_dates
    from desktop.core.report_data import period_report

    if fmt not in WRITERS:
        from desktop.core.errors import ValidationError

        raise ValidationError("report-format-unknown", field="format", value=fmt)
    report = period_report(ws, period)
    if path is None:
        ws.paths.exports.mkdir(parents=True, exist_ok=True)
        path = ws.paths.exports / default_name(report, fmt)
    write(report, fmt, Path(path))
    if report_dates.is_report_period(period.label):
        report_dates.mark_done(ws.store, period.label)
    return Path(path)
