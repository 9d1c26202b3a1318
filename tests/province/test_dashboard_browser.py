"""The dashboard in a real headless Chromium against a real hub process with two synced
points: log in, the province page, a point's page, answer an opinion, publish a material,
upload a USB bundle, download a reply bundle; and a screenshot of the province page."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

from selenium.webdriver.support.ui import Select

from tests.hubproc import HubProcess
from tests.province.browser import Browser, add_staff, browser  # noqa: F401 - pytest fixture
from tests.sync.helpers import enroll, make_point

PASSWORD = "mật-khẩu-đủ-dài"
# Set DASHBOARD_SCREENSHOTS=DIR to keep the screenshots for looking at them.
SCREENSHOT_DIR = os.environ.get("DASHBOARD_SCREENSHOTS")


def _shoot(page: Browser, folder: Path, name: str) -> Path:
    shot = page.screenshot(folder / name)
    if SCREENSHOT_DIR:
        Path(SCREENSHOT_DIR).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(SCREENSHOT_DIR) / name)
    return shot


def test_staff_work_through_the_dashboard_in_chromium(browser: Browser, tmp_path: Path) -> None:  # noqa: F811
    hub = HubProcess(tmp_path / "hub").start()
    try:
        xa1 = make_point(tmp_path, "XA-01", visits=12)
        xa2 = make_point(tmp_path, "XA-02", visits=4)
        for point, opinion in ((xa1, "Bản Phăng cần thêm máy tính <script>alert('x')</script>"),
                               (xa2, "Xin tài liệu tiếng Mông")):
            enroll(hub, point)
            assert point.cli("feedback", "add", opinion, "--village", "Bản Phăng").code == 0
        assert xa1.cli("sync").code == 0
        stick = tmp_path / "stick"
        stick.mkdir()
        assert xa2.cli("bundle", "export", "--to", str(stick)).code == 0
        assert hub.cli("point", "add", "--code", "XA-03", "--name", "Điểm Nậm Nhừ (chưa kết nối)").code == 0
        add_staff(hub, "anna", PASSWORD)

        # Not logged in: the login page; logged in: back where we were going.
        browser.open(f"{hub.url}/points/XA-01")
        assert "/login?next=" in browser.url
        browser.fill("#username", "anna")
        browser.fill("#password", "sai-mật-khẩu")
        browser.submit_and_wait("#login", "#login-error")
        assert browser.text("#login-error") == "Sai tên đăng nhập hoặc mật khẩu."
        browser.fill("#password", PASSWORD)
        browser.submit_and_wait("#login", "nav.menu")
        assert browser.url.endswith("/points/XA-01")
        assert "XA-01" in browser.text("h1")

        # USB: upload XA-02's bundle as a zip of the stick's folder.
        archive = tmp_path / "usb.zip"
        with zipfile.ZipFile(archive, "w") as zf:
            for path in sorted((stick / "COMMUNE-SYNC").rglob("*")):
                zf.write(path, path.relative_to(stick).as_posix())
        browser.click("#nav-bundles")
        browser.find("#bundle-files").send_keys(str(archive))
        browser.submit_and_wait("#bundle-import", ".imported")
        assert "Đã nhập gói của điểm XA-02" in browser.text(".imported")
        _shoot(browser, tmp_path, "dashboard-bundles.png")

        # The province page: both points, transports, pending opinions; a screenshot.
        browser.click("#nav-province")
        assert "3 điểm" in browser.text("h1")
        row1, row2 = browser.text("#point-XA-01"), browser.text("#point-XA-02")
        assert "Mạng" in row1 and "1 ý kiến chưa trả lời" in row1 and "vừa xong" in row1
        assert "USB" in row2 and "1 ý kiến chưa trả lời" in row2
        assert "stale" in browser.find("#point-XA-03").get_attribute("class")
        assert "1 điểm chưa đồng bộ quá 14 ngày" in browser.text("#stale-summary")
        assert _shoot(browser, tmp_path, "dashboard-province.png").stat().st_size > 10_000

        # A point's page from the province page.
        browser.click("#point-XA-01 a")
        browser.find("#counts")
        assert "XA-01" in browser.text("h1")
        assert "visit" in browser.text("#counts") and "12" in browser.text("#counts")
        assert "<script>alert('x')</script>" in browser.text(".opinion .text")  # shown as text, not run
        _shoot(browser, tmp_path, "dashboard-point.png")

        # Answer XA-01's opinion; it reaches the point with its next sync.
        browser.click("#nav-opinions")
        assert len(browser.all("article.opinion.open")) == 2
        Select(browser.find("#filter-point")).select_by_value("XA-01")
        browser.submit_and_wait("form.filter button[type=submit]", "article.opinion")
        (article,) = browser.all("article.opinion.open")
        form = "#" + article.get_attribute("id")
        browser.fill(f"{form} textarea", "Tỉnh sẽ cấp thêm 2 máy vào tháng 12.")
        browser.submit_and_wait(f"{form} button[type=submit]", "#answer-saved")
        assert "Tỉnh sẽ cấp thêm 2 máy vào tháng 12." in browser.text(f"{form} .answer")
        _shoot(browser, tmp_path, "dashboard-opinions.png")
        assert xa1.cli("sync").code == 0
        opinion = json.loads(xa1.cli("feedback", "list", "--json").out)[0]
        assert opinion["status"] == "answered" and opinion["answer"]["text"].startswith("Tỉnh sẽ cấp")

        # Publish a material with its file to every point.
        leaflet = tmp_path / "to-roi-hmong.txt"
        leaflet.write_text("Ntawv qhia — tờ rơi song ngữ\n" * 500, encoding="utf-8")
        browser.click("#nav-publish")
        browser.fill("#title", "Tờ rơi song ngữ Mông–Việt")
        browser.fill("#lang", "hnj")
        browser.find("#files").send_keys(str(leaflet))
        browser.submit_and_wait("#publish", "#published")
        assert "Tờ rơi song ngữ Mông–Việt" in browser.text("#published")
        _shoot(browser, tmp_path, "dashboard-publish.png")
        assert xa1.cli("sync").code == 0
        assert [m["title"] for m in json.loads(xa1.cli("material", "list", "--json").out)] == [
            "Tờ rơi song ngữ Mông–Việt"]

        # XA-02's reply bundle, downloaded as a zip, carries the published material.
        browser.click("#nav-bundles")
        browser.click("#bundle-reply")
        reply = browser.wait_for_download(".zip")
        back = tmp_path / "stick-back"
        zipfile.ZipFile(reply).extractall(back)
        assert xa2.cli("bundle", "import", str(back)).code == 0
        assert [m["title"] for m in json.loads(xa2.cli("material", "list", "--json").out)] == [
            "Tờ rơi song ngữ Mông–Việt"]

        # English, then log out: the pages are closed again.
        browser.click("#lang-en")
        browser.find("#nav-province")
        assert browser.text("#nav-opinions") == "Opinions"
        browser.submit_and_wait("#logout", "#username")
        browser.open(f"{hub.url}/opinions")
        assert "/login" in browser.url
        # No CSP violation, no script error (the wrong password's 401 is the only failed load).
        logged = browser.console_errors()
        assert [e for e in logged if "Failed to load resource" not in e or "favicon" in e] == []
    finally:
        hub.stop()
        shutil.rmtree(tmp_path / "stick", ignore_errors=True)
