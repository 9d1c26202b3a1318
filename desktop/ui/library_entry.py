"""The library's places in the main window: the library page and the "Kiosk mode" action.

The page's and the kiosk's modules are imported when first used, so start-up stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QWidget

if TYPE_CHECKING:
    from .kiosk import KioskWindow
    from .main_window import MainWindow

LIBRARY_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Library")
KIOSK_TEXT = QT_TRANSLATE_NOOP("MainWindow", "Kiosk mode")
KIOSK_TIP = QT_TRANSLATE_NOOP("MainWindow", "Full screen for villagers: materials only; "
                              "an operator's password is needed to leave")


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _library(window: MainWindow) -> QWidget:
    from .library_page import LibraryPage

    return LibraryPage(window.workspace)


class _Retranslator(QObject):
    """Renames the kiosk action when the UI language changes."""

    def __init__(self, window: MainWindow, action: QAction) -> None:
        super().__init__(window)
        self.action = action
        self.retranslate()
        window.installEventFilter(self)

    def retranslate(self) -> None:
        self.action.setText("▣  " + _t(KIOSK_TEXT))
        self.action.setToolTip(_t(KIOSK_TIP))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def register(window: MainWindow) -> None:
    """Add the library page and a toolbar with the kiosk action."""
    from .main_window import glyph_icon

    window.add_page("library", lambda: _t(LIBRARY_TITLE), lambda: _library(window), glyph_icon("▤"))
    action = QAction(window, objectName="kiosk_action")
    action.triggered.connect(lambda: start_kiosk(window))
    window.kiosk_action = action
    toolbar = QToolBar(objectName="library_toolbar")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(24, 24))
    toolbar.addAction(action)
    window.addToolBar(toolbar)
    window.kiosk_retranslator = _Retranslator(window, action)


def start_kiosk(window: MainWindow, idle_minutes: float | None = None) -> KioskWindow:
    """Hide the operator's window and show the kiosk full screen until an operator leaves it."""
    from .kiosk import KioskWindow

    kiosk = KioskWindow(window.workspace, idle_minutes)
    window.kiosk = kiosk

    def back() -> None:
        window.kiosk = None
        kiosk.deleteLater()
        window.showMaximized()
        window.refresh_status()

    kiosk.exited.connect(back)
    window.hide()
    # The whole screen even where no window manager honours "full screen" (a bare X kiosk).
    kiosk.setGeometry(window.screen().geometry())
    kiosk.showFullScreen()
    return kiosk
