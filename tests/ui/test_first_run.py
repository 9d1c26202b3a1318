from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.paths import Paths
from desktop.core.workspace import Workspace
from desktop.ui.first_run import FirstRunDialog

from .conftest import type_text


def click_create(qtbot, dialog: FirstRunDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def fill_admin(qtbot, dialog: FirstRunDialog, password: str, again: str) -> None:
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "quantri")
    type_text(dialog.full_name, "Lò Thị Mai")
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClicks(dialog.password2, again)


def test_first_run_creates_point_and_admin(ui, qtbot, tmp_path):
    paths = Paths(tmp_path / "new")
    dialog = FirstRunDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    # Typed without accents, as people do on a keyboard without a Vietnamese input method.
    qtbot.keyClicks(dialog.province.lineEdit(), "tinh lai chau")
    qtbot.waitUntil(lambda: dialog.province.current_code() == "12")
    qtbot.waitUntil(lambda: dialog.commune.count() > 0)
    qtbot.keyClicks(dialog.commune.lineEdit(), "xa ta leng")
    qtbot.waitUntil(lambda: dialog.code.text() == "XA-03405")
    assert dialog.name.text() == "Điểm hỗ trợ CNTT Xã Tả Lèng"
    fill_admin(qtbot, dialog, "mat-khau-1", "mat-khau-1")
    with qtbot.waitSignal(dialog.accepted):
        click_create(qtbot, dialog)

    assert dialog.user is not None and dialog.user.is_admin
    dialog.workspace.close()
    with Workspace.open(paths) as ws:
        point = ws.point
        assert (point.code, point.province_code, point.commune_code) == ("XA-03405", "12", "03405")
        assert point.name == "Điểm hỗ trợ CNTT Xã Tả Lèng"
        assert not point.is_demo
        user = ws.accounts.login("quantri", "mat-khau-1")
        assert user.role == "admin" and user.full_name == "Lò Thị Mai"


def test_mismatched_passwords_stay_open_and_create_nothing(ui, qtbot, tmp_path):
    paths = Paths(tmp_path / "new")
    dialog = FirstRunDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "Điểm thử")
    qtbot.keyClicks(dialog.code, "XA-TEST")
    fill_admin(qtbot, dialog, "mat-khau-1", "mat-khau-2")
    click_create(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.text() == "Hai mật khẩu không giống nhau. Hãy nhập lại mật khẩu."
    assert not paths.exists()


def test_bad_point_code_is_explained_next_to_the_field(ui, qtbot, tmp_path):
    paths = Paths(tmp_path / "new")
    dialog = FirstRunDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "Điểm thử")
    type_text(dialog.code, "mã có dấu")
    fill_admin(qtbot, dialog, "mat-khau-1", "mat-khau-1")
    click_create(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.text().startswith("Mã điểm")
    assert not paths.exists()


def test_point_without_admin_only_asks_for_the_admin(ui, qtbot, tmp_path):
    paths = Paths(tmp_path / "half")
    Workspace.create(paths, "XA-HALF", "Điểm dở dang").close()
    with Workspace.open(paths) as ws:
        dialog = FirstRunDialog(paths, workspace=ws)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.point_box.isVisible()
        fill_admin(qtbot, dialog, "mat-khau-1", "mat-khau-1")
        with qtbot.waitSignal(dialog.accepted):
            click_create(qtbot, dialog)
        assert ws.accounts.count() == 1
