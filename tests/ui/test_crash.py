import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.errors import StoreError
from desktop.core.paths import Paths
from desktop.ui import crash


def raise_and_catch(exc: BaseException):
    try:
        raise exc
    except BaseException as caught:  # noqa: BLE001
        return type(caught), caught, caught.__traceback__


@pytest.fixture
def hook(tmp_path):
    installed = crash.install(Paths(tmp_path / "data").ensure())
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()


def test_hook_writes_report_and_shows_plain_dialog(ui, qtbot, hook):
    assert sys.excepthook is hook
    hook(*raise_and_catch(ZeroDivisionError("boom")))
    reports = list(hook.paths.crash_reports.glob("crash-*.txt"))
    assert reports == [hook.last_report]
    assert "ZeroDivisionError: boom" in reports[0].read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    text = hook.dialog.text()
    assert "Đã có lỗi" in text and "Dữ liệu đã lưu vẫn an toàn." in text
    assert f"Báo cáo lỗi đã được lưu tại {reports[0]}" in text
    assert QApplication.instance() is ui  # still running


@pytest.mark.qt_no_exception_capture
def test_error_in_a_slot_reaches_the_hook_without_exiting(ui, qtbot, hook):
    def broken_slot() -> None:
        raise RuntimeError("slot failed")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: hook.last_report is not None)
    assert "RuntimeError: slot failed" in hook.last_report.read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    # Second error while the dialog is open: reported, no second dialog.
    first_dialog = hook.dialog
    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: len(list(hook.paths.crash_reports.iterdir())) == 2)
    assert hook.dialog is first_dialog


def test_environment_errors_say_what_to_do(ui, qtbot, hook):
    hook(*raise_and_catch(StoreError("disk-full")))
    qtbot.waitUntil(lambda: hook.dialog is not None)
    assert hook.dialog.text().startswith("Ổ đĩa đã đầy.")
