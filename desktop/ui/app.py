"""Start the desktop app: fonts, language, crash hook, first run, login, main window.

Start-up speed matters (budget: 1.5x a bare QMainWindow): heavy Qt modules (Multimedia,
Pdf, Charts) are imported by the pages that need them, never here, and the home page
reads COUNT figures only.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.core import logs, settings
from desktop.core.accounts import User
from desktop.core.errors import PointError
from desktop.core.paths import APP_AUTHOR, APP_NAME, Paths
from desktop.core.workspace import Workspace

from . import appearance, background, crash, i18n
from .main_window import MainWindow

log = logging.getLogger("point.ui.app")

DEMO_USER = User(username="demo", role="operator", full_name=None)


def make_application(lang: str = "vi") -> QApplication:
    """The QApplication with our names, fonts and translation (reused if one exists)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    appearance.apply(app)
    i18n.install(app, lang)
    return app


def open_workspace(paths: Paths) -> tuple[Workspace | None, str]:
    """Open the data folder, running the set-up wizard when it has no database.

    Returns the workspace (None when the user cancelled) and the username to offer at login.
    """
    if not paths.exists():
        from .first_run import FirstRunWizard  # only a new point needs it

        wizard = FirstRunWizard(paths)
        wizard.exec()
        if wizard.set_up_result() is None or not paths.exists():
            return None, ""
        return Workspace.open(paths), wizard.username()
    workspace = Workspace.open(paths)
    if workspace.accounts.count() == 0:
        from PySide6.QtWidgets import QDialog

        from .first_run import AdminDialog

        # A point made without an account (`commune-point init`): create its admin.
        dialog = AdminDialog(workspace)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
            workspace.close()
            return None, ""
        return workspace, dialog.user.username
    return workspace, ""


def _shown_then_quit() -> None:
    target = os.environ.get("COMMUNE_POINT_SHOWN_FILE")
    if target:
        import time

        with open(target, "w", encoding="utf-8") as handle:
            # wall clock, CPU seconds so far (all threads), CPU seconds of the UI thread
            handle.write(f"{time.time()!r} {time.process_time()!r} {time.thread_time()!r}")
    QApplication.quit()


class Session(QObject):
    """Login → main window → log out → login again, until the user quits."""

    def __init__(self, workspace: Workspace, demo: bool) -> None:
        super().__init__()
        self.workspace = workspace
        self.demo = demo
        self.window: MainWindow | None = None
        self.last_username = ""

    def login(self) -> User | None:
        if self.demo:
            self.demo = False  # after a log-out, the demo asks for a password like any point
            return DEMO_USER
        from PySide6.QtWidgets import QDialog  # here, like QMessageBox: the demo window needs neither

        from .login import LoginDialog

        dialog = LoginDialog(self.workspace.accounts, self.workspace.point.name,
                             username=self.last_username)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
            return None
        return dialog.user

    def start(self) -> bool:
        """Ask who is working and open the main window; False when they quit instead."""
        user = self.login()
        if user is None:
            return False
        self.last_username = user.username
        log.info("session for %s (%s)", user.username, user.role)
        self.window = MainWindow(self.workspace, user)
        self.window.logout_requested.connect(self.log_out)
        self.window.closed.connect(self._window_closed)
        self.window.showMaximized()  # old PCs have small screens: use all of it
        if os.environ.get("COMMUNE_POINT_QUIT_WHEN_SHOWN") == "1":
            # bench/startup.py: note when the shown window's first events are processed,
            # then quit, exactly as the bare-window baseline does.
            QTimer.singleShot(0, _shown_then_quit)
        return True

    def log_out(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.hide()
            window.close()
            window.deleteLater()
        if not self.start():
            QApplication.quit()

    def end(self) -> None:
        """Delete the window now, before the workspace under it closes."""
        window, self.window = self.window, None
        if window is not None:
            window.close()
            window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def _window_closed(self) -> None:
        if self.window is not None and not self.window.logging_out:
            QApplication.quit()


def start_language(paths: Paths, lang: str | None) -> str:
    """The command line's --lang, else the language saved for this point, else Vietnamese."""
    return lang or settings.ui_language(paths) or "vi"


def run(paths: Paths, lang: str | None = None, demo_session: bool = False) -> int:
    """Run the desktop app on a data folder; returns the process exit code.

    `lang` is the command line's --lang (it wins over the language saved for the point).
    """
    logs.setup(paths)
    app = make_application(start_language(paths, lang))
    app.setQuitOnLastWindowClosed(False)  # dialogs come and go between sessions
    hook = crash.install(paths)
    try:
        try:
            workspace, username = open_workspace(paths)
        except PointError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the data"),
                                 i18n.explain(exc.code, **exc.params))
            return 1
        if workspace is None:
            return 0
        with workspace:
            demo = demo_session and workspace.point.is_demo
            if demo_session and not demo:
                log.warning("demo session refused: %s is not a demo data set", paths.root)
            session = Session(workspace, demo)
            session.last_username = username
            try:
                if not session.start():
                    return 0
                return app.exec()
            finally:
                session.end()
                background.wait_for_all()  # a read still running must end before exit
    finally:
        hook.uninstall()
