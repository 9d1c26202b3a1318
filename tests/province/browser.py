"""A real headless Chromium (Debian's `chromium` + `chromium-driver`) driven by Selenium.

Use in a test module:

    from tests.province.browser import Browser, browser  # noqa: F401 - pytest fixture

    def test_x(browser: Browser, dashboard_hub):
        browser.login(hub.url, "anna", "password123")
        browser.open(hub.url + "/points/XA-1")
        assert "XA-1" in browser.text("h1")

The fixture skips LOUDLY (stderr line + skip reason) only when Chromium cannot start.
Downloads land in `browser.downloads` (a temp folder); `browser.wait_for_download(".zip")`.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
DRIVER = ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")
WAIT_S = 20.0


def _first(paths: tuple[str, ...], name: str) -> str | None:
    for path in paths:
        if Path(path).exists():
            return path
    return shutil.which(name)


@dataclass
class Browser:
    driver: Any
    downloads: Path

    # -- navigation ----------------------------------------------------------------------
    def open(self, url: str) -> None:
        self.driver.get(url)

    @property
    def url(self) -> str:
        return self.driver.current_url

    def find(self, css: str) -> Any:
        from selenium.webdriver.common.by import By

        return self.wait(lambda: self.driver.find_element(By.CSS_SELECTOR, css), f"element {css}")

    def all(self, css: str) -> list[Any]:
        from selenium.webdriver.common.by import By

        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def text(self, css: str) -> str:
        return self.find(css).text

    def fill(self, css: str, value: str) -> None:
        field = self.find(css)
        field.clear()
        field.send_keys(value)

    def click(self, css: str) -> None:
        self.find(css).click()

    def submit_and_wait(self, css: str, until_css: str) -> None:
        """Click a submit button and wait for the next page to show `until_css`."""
        from selenium.common.exceptions import StaleElementReferenceException

        old = self.driver.find_element("tag name", "html")
        self.click(css)

        def gone() -> bool:
            try:
                old.is_enabled()  # raises once the old page is replaced
                return False
            except StaleElementReferenceException:
                return True

        self.wait(gone, "the page to be replaced")
        self.find(until_css)

    def wait(self, check: Callable[[], Any], what: str, timeout: float = WAIT_S) -> Any:
        """Poll `check` until it returns something truthy (exceptions count as not yet)."""
        deadline = time.monotonic() + timeout
        last: BaseException | None = None
        while time.monotonic() < deadline:
            try:
                value = check()
                if value:
                    return value
            except Exception as exc:  # noqa: BLE001 - not there yet
                last = exc
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {what} on {self.url}: {last!r}")

    def wait_for_download(self, suffix: str, timeout: float = WAIT_S) -> Path:
        def done() -> Path | None:
            found = [p for p in self.downloads.iterdir() if p.name.endswith(suffix)]
            return found[0] if found else None

        return self.wait(done, f"a {suffix} download", timeout)

    def console_errors(self) -> list[str]:
        """Errors the page logged since the last call (a CSP violation shows up here)."""
        return [e["message"] for e in self.driver.get_log("browser") if e.get("level") == "SEVERE"]

    # -- the dashboard -------------------------------------------------------------------
    def login(self, base_url: str, username: str, password: str) -> None:
        self.open(f"{base_url}/login")
        self.fill("#username", username)
        self.fill("#password", password)
        self.submit_and_wait("#login", "nav.menu")

    def screenshot(self, path: Path, width: int = 1280) -> Path:
        """A PNG of the whole page (window resized to the page's height)."""
        height = self.driver.execute_script("return document.documentElement.scrollHeight")
        self.driver.set_window_size(width, max(600, min(int(height) + 40, 4000)))
        self.driver.save_screenshot(str(path))
        return path


def start_chromium(downloads: Path) -> Any:
    """A headless Chromium; raises RuntimeError with the reason when it cannot start."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError as exc:
        raise RuntimeError(f"selenium is not installed ({exc}); pip install -e '.[dev]'") from exc
    binary, driver = _first(CHROMIUM, "chromium"), _first(DRIVER, "chromedriver")
    if not binary or not driver:
        raise RuntimeError("Debian's chromium and chromium-driver are not installed "
                           "(apt-get install -y chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--lang=vi", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads), "download.prompt_for_download": False,
        "safebrowsing.enabled": False})
    try:
        return webdriver.Chrome(service=Service(executable_path=driver), options=options)
    except Exception as exc:  # noqa: BLE001 - any failure to start means: skip, saying why
        raise RuntimeError(f"Chromium did not start: {str(exc).strip().splitlines()[0]}") from exc


@pytest.fixture
def browser() -> Iterator[Browser]:
    downloads = Path(tempfile.mkdtemp(prefix="chromium-downloads-"))
    try:
        driver = start_chromium(downloads)
    except RuntimeError as exc:
        shutil.rmtree(downloads, ignore_errors=True)
        reason = f"BROWSER NOT TESTED: {exc}"
        print(f"\n*** WARNING: {reason} ***", file=sys.stderr)
        pytest.skip(reason)
    try:
        yield Browser(driver, downloads)
    finally:
        driver.quit()
        shutil.rmtree(downloads, ignore_errors=True)


def add_staff(hub: Any, username: str = "anna", password: str = "mật-khẩu-đủ-dài", role: str = "admin") -> str:
    """A dashboard account made through the real CLI (`province-hub user add`, password on stdin)."""
    import os
    import subprocess

    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([*hub._base(), "user", "add", username, "--role", role], input=f"{password}\n",  # noqa: SLF001
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    return password
