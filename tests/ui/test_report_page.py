"""The Reports page: period controls, tables equal to the lists, charts, exports off the UI thread."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.core import demo, report_dates
from desktop.ui.home import HomePage
from desktop.ui.main_window import MainWindow
from desktop.ui.report_page import ReportPage


def shown(page, qtbot) -> None:
    with qtbot.waitSignal(page.report_ready, timeout=20000):
        page.show_button.click()


def test_the_page_opens_from_the_menu_without_loading_charts(ui, qtbot, demo_workspace, operator):
    window = MainWindow(demo_workspace, operator)
    qtbot.addWidget(window)
    window.show()
    assert window.pages["reports"].item.text() == "Báo cáo"
    page = window.open_page("reports")
    assert isinstance(page, ReportPage)
    assert page.xlsx_button.text() == "Xuất Excel" and page.pdf_button.text() == "Xuất PDF"
    assert not page.xlsx_button.isEnabled()  # nothing to export before a report is shown


def test_tables_match_the_lists_and_export_both_formats(ui, qtbot, demo_workspace, tmp_path):
    ws = demo_workspace
    demo.generate(ws, demo.DemoSizes(materials=5, visits=400, trainings=3, participants=30))
    page = ReportPage(ws)
    qtbot.addWidget(page)
    page.show()
    year = date.today().year
    page.set_period("year", year)
    assert page.period().label == str(year)
    shown(page, qtbot)
    rows = page.table_rows("visits_by_purpose")
    assert rows[-1][1] == "Tổng cộng"
    assert rows[-1][2].replace(".", "") == str(ws.visits.count(str(year)))
    info = next(r for r in rows if r[0] == "info")
    assert info[2].replace(".", "") == str(ws.visits.count(str(year), "info"))
    page.tabs.setCurrentIndex(1)
    assert len(page.chart_views) == 2
    qtbot.waitUntil(page.xlsx_button.isEnabled)
    with qtbot.waitSignal(page.exported, timeout=20000) as got:
        page.export_to("xlsx", tmp_path / "r.xlsx")
    assert load_workbook(got.args[0]).sheetnames[0] == "Tổng hợp"
    with qtbot.waitSignal(page.exported, timeout=20000) as got:
        page.export_to("pdf", tmp_path / "r.pdf")
    assert len(PdfReader(got.args[0]).pages) >= 2
    page.wait()


def test_periods_of_every_kind_and_an_empty_one(ui, qtbot, demo_workspace):
    page = ReportPage(demo_workspace)
    qtbot.addWidget(page)
    page.set_period("quarter", 2026, 3)
    assert page.period().label == "2026-Q3"
    page.set_period("half", 2026, 2)
    assert page.period().label == "2026-H2"
    page.set_period("custom", 2019, start=date(2019, 1, 1), end=date(2019, 2, 1))
    assert page.period().label == "2019-01-01..2019-02-01"
    shown(page, qtbot)
    assert page.report["empty"]
    assert "Không có hoạt động" in page.status.text()
    page.tabs.setCurrentIndex(1)  # charts of nothing draw, they do not fail
    qtbot.waitUntil(page.show_button.isEnabled)
    page.set_period("custom", 2019, start=date(2019, 3, 1), end=date(2019, 2, 1))
    with qtbot.waitSignal(page.failed, timeout=5000):
        page.show_button.click()
    page.wait()


def test_home_shows_a_reminder_when_a_report_is_due(ui, qtbot, workspace):
    home = HomePage(workspace)
    qtbot.addWidget(home)
    home.show_report_due(date(2026, 4, 1))
    assert home.report_due.isHidden()
    home.show_report_due(date(2026, 6, 5))
    assert not home.report_due.isHidden()
    assert "Báo cáo 6 tháng đầu năm 2026" in home.report_due.text()
    assert "20/06/2026" in home.report_due.text()
    report_dates.mark_done(workspace.store, "2026-H1")
    home.show_report_due(date(2026, 6, 5))
    assert home.report_due.isHidden()
