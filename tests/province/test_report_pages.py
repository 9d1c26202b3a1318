"""Report pages of the dashboard (/reports) against a real hub with two synced points:
over HTTP (login, downloads, bad input, escaping) and in a real headless Chromium
(log in, open the province report, download the XLSX, open a point's report)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
import requests
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.core import demo
from desktop.core.periods import parse_period
from desktop.core.report_data import period_report
from desktop.core.workspace import Workspace
from tests.hubproc import HubProcess
from tests.province.browser import Browser, add_staff, browser  # noqa: F401 - pytest fixture
from tests.sync.helpers import Point, enroll

TODAY = date(2026, 6, 30)
PASSWORD = "mật-khẩu-đủ-dài"
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
NAMES = {"XA-30001": "Điểm hỗ trợ xã Mường Phăng", "XA-30002": "Điểm <b>Tả Phìn</b> & \"Sà Phìn\""}
SHOTS = Path(os.environ.get("REPORT_SHOTS", "/tmp/report-shots"))


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("report-pages")
    hub = HubProcess(root / "hub").start()
    points = []
    try:
        for n, (code, name) in enumerate(NAMES.items()):
            point = Point(root / code, code)
            with Workspace.create(point.paths, code, name) as ws:
                demo.generate(ws, demo.DemoSizes(materials=6, visits=400 + 300 * n, trainings=4,
                                                 participants=40, seed=20 + n), today=TODAY)
            enroll(hub, point)
            done = point.cli("sync", "--json")
            assert done.code == 0, done.err
            points.append(point)
        add_staff(hub, "anna", PASSWORD, "staff")
        yield hub, points
    finally:
        hub.stop()


def _own(point: Point, text: str) -> dict[str, int]:
    with point.open() as ws:
        return {r["code"]: r["value"] for r in period_report(ws, parse_period(text))["tables"][0]["rows"]}


def _login(base: str) -> requests.Session:
    s = requests.Session()
    form = s.get(f"{base}/login", timeout=30)
    done = s.post(f"{base}/login", data={"username": "anna", "password": PASSWORD, "next": "/",
                                         "csrf_token": CSRF_RE.search(form.text).group(1)},
                  allow_redirects=False, timeout=30)
    assert done.status_code == 303
    return s


def test_report_pages_and_downloads_need_a_login(site):
    hub, _ = site
    for path in ("/reports", "/reports?period=2026", "/reports/points/XA-30001", "/reports/download.xlsx?period=2026"):
        answer = requests.get(hub.url + path, allow_redirects=False, timeout=30)
        assert answer.status_code == 303 and answer.headers["location"].startswith("/login"), path


def test_the_province_report_page_over_http(site, tmp_path):
    hub, points = site
    web = _login(hub.url)
    page = web.get(f"{hub.url}/reports?period=2026-H1", timeout=120)
    assert page.status_code == 200
    html = page.text
    own = [_own(p, "2026-H1") for p in points]
    total_visits = own[0]["visits"] + own[1]["visits"]
    assert "Toàn tỉnh (2 điểm)" in html and "6 tháng đầu năm 2026" in html
    # The summary's visits, as the page prints them (1.234), and the per-point table with links.
    summary = html[html.index('id="t-summary"'):html.index('id="t-visits_by_purpose"')]
    assert f"{total_visits:,}".replace(",", ".") in summary
    assert 'href="/reports/points/XA-30001?period=2026-H1"' in html
    this_year = date.today().year
    assert f'href="/reports?period={this_year}-Q3">Quý 3 năm {this_year}</a>' in html  # the usual periods
    # Text from a point is escaped, never markup.
    assert "Điểm &lt;b&gt;Tả Phìn&lt;/b&gt; &amp; &#34;Sà Phìn&#34;" in html and "<b>Tả Phìn</b>" not in html
    # Charts are inline SVG with no script and no outside link.
    assert html.count("<svg") >= 4 and "<script" not in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "họ tên, số điện thoại" in html  # what the province does not hold

    pdf = web.get(f"{hub.url}/reports/download.pdf?period=2026-H1", timeout=120)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert "bao-cao_toan-tinh_2026-H1.pdf" in pdf.headers["content-disposition"]
    (tmp_path / "p.pdf").write_bytes(pdf.content)
    assert "VIII. Số liệu theo từng điểm" in "".join(p.extract_text() for p in PdfReader(tmp_path / "p.pdf").pages)
    one = web.get(f"{hub.url}/reports/download.json?period=2026-H1&point=xa-30002", timeout=120)
    assert one.status_code == 200
    data = json.loads(one.content)
    assert data["point"]["code"] == "XA-30002" and data["tables"][0]["rows"][0]["value"] == own[1]["visits"]


def test_bad_input_on_the_report_page(site):
    hub, _ = site
    web = _login(hub.url)
    bad = web.get(f"{hub.url}/reports?period=2026-H3", timeout=60)
    assert bad.status_code == 400 and "Kỳ báo cáo &#34;2026-H3&#34; không hợp lệ" in bad.text
    assert 'id="report"' not in bad.text
    unknown = web.get(f"{hub.url}/reports/points/XA-99999?period=2026", timeout=60)
    assert unknown.status_code == 404 and "Không có điểm XA-99999" in unknown.text
    empty = web.get(f"{hub.url}/reports?period=2019", timeout=60)
    assert empty.status_code == 200 and 'id="report-empty"' in empty.text
    assert web.get(f"{hub.url}/reports/download.docx?period=2026", timeout=60).status_code == 404
    web.cookies.set("hub_lang", "en")
    english = web.get(f"{hub.url}/reports?period=2026-13", timeout=60)
    assert english.status_code == 400 and "Period reports" in english.text
    assert "The period &#34;2026-13&#34; is not valid" in english.text


def test_in_chromium_the_province_report_its_xlsx_and_a_points_report(site, browser: Browser):  # noqa: F811
    hub, points = site
    own = [_own(p, "2026") for p in points]
    browser.login(hub.url, "anna", PASSWORD)
    browser.click("#nav-reports")
    browser.find("#report-form")
    browser.fill("#period", "2026")
    browser.submit_and_wait("#show-report", "#report")
    assert "Toàn tỉnh (2 điểm)" in browser.text("#report-point")
    rows = browser.all("#t-points tbody tr")
    assert [r.text.split()[0] for r in rows] == list(NAMES)  # both synced points, in code order
    assert "Điểm <b>Tả Phìn</b>" in browser.text("#t-points")  # shown as text
    assert browser.find("#chart-points svg rect")
    SHOTS.mkdir(parents=True, exist_ok=True)
    browser.screenshot(SHOTS / "province-report.png")
    browser.find("#t-points").screenshot(str(SHOTS / "province-report-points.png"))

    browser.click("#download-xlsx")
    xlsx = browser.wait_for_download(".xlsx", timeout=120)
    browser.wait(lambda: load_workbook(xlsx), "the XLSX to be complete")
    wb = load_workbook(xlsx)
    assert xlsx.name == "bao-cao_toan-tinh_2026.xlsx"
    assert wb["Tổng hợp"]["A2"].value == "Toàn tỉnh (2 điểm)"
    visits = {wb["Theo điểm"].cell(r, 1).value: wb["Theo điểm"].cell(r, 4).value for r in (6, 7)}
    assert visits == {"XA-30001": own[0]["visits"], "XA-30002": own[1]["visits"]}
    assert wb["Theo điểm"].cell(8, 4).value == own[0]["visits"] + own[1]["visits"]

    browser.click("#t-points tbody tr:first-child a")
    browser.wait(lambda: "/reports/points/XA-30001" in browser.url, "the point's report")
    assert "(mã XA-30001)" in browser.text("#report-point")
    assert browser.find("#chart-visits_by_purpose svg")


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_page_one_of_the_province_pdf_as_an_image(site, tmp_path):
    """Writes page 1 of the province PDF as a PNG to look at (REPORT_SHOTS, /tmp/report-shots)."""
    hub, _ = site
    pdf = tmp_path / "province.pdf"
    assert hub.cli("report", "--period", "2026", "--format", "pdf", "-o", str(pdf)).code == 0
    SHOTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(SHOTS / "province-pdf-page1")], check=True, timeout=60)
    assert (SHOTS / "province-pdf-page1.png").stat().st_size > 10_000


def test_a_report_is_computed_once_per_state_of_the_hubs_data(site):
    """Viewing then downloading does not count twice; a sync makes the next view count afresh."""
    import time
    from datetime import datetime

    hub, points = site
    web = _login(hub.url)

    def download() -> dict:
        answer = web.get(f"{hub.url}/reports/download.json?period=2026", timeout=120)
        assert answer.status_code == 200
        return json.loads(answer.content)

    first = download()
    # generated_at has whole seconds: once the clock has passed it, a recomputed report would
    # show a later one (the hub runs on this machine, with this clock).
    deadline = time.monotonic() + 5
    while datetime.now().isoformat(timespec="seconds") <= first["generated_at"]:
        assert time.monotonic() < deadline, "the clock did not move on"
        time.sleep(0.01)
    assert download()["generated_at"] == first["generated_at"]
    assert points[0].cli("visit", "add", "--purpose", "legal").code == 0
    assert points[0].cli("sync").code == 0
    third = download()
    assert third["generated_at"] > first["generated_at"]
    assert third["tables"][0]["rows"][0]["value"] == first["tables"][0]["rows"][0]["value"] + 1
