"""Kiosk mode: three taps to an audio bulletin, idle reset, locked exit, nothing else reachable."""

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPushButton,
    QToolBar,
)

from desktop.ui.kiosk import ALL_TOPICS, KioskExitDialog, KioskWindow
from desktop.ui.tiles import TOUCH_MIN

from .conftest import ADMIN_PASSWORD
from .library_data import TAI_TITLE, fill


@pytest.fixture
def library(workspace, tmp_path):
    return fill(workspace, tmp_path / "files")


@pytest.fixture
def kiosk(ui, qtbot, workspace, library):
    window = KioskWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.unlock()  # let the test's window close


def tap(qtbot, widget):
    assert widget is not None and widget.isVisible()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def uses(workspace):
    return [dict(r) for r in workspace.store.query(
        "SELECT material_id, lang, channel, seconds FROM material_use WHERE deleted = 0")]


def test_start_screen_lists_languages_with_materials_in_their_own_script(kiosk):
    texts = {t.property("key"): t.text() for t in kiosk.language_grid.tiles}
    # Vietnamese always; then only the languages that have materials.
    assert texts == {"vie": "Tiếng Việt", "blt": "ꪼꪕꪒꪾ", "khm": "ភាសាខ្មែរ", "bru": "Bru",
                     "cjm": "ꨌꩌ"}
    assert kiosk.heading.text() == "Chọn ngôn ngữ của bạn"
    assert not kiosk.back_button.isVisible()


def test_three_taps_from_start_to_an_audio_bulletin_playing(qtbot, kiosk, workspace, library):
    tap(qtbot, kiosk.language_grid.tile("blt"))
    assert kiosk.screen_index() == KioskWindow.TOPICS
    assert {t.property("key") for t in kiosk.topic_grid.tiles} == {ALL_TOPICS, "agriculture"}
    tap(qtbot, kiosk.topic_grid.tile("agriculture"))
    assert kiosk.screen_index() == KioskWindow.MATERIALS
    tile = kiosk.material_grid.tile(library.audio)
    assert tile.text() == TAI_TITLE
    tap(qtbot, tile)
    assert kiosk.screen_index() == KioskWindow.VIEW
    viewer = kiosk.view.player()
    assert viewer is not None and viewer.player.source().isLocalFile()
    qtbot.waitUntil(viewer.is_playing, timeout=10000)
    # The open was written at once, anonymous, as a kiosk use in the chosen language.
    assert uses(workspace) == [{"material_id": library.audio, "lang": "blt", "channel": "kiosk",
                                "seconds": 0}]
    tap(qtbot, kiosk.back_button)
    assert kiosk.screen_index() == KioskWindow.MATERIALS
    assert kiosk.view is None
    [use] = uses(workspace)
    assert use["channel"] == "kiosk" and use["seconds"] >= 0


def test_bilingual_material_opens_in_the_chosen_language_and_switches_with_one_tap(qtbot, kiosk, library):
    tap(qtbot, kiosk.language_grid.tile("bru"))
    tap(qtbot, kiosk.topic_grid.tile(ALL_TOPICS))
    tap(qtbot, kiosk.material_grid.tile(library.bilingual))
    view = kiosk.view
    assert view.lang == "bru"
    tap(qtbot, view.findChild(QPushButton, "lang_vie"))
    assert view.lang == "vie"
    assert view.narration is not None  # the Vietnamese reading plays beside the text
    # The viewers' own buttons (zoom, pages, play) are touch targets in the kiosk too.
    for button in view.findChildren(QPushButton):
        if button.isVisible():
            assert button.height() >= TOUCH_MIN and button.width() >= TOUCH_MIN, button.text()


def test_home_button_and_touch_targets(qtbot, kiosk):
    tap(qtbot, kiosk.language_grid.tile("vie"))
    for button in (kiosk.back_button, kiosk.home_button, kiosk.exit_button):
        assert button.height() >= TOUCH_MIN and button.width() >= TOUCH_MIN
    assert kiosk.back_button.text().endswith("Quay lại")
    assert kiosk.home_button.text().endswith("Về đầu")
    for tile in kiosk.topic_grid.tiles:
        assert tile.height() >= TOUCH_MIN and tile.width() >= TOUCH_MIN
    tap(qtbot, kiosk.home_button)
    assert kiosk.screen_index() == KioskWindow.LANGUAGES


