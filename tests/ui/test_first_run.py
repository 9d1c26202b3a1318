"""The set-up wizard on a new PC, driven like a user would, against a real hub process."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from desktop.core import new_point, settings
from desktop.core.paths import Paths
from desktop.core.workspace import Workspace
from desktop.sync import service
from desktop.ui import i18n
from desktop.ui.app import run
from desktop.ui.first_run import ADMIN, CONNECT, PLACE, POINT, SUMMARY, WORK, AdminDialog, FirstRunWizard
from desktop.ui.login import LoginDialog
from tests.hubproc import HubProcess

from .conftest import insert_visit, type_text
from .test_app import restore_app, when_shown  # noqa: F401 - fixture

SLOW = 60_000  # the hub's first request starts its Python; generous, never slept
POINT_CODE = "XA-03405"  # Xã Tả Lèng, Lai Châu
WRONG_CODE = "ABCD-EFGH-JKMN-PQRS"  # well formed, never issued

pytestmark = pytest.mark.usefixtures("log_handlers_closed")


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[HubProcess]:
    proc = HubProcess(tmp_path / "hub").start()
    yield proc
    proc.stop()


def register(hub: HubProcess, code: str = POINT_CODE) -> str:
    added = hub.cli("point", "add", "--code", code, "--name", "Điểm Tả Lèng", "--json")
    assert added.code == 0, added.err
    return added.json()["enrol_code"]


@pytest.fixture
def wizard(ui, qtbot, tmp_path):  # noqa: ANN001
    w = FirstRunWizard(Paths(tmp_path / "new"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    qtbot.waitUntil(lambda: not w.work.busy(), timeout=SLOW)


def choose(qtbot, button) -> None:  # noqa: ANN001
    """Click a radio button on its circle, where a user clicks (its middle may be empty space)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(10, button.height() // 2))
    assert button.isChecked()


def next_page(qtbot, wizard: FirstRunWizard) -> None:  # noqa: ANN001
    button = QWizard.WizardButton.CommitButton if wizard.currentPage().isCommitPage() \
        else QWizard.WizardButton.NextButton
    qtbot.mouseClick(wizard.button(button), Qt.MouseButton.LeftButton)


def fill_place(qtbot, wizard: FirstRunWizard) -> None:  # noqa: ANN001
    assert wizard.currentId() == PLACE
    # Typed without accents, as on a keyboard without a Vietnamese input method.
    qtbot.keyClicks(wizard.place.province.lineEdit(), "tinh lai chau")
    qtbot.waitUntil(lambda: wizard.place.province.current_code() == "12")
    qtbot.waitUntil(lambda: wizard.place.commune.count() > 0)
    qtbot.keyClicks(wizard.place.commune.lineEdit(), "xa ta leng")
    qtbot.waitUntil(lambda: wizard.place.commune.current_code() == "03405")
    next_page(qtbot, wizard)


def fill_admin(qtbot, wizard: FirstRunWizard, again: str = "mat-khau-1") -> None:  # noqa: ANN001
    assert wizard.currentId() == ADMIN
    form = wizard.admin.form
    form.username.clear()
    qtbot.keyClicks(form.username, "quantri")
    type_text(form.full_name, "Lò Thị Mai")
    qtbot.keyClicks(form.password, "mat-khau-1")
    qtbot.keyClicks(form.password2, again)
    next_page(qtbot, wizard)


def to_connect_page(qtbot, wizard: FirstRunWizard) -> None:  # noqa: ANN001
    next_page(qtbot, wizard)  # the language page: Vietnamese is chosen already
    fill_place(qtbot, wizard)
    assert wizard.currentId() == POINT
    assert wizard.point.code.text() == POINT_CODE
    assert wizard.point.name.text() == "Điểm hỗ trợ CNTT Xã Tả Lèng"
    next_page(qtbot, wizard)
    fill_admin(qtbot, wizard)
    assert wizard.currentId() == CONNECT


def connect(qtbot, wizard: FirstRunWizard, mode: str, url: str = "", code: str = "") -> None:  # noqa: ANN001
    choose(qtbot, wizard.connection.modes[mode])
    for field, text in ((wizard.connection.hub_url, url), (wizard.connection.code, code)):
        field.clear()
        qtbot.keyClicks(field, text)
    next_page(qtbot, wizard)


def wait_for_work(qtbot, wizard: FirstRunWizard) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not wizard.work.busy(), timeout=SLOW)


