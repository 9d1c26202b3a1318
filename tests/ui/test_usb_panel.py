"""The "Sync by USB" panel with a real demo workspace, a real hub process and real folders
(or real tmpfs mounts, when the tests run as root) as the stick (pytest-qt)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import demo
from desktop.sync import bundle, service, wire
from desktop.ui import sync_controller
from desktop.ui.i18n import explain
from desktop.ui.usb_drives import ENV_ROOTS
from desktop.ui.usb_panel import UsbPanel
from tests.hubproc import HubProcess
from tests.sync.helpers import add_material
from tests.ui.conftest import insert_visit

POINT = "XA-03405"  # the point of make_workspace
SLOW = 60_000  # the hub's first answers start its Python; waited on, never slept


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[HubProcess]:
    proc = HubProcess(tmp_path / "hub").start()
    yield proc
    proc.stop()


def enrol(workspace, hub: HubProcess) -> None:  # noqa: ANN001
    added = hub.cli("point", "add", "--code", POINT, "--name", "Điểm Tả Lèng", "--json")
    assert added.code == 0, added.err
    service.enroll(workspace.paths, added.json()["enrol_code"], hub.url)


def make_panel(qtbot, workspace, *extra: Path) -> UsbPanel:  # noqa: ANN001
    panel = UsbPanel(workspace.paths, extra=[str(p) for p in extra])
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    return panel


def run(qtbot, panel: UsbPanel, button) -> None:  # noqa: ANN001
    """Click a button; the work runs off the UI thread and the panel shows its progress."""
    button.click()
    assert panel.running and not panel.write_button.isEnabled() and not panel.read_button.isEnabled()
    assert panel.progress_bar.isVisible()
    qtbot.waitUntil(lambda: not panel.running, timeout=SLOW)
    assert not panel.progress_bar.isVisible() and panel.message.isVisible()


def database_bytes(workspace) -> str:  # noqa: ANN001
    """The point's database and its write-ahead log, hashed (byte-for-byte unchanged or not)."""
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        path = Path(str(workspace.paths.database) + suffix)
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def demo_point(workspace):  # noqa: ANN001
    """The test point filled with a small demo data set (visits, people, trainings, documents)."""
    demo.generate(workspace, demo.DemoSizes(materials=4, visits=300, trainings=2, participants=40))
    return workspace


@pytest.fixture
def mount_tmpfs(tmp_path: Path) -> Iterator:
    """Mount a real, tiny file system (a full or read-only stick); root only."""
    mounted: list[Path] = []

    def mount(name: str, options: str, where: Path | None = None) -> Path:
        if os.geteuid() != 0 or not shutil.which("mount"):
            pytest.skip("mounting a file system needs root")
        target = where or tmp_path / name
        target.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            target.rmdir()
            pytest.skip(f"cannot mount tmpfs here: {done.stderr.strip()}")
        mounted.append(target)
        return target

    yield mount
    for target in reversed(mounted):
        subprocess.run(["umount", "-l", str(target)], check=False)
        target.rmdir()


