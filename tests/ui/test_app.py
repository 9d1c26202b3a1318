"""run() end to end: first run, login or demo session, main window, quit."""

import os
import subprocess
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


# What the first frame does not need: pages other than Home, the sync client and its HTTP
# stack, USB, first run, login (a demo session has none), reports, heavy Qt modules.
NOT_AT_START = (
    "requests", "urllib3", "cryptography", "sqlite_utils", "desktop.sync", "desktop.commands",
    "desktop.reports", "desktop.ui.first_run", "desktop.ui.login", "desktop.ui.usb_",
    "desktop.ui.library_page", "desktop.ui.kiosk", "desktop.ui.media_player", "desktop.ui.viewer",
    "desktop.ui.report_page", "desktop.ui.visits_page", "desktop.ui.participants_page",
    "desktop.ui.trainings_page", "desktop.ui.feedback_page", "desktop.ui.restore_dialog",
    "PySide6.QtMultimedia", "PySide6.QtCharts", "PySide6.QtPdf", "PySide6.QtNetwork",
    "hashlib", "uuid", "platform", "logging.handlers",
)


def test_window_start_imports_nothing_the_first_frame_does_not_need(tmp_path):
    make_workspace(tmp_path / "demo", demo=True).close()
    script = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('\\n'.join(sorted(sys.modules))))\n"
        "from desktop.cli import main\n"
        f"sys.exit(main(['--data-dir', {str(tmp_path / 'demo')!r}, '--demo-session']))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMMUNE_POINT_QUIT_WHEN_SHOWN": "1"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = set(done.stdout.split())
    assert "desktop.ui.main_window" in loaded and "desktop.ui.home" in loaded  # the window was made
    assert sorted(m for m in loaded if m.startswith(NOT_AT_START)) == []