def nothing_written(paths: Paths) -> bool:
    staged = new_point.staging(paths)
    return not paths.exists() and not paths.settings_file.exists() and not staged.root.exists()


def test_new_pc_in_english_enrols_and_the_language_is_kept(wizard, qtbot, hub, tmp_path, restore_app):  # noqa: ANN001, F811
    paths = wizard.paths
    enrol_code = register(hub)
    assert wizard.windowTitle() == "Thiết lập điểm hỗ trợ"
    choose(qtbot, wizard.language.buttons["en"])
    # The wizard re-translates at once, buttons included.
    qtbot.waitUntil(lambda: wizard.windowTitle() == "Set up the support point")
    assert wizard.language.title() == "Welcome"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Next >"
    assert wizard.width() <= 1024 and wizard.height() <= 768 - 40  # an old 1024x768 screen
    next_page(qtbot, wizard)
    assert "2026-07-25" in wizard.place.source.text() and "3321 communes" in wizard.place.source.text()
    assert wizard.place.title() == "Where is the point?"
    next_page(qtbot, wizard)  # nothing picked: explained, and the page stays
    assert wizard.currentId() == PLACE and wizard.place.error.text() == "Pick the province from the list."
    fill_place(qtbot, wizard)
    assert wizard.place.error.isHidden()  # the mistake is fixed: the red line went away
    # The suggestion is editable; a lower-case code is accepted as capitals.
    wizard.point.code.clear()
    qtbot.keyClicks(wizard.point.code, "xa-03405")
    next_page(qtbot, wizard)
    assert wizard.point.code.text() == POINT_CODE
    assert "at least 6 characters" in wizard.admin.form.rules.text()
    fill_admin(qtbot, wizard, again="mat-khau-2")
    assert wizard.currentId() == ADMIN
    assert wizard.admin.error.text() == "The two passwords are not the same. Type the password again."
    qtbot.keyClicks(wizard.admin.form.password2, "mat-khau-1")
    assert wizard.admin.error.isHidden()  # typing again takes the red line away
    qtbot.keyClick(wizard.admin.form.password2, Qt.Key.Key_Return)  # Enter is Next
    assert wizard.currentId() == CONNECT
    connect(qtbot, wizard, "now", hub.url, enrol_code.lower().replace("-", " "))  # read over the phone
    wait_for_work(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY)
    text = wizard.summary.text.text()
    assert "Ready: Điểm hỗ trợ CNTT Xã Tả Lèng (XA-03405)." in text
    assert f"Joined the province hub at {hub.url}" in text and "Administrator: quantri" in text
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()  # no way back now
    with qtbot.waitSignal(wizard.accepted):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    assert settings.ui_language(paths) == "en"
    status = service.sync_status(paths, probe=True)
    assert status.enrolled and status.connection == "online" and status.point == POINT_CODE
    with Workspace.open(paths) as ws:
        assert (ws.point.province_code, ws.point.commune_code) == ("12", "03405")
        assert ws.accounts.login("quantri", "mat-khau-1").full_name == "Lò Thị Mai"
    assert not new_point.staging(paths).root.exists()

    # The next start speaks English without being told; --lang still wins.
    i18n.install(qtbot_app(), "vi")
    seen: list[str] = []
    when_shown(LoginDialog, lambda d: d.reject(), seen)
    assert run(paths) == 0
    when_shown(LoginDialog, lambda d: d.reject(), seen)
    assert run(paths, lang="vi") == 0
    assert seen == ["Log in", "Đăng nhập"]