def test_write_to_a_stick_then_read_the_reply_shows_delivered(ui, qtbot, demo_point, hub, tmp_path) -> None:  # noqa: ANN001
    ws = demo_point
    enrol(ws, hub)
    waiting = service.sync_status(ws.paths).waiting
    assert waiting > 300  # the demo data
    stick = tmp_path / "stick"
    stick.mkdir()
    panel = make_panel(qtbot, ws, stick)
    qtbot.waitUntil(lambda: panel.state is not None, timeout=SLOW)
    assert panel.drive_list.count() == 1 and panel.selected_root() == str(stick)
    assert "trống" in panel.drive_list.item(0).text()  # its free space
    assert panel.write_button.text() == "Ghi vào USB" and panel.write_button.isEnabled()
    assert panel.waiting.text() == f"{waiting} thay đổi chưa được giao cho tỉnh."

    run(qtbot, panel, panel.write_button)
    found = bundle.find(stick, POINT, bundle.TO_PROVINCE)
    assert len(found) == 1
    out = found[0]
    assert panel.message.text().startswith(f"Đã ghi vào {stick}: {waiting} thay đổi")
    assert "Đọc từ USB" in panel.message.text()
    assert str(stick) in panel.written.text()
    assert not list(out.parent.glob(".partial-*"))
    # Complete: the province takes every waiting change from it.
    imported = hub.cli("bundle", "import", str(out), "--json")
    assert imported.code == 0, imported.err
    assert imported.json()["applied"] == imported.json()["records"] == waiting
    # Nothing was acknowledged by writing: only the reply does that.
    assert service.sync_status(ws.paths).waiting == waiting

    reply = hub.cli("bundle", "export", "--point", POINT, "--to", str(stick), "--json")
    assert reply.code == 0, reply.err
    # A reply for another point on the same stick is left alone.
    reply_path = Path(reply.json()["bundle"])
    other = stick / bundle.ROOT / "XA-09999" / reply_path.parent.name / reply_path.name
    shutil.copytree(reply_path, other)
    manifest = json.loads((other / bundle.MANIFEST).read_bytes())
    (other / bundle.MANIFEST).write_bytes(wire.canonical_json({**manifest, "point": "XA-09999"}))
    panel.look_for_replies()  # (done by itself when a stick appears)
    qtbot.waitUntil(lambda: "✉" in panel.drive_list.item(0).text(), timeout=5000)
    # Choosing the reply's own folder means its stick.
    panel.add_folder(str(reply_path))
    assert panel.drive_list.count() == 1 and panel.selected_root() == str(stick)
    with qtbot.waitSignal(panel.changed, timeout=SLOW):
        run(qtbot, panel, panel.read_button)
    status = service.sync_status(ws.paths)
    assert status.waiting == 0 and status.acked_seq > 0, panel.message.text()
    text = panel.message.text()
    assert "Đã giao: tỉnh đã nhận mọi thay đổi đến số" in text, text
    assert "XA-09999" in text and "để lại" in text
    assert other.exists()
    assert panel.waiting.text() == "Không còn gì: tỉnh đã có mọi thay đổi của điểm này."
    assert "tỉnh đã nhận đến thay đổi số" in panel.read_fact.text()
    assert "✉" not in panel.drive_list.item(0).text()
    # The same in English.
    from desktop.ui import i18n

    i18n.install(ui, "en")
    qtbot.waitUntil(lambda: "Delivered: the province has received everything up to change no." in panel.message.text())
    assert "were left on the stick for them" in panel.message.text()
    assert panel.waiting.text() == "Nothing: the province has everything from this point."
    sync_controller.wait_for_all()


def test_nothing_new_to_send_says_so(ui, qtbot, workspace, hub, tmp_path) -> None:  # noqa: ANN001
    enrol(workspace, hub)
    stick = tmp_path / "stick"
    stick.mkdir()
    panel = make_panel(qtbot, workspace, stick)
    run(qtbot, panel, panel.write_button)
    first = panel.message.text()
    assert not first.startswith("Không có gì mới"), first  # the new point's own rows went first
    assert hub.cli("bundle", "import", str(bundle.find(stick, POINT, bundle.TO_PROVINCE)[-1])).code == 0
    assert hub.cli("bundle", "export", "--point", POINT, "--to", str(stick)).code == 0
    run(qtbot, panel, panel.read_button)
    run(qtbot, panel, panel.write_button)
    assert panel.message.text().startswith("Không có gì mới để gửi"), panel.message.text()


def test_a_full_stick_says_so_and_changes_nothing(ui, qtbot, demo_point, hub, mount_tmpfs) -> None:  # noqa: ANN001
    ws = demo_point
    enrol(ws, hub)
    stick = mount_tmpfs("full", "size=4k")
    panel = make_panel(qtbot, ws, stick)
    before = database_bytes(ws), service.sync_status(ws.paths)
    run(qtbot, panel, panel.write_button)
    text = panel.message.text()
    assert text.startswith(f"USB {stick} đã đầy: chưa ghi gì."), text
    assert "thử lại bằng USB khác" in text
    assert (database_bytes(ws), service.sync_status(ws.paths)) == before
    assert bundle.find(stick) == [] and not list(stick.rglob(".partial-*"))
    # English too.
    from desktop.ui import i18n

    i18n.install(ui, "en")
    qtbot.waitUntil(lambda: panel.message.text().startswith(f"The stick {stick} is full: nothing was written."))
    assert "try again with another stick" in panel.message.text()


def test_a_write_protected_stick_says_so_and_changes_nothing(ui, qtbot, demo_point, hub, mount_tmpfs) -> None:  # noqa: ANN001
    ws = demo_point
    enrol(ws, hub)
    stick = mount_tmpfs("locked", "ro,size=1m")
    panel = make_panel(qtbot, ws, stick)
    assert "chỉ đọc" in panel.drive_list.item(0).text()
    before = database_bytes(ws), service.sync_status(ws.paths)
    run(qtbot, panel, panel.write_button)
    text = panel.message.text()
    assert text.startswith(f"Không ghi được vào {stick}"), text
    assert "Phần ghi dở sẽ không bao giờ được nhập" in text and "thử lại bằng USB khác" in text
    assert (database_bytes(ws), service.sync_status(ws.paths)) == before


