"""The Sync page (Đồng bộ): enrolment, connection, what the province has received, what
waits, the last attempt, a clock warning, and "Sync now" with progress and Stop; a second
tab syncs by USB stick (usb_panel.py).

Everything slow happens in the SyncController's worker threads; this page only shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .appearance import scaled
from .home import format_sync_time
from .i18n import explain, locale
from .sync_controller import Outcome, SyncController

if TYPE_CHECKING:  # the sync client's HTTP stack and the USB tab load with the page, not at start-up
    from desktop.sync.service import SyncStatus
    from desktop.sync.session import Progress

    from .main_window import MainWindow

WARNING_STYLE = "color: #a40000; font-weight: bold;"
GOOD_STYLE = "color: #1b6e20; font-weight: bold;"


class SyncPage(QWidget):
    """Shows the controller's state in plain words; its buttons start, stop and enrol."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.step: Progress | None = None
        self.stopping = False

        self.heading = QLabel(objectName="sync_heading")
        self.heading.setFont(scaled(self.font(), 1.6))
        self.enrolment = self._label("sync_enrolment")
        self.enrol_button = QPushButton(objectName="enrol_button")
        self.enrol_button.setFont(scaled(self.font(), 1.2))
        self.enrol_button.setMinimumHeight(48)
        self.enrol_button.clicked.connect(self.open_enrol_dialog)
        self.connection = self._label("sync_connection")
        self.acked = self._label("sync_acked")
        self.waiting = self._label("sync_waiting")
        self.last_attempt = self._label("sync_last_attempt")
        self.clock_warning = self._label("sync_clock_warning")
        self.clock_warning.setStyleSheet(WARNING_STYLE)
        self.clock_warning.hide()
        self.next_auto = self._label("sync_next_auto")
        self.next_auto.setStyleSheet("color: #555;")

        self.sync_button = QPushButton(objectName="sync_now")
        self.sync_button.setFont(scaled(self.font(), 1.4))
        self.sync_button.setMinimumHeight(64)
        self.sync_button.clicked.connect(self.sync_now)
        self.stop_button = QPushButton(objectName="sync_stop")
        self.stop_button.setFont(scaled(self.font(), 1.2))
        self.stop_button.setMinimumHeight(64)
        self.stop_button.clicked.connect(self.stop)
        self.progress_bar = QProgressBar(objectName="sync_progress")
        self.progress_bar.setMinimumHeight(28)
        self.progress_text = self._label("sync_progress_text")

        self.captions: dict[str, QLabel] = {}
        facts = QGridLayout()
        facts.setHorizontalSpacing(16)
        facts.setVerticalSpacing(10)
        for row, (key, value) in enumerate((("connection", self.connection), ("acked", self.acked),
                                           ("waiting", self.waiting), ("last", self.last_attempt))):
            caption = QLabel(objectName=f"caption_{key}")
            caption.setStyleSheet("font-weight: bold;")
            caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.captions[key] = caption
            facts.addWidget(caption, row, 0)
            facts.addWidget(value, row, 1)
        facts.setColumnStretch(1, 1)
        self.facts_box = QFrame(objectName="sync_facts", frameShape=QFrame.Shape.StyledPanel)
        self.facts_box.setLayout(facts)

        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button, 3)
        buttons.addWidget(self.stop_button, 1)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.enrolment)
        layout.addWidget(self.enrol_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.facts_box)
        layout.addWidget(self.clock_warning)
        layout.addLayout(buttons)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.next_auto)
        layout.addStretch(1)
        scroll = QScrollArea(frameShape=QFrame.Shape.NoFrame, widgetResizable=True)
        scroll.setWidget(body)
        from .usb_panel import UsbPanel

        self.usb = UsbPanel(controller.paths)
        self.usb.changed.connect(controller.refresh)
        controller.status_changed.connect(self._status_for_usb)
        usb_scroll = QScrollArea(frameShape=QFrame.Shape.NoFrame, widgetResizable=True)
        usb_scroll.setWidget(self.usb)
        self.tabs = QTabWidget(objectName="sync_tabs", documentMode=True)
        self.tabs.tabBar().setFont(scaled(self.font(), 1.15))
        self.tabs.addTab(scroll, "")
        self.tabs.addTab(usb_scroll, "")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)

        controller.status_changed.connect(self.render)
        controller.sync_started.connect(self._sync_started)
        controller.progress.connect(self._progressed)
        controller.sync_finished.connect(self._sync_finished)
        # The "next automatic sync in N minutes" line counts down while the page is shown.
        self.clock = QTimer(self, interval=30_000)
        self.clock.timeout.connect(self.render)
        self.render()

    def _label(self, name: str) -> QLabel:
        label = QLabel(objectName=name, wordWrap=True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- actions ---------------------------------------------------------------------------
    def sync_now(self) -> None:
        self.controller.sync_now()

    def stop(self) -> None:
        self.controller.cancel()
        self.stopping = True
        self.stop_button.setEnabled(False)
        self.progress_text.setText(self.tr("Stopping after the current step…"))

    def open_enrol_dialog(self) -> None:
        from .enrol_dialog import EnrolDialog

        dialog = EnrolDialog(self.controller.paths, self)
        dialog.enrolled.connect(lambda _answer: self.controller.refresh())
        dialog.open()
        self.enrol_dialog = dialog  # reachable from tests; replaced by the next one

    def _status_for_usb(self, _status: SyncStatus) -> None:
        self.usb.refresh_state()  # a network sync moves what the USB tab shows as waiting

    def show_usb(self) -> None:
        """Open the "By USB stick" tab."""
        self.tabs.setCurrentIndex(1)

    def _sync_started(self) -> None:
        self.step = None
        self.stopping = False
        self.render()

    def _progressed(self, step: Progress) -> None:
        self.step = step
        self._show_progress()

    def _sync_finished(self, _outcome: Outcome) -> None:
        self.step = None
        self.stopping = False
        self.render()

    # -- text ------------------------------------------------------------------------------
    def render(self, *_args: object) -> None:
        """Show everything from the controller's last status, outcome and running state."""
        status = self.controller.status
        self.tabs.setTabText(0, self.tr("Over the network"))
        self.tabs.setTabText(1, self.tr("By USB stick"))
        self.heading.setText(self.tr("Sync with the province"))
        self.captions["connection"].setText(self.tr("Connection"))
        self.captions["acked"].setText(self.tr("Received by the province"))
        self.captions["waiting"].setText(self.tr("Waiting to be sent"))
        self.captions["last"].setText(self.tr("Last attempt"))
        self.enrol_button.setText(self.tr("Join the province network"))
        self.sync_button.setText(self.tr("Sync now"))
        self.stop_button.setText(self.tr("Stop"))
        running = self.controller.running
        if status is None:
            self.enrolment.setText(self.tr("Reading the sync state…"))
            self.enrol_button.hide()
            self.facts_box.hide()
        elif not status.enrolled:
            self.enrolment.setText(self.tr(
                "This point has not joined the province network yet. Ask the province for a "
                "one-time code, then press the button below."))
            self.enrol_button.show()
            self.facts_box.hide()
        else:
            self.enrolment.setText(self.tr("This point ({point}) is enrolled with the province hub "
                                           "at {url}.").format(point=status.point, url=status.hub_url))
            self.enrol_button.hide()
            self.facts_box.show()
            self._show_facts(status)
        enrolled = status is not None and status.enrolled
        self.sync_button.setVisible(enrolled)
        self.stop_button.setVisible(enrolled)
        self.sync_button.setEnabled(enrolled and not running)
        self.stop_button.setEnabled(running and not self.stopping)
        self.progress_bar.setVisible(running)
        self.progress_text.setVisible(running)
        if running:
            self._show_progress()
        seconds = self.controller.seconds_to_next()
        if enrolled and seconds is not None and not running:
            minutes = max(1, round(seconds / 60))
            self.next_auto.setText(self.tr("Next automatic sync in about %n minute(s).", "", minutes))
            self.next_auto.show()
        else:
            self.next_auto.hide()

    def _show_facts(self, status: SyncStatus) -> None:
        number = locale().toString
        self.connection.setText(self._connection_text(status))
        self.connection.setStyleSheet(GOOD_STYLE if status.connection == "online" else (
            WARNING_STYLE if status.connection in ("offline", "revoked") else ""))
        if status.acked_seq > 0:
            when = format_sync_time(status.last_sync_at)
            text = self.tr("The province has received up to change no. {seq}").format(
                seq=number(status.acked_seq))
            if when:
                text += self.tr(" (at {time})").format(time=when)
            self.acked.setText(text + ".")
        else:
            self.acked.setText(self.tr("The province has not received anything from this point yet."))
        if status.waiting:
            self.waiting.setText(self.tr("%n change(s) waiting to be sent.", "", status.waiting))
        else:
            self.waiting.setText(self.tr("Nothing is waiting: everything has been sent."))
        self.last_attempt.setText(self._last_attempt_text(status))
        self.last_attempt.setStyleSheet(
            "" if status.last_result in (None, "ok") else WARNING_STYLE)
        skew = status.clock_skew_ms
        if status.clock_warning and skew is not None:
            minutes = round(abs(skew) / 60_000)
            if skew < 0:  # skew is the hub's clock minus this PC's
                text = self.tr("This computer's clock is about %n minute(s) ahead of the province "
                               "hub's.", "", minutes)
            else:
                text = self.tr("This computer's clock is about %n minute(s) behind the province "
                               "hub's.", "", minutes)
            self.clock_warning.setText("⚠ " + text + " " + self.tr(
                "Set the date and time of this computer correctly (Windows settings: Time & "
                "language), otherwise the order of changes may be wrong."))
            self.clock_warning.show()
        else:
            self.clock_warning.hide()

    def _connection_text(self, status: SyncStatus) -> str:
        if self.controller.checking and status.connection == "unknown":
            return self.tr("Checking…")
        return {
            "online": self.tr("The province hub answers."),
            "offline": explain("sync-unreachable", url=status.hub_url or ""),
            "revoked": explain("sync-point-revoked", url=status.hub_url or "", detail=""),
        }.get(status.connection, self.tr("Not checked yet."))

    def _last_attempt_text(self, status: SyncStatus) -> str:
        when = format_sync_time(status.last_attempt_at)
        if not when:
            return self.tr("No sync has been attempted yet.")
        outcome = self.controller.outcome
        if status.last_result == "ok":
            if outcome is not None and outcome.ok and outcome.result is not None:
                result = outcome.result
                return self.tr("{time}: successful. Sent {sent}, received {received} change(s).").format(
                    time=when, sent=result.sent_rows, received=result.received_rows)
            return self.tr("{time}: successful.").format(time=when)
        code = status.last_result or "sync-error"
        params: dict[str, object] = {"url": status.hub_url or "", "detail": ""}
        if outcome is not None and not outcome.ok and outcome.code == code:
            params.update(outcome.params)
        return self.tr("{time}: not successful.").format(time=when) + " " + explain(code, **params)

    def _show_progress(self) -> None:
        step = self.step
        self.progress_bar.setVisible(True)
        self.progress_text.setVisible(True)
        if step is None:
            self.progress_bar.setRange(0, 0)
            self.progress_text.setText(self.tr("Starting…"))
            return
        stage = {
            "prepare": self.tr("Connecting to the province hub"),
            "push": self.tr("Sending changes"),
            "pull": self.tr("Receiving from the province"),
            "media": self.tr("Transferring files"),
            "finish": self.tr("Finishing"),
        }.get(step.stage, step.stage)
        if step.total:
            self.progress_bar.setRange(0, max(1, step.total))
            self.progress_bar.setValue(min(step.done, step.total))
            self.progress_text.setText(f"{stage}… {step.done}/{step.total}")
        else:
            self.progress_bar.setRange(0, 0)
            self.progress_text.setText(f"{stage}…")
        if self.stopping:
            self.progress_text.setText(self.tr("Stopping after the current step…"))

    # -- Qt ----------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.clock.start()
        if not self.controller.running:
            self.controller.refresh()

    def hideEvent(self, event: QEvent) -> None:
        self.clock.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.render()
        super().changeEvent(event)


def register(window: MainWindow) -> SyncController:
    """Attach the window's sync controller (automatic sync) and add the Sync page."""
    from PySide6.QtCore import QCoreApplication

    from .main_window import glyph_icon

    controller = SyncController(window.workspace.paths, window)
    controller.sync_finished.connect(lambda _outcome: window.refresh_status())
    window.closed.connect(controller.stop)
    def make_page() -> SyncPage:
        page = SyncPage(controller)
        page.usb.changed.connect(window.refresh_status)  # a reply read by USB moves the status bar too
        window.closed.connect(page.usb.shutdown)
        return page

    window.add_page("sync", lambda: QCoreApplication.translate("MainWindow", "Sync"), make_page, glyph_icon("⇅"))
    controller.start()
    return controller