def qtbot_app():  # noqa: ANN201
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def test_wrong_code_is_explained_and_a_retry_works(wizard, qtbot, hub):  # noqa: ANN001
    enrol_code = register(hub)
    to_connect_page(qtbot, wizard)
    connect(qtbot, wizard, "now", "127.0.0.1")  # no scheme: explained before any network
    assert wizard.currentId() == CONNECT
    assert "http://" in wizard.connection.error.text()
    connect(qtbot, wizard, "now", hub.url, "ABC")  # too short
    assert wizard.connection.error.text().startswith("Mã đăng ký không đúng")

    connect(qtbot, wizard, "now", hub.url, WRONG_CODE)
    back = wizard.button(QWizard.WizardButton.BackButton)
    # While it works, neither Back nor Cancel can leave a half-made point behind.
    qtbot.waitUntil(lambda: not wizard.work.busy() or not (back.isEnabled() or
                    wizard.button(QWizard.WizardButton.CancelButton).isEnabled()))
    wait_for_work(qtbot, wizard)
    assert wizard.currentId() == WORK
    assert wizard.work.error.text().startswith("Mã đăng ký không đúng. Kiểm tra lại 16 ký tự")
    assert wizard.work.hint.text() == "Hãy bấm Quay lại để sửa rồi thử lại."
    assert nothing_written(wizard.paths)
    assert back.isEnabled() and not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == CONNECT

    connect(qtbot, wizard, "now", hub.url, enrol_code)
    wait_for_work(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY)
    assert service.sync_status(wizard.paths).enrolled


def test_a_code_for_another_point_says_which_point(wizard, qtbot, hub):  # noqa: ANN001
    other = register(hub, "XA-99999")
    to_connect_page(qtbot, wizard)
    connect(qtbot, wizard, "now", hub.url, other)
    wait_for_work(qtbot, wizard)
    assert wizard.work.error.text() == (
        "Mã này dành cho điểm XA-99999, không phải XA-03405. Hãy bấm Quay lại và nhập XA-99999 "
        "làm mã điểm, hoặc xin tỉnh mã của điểm XA-03405.")
    assert nothing_written(wizard.paths)


def test_no_connection_then_later_makes_a_point_that_enrols_later(wizard, qtbot, hub):  # noqa: ANN001
    down = HubProcess(wizard.paths.root.parent / "down").start()
    down_url = down.url
    down.stop()  # an address where nothing answers
    to_connect_page(qtbot, wizard)
    connect(qtbot, wizard, "now", down_url, WRONG_CODE)
    wait_for_work(qtbot, wizard)
    assert wizard.work.error.text() == (
        f"Máy chủ của tỉnh tại {down_url} không trả lời. Hãy kiểm tra địa chỉ và kết nối Internet của máy này.")
    assert "Để sau" in wizard.work.hint.text()
    assert nothing_written(wizard.paths)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    connect(qtbot, wizard, "later")
    wait_for_work(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY)
    assert "Chưa tham gia mạng lưới của tỉnh" in wizard.summary.text.text()
    wizard.reject()  # closing the window on the summary page is finishing
    assert wizard.result() == QWizard.DialogCode.Accepted
    # A complete point that can enrol later (the Sync page's enrol dialog calls this).
    assert not service.sync_status(wizard.paths).enrolled
    assert service.enroll(wizard.paths, register(hub), hub.url)["point"] == POINT_CODE
    assert settings.ui_language(wizard.paths) == "vi"


def test_recover_brings_the_point_history_back(wizard, qtbot, hub, tmp_path):  # noqa: ANN001
    from datetime import date, timedelta

    old = Paths(tmp_path / "old-pc")
    with Workspace.create(old, POINT_CODE, "Điểm Tả Lèng", province_code="12", commune_code="03405") as ws:
        for n in range(25):
            insert_visit(ws, date(2026, 3, 1) + timedelta(days=n))
        ws.participants.add(full_name="Lò Văn Páo", sex="male", birth_year=1980)
    service.enroll(old, register(hub), hub.url)
    service.run_sync(old)
    recovery = hub.cli("point", "code", POINT_CODE, "--json")
    assert recovery.code == 0, recovery.err

    to_connect_page(qtbot, wizard)
    connect(qtbot, wizard, "recover", hub.url, recovery.json()["enrol_code"])
    wait_for_work(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY)
    assert "Đã lấy lại từ tỉnh: 25 lượt phục vụ, 1 học viên" in wizard.summary.text.text()
    wizard.accept()
    with Workspace.open(wizard.paths) as ws:
        assert ws.counts()["visit"] == 25 and ws.counts()["participant"] == 1
        assert ws.accounts.login("quantri", "mat-khau-1").is_admin  # the new PC's own admin
    assert service.sync_status(wizard.paths, probe=True).connection == "online"
    assert service.sync_status(old, probe=True).connection == "revoked"  # the old key is replaced


