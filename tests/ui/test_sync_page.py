"""The Sync page and the enrol dialog against a real hub process on 127.0.0.1 (pytest-qt)."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.sync import service
from desktop.ui import sync_controller
from desktop.ui.i18n import explain
from desktop.ui.sync_controller import SyncController
from desktop.ui.sync_page import SyncPage
from tests.hubproc import HubProcess
from tests.ui.conftest import insert_visit

POINT = "XA-03405"  # the point of make_workspace
SLOW = 60_000  # the first request starts the hub's Python; generous, never slept


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[HubProcess]:
    proc = HubProcess(tmp_path / "hub").start()
    yield proc
    proc.stop()


def one_time_code(hub: HubProcess) -> str:
    added = hub.cli("point", "add", "--code", POINT, "--name", "Điểm Tả Lèng", "--json")
    assert added.code == 0, added.err
    return added.json()["enrol_code"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def page(ui, qtbot, workspace) -> Iterator[SyncPage]:  # noqa: ANN001
    controller = SyncController(workspace.paths)
    widget = SyncPage(controller)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitUntil(lambda: controller.status is not None, timeout=SLOW)
    yield widget
    controller.stop()
    sync_controller.wait_for_all()
    controller.deleteLater()


def test_not_enrolled_shows_the_enrol_button(page) -> None:  # noqa: ANN001
    assert not page.controller.status.enrolled
    assert page.enrol_button.isVisible()
    assert page.enrol_button.text() == "Tham gia mạng lưới của tỉnh"
    assert not page.sync_button.isVisible()
    assert "chưa tham gia" in page.enrolment.text()
    assert page.controller.seconds_to_next() is None  # no automatic sync without a hub


def test_enrol_then_sync_now_until_the_province_has_everything(page, qtbot, workspace, hub) -> None:  # noqa: ANN001
    for hour in range(8, 12):
        insert_visit(workspace, date(2026, 3, 2), hour)
    code = one_time_code(hub)

    page.enrol_button.click()
    dialog = page.enrol_dialog
    qtbot.waitUntil(dialog.isVisible)
    # Validation happens in the dialog, without asking the hub.
    dialog.hub_url.setText("127.0.0.1")
    dialog.join_button.click()
    assert "http://" in dialog.message.text() and dialog.job is None
    dialog.hub_url.setText(hub.url)
    dialog.code.setText("ABC")
    dialog.join_button.click()
    assert dialog.message.text() == explain("sync-enrol-code-invalid") and dialog.job is None
    dialog.code.setText(code.lower().replace("-", " "))  # typed as read over the phone
    dialog.join_button.click()
    assert not dialog.join_button.isEnabled()  # the enrolment runs off the UI thread
    qtbot.waitUntil(lambda: dialog.answer is not None, timeout=SLOW)
    assert hub.url in dialog.message.text() and POINT in dialog.message.text()
    assert dialog.close_button.text() == "Đóng"
    qtbot.waitUntil(lambda: page.controller.status.enrolled and page.sync_button.isVisible(),
                    timeout=SLOW)
    assert hub.url in page.enrolment.text()
    assert not page.enrol_button.isVisible()
    waiting = page.controller.status.waiting
    assert waiting >= 4 and page.waiting.text() == f"{waiting} thay đổi đang chờ gửi."
    dialog.close_button.click()

    assert page.sync_button.text() == "Đồng bộ ngay"
    with qtbot.waitSignal(page.controller.sync_finished, timeout=SLOW) as finished:
        page.sync_button.click()
        assert page.controller.running and not page.sync_button.isEnabled()
        assert page.stop_button.isEnabled() and page.progress_bar.isVisible()
    outcome = finished.args[0]
    assert outcome.ok, outcome
    assert outcome.result.sent_rows >= 4
    local_seq = workspace.store.max_seq()
    qtbot.waitUntil(lambda: page.controller.status.acked_seq == local_seq
                    and not page.controller.checking, timeout=SLOW)
    status = page.controller.status
    assert status.connection == "online" and status.waiting == 0 and status.last_result == "ok"
    assert page.acked.text().startswith(f"Tỉnh đã nhận đến thay đổi số {local_seq}")
    assert "thành công" in page.last_attempt.text()
    assert f"gửi {outcome.result.sent_rows}" in page.last_attempt.text()
    assert page.connection.text() == "Máy chủ tỉnh đang trả lời."
    assert page.waiting.text() == "Không có gì đang chờ: mọi thay đổi đã được gửi."
    assert not page.progress_bar.isVisible() and page.sync_button.isEnabled()
    assert not page.clock_warning.isVisible()
    # The next automatic sync is scheduled a few minutes ahead.
    assert 4 * 60 <= page.controller.seconds_to_next() <= 6 * 60
    assert page.next_auto.isVisible()
    page.grab().save("/tmp/sync_page.png")


def test_hub_down_shows_cannot_reach_and_the_page_stays_responsive(page, qtbot, workspace, hub) -> None:  # noqa: ANN001
    service.enroll(workspace.paths, one_time_code(hub), hub.url)
    down = f"http://127.0.0.1:{free_port()}"
    workspace.store.set_meta("hub_url", down)
    page.controller.refresh()
    qtbot.waitUntil(lambda: page.controller.status.enrolled and not page.controller.checking,
                    timeout=SLOW)
    qtbot.waitUntil(lambda: page.controller.status.connection == "offline", timeout=SLOW)
    unreachable = explain("sync-unreachable", url=down)
    assert page.connection.text() == unreachable

    started = time.monotonic()
    page.sync_button.click()
    # The click returns at once (the client retries for over 7 s in the background).
    assert time.monotonic() - started < 2.0
    assert page.controller.running and page.stop_button.isEnabled()
    # The UI thread keeps serving events while the client retries in the background.
    with qtbot.waitSignal(page.controller.sync_finished, timeout=SLOW) as finished:
        pass
    assert finished.args[0].code == "sync-unreachable"
    qtbot.waitUntil(lambda: page.controller.status.last_result == "sync-unreachable"
                    and not page.controller.checking, timeout=SLOW)
    assert page.last_attempt.text().endswith(unreachable)
    assert "không thành công" in page.last_attempt.text()
    assert page.controller.failures == 1
    # Backoff: the next automatic attempt waits about twice as long.
    assert 9 * 60 <= page.controller.seconds_to_next() <= 11 * 60

    # "Dừng" reaches the worker through the cancel token and ends the retries early.
    with qtbot.waitSignal(page.controller.sync_finished, timeout=SLOW) as stopped:
        page.sync_button.click()
        page.stop_button.click()
        assert not page.stop_button.isEnabled()
        assert page.progress_text.text() == "Đang dừng sau bước hiện tại…"
    assert stopped.args[0].code == "sync-cancelled"
    assert page.controller.failures == 1  # a stop is not the hub's failure


def test_clock_warning_when_the_pc_clock_is_wrong(page, qtbot, workspace, hub) -> None:  # noqa: ANN001
    service.enroll(workspace.paths, one_time_code(hub), hub.url)
    hub.stop()  # keep the stored skew: the probe cannot replace it
    workspace.store.set_meta("hub_clock_skew_ms", str(12 * 60 * 1000))  # the hub is ahead: this PC is behind
    page.controller.refresh()
    qtbot.waitUntil(lambda: page.controller.status.enrolled and not page.controller.checking,
                    timeout=SLOW)
    assert page.controller.status.clock_warning
    assert page.clock_warning.isVisible()
    assert "12 phút" in page.clock_warning.text() and "chậm" in page.clock_warning.text()


def test_main_window_has_the_sync_page_and_stops_syncing_when_closed(ui, qtbot, workspace, operator) -> None:  # noqa: ANN001
    from desktop.ui.main_window import MainWindow

    window = MainWindow(workspace, operator)
    qtbot.addWidget(window)
    window.show()
    assert window.pages["sync"].title_text() == "Đồng bộ"
    page = window.open_page("sync")
    qtbot.waitUntil(lambda: window.sync.status is not None, timeout=SLOW)
    assert page.enrol_button.isVisible()  # not enrolled: nothing is scheduled
    assert not window.sync.timer.isActive()
    window.close()
    assert window.sync.stopped and not window.sync.timer.isActive()
    window.sync.refresh()  # ignored once stopped
    assert not window.sync.checking
    sync_controller.wait_for_all()