def test_stop_while_writing_leaves_nothing_then_media_go_on_the_stick(ui, qtbot, demo_point, hub, tmp_path) -> None:  # noqa: ANN001
    ws = demo_point
    enrol(ws, hub)
    video = tmp_path / "huong-dan.mp4"
    video.write_bytes(os.urandom(24 << 20))
    add_material(ws, video)
    stick = tmp_path / "stick"
    stick.mkdir()
    panel = make_panel(qtbot, ws, stick)
    before = database_bytes(ws), service.sync_status(ws.paths)
    panel.write_button.click()
    assert panel.stop_button.isVisible() and panel.stop_button.isEnabled() and panel.stop_button.text() == "Dừng"
    panel.stop_button.click()
    assert panel.progress_text.text() == "Đang dừng…" and not panel.stop_button.isEnabled()
    qtbot.waitUntil(lambda: not panel.running, timeout=SLOW)
    assert panel.message.text() == "Đã dừng: chưa ghi gì vào USB, và không để lại gì dở dang trên đó."
    assert not panel.stop_button.isVisible()
    assert bundle.find(stick) == [] and not list(stick.rglob(".partial-*"))
    assert (database_bytes(ws), service.sync_status(ws.paths)) == before
    assert panel.written.text() == "Chưa ghi USB lần nào."

    # Stopped in the middle of the video: what was half-written is removed.
    steps = stop_mid_transfer(qtbot, panel, panel.write_button)
    assert any(0 < done < total for done, total in steps), steps
    assert panel.message.text() == "Đã dừng: chưa ghi gì vào USB, và không để lại gì dở dang trên đó."
    assert bundle.find(stick) == [] and not list(stick.rglob(".partial-*"))
    assert (database_bytes(ws), service.sync_status(ws.paths)) == before

    # Closing the window while writing stops the write and waits for it: nothing is left.
    panel.write_button.click()
    job = panel.job
    panel.shutdown()
    assert job.isFinished()
    assert bundle.find(stick) == [] and not list(stick.rglob(".partial-*"))
    qtbot.waitUntil(lambda: not panel.running)
    panel.poll.start()

    run(qtbot, panel, panel.write_button)
    text = panel.message.text()
    assert " tệp (" in text and "MiB" in text, text  # how much media went with the records
    out = bundle.find(stick, POINT, bundle.TO_PROVINCE)[0]
    assert sum(p.stat().st_size for p in out.glob("media-*.bin")) > 24 << 20
    assert "Kèm" in panel.written.text()


def test_stop_while_reading_a_reply_with_media_then_read_it_whole(ui, qtbot, workspace, hub, tmp_path) -> None:  # noqa: ANN001
    enrol(workspace, hub)
    video = tmp_path / "ban-tin.mp4"
    video.write_bytes(os.urandom(24 << 20))
    assert hub.cli("publish", str(video), "--title", "Bản tin nông nghiệp").code == 0
    stick = tmp_path / "stick"
    stick.mkdir()
    panel = make_panel(qtbot, workspace, stick)
    run(qtbot, panel, panel.write_button)
    assert hub.cli("bundle", "import", str(bundle.find(stick, POINT, bundle.TO_PROVINCE)[-1])).code == 0
    assert hub.cli("bundle", "export", "--point", POINT, "--to", str(stick)).code == 0
    media = workspace.paths.root / "media"
    before = database_bytes(workspace), sorted(p.name for p in media.rglob("*") if p.is_file())

    steps = stop_mid_transfer(qtbot, panel, panel.read_button)
    assert any(0 < done < total for done, total in steps), steps
    assert panel.message.text() == "Đã dừng: thư trả lời chưa được nhập. Hãy đọc lại khi sẵn sàng."
    assert (database_bytes(workspace), sorted(p.name for p in media.rglob("*") if p.is_file())) == before
    assert len(bundle.find(stick, POINT, bundle.TO_POINT)) == 1  # still there, to read again

    run(qtbot, panel, panel.read_button)
    assert panel.message.text().startswith("Đã đọc thư trả lời:") and "và 1 tệp" in panel.message.text()
    assert workspace.store.count("material", "title = 'Bản tin nông nghiệp'") == 1