def test_cancel_leaves_nothing(wizard, qtbot):  # noqa: ANN001
    choose(qtbot, wizard.language.buttons["en"])
    qtbot.waitUntil(lambda: wizard.windowTitle() == "Set up the support point")
    to_connect_page(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert nothing_written(wizard.paths)


def test_point_without_admin_only_asks_for_the_admin(ui, qtbot, tmp_path):  # noqa: ANN001
    paths = Paths(tmp_path / "half")
    Workspace.create(paths, "XA-HALF", "Điểm dở dang").close()
    with Workspace.open(paths) as ws:
        dialog = AdminDialog(ws)
        qtbot.addWidget(dialog)
        dialog.show()
        form = dialog.form
        qtbot.keyClicks(form.password, "ngan")
        qtbot.keyClicks(form.password2, "ngan")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.error.text() == "Mật khẩu cần ít nhất 6 ký tự." and ws.accounts.count() == 0
        form.password.setText("mat-khau-1")
        form.password2.setText("mat-khau-1")
        with qtbot.waitSignal(dialog.accepted):
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert ws.accounts.count() == 1 and dialog.user.username == "admin"


def test_a_code_cancelled_by_revoking_the_point_says_so(wizard, qtbot, hub):  # noqa: ANN001
    enrol_code = register(hub)
    assert hub.cli("point", "revoke", POINT_CODE).code == 0
    to_connect_page(qtbot, wizard)
    connect(qtbot, wizard, "now", hub.url, enrol_code)
    wait_for_work(qtbot, wizard)
    assert wizard.work.error.text().startswith(
        "Mã đăng ký này đã được dùng, hoặc tỉnh đã hủy nó khi thu hồi điểm.")
    assert nothing_written(wizard.paths)


def test_new_user_from_an_empty_folder_to_the_main_window(ui, qtbot, tmp_path, restore_app):  # noqa: ANN001, F811
    """run() as the app starts: wizard, then the login offers the new admin's name, then the window."""
    from desktop.ui.main_window import MainWindow

    paths = Paths(tmp_path / "fresh")
    seen: list[str] = []

    def log_in(dialog: LoginDialog) -> None:
        seen.append(dialog.username.text())
        dialog.password.setText("mat-khau-1")
        dialog.try_login()
        when_shown(MainWindow, lambda w: (seen.append(w.windowTitle()), w.close()), [])

    def set_up(wizard: FirstRunWizard) -> None:
        to_connect_page(qtbot, wizard)
        connect(qtbot, wizard, "later")
        qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY, timeout=SLOW)
        when_shown(LoginDialog, log_in, [])
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    when_shown(FirstRunWizard, set_up, [])
    assert run(paths) == 0
    assert seen[0] == "quantri" and "Điểm hỗ trợ CNTT Xã Tả Lèng" in seen[1]
    assert settings.ui_language(paths) == "vi"


def test_stopping_a_recovery_keeps_the_point_and_the_next_sync_finishes_it(wizard, qtbot, hub, tmp_path):  # noqa: ANN001
    from datetime import date, timedelta

    old = Paths(tmp_path / "old-pc")
    with Workspace.create(old, POINT_CODE, "Điểm Tả Lèng") as ws:
        for n in range(3000):
            insert_visit(ws, date(2025, 1, 1) + timedelta(days=n % 365))
    service.enroll(old, register(hub), hub.url)
    service.run_sync(old)
    recovery = hub.cli("point", "code", POINT_CODE, "--json").json()["enrol_code"]

    to_connect_page(qtbot, wizard)
    connect(qtbot, wizard, "recover", hub.url, recovery)
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    qtbot.waitUntil(lambda: wizard.work.stoppable or not wizard.work.busy(), timeout=SLOW)
    if wizard.work.busy():
        assert cancel.isEnabled()  # only the sync can stop, and it says so
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    wait_for_work(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY)
    result = wizard.set_up_result()
    if result.sync_error is not None:
        assert result.sync_error[0] == "sync-cancelled"
        assert "Việc khôi phục dừng trước khi xong" in wizard.summary.text.text()
    wizard.accept()
    service.run_sync(wizard.paths)  # the next sync picks up where the stop left off
    with Workspace.open(wizard.paths) as ws:
        assert ws.counts()["visit"] == 3000
