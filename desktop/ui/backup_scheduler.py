"""Daily automatic backup while the app runs, the disk-space warning, and the Backups menu."""

from __future__ import annotations

import contextlib
import logging
import threading

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from desktop.core import autobackup
from desktop.core.errors import PointError

log = logging.getLogger("point.ui.backup")
CHECK_EVERY_MS = 3 * 60 * 60 * 1000
FIRST_CHECK_MS = 5_000  # after start-up, so the backup never competes with the first paint


class BackupScheduler(QObject):
    """Checks at start (off the UI thread) and every few hours whether a backup is due."""

    finished = Signal(object)  # the new backup's path, None, or an error text

    def __init__(self, window: QMainWindow, start: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.running = False
        self.finished.connect(self._done)
        self.disk_warning = QLabel(objectName="disk_warning")
        self.disk_warning.setStyleSheet("color: #a40000; font-weight: bold;")
        self.disk_warning.hide()
        window.statusBar().addPermanentWidget(self.disk_warning)
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        window.installEventFilter(self)
        self.backups_action = None
        if window.user.is_admin:
            from PySide6.QtGui import QAction

            self.backups_action = QAction(window, objectName="backups_action")
            self.backups_action.triggered.connect(self.show_backups)
            window.file_menu.insertAction(window.logout_action, self.backups_action)
        self.retranslate()
        if start:
            self.timer.start()
            QTimer.singleShot(FIRST_CHECK_MS, self, self.check)

    def check(self) -> None:
        """Warn about disk space now; start a backup on a worker thread if one is due."""
        self.show_disk_space()
        if self.running or not autobackup.is_due(self.workspace.paths):
            return
        self.running = True
        keep = autobackup.keep_settings(self.workspace.store)
        paths = self.workspace.paths
        threading.Thread(target=self._work, args=(paths, keep), daemon=True,
                         name="auto-backup").start()

    def _work(self, paths, keep) -> None:  # noqa: ANN001 (worker thread: no Qt widgets here)
        try:
            result: object = autobackup.run_if_due(paths, *keep)
        except (PointError, OSError) as exc:
            log.warning("automatic backup failed: %s", exc)
            result = str(exc)
        # The window (and this object) may be gone by now, e.g. the user quit meanwhile.
        with contextlib.suppress(RuntimeError):
            self.finished.emit(result)

    def _done(self, result: object) -> None:
        self.running = False
        if result is not None:
            log.info("automatic backup: %s", result)
        self.show_disk_space()

    def show_disk_space(self) -> None:
        try:
            space = autobackup.disk_space(self.workspace.paths)
        except OSError:
            return
        self.disk_warning.setVisible(space.nearly_full)
        self.disk_warning.setText(self.tr("Disk nearly full: {free} free").format(
            free=self.window.locale().formattedDataSize(space.free)))

    def show_backups(self) -> None:
        from .restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.workspace.paths, self.workspace.close, self.window)
        if dialog.exec() and dialog.restored_from is not None:
            QApplication.quit()

    def retranslate(self) -> None:
        if self.backups_action is not None:
            self.backups_action.setText(self.tr("&Backups and restore…"))
        if self.disk_warning.isVisible():
            self.show_disk_space()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def register(window: QMainWindow) -> BackupScheduler:
    """Attach the scheduler, the disk warning and (for admins) the Backups menu entry."""
    return BackupScheduler(window)
