from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from desktop.messages import message
from desktop.ui.login import LoginDialog

from .conftest import ADMIN_PASSWORD


def attempt(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.clear()
    dialog.password.clear()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def make_dialog(qtbot, workspace) -> LoginDialog:
    dialog = LoginDialog(workspace.accounts, workspace.point.name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_wrong_password_explains_in_vietnamese_and_stays_open(ui, qtbot, workspace):
    dialog = make_dialog(qtbot, workspace)
    attempt(qtbot, dialog, "admin", "sai-mat-khau")
    assert dialog.isVisible()
    assert dialog.user is None
    assert dialog.error.text() == message("login-failed", "vi") == "Sai tên đăng nhập hoặc mật khẩu."
    assert dialog.password.text() == ""


def test_right_password_accepts(ui, qtbot, workspace):
    dialog = make_dialog(qtbot, workspace)
    with qtbot.waitSignal(dialog.accepted):
        attempt(qtbot, dialog, "admin", ADMIN_PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.is_admin


def test_account_locks_after_five_failures(ui, qtbot, workspace):
    dialog = make_dialog(qtbot, workspace)
    for _ in range(4):
        attempt(qtbot, dialog, "admin", "sai")
        assert dialog.error.text() == message("login-failed", "vi")
    attempt(qtbot, dialog, "admin", "sai")
    locked = message("account-locked", "vi", minutes=5)
    assert dialog.error.text() == locked
    attempt(qtbot, dialog, "admin", ADMIN_PASSWORD)  # even the right password waits now
    assert dialog.error.text() == locked
    assert dialog.isVisible() and dialog.user is None
