"""Join the province network (Tham gia mạng lưới của tỉnh): hub address + one-time code.

The input is checked here with a message next to the fields; the enrolment itself
(key pair, registration at the hub) runs on a worker thread.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.paths import Paths
from desktop.sync import service, wire

from .i18n import explain
from .sync_controller import Job, start_job

ERROR_STYLE = "color: #a40000;"


def valid_hub_url(text: str) -> bool:
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.hostname)


class EnrolDialog(QDialog):
    """Checks the two fields, enrols off the UI thread, and shows the hub on success."""

    enrolled = Signal(object)  # what service.enroll returned

    def __init__(self, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.job: Job | None = None
        self.answer: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Join the province network"))
        self.setMinimumWidth(560)
        self.intro = QLabel(wordWrap=True)
        self.intro.setText(self.tr(
            "Type the address of the province hub and the one-time code the province gave "
            "you (16 letters and digits, e.g. ABCD-EFGH-JKMN-PQRS)."))
        self.hub_url = QLineEdit(objectName="hub_url", placeholderText="https://…")
        self.code = QLineEdit(objectName="enrol_code", placeholderText="ABCD-EFGH-JKMN-PQRS")
        self.message = QLabel(objectName="enrol_message", wordWrap=True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("Province hub address:"), self.hub_url)
        form.addRow(self.tr("One-time code:"), self.code)
        self.buttons = QDialogButtonBox()
        self.join_button = QPushButton(self.tr("Join"), objectName="join_button", default=True)
        self.close_button = QPushButton(self.tr("Cancel"), objectName="close_button")
        self.buttons.addButton(self.join_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.join_button.clicked.connect(self.join)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.show()

    def join(self) -> None:
        """Check the fields; if they are right, enrol on a worker thread."""
        url = self.hub_url.text().strip()
        if not valid_hub_url(url):
            self._say(self.tr("Type the hub address the province gave you; it starts with "
                              "http:// or https://."), error=True)
            self.hub_url.setFocus()
            return
        try:
            code = wire.normalise_enrol_code(self.code.text())
        except wire.WireError:
            self._say(explain("sync-enrol-code-invalid"), error=True)
            self.code.setFocus()
            return
        self._busy(True)
        self._say(self.tr("Connecting to the province hub…"))
        paths = self.paths
        self.job = start_job(lambda _report: service.enroll(paths, code, url), done=self._done, failed=self._failed)

    def _busy(self, busy: bool) -> None:
        for widget in (self.hub_url, self.code, self.join_button):
            widget.setEnabled(not busy)

    def _done(self, answer: dict[str, Any]) -> None:
        self.job = None
        self.answer = answer
        self._say(self.tr("Done: point {point} ({name}) has joined the province hub at {hub}. "
                          "The data will now be synced automatically.").format(
            point=answer["point"], name=answer.get("name", ""), hub=answer["hub"]))
        self.join_button.hide()
        self.hub_url.setEnabled(False)
        self.code.setEnabled(False)
        self.close_button.setText(self.tr("Close"))
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)
        self.enrolled.emit(answer)

    def _failed(self, code: str, params: dict[str, Any]) -> None:
        self.job = None
        self._busy(False)
        params.setdefault("url", self.hub_url.text().strip())
        params.setdefault("detail", "")
        params.setdefault("point", "")
        self._say(explain(code, **params), error=True)