def test_idle_returns_to_the_start_screen(qtbot, kiosk, library):
    tap(qtbot, kiosk.language_grid.tile("khm"))
    tap(qtbot, kiosk.topic_grid.tile("health"))
    tap(qtbot, kiosk.material_grid.tile(library.poster))
    assert kiosk.screen_index() == KioskWindow.VIEW
    kiosk.set_idle_minutes(0.002)  # 120 ms
    qtbot.waitUntil(lambda: kiosk.screen_index() == KioskWindow.LANGUAGES, timeout=5000)
    assert kiosk.view is None


def test_a_playing_bulletin_is_not_idle(qtbot, kiosk, library):
    tap(qtbot, kiosk.language_grid.tile("blt"))
    tap(qtbot, kiosk.topic_grid.tile("agriculture"))
    tap(qtbot, kiosk.material_grid.tile(library.audio))
    qtbot.waitUntil(kiosk.view.is_playing, timeout=10000)
    with qtbot.waitSignal(kiosk.idle.timeout, timeout=5000):
        kiosk.set_idle_minutes(0.002)
    assert kiosk.screen_index() == KioskWindow.VIEW  # still listening
    # When the 3-second bulletin ends, the next idle timeout goes back to the start.
    qtbot.waitUntil(lambda: kiosk.screen_index() == KioskWindow.LANGUAGES, timeout=10000)


def test_withdrawn_materials_are_not_shown(qtbot, kiosk, workspace, library):
    workspace.materials.set_withdrawn(library.audio)
    kiosk.start_screen()
    assert kiosk.language_grid.tile("blt") is None


def test_no_menus_typing_or_operator_widgets(qtbot, kiosk):
    tap(qtbot, kiosk.language_grid.tile("vie"))
    tap(qtbot, kiosk.topic_grid.tile(ALL_TOPICS))
    for kind in (QMenuBar, QMenu, QToolBar, QLineEdit, QAbstractItemView):
        assert kiosk.findChildren(kind) == [], kind
    tile = kiosk.material_grid.tiles[0]
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), tile.mapToGlobal(QPoint(5, 5)))
    assert QApplication.instance().notify(tile, event)  # eaten by the kiosk's filter
    assert QApplication.activePopupWidget() is None


def answer_exit_dialog(qtbot, password, then_cancel=False):
    """Fill the exit dialog once it is open (it runs its own event loop)."""
    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, KioskExitDialog):
            QTimer.singleShot(10, fill)
            return
        dialog.username.setText("admin")
        dialog.password.setText(password)
        dialog.try_login()
        seen["error"] = dialog.error.text() if dialog.error.isVisible() else ""
        if then_cancel and dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, fill)
    return seen


def test_wrong_password_keeps_the_kiosk(qtbot, kiosk):
    seen = answer_exit_dialog(qtbot, "sai-mat-khau", then_cancel=True)
    assert kiosk.request_exit() is False
    assert seen["error"]
    assert kiosk.isVisible() and not kiosk.unlocked
    kiosk.close()  # Alt+F4 and the like are refused
    assert kiosk.isVisible()


def test_operator_password_leaves_the_kiosk(qtbot, kiosk):
    seen = answer_exit_dialog(qtbot, ADMIN_PASSWORD)
    with qtbot.waitSignal(kiosk.exited):
        assert kiosk.request_exit() is True
    assert seen["error"] == ""
    assert not kiosk.isVisible()


def test_kiosk_starts_from_the_main_window_and_gives_it_back(ui, qtbot, workspace, library, operator):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(workspace, operator)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "library" in window.pages
    assert window.kiosk_action.text().endswith("Chế độ kiosk")
    window.kiosk_action.trigger()
    kiosk = window.kiosk
    assert kiosk.isVisible() and kiosk.isFullScreen() and not window.isVisible()
    assert kiosk.findChildren(QMenuBar) == []
    with qtbot.waitSignal(kiosk.exited):
        kiosk.unlock()
    assert window.isVisible() and window.kiosk is None
