"""The global exception hook: save a crash report, tell the user plainly, keep running."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop.core import logs
from desktop.core.errors import StoreError
from desktop.core.paths import Paths

from . import i18n

log = logging.getLogger("point.ui.crash")


def crash_text(report: Path | None) -> str:
    """The plain-language sentence shown after an unexpected error."""
    translate = QCoreApplication.translate
    text = translate(
        "CrashDialog", "Something went wrong in the program. Data already saved is still safe."
    )
    if report is not None:
        text += " " + translate("CrashDialog", "An error report was saved at {path}.").format(
            path=report
        )
    text += " " + translate(
        "CrashDialog",
        "You can keep working; if the problem comes back, send the report to the support team.",
    )
    return text


class CrashHook:
    """Installed as sys.excepthook; one dialog at a time, never exits the app."""

    def __init__(self, paths: Paths | None) -> None:
        self.paths = paths
        self.dialog: Any = None  # the QMessageBox on screen, if any
        self.last_report: Path | None = None
        self.previous = sys.excepthook

    def install(self) -> CrashHook:
        self.previous = sys.excepthook
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        try:
            self.last_report = logs.write_crash_report(self.paths, exc)
            self._show(exc)
        except Exception:  # the hook itself must never raise: fall back to stderr
            sys.__excepthook__(exc_type, exc, tb)

    def _show(self, exc: BaseException) -> None:
        # Imported here: QtWidgets' message box costs start-up time and is rarely needed.
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is None:
            sys.__excepthook__(type(exc), exc, exc.__traceback__)
            return
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog is enough; every report is still saved
        if isinstance(exc, StoreError) and exc.environment:
            # The environment's fault (disk full, read-only...): say what to do.
            text = i18n.explain(exc.code, **exc.params)
        else:
            text = crash_text(self.last_report)
        title = QCoreApplication.translate("CrashDialog", "An error occurred")
        box = QMessageBox(QMessageBox.Icon.Critical, title, text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.button(QMessageBox.StandardButton.Ok).setText(
            QCoreApplication.translate("CrashDialog", "Close")
        )
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._forget)
        self.dialog = box
        box.show()  # not exec(): the hook may run inside another event loop

    def _forget(self) -> None:
        self.dialog = None


def install(paths: Paths | None) -> CrashHook:
    """Make every unhandled error write a report and show a dialog instead of vanishing."""
    return CrashHook(paths).install()