def stop_mid_transfer(qtbot, panel: UsbPanel, button) -> list[tuple[int, int]]:  # noqa: ANN001
    """Start, then press Stop from the worker's own progress report once some bytes moved
    (a direct connection runs in the worker: the next step stops, wherever it is)."""
    from PySide6.QtCore import Qt

    steps: list[tuple[int, int]] = []

    def seen(step: tuple[int, int]) -> None:
        steps.append(step)
        if 0 < step[0] < step[1]:
            panel.cancel.cancel()

    button.click()
    panel.job.progressed.connect(seen, Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(lambda: not panel.running, timeout=SLOW)
    return steps


def test_a_damaged_reply_is_refused_with_its_reason(ui, qtbot, workspace, hub, tmp_path) -> None:  # noqa: ANN001
    enrol(workspace, hub)
    insert_visit(workspace, __import__("datetime").date(2026, 3, 2))
    stick = tmp_path / "stick"
    stick.mkdir()
    panel = make_panel(qtbot, workspace, stick)
    run(qtbot, panel, panel.write_button)
    assert hub.cli("bundle", "import", str(bundle.find(stick, POINT, bundle.TO_PROVINCE)[-1])).code == 0
    reply = Path(hub.cli("bundle", "export", "--point", POINT, "--to", str(stick), "--json").json()["bundle"])
    part = reply / "records-000.bin"
    part.write_bytes(part.read_bytes()[:-5])
    before = database_bytes(workspace), service.sync_status(workspace.paths)
    run(qtbot, panel, panel.read_button)
    assert panel.message.text() == explain("bundle-part-damaged", name="records-000.bin")
    assert (database_bytes(workspace), service.sync_status(workspace.paths)) == before


def test_no_reply_and_not_enrolled_are_plain(ui, qtbot, workspace, tmp_path) -> None:  # noqa: ANN001
    stick = tmp_path / "stick"
    stick.mkdir()
    panel = make_panel(qtbot, workspace, stick)
    run(qtbot, panel, panel.read_button)
    assert panel.message.text() == f"Không có thư trả lời nào của tỉnh cho điểm này ({POINT}) trên {stick}."
    run(qtbot, panel, panel.write_button)
    assert panel.message.text() == explain("sync-not-enrolled")
    assert bundle.find(stick) == []


def test_a_stick_plugged_in_shows_up_and_leaves_when_pulled(ui, qtbot, workspace, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    stick = tmp_path / "stick"
    monkeypatch.setenv(ENV_ROOTS, str(stick))
    panel = make_panel(qtbot, workspace)
    assert panel.drive_list.count() == 0
    assert panel.no_drive.isVisible() and not panel.write_button.isEnabled()
    stick.mkdir()  # "plugged in": the two-second poll finds it
    qtbot.waitUntil(lambda: panel.drive_list.count() == 1, timeout=5_000)
    assert panel.selected_root() == str(stick) and panel.write_button.isEnabled()
    assert not panel.no_drive.isVisible()
    stick.rmdir()  # pulled out before the list noticed: the write says so plainly
    run(qtbot, panel, panel.write_button)
    assert panel.message.text() == explain("usb-stick-missing", path=str(stick))
    assert not stick.exists()
    qtbot.waitUntil(lambda: panel.drive_list.count() == 0, timeout=5_000)
    assert not panel.write_button.isEnabled() and panel.no_drive.isVisible()


def test_a_mounted_volume_under_media_is_found(ui, qtbot, workspace, mount_tmpfs) -> None:  # noqa: ANN001
    where = Path("/media") / f"commune-test-{os.getpid()}"
    panel = make_panel(qtbot, workspace)
    assert str(where) not in [panel.drive_list.item(i).data(256) for i in range(panel.drive_list.count())]
    mount_tmpfs("media", "size=8m", where)
    qtbot.waitUntil(lambda: str(where) in [d.root for d in panel.drives], timeout=5_000)
    assert any(str(where) in panel.drive_list.item(i).text() for i in range(panel.drive_list.count()))


def test_sync_page_has_a_usb_tab_that_fits_1024x768(ui, qtbot, workspace, tmp_path) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop.ui.sync_page import SyncPage

    stick = tmp_path / "stick"
    stick.mkdir()
    controller = sync_controller.SyncController(workspace.paths)
    page = SyncPage(controller)
    qtbot.addWidget(page)
    page.usb.add_folder(str(stick))
    page.resize(1024 - 210, 768 - 90)  # the navigation list and the title take the rest
    page.show()
    assert page.tabs.tabText(1) == "Qua USB"
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(page.usb.write_button.isVisible)
    for button in (page.usb.write_button, page.usb.read_button, page.usb.choose_button):
        top_left = button.mapTo(page, button.rect().topLeft())
        bottom = button.mapTo(page, button.rect().bottomRight())
        assert top_left.x() >= 0 and bottom.x() <= page.width() and bottom.y() <= page.height(), button
        assert button.focusPolicy() & 0x1  # reachable with Tab
    # The keyboard walks the stick list, then the buttons.
    page.usb.drive_list.setFocus()
    for expected in (page.usb.choose_button, page.usb.write_button, page.usb.read_button):
        QTest.keyClick(page.usb.focusWidget() or page.usb.drive_list, Qt.Key.Key_Tab)
        assert page.usb.focusWidget() is expected, page.usb.focusWidget()
    assert page.usb.write_button.height() >= 60
    page.grab().save(str(tmp_path / "usb.png"))
    controller.stop()
