from PySide6.QtWidgets import QLabel

from desktop.core import settings
from desktop.ui import i18n
from desktop.ui.home import HomePage
from desktop.ui.main_window import MainWindow


def make_window(qtbot, workspace, user) -> MainWindow:
    window = MainWindow(workspace, user)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_demo_workspace_title_says_demo(ui, qtbot, demo_workspace, operator):
    window = make_window(qtbot, demo_workspace, operator)
    assert "DỮ LIỆU MẪU (demo)" in window.windowTitle()
    assert demo_workspace.point.name in window.windowTitle()


def test_real_workspace_title_has_no_demo_marker(ui, qtbot, workspace, operator):
    window = make_window(qtbot, workspace, operator)
    assert "demo" not in window.windowTitle().lower()


def test_home_is_the_first_page_and_opens_first(ui, qtbot, workspace, operator):
    window = make_window(qtbot, workspace, operator)
    assert list(window.pages)[0] == "home"
    assert {"visits", "participants", "trainings", "feedback"} <= set(window.pages)
    assert window.nav.item(0).text() == "Trang chủ"
    assert isinstance(window.stack.currentWidget(), HomePage)


def test_pages_are_built_lazily(ui, qtbot, workspace, operator):
    window = make_window(qtbot, workspace, operator)
    built: list[str] = []

    def factory() -> QLabel:
        built.append("sample")
        return QLabel("Trang thử")

    window.add_page("sample", "Trang thử", factory)
    assert built == []
    window.nav.setCurrentItem(window.pages["sample"].item)
    assert built == ["sample"]
    window.open_page("home")
    window.open_page("sample")
    assert built == ["sample"]


def test_status_bar(ui, qtbot, workspace, operator):
    window = make_window(qtbot, workspace, operator)
    texts = " | ".join(w.text() for w in window.statusBar().findChildren(QLabel))
    assert "Điểm hỗ trợ CNTT xã Tả Lèng (XA-03405)" in texts
    assert "Lò Văn A (cán bộ vận hành)" in texts
    assert "Chưa đồng bộ" in texts
    assert str(workspace.paths.root) in texts


def test_language_switch_retranslates_live(ui, qtbot, demo_workspace, operator):
    window = make_window(qtbot, demo_workspace, operator)
    english = next(a for a in window.language_actions.actions() if a.data() == "en")
    english.trigger()
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Home")
    assert i18n.current_language() == "en"
    assert "DEMO DATA (demo)" in window.windowTitle()
    assert window.status_sync.text() == "Not synced yet"
    assert english.isChecked()
    # Kept for the next start (app.run reads it unless --lang is given).
    assert settings.ui_language(demo_workspace.paths) == "en"
