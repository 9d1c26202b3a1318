"""run() end to end: first run, login or demo session, main window, quit."""

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.paths import Paths
from desktop.ui.app import run
from desktop.ui.crash import CrashHook
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import MainWindow

from .conftest import ADMIN_PASSWORD, make_workspace

pytestmark = pytest.mark.usefixtures("log_handlers_closed")


def top_level(kind):
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, kind) and w.isVisible()), None)


def when_shown(kind, action, seen: list) -> None:
    """Poll until a top-level widget of kind is visible, then act on it (no sleeping)."""
    def poll() -> None:
        widget = top_level(kind)
        if widget is None:
            QTimer.singleShot(10, poll)
            return
        seen.append(widget.windowTitle())
        action(widget)
    QTimer.singleShot(0, poll)


@pytest.fixture
def restore_app(qapp):
    yield
    qapp.setQuitOnLastWindowClosed(True)
    assert not isinstance(sys.excepthook, CrashHook)  # run() removes its hook on the way out


def test_demo_session_opens_straight_into_main_window(ui, restore_app, tmp_path):
    make_workspace(tmp_path / "demo", demo=True).close()
    seen: list[str] = []
    when_shown(MainWindow, lambda w: w.close(), seen)
    assert run(Paths(tmp_path / "demo"), lang="vi", demo_session=True) == 0
    assert len(seen) == 1 and "DỮ LIỆU MẪU (demo)" in seen[0]


def test_real_point_asks_for_login_even_when_demo_session_is_asked(ui, restore_app, tmp_path):
    make_workspace(tmp_path / "real").close()
    seen: list[str] = []

    def log_in(dialog: LoginDialog) -> None:
        dialog.username.setText("admin")
        dialog.password.setText(ADMIN_PASSWORD)
        dialog.try_login()
        when_shown(MainWindow, lambda w: w.close(), seen)

    when_shown(LoginDialog, log_in, seen)
    assert run(Paths(tmp_path / "real"), demo_session=True) == 0
    assert seen[0] == "Đăng nhập"
    assert "Điểm hỗ trợ CNTT xã Tả Lèng" in seen[1] and "demo" not in seen[1].lower()


def test_log_out_returns_to_login(ui, restore_app, tmp_path):
    make_workspace(tmp_path / "demo", demo=True).close()
    seen: list[str] = []
    when_shown(MainWindow, lambda w: (when_shown(LoginDialog, lambda d: d.reject(), seen),
                                      w.logout_action.trigger()), seen)
    assert run(Paths(tmp_path / "demo"), demo_session=True) == 0
    assert seen[1] == "Đăng nhập"


def test_new_folder_starts_with_first_run_and_cancel_creates_nothing(ui, restore_app, tmp_path):
    seen: list[str] = []
    when_shown(FirstRunWizard, lambda d: d.reject(), seen)
    assert run(Paths(tmp_path / "new")) == 0
    assert seen == ["Thiết lập điểm hỗ trợ"]
    assert not Paths(tmp_path / "new").exists()
    assert not Paths(tmp_path / "new").settings_file.exists()
