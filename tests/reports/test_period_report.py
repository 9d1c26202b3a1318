"""The period report as XLSX (opened with openpyxl), PDF (text extracted) and JSON."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.core import demo
from desktop.core.paths import Paths
from desktop.core.periods import parse_period
from desktop.core.report_data import period_report, table
from desktop.reports.period_report import (
    HEADER_ROW,
    SHEET_NAMES,
    default_name,
    format_number,
    period_title,
    write,
)

TODAY = date(2026, 6, 10)


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    workspace = demo.open_or_create(Paths(tmp_path_factory.mktemp("period") / "point"))
    demo.generate(workspace, demo.DemoSizes(materials=20, visits=2000, trainings=8,
                                            participants=80), today=TODAY)
    yield workspace
    workspace.close()


@pytest.fixture(scope="module")
def report(ws):
    return period_report(ws, parse_period("2026-H1"))


def pdf_text(path) -> str:
    return unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in PdfReader(path).pages))


def test_xlsx_has_a_sheet_per_table_with_vietnamese_headings_and_totals(ws, report, tmp_path):
    out = write(report, "xlsx", tmp_path / "r.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == [SHEET_NAMES[t["id"]] for t in report["tables"]]
    sheet = wb["Phục vụ - mục đích"]
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"
    assert [c.value for c in sheet[HEADER_ROW]][:4] == ["Mã", "Mục đích", "Số lượt", None]
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4
    assert sheet.page_setup.orientation == "portrait"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=HEADER_ROW + 1)]
    totals = next(r for r in values if r[1] == "Tổng cộng")
    assert totals[2] == ws.visits.count(parse_period("2026-H1"))
    info = next(r for r in values if r[0] == "info")
    assert info[1] == "Tra cứu thông tin" and info[2] == ws.visits.count("2026-H1", "info")
    number_cell = sheet.cell(HEADER_ROW + 1, 3)
    assert number_cell.number_format == "#,##0"
    start = sheet.cell(4, 2)
    assert start.value == datetime(2026, 1, 1) and start.number_format == "dd/mm/yyyy"
    trainings = wb["Lớp tập huấn"]
    assert [c.value for c in trainings[HEADER_ROW]] == ["Mã", "Loại hình", "Số lớp",
                                                         "Lượt điểm danh", "Số học viên"]
    last = [c.value for c in list(trainings.iter_rows(min_row=HEADER_ROW + 1))[-1]]
    if last[0] and str(last[0]).startswith("Ghi chú"):
        last = [c.value for c in list(trainings.iter_rows(min_row=HEADER_ROW + 1))[-3]]
    assert last[1] == "Tổng cộng" and last[2] == len(ws.trainings.list("2026-H1"))
    assert wb["Tài liệu dùng nhiều"].column_dimensions["B"].width > 20


def test_pdf_has_the_point_vietnamese_headings_and_page_numbers(ws, report, tmp_path):
    out = write(report, "pdf", tmp_path / "r.pdf")
    reader = PdfReader(out)
    pages = len(reader.pages)
    text = pdf_text(out)
    for heading in ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG", "Lượt phục vụ theo mục đích", "Lượt phục vụ theo dân tộc",
                    "Biểu đồ: lượt phục vụ theo giới tính", "Học viên theo đối tượng",
                    "Chỉ tiêu kế hoạch năm 2026", "6 tháng đầu năm 2026", "Tra cứu thông tin"):
        assert heading in text, heading
    assert ws.point.name in text and ws.point.code in text
    assert f"Trang 1/{pages}" in text and f"Trang {pages}/{pages}" in text
    fonts = {str(f.get("/BaseFont")) for p in reader.pages
             for f in (p["/Resources"].get("/Font") or {}).values() if hasattr(f, "get")}
    fonts |= {str(p["/Resources"]["/Font"][k].get_object().get("/BaseFont")) for p in reader.pages
              for k in p["/Resources"]["/Font"]}
    assert any("NotoSans" in f for f in fonts)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdftotext_reads_the_vietnamese(report, tmp_path):
    out = write(report, "pdf", tmp_path / "r.pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          encoding="utf-8", check=True).stdout
    assert "Lượt phục vụ theo giới tính" in unicodedata.normalize("NFC", text)


def test_an_empty_period_says_there_is_no_data(ws, tmp_path):
    empty = period_report(ws, parse_period("2019-Q1"))
    pdf = write(empty, "pdf", tmp_path / "e.pdf")
    assert "Không có số liệu hoạt động nào" in pdf_text(pdf)
    wb = load_workbook(write(empty, "xlsx", tmp_path / "e.xlsx"))
    cells = [c.value for row in wb["Phục vụ - mục đích"].iter_rows() for c in row]
    assert "Không có số liệu trong kỳ báo cáo." in cells


def test_json_keeps_codes_and_vietnamese_names(report, tmp_path):
    out = write(report, "json", tmp_path / "r.json")
    data = json.loads(out.read_text("utf-8"))
    assert "Tra cứu thông tin" in out.read_text("utf-8")  # not ASCII-escaped
    purposes = table(data, "visits_by_purpose")
    assert {"code": "info", "name": "Tra cứu thông tin"}.items() <= purposes["rows"][0].items()


def test_words_and_numbers_in_vietnamese_style(report):
    assert format_number(1234567) == "1.234.567" and format_number(12.5) == "12,5"
    assert period_title({"label": "2026-H1", "start": "2026-01-01", "end": "2026-06-30"}) == \
        "6 tháng đầu năm 2026"
    assert period_title({"label": "2026-01-01..2026-06-20", "start": "2026-01-01",
                         "end": "2026-06-20"}) == "Từ ngày 01/01/2026 đến ngày 20/06/2026"
    assert default_name(report, "xlsx") == "bao-cao_DEMO-MUONGPHANG_2026-H1.xlsx"
