"""The restore dialog and the disk-space warning (pytest-qt)."""

from __future__ import annotations

import shutil
from collections import namedtuple

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.core import autobackup, maintenance
from desktop.core.paths import Paths
from desktop.core.workspace import Workspace
from desktop.ui.restore_dialog import RestoreDialog

Usage = namedtuple("Usage", "total used free")


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.create(Paths(tmp_path / "data"), "P01", "Điểm thử")
    yield ws
    ws.close()


def test_restore_dialog_lists_validates_confirms_and_restores(qtbot, workspace, monkeypatch) -> None:
    copy = maintenance.backup(workspace.store, workspace.paths, prefix=autobackup.AUTO_PREFIX)
    workspace.store.set_meta("marker", "after the backup")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append("q") or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: asked.append("i"))
    closed: list[bool] = []
    dialog = RestoreDialog(workspace.paths, lambda: (workspace.close(), closed.append(True)))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "P01"
    dialog.restore_button.click()
    assert asked == ["q", "i"] and closed == [True]
    assert dialog.restored_from == copy
    reopened = Workspace.open(workspace.paths)
    try:
        assert reopened.store.get_meta("marker") is None
    finally:
        reopened.close()
    assert list(workspace.paths.backups.glob("before-restore-*.sqlite3"))


def test_restore_dialog_refuses_a_damaged_backup(qtbot, workspace, monkeypatch) -> None:
    workspace.paths.backups.mkdir(parents=True, exist_ok=True)
    (workspace.paths.backups / "point-auto-P01-20260101-080000.sqlite3").write_bytes(b"not a db")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append("w"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("must not ask"))
    dialog = RestoreDialog(workspace.paths, lambda: pytest.fail("must not close the data"))
    qtbot.addWidget(dialog)
    dialog.restore_button.click()
    assert warned == ["w"] and dialog.restored_from is None


def test_disk_warning_and_admin_menu(qtbot, workspace, monkeypatch) -> None:
    from desktop.core.accounts import User
    from desktop.ui.main_window import MainWindow

    gb = 1_000_000_000
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: Usage(100 * gb, 99 * gb, gb // 2))
    window = MainWindow(workspace, User(username="admin", role="admin", full_name=None))
    qtbot.addWidget(window)
    window.backups.check()
    qtbot.waitUntil(lambda: not window.backups.running)
    assert not window.backups.disk_warning.isHidden()
    assert window.backups.backups_action in window.file_menu.actions()
    assert autobackup.last_automatic(workspace.paths) is not None
