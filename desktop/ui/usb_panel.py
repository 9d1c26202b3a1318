"""The "Sync by USB" panel (đồng bộ qua USB) on the Sync page: pick a stick, write this
point's changes to it for the province, read the province's reply from it.

Sticks are listed every two seconds (usb_drives.py), plus any folder the operator
chooses. Writing and reading run desktop/sync/usb.py on worker threads (usb_work.py),
each with its own database connection; this panel only shows what happened, in plain words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.paths import Paths
from desktop.sync import bundle, usb
from desktop.sync.client import CancelToken

from .appearance import scaled
from .home import format_sync_time
from .i18n import explain, locale
from .sync_controller import Job
from .usb_drives import Drive, find_drives
from .usb_work import Report, export_work, import_work, replies_on, run_job

log = logging.getLogger("point.ui.usb")
POLL_MS = 2_000
GOOD_STYLE = "color: #1b6e20; font-weight: bold;"
WARNING_STYLE = "color: #a40000; font-weight: bold;"


class UsbPanel(QWidget):
    """Drive list, "Write to USB", "Read from USB", what happened and what still waits."""

    changed = Signal()  # the sync state moved (the page re-reads its status)

    def __init__(self, paths: Paths, parent: QWidget | None = None,
                 extra: list[str] | tuple[str, ...] = (), poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.paths = paths
        self.extra = [str(Path(r)) for r in extra]
        self.chosen: list[str] = []  # folders picked with "Choose folder…"
        self.drives: list[Drive] = []
        self.replies: dict[str, int] = {}  # root -> replies for this point on it
        self.state: dict[str, Any] | None = None  # usb.usb_status()
        self.job: Job | None = None
        self.job_kind = ""
        self.cancel: CancelToken | None = None
        self.step: tuple[int, int] | None = None
        self._state_job: Job | None = None
        self._state_again = False
        self._replies_job: Job | None = None
        self._replies_again = False
        self.outcome: tuple[str, dict[str, Any], bool] | None = None  # kind, result or error, ok

        self.heading = QLabel(objectName="usb_heading")
        self.heading.setFont(scaled(self.font(), 1.4))
        self.intro = self._label("usb_intro")
        self.drives_caption = QLabel(objectName="usb_drives_caption")
        self.drives_caption.setStyleSheet("font-weight: bold;")
        self.drive_list = QListWidget(objectName="usb_drives")
        self.drive_list.setFont(scaled(self.font(), 1.15))
        row = 2 * self.drive_list.fontMetrics().height() + 12  # a stick takes two lines
        self.drive_list.setFixedHeight(2 * row + 8)  # two sticks in view; more scroll
        self.drive_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.no_drive = self._label("usb_no_drive")
        self.choose_button = QPushButton(objectName="usb_choose")
        self.choose_button.setFont(scaled(self.font(), 1.1))
        self.choose_button.setMinimumHeight(48)
        self.choose_button.clicked.connect(self.choose_folder)

        self.write_button = self._big_button("usb_write", self.write_to_usb)
        self.read_button = self._big_button("usb_read", self.read_from_usb)
        self.stop_button = self._big_button("usb_stop", self.stop)
        self.stop_button.hide()
        self.progress_bar = QProgressBar(objectName="usb_progress", minimumHeight=28)
        self.progress_text = self._label("usb_progress_text")
        self.message = self._label("usb_message")

        self.captions: dict[str, QLabel] = {}
        self.written = self._label("usb_last_written")
        self.read_fact = self._label("usb_last_read")
        self.waiting = self._label("usb_waiting")
        facts = QGridLayout()
        facts.setHorizontalSpacing(16)
        facts.setVerticalSpacing(10)
        for row, (key, value) in enumerate((("written", self.written), ("read", self.read_fact),
                                           ("waiting", self.waiting))):
            caption = QLabel(objectName=f"usb_caption_{key}")
            caption.setStyleSheet("font-weight: bold;")
            caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.captions[key] = caption
            facts.addWidget(caption, row, 0)
            facts.addWidget(value, row, 1)
        facts.setColumnStretch(1, 1)
        self.facts_box = QFrame(objectName="usb_facts", frameShape=QFrame.Shape.StyledPanel)
        self.facts_box.setLayout(facts)

        drive_row = QHBoxLayout()
        drive_row.addWidget(self.drive_list, 1)
        drive_row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button, 1)
        buttons.addWidget(self.read_button, 1)
        buttons.addWidget(self.stop_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.drives_caption)
        layout.addLayout(drive_row)
        layout.addWidget(self.no_drive)
        layout.addLayout(buttons)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.message)
        layout.addWidget(self.facts_box)
        layout.addStretch(1)
        self.setTabOrder(self.drive_list, self.choose_button)
        self.setTabOrder(self.choose_button, self.write_button)
        self.setTabOrder(self.write_button, self.read_button)

        self.poll = QTimer(self, interval=poll_ms)
        self.poll.timeout.connect(self.refresh_drives)
        self.poll.start()
        self.refresh_drives()
        self.refresh_state()
        self.render()

    def _label(self, name: str) -> QLabel:
        label = QLabel(objectName=name, wordWrap=True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _big_button(self, name: str, slot: Any) -> QPushButton:
        button = QPushButton(objectName=name)
        button.setFont(scaled(self.font(), 1.3))
        button.setMinimumHeight(64)
        button.clicked.connect(slot)
        return button

    # -- drives ------------------------------------------------------------------------------
    def refresh_drives(self) -> None:
        """Re-list the drives (every two seconds); keeps the selected one when it is still there."""
        drives = find_drives([*self.extra, *self.chosen])
        if drives == self.drives:
            return
        selected = self.selected_root()
        appeared = {d.root for d in drives} - {d.root for d in self.drives}
        self.drives = drives
        self.drive_list.blockSignals(True)
        self.drive_list.clear()
        for drive in drives:
            item = QListWidgetItem(self._drive_text(drive))
            item.setData(Qt.ItemDataRole.UserRole, drive.root)
            item.setSizeHint(QSize(0, 2 * self.drive_list.fontMetrics().height() + 12))
            self.drive_list.addItem(item)
        roots = [d.root for d in drives]
        if selected in roots:
            self.drive_list.setCurrentRow(roots.index(selected))
        elif drives:
            self.drive_list.setCurrentRow(0)
        self.drive_list.blockSignals(False)
        self._update_buttons()
        if appeared:
            self.look_for_replies()

    def _drive_text(self, drive: Drive) -> str:
        if drive.free >= 0:
            free = self.tr("{size} free").format(size=locale().formattedDataSize(drive.free))
        else:
            free = self.tr("free space unknown")
        text = f"{drive.name}  —  {free}"
        if drive.read_only:
            text += "  " + self.tr("[read only]")
        if self.replies.get(drive.root):
            text += "  ✉ " + self.tr("a reply from the province is waiting")
        return f"{text}\n{drive.root}"  # two lines: what matters first, the long path under it

    def _retext_drives(self) -> None:
        for row, drive in enumerate(self.drives):
            item = self.drive_list.item(row)
            if item is not None:
                item.setText(self._drive_text(drive))

    def look_for_replies(self) -> None:
        """Mark the sticks that carry a reply for this point (off the UI thread)."""
        if self.state is None:
            return
        if self._replies_job is not None:
            self._replies_again = True
            return
        roots, point = [d.root for d in self.drives], self.state["point"]
        self._replies_job = run_job(lambda _report: replies_on(roots, point), self._replies_found,
                                    self._replies_failed)

    def _replies_found(self, found: dict[str, int]) -> None:
        self._replies_job = None
        self.replies = found
        self._retext_drives()
        self._replies_next()

    def _replies_failed(self, code: str, params: dict[str, Any]) -> None:
        self._replies_job = None
        log.warning("could not look for replies on the sticks: %s %s", code, params)
        self._replies_next()

    def _replies_next(self) -> None:
        if self._replies_again:
            self._replies_again = False
            self.look_for_replies()

    def selected_root(self) -> str | None:
        item = self.drive_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def add_folder(self, folder: str) -> None:
        """Use a folder as the stick (what "Choose folder…" does), and select it. A folder
        inside the stick's COMMUNE-SYNC tree (a bundle, a point's folder) means its stick."""
        path = Path(folder)
        inside = [p for p in (path, *path.parents) if p.name == bundle.ROOT]
        root = str(inside[-1].parent if inside else path)
        if root not in self.chosen:
            self.chosen.append(root)
        self.refresh_drives()
        roots = [d.root for d in self.drives]
        if root in roots:
            self.drive_list.setCurrentRow(roots.index(root))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the USB stick or a folder on it"))
        if folder:
            self.add_folder(folder)

    # -- state ---------------------------------------------------------------------------------
    def refresh_state(self) -> None:
        """Re-read what was last written and read, and what waits (off the UI thread)."""
        if self._state_job is not None:
            self._state_again = True
            return
        paths = self.paths
        self._state_job = run_job(lambda _report: usb.usb_status(paths), self._state_read, self._state_failed)

    def _state_read(self, state: dict[str, Any]) -> None:
        self._state_job = None
        first = self.state is None
        self.state = state
        self.render()
        if first:
            self.look_for_replies()
        if self._state_again:
            self._state_again = False
            self.refresh_state()

    def _state_failed(self, code: str, params: dict[str, Any]) -> None:
        self._state_job = None
        log.warning("USB sync state could not be read: %s %s", code, params)

    # -- actions -----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.job is not None

    def write_to_usb(self) -> None:
        root = self.selected_root()
        if root is None or self.running:
            return
        paths, cancel = self.paths, CancelToken()
        self._start("write", lambda report: export_work(paths, root, report, cancel), cancel)

    def read_from_usb(self) -> None:
        root = self.selected_root()
        if root is None or self.running:
            return
        paths, cancel = self.paths, CancelToken()
        self._start("read", lambda report: import_work(paths, root, report, cancel), cancel)

    def shutdown(self) -> None:
        """At window close: stop polling, stop a running write or read, and wait for the workers."""
        self.poll.stop()
        if self.cancel is not None:
            self.cancel.cancel()
        for job in (self.job, self._state_job, self._replies_job):
            if job is not None:
                job.wait(30_000)

    def stop(self) -> None:
        """Stop the running write or read at its next step; nothing half-done is kept."""
        if self.cancel is not None:
            self.cancel.cancel()
            self.stop_button.setEnabled(False)
            self.progress_text.setText(self.tr("Stopping…"))

    def _start(self, kind: str, work: Callable[[Report], Any], cancel: CancelToken) -> None:
        self.job_kind = kind
        self.cancel = cancel
        self.outcome = None
        self.step = None
        self.job = run_job(work, self._done, self._failed, self._progressed)
        log.info("USB %s started on %s", kind, self.selected_root())
        self.render()

    def _progressed(self, step: tuple[int, int]) -> None:
        self.step = step
        self._show_progress()

    def _done(self, result: dict[str, Any]) -> None:
        kind, self.job, self.cancel = self.job_kind, None, None
        self.state = result.get("usb") or self.state
        self.outcome = (kind, result, True)
        if kind == "read":
            self.replies[result["drive"]] = 0
            self._retext_drives()
        self.render()
        self.changed.emit()

    def _failed(self, code: str, params: dict[str, Any]) -> None:
        kind, self.job, self.cancel = self.job_kind, None, None
        log.warning("USB %s failed: %s %s", kind, code, params)
        self.outcome = (kind, {"code": code, "params": params}, False)
        self.render()
        self.refresh_state()  # a reply read before a refused one was applied
        self.changed.emit()

    # -- text ----------------------------------------------------------------------------------
    def render(self) -> None:
        self.heading.setText(self.tr("Sync by USB stick"))
        self.intro.setText(self.tr(
            "No connection? Write this point's changes to a USB stick and take it to the province. "
            "When the stick comes back with the province's reply, read it here."))
        self.drives_caption.setText(self.tr("USB stick"))
        self.no_drive.setText(self.tr(
            "No USB stick found. Plug one in (it appears here by itself), or choose a folder."))
        self.choose_button.setText(self.tr("Choose folder…"))
        self.write_button.setText(self.tr("Write to USB"))
        self.read_button.setText(self.tr("Read from USB"))
        self.stop_button.setText(self.tr("Stop"))
        self.captions["written"].setText(self.tr("Last written to a stick"))
        self.captions["read"].setText(self.tr("Last reply read"))
        self.captions["waiting"].setText(self.tr("Still to be delivered"))
        self._retext_drives()
        self.progress_bar.setVisible(self.running)
        self.progress_text.setVisible(self.running)
        if self.running:
            self._show_progress()
        self._show_outcome()
        self._show_facts()
        self._update_buttons()

    def _show_progress(self) -> None:
        writing = self.job_kind == "write"
        text = self.tr("Writing to the stick… do not pull it out.") if writing else self.tr("Reading the stick…")
        done, total = self.step or (0, 0)
        if total > 0:
            self.progress_bar.setRange(0, 1000)
            self.progress_bar.setValue(min(1000, done * 1000 // total))
            size = locale().formattedDataSize
            text += " " + self.tr("{done} of {total}").format(done=size(done), total=size(total))
        else:
            self.progress_bar.setRange(0, 0)  # busy until the service says how much
        if self.cancel is not None and self.cancel.cancelled:
            text = self.tr("Stopping…")
        self.progress_text.setText(text)

    def _update_buttons(self) -> None:
        has_drive = self.selected_root() is not None
        self.no_drive.setVisible(not self.drives)
        self.write_button.setEnabled(has_drive and not self.running)
        self.read_button.setEnabled(has_drive and not self.running)
        self.stop_button.setVisible(self.running)
        self.stop_button.setEnabled(self.running and self.cancel is not None and not self.cancel.cancelled)
        self.choose_button.setEnabled(not self.running)

    def _show_outcome(self) -> None:
        if self.outcome is None:
            self.message.hide()
            return
        kind, result, ok = self.outcome
        if ok:
            text, good = (self._written_text(result), True) if kind == "write" else self._read_text(result)
        else:
            text, good = self._error_text(result["code"], result["params"]), False
        self.message.setText(text)
        self.message.setStyleSheet(GOOD_STYLE if good else WARNING_STYLE)
        self.message.show()

    def _written_text(self, result: dict[str, Any]) -> str:
        drive = result["drive"]
        media = int(result.get("media_bytes") or 0)
        if not result["records"] and not media:
            return self.tr(
                "Nothing new to send: the province already has every change of this point. A small "
                "bundle was still written to {drive}, so the province can send its reply.").format(drive=drive)
        # (plural strings carry no {placeholder}: the catalogue check reads only singular texts)
        text = self.tr("Written to {drive}:").format(drive=drive) + " " + self.tr(
            "%n change(s)", "", result["records"])
        if result["records"]:
            text += " " + self.tr("(no. {first} to {last})").format(
                first=result["seq_from"] + 1, last=result["seq_to"])
        if media:
            text += " " + self.tr("and %n file(s)", "", int(result.get("media_files") or 0))
            text += f" ({locale().formattedDataSize(media)})"
        return text + ". " + self.tr(
            "Take the stick to the province; bring back its reply and press \"Read from USB\".")

    def _read_text(self, result: dict[str, Any]) -> tuple[str, bool]:
        drive, others, got = result["drive"], result["others"], result["imported"]
        ignored = self.tr("Replies for other points ({points}) were left on the stick for them.").format(
            points=", ".join(others)) if others else ""
        if not got:
            text = self.tr("No reply from the province for this point ({point}) on {drive}.").format(
                point=result["point"], drive=drive)
            return " ".join(t for t in (text, ignored) if t), False
        text = self.tr("Reply read: %n new record(s) from the province", "", int(got["applied"]))
        if got.get("media_files"):
            text += " " + self.tr("and %n file(s)", "", int(got["media_files"]))
        text += ". "
        if got.get("delivered"):
            text += self.tr("Delivered: the province has received everything up to change no. {seq}.")
        else:
            text += self.tr("The province has received everything up to change no. {seq}; newer "
                            "changes still wait to be delivered.")
        text = text.format(seq=locale().toString(int(got["acked_seq"])))
        return " ".join(t for t in (text, ignored) if t), True

    def _error_text(self, code: str, params: dict[str, Any]) -> str:
        drive = str(params.get("path") or self.selected_root() or "")
        if code == "sync-cancelled" and self.outcome is not None and self.outcome[0] == "write":
            return self.tr("Stopped: nothing was written to the stick, and nothing unfinished was left on it.")
        if code == "sync-cancelled":
            return self.tr("Stopped: the reply was not imported. Read it again when you are ready.")
        if code == "bundle-no-space":
            return self.tr("The stick {drive} is full: nothing was written. Free some space on it, or "
                           "try again with another stick.").format(drive=drive)
        if code == "bundle-write-failed":
            return self.tr("Writing to {drive} failed ({detail}); the stick may have been pulled out or be "
                           "write-protected. Nothing half-written can ever be imported. Try again with "
                           "another stick.").format(drive=drive, detail=params.get("detail", ""))
        return explain(code, **{"url": "", "detail": "", "path": drive, **params})

    @staticmethod
    def _drive_of(bundle_path: str) -> str:
        """The stick a bundle folder is on (the part before its COMMUNE-SYNC folder)."""
        path = Path(bundle_path)
        for parent in path.parents:
            if parent.name == bundle.ROOT:
                return str(parent.parent)
        return str(path)

    def _show_facts(self) -> None:
        number = locale().toString
        state = self.state or {}
        written = state.get("last_export")
        if not written:
            self.written.setText(self.tr("Nothing written to a stick yet."))
        else:
            when = format_sync_time(written.get("at")) or ""
            drive = self._drive_of(str(written.get("bundle", "")))
            if written.get("records"):
                text = self.tr("{when}, to {drive}: changes no. {first} to {last}.").format(
                    when=when, drive=drive, first=number(int(written["seq_from"]) + 1),
                    last=number(int(written["seq_to"])))
            else:
                text = self.tr("{when}, to {drive}: nothing new (a bundle asking for the reply).").format(
                    when=when, drive=drive)
            if written.get("media_files"):
                text += " " + self.tr("With %n file(s).", "", int(written["media_files"]))
            self.written.setText(text)
        read = state.get("last_import")
        if read:
            self.read_fact.setText(self.tr(
                "{when}: the province had received up to change no. {seq}.").format(
                when=format_sync_time(read.get("at")) or "", seq=number(int(read.get("acked_seq") or 0))))
        elif state.get("acked_seq"):
            self.read_fact.setText(self.tr("No reply read from a stick yet; the province has received up "
                                           "to change no. {seq}.").format(seq=number(int(state["acked_seq"]))))
        else:
            self.read_fact.setText(self.tr("No reply read yet."))
        if not state:
            self.waiting.setText(self.tr("Reading the sync state…"))
        elif state.get("waiting"):
            self.waiting.setText(self.tr("%n change(s) not yet delivered to the province.", "",
                                         int(state["waiting"])))
        else:
            self.waiting.setText(self.tr("Nothing: the province has everything from this point."))

    # -- Qt ------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.render()
        super().changeEvent(event)

    def hideEvent(self, event: QEvent) -> None:
        self.poll.stop()
        super().hideEvent(event)

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        self.refresh_drives()
        self.poll.start()
