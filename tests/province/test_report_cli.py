"""`province-hub report` as a real process over a real hub's database (SQLite and PostgreSQL):
JSON on stdout, XLSX opened with openpyxl, PDF text extracted, bad input in one line."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.core import demo
from desktop.core.periods import parse_period
from desktop.core.report_data import period_report
from desktop.core.workspace import Workspace
from desktop.reports.period_report import SHEET_NAMES
from tests.hubproc import REPO, HubProcess, drop_database, fresh_database
from tests.sync.helpers import Point, enroll

TODAY = date(2026, 6, 30)
CODES = ["XA-20001", "XA-20002"]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def synced(request, tmp_path_factory):
    """A hub (stopped after the sync: the report reads the database) and two synced points."""
    root = tmp_path_factory.mktemp(f"report-cli-{request.param}")
    db_url = fresh_database(request.getfixturevalue("pg_server")) if request.param == "postgresql" else None
    hub = HubProcess(root / "hub", db=db_url).start()
    points = []
    try:
        for n, code in enumerate(CODES):
            point = Point(root / code, code)
            with Workspace.create(point.paths, code, f"Điểm hỗ trợ xã {['Mường Phăng', 'Tả Phìn'][n]}") as ws:
                demo.generate(ws, demo.DemoSizes(materials=6, visits=300 + 200 * n, trainings=3,
                                                 participants=30, seed=10 + n), today=TODAY)
            enroll(hub, point)
            done = point.cli("sync", "--json")
            assert done.code == 0, done.err
            points.append(point)
        # A registered point that never synced: listed with zeros, never a crash.
        assert hub.cli("point", "add", "--code", "XA-20009", "--name", "Điểm chưa đồng bộ").code == 0
        yield hub, points
    finally:
        hub.stop()
        if db_url:
            drop_database(db_url)


def _own(point: Point, text: str) -> dict:
    with point.open() as ws:
        return period_report(ws, parse_period(text))


def _summary(report: dict) -> dict[str, int]:
    return {r["code"]: r["value"] for r in report["tables"][0]["rows"]}


def test_json_on_stdout_for_the_province_and_one_point(synced):
    hub, points = synced
    result = hub.cli("report", "--period", "2026-H1")
    assert result.code == 0, result.err
    report = result.json()
    assert report["scope"] == "province" and report["period"]["label"] == "2026-H1"
    assert [p["code"] for p in report["points"]] == [*CODES, "XA-20009"]
    own = [_summary(_own(p, "2026-H1")) for p in points]
    assert _summary(report) == {k: own[0][k] + own[1][k] for k in own[0]}
    assert "Tra cứu thông tin" in result.out  # Vietnamese names, not escaped
    per_point = report["tables"][-1]
    assert [r["visits"] for r in per_point["rows"]] == [own[0]["visits"], own[1]["visits"], 0]

    one = hub.cli("report", "--period", "2026-H1", "--point", CODES[1].lower(), "--format", "json")
    assert one.code == 0, one.err
    assert one.json()["point"]["code"] == CODES[1]
    assert one.json()["tables"] == _own(points[1], "2026-H1")["tables"]


def test_xlsx_has_the_points_sheet_vietnamese_headings_and_totals(synced, tmp_path):
    hub, points = synced
    out = tmp_path / "tỉnh.xlsx"
    result = hub.cli("report", "--period", "2026", "--format", "xlsx", "-o", str(out))
    assert result.code == 0, result.err
    assert result.out.strip() == str(out)
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Tổng hợp" and wb.sheetnames[-1] == "Theo điểm"
    assert "Phục vụ - mục đích" in wb.sheetnames and wb.sheetnames[-1] == SHEET_NAMES["points"]
    summary = wb["Tổng hợp"]
    assert summary["A2"].value == "Toàn tỉnh (3 điểm)"
    assert summary["A5"].value == "Mã" and summary.freeze_panes == "A6"
    texts = [c.value for row in summary.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("họ tên, số điện thoại" in t for t in texts)  # what the province does not hold
    own = [_summary(_own(p, "2026")) for p in points]
    values = {summary.cell(r, 1).value: summary.cell(r, 3).value for r in range(6, 14)}
    assert values["visits"] == own[0]["visits"] + own[1]["visits"]
    assert summary.cell(6, 3).number_format == "#,##0"
    sheet = wb["Theo điểm"]
    headings = [sheet.cell(5, j).value for j in range(1, 10)]
    assert headings[:4] == ["Mã điểm", "Điểm hỗ trợ", "Đồng bộ gần nhất", "Lượt phục vụ"]
    rows = {sheet.cell(r, 1).value: sheet.cell(r, 4).value for r in range(6, 9)}
    assert rows == {CODES[0]: own[0]["visits"], CODES[1]: own[1]["visits"], "XA-20009": 0}
    assert sheet.cell(6, 3).number_format == "dd/mm/yyyy" and sheet.cell(6, 3).value is not None
    assert sheet.cell(9, 2).value == "Tổng cộng (3 điểm)"
    assert sheet.cell(9, 4).value == own[0]["visits"] + own[1]["visits"]


def test_pdf_has_the_province_heading_points_section_and_page_numbers(synced, tmp_path):
    hub, _points = synced
    result = hub.cli("report", "--period", "2026-H1", "--format", "pdf", "--json")
    assert result.code == 0, result.err
    written = Path(result.json()["file"])
    assert written == hub.data_dir / "exports" / "bao-cao_toan-tinh_2026-H1.pdf"
    reader = PdfReader(written)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "TOÀN TỈNH" in text and "Toàn tỉnh (3 điểm)" in text
    for heading in ("I. Tổng hợp", "II. Lượt phục vụ người dân", "VIII. Số liệu theo từng điểm",
                    "Điểm hỗ trợ xã Mường Phăng", "Điểm chưa đồng bộ", "Biểu đồ: lượt phục vụ theo điểm"):
        assert heading in text, heading
    assert f"Trang 1/{len(reader.pages)}" in text
    fonts = {str(f) for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert fonts  # embedded Noto Sans (checked by pdftotext below reading the diacritics)
    if shutil.which("pdftotext"):
        plain = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True,
                               encoding="utf-8", check=True).stdout
        assert "Ý kiến của người dân" in plain and "Bồi dưỡng, tập huấn" in plain


def test_bad_input_is_one_line_in_the_users_language(synced, tmp_path):
    hub, _points = synced
    result = hub.cli("report", "--period", "2026-H3", "--format", "xlsx", "-o", str(tmp_path / "x.xlsx"))
    assert result.code == 1 and result.out == ""
    assert result.err.strip().splitlines() == [result.err.strip()] and "Kỳ báo cáo" in result.err
    assert not (tmp_path / "x.xlsx").exists()
    result = hub.cli("--lang", "en", "report", "--period", "2026-06-30..2026-01-01")
    assert result.code == 1 and "ends before it starts" in result.err and result.out == ""
    result = hub.cli("report", "--period", "2026", "--point", "XA-99999")
    assert result.code == 1 and result.err.strip() == "province-hub: Không có điểm XA-99999 ở trung tâm tỉnh."
    result = hub.cli("--lang", "en", "report", "--period", "2026", "--point", "XA-99999", "--json")
    assert result.code == 1 and result.out == "" and "No point XA-99999" in result.err
    result = hub.cli("report", "--period", "2026", "--format", "docx")
    assert result.code == 2 and "Lỗi cú pháp lệnh" in result.err


def test_an_empty_period_is_a_clear_report(synced, tmp_path):
    hub, _points = synced
    result = hub.cli("report", "--period", "2019-Q2")
    assert result.code == 0, result.err
    report = result.json()
    assert report["empty"] is True
    assert report["tables"][0]["note"] == "Không có số liệu hoạt động nào trong kỳ này."
    out = tmp_path / "trống.pdf"
    result = hub.cli("report", "--period", "2019-Q2", "--format", "pdf", "-o", str(out), "--json")
    assert result.code == 0 and result.json()["empty"] is True
    assert "Không có số liệu hoạt động nào" in PdfReader(out).pages[0].extract_text()
    result = hub.cli("report", "--period", "2019", "--point", "XA-20009", "--format", "xlsx",
                     "-o", str(tmp_path / "never.xlsx"))
    assert result.code == 0, result.err  # a point that never synced: an empty report
    assert "Không có số liệu trong kỳ báo cáo." in [c.value for c in load_workbook(tmp_path / "never.xlsx")
                                                    ["Phục vụ - mục đích"]["A"]]


def test_the_hub_prints_reports_without_the_points_store_or_qt():
    code = ("import sys, province.cli, province.report_data as r, desktop.reports.period_pdf, "
            "desktop.reports.period_report; r.parse_period('2026'); "
            "print(sorted(m for m in sys.modules if m.startswith(('desktop.core', 'PySide6', 'sqlite_utils'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True).stdout
    assert out.strip() == "['desktop.core', 'desktop.core.errors', 'desktop.core.periods', 'desktop.core.reference']"
