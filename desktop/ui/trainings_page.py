"""The trainings page (Lớp tập huấn): list by period, details, check-in, sign-in sheet, scan."""

from __future__ import annotations

import re
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QStandardPaths, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import PointError
from desktop.core.participants import Participant
from desktop.core.trainings import Training
from desktop.core.workspace import Workspace

from .appearance import scaled
from .checkin import CheckInView
from .fieldform import ERROR_STYLE, OK_STYLE, date_range, ref_name, report_error
from .paged_model import Column, PagedModel
from .training_dialog import TrainingDialog

CTX = "TrainingsPage"
COLUMNS = [
    Column(CTX, QT_TRANSLATE_NOOP("TrainingsPage", "Dates"), lambda t: date_range(t.start_date, t.end_date)),
    Column(CTX, QT_TRANSLATE_NOOP("TrainingsPage", "Title"), lambda t: t.title),
    Column(CTX, QT_TRANSLATE_NOOP("TrainingsPage", "Kind"), lambda t: ref_name("training_kinds", t.kind)),
]
SCAN_TYPES = {b"%PDF": ".pdf", b"\xff\xd8\xff": ".jpg", b"\x89PNG": ".png"}


def sheet_file_name(prefix: str, title: str) -> str:
    """A file name from the training's title, safe on Windows and FAT32 sticks."""
    safe = re.sub(r'[<>:"/\\|?*\x00-\x1f]', " ", title)
    safe = " ".join(safe.split()).strip(" .")[:80]
    return f"{prefix} - {safe}.pdf" if safe else f"{prefix}.pdf"


class SheetWriter(QThread):
    """Writes the sign-in sheet PDF off the UI thread (the data is read before it starts)."""

    written = Signal(str)
    failed = Signal(str)

    def __init__(self, target: Path, point_name: str, training: Training,
                 people: list[Participant], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.args = (target, point_name, training, people)

    def run(self) -> None:
        from desktop.reports.signin_sheet import write_sheet

        try:
            write_sheet(*self.args)
        except OSError as exc:
            self.failed.emit(str(exc))
            return
        self.written.emit(str(self.args[0]))


class TrainingsPage(QWidget):
    """Trainings of a period; everything done to one training starts from its row."""

    sheet_written = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.trainings = workspace.trainings
        self.writer: SheetWriter | None = None
        self.last_sheet: str | None = None
        self.heading = QLabel(objectName="title")
        self.heading.setFont(scaled(self.font(), 1.4, bold=True))
        self.period = QComboBox(objectName="period")
        self.period.activated.connect(lambda _index: self.refresh())
        self.model = PagedModel(COLUMNS, self._fetch, self)
        self.table = QTableView(objectName="training_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        for column, width in enumerate((140, 300, 110)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_details())
        self.table.doubleClicked.connect(lambda _index: self.open_checkin())
        self.details = QLabel(objectName="details")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setMinimumWidth(300)
        self.buttons: dict[str, QPushButton] = {}
        actions = QGridLayout()
        for n, (key, slot) in enumerate((
                ("checkin", self.open_checkin), ("sheet", self.print_sheet),
                ("attach", self.attach_scan), ("open_scan", self.open_scan),
                ("new", self.add), ("edit", self.edit_selected), ("delete", self.delete_selected))):
            button = QPushButton(objectName=key)
            button.clicked.connect(slot)
            self.buttons[key] = button
            actions.addWidget(button, n // 2, n % 2)
        self.buttons["checkin"].setFont(scaled(self.font(), 1.15, bold=True))
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.open_sheet_button = QPushButton(objectName="open_sheet")
        self.open_sheet_button.clicked.connect(self.open_last_sheet)
        self.open_sheet_button.hide()

        # The details scroll on a short screen (1366x768 at 125%) so the buttons stay in sight.
        details = QScrollArea(objectName="details_scroll")
        details.setWidget(self.details)
        details.setWidgetResizable(True)
        details.setFrameShape(QFrame.Shape.NoFrame)
        details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        details.setMinimumHeight(120)
        side = QVBoxLayout()
        side.addWidget(details, 1)
        side.addLayout(actions)
        side.addWidget(self.message)
        side.addWidget(self.open_sheet_button, 0, Qt.AlignmentFlag.AlignLeft)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.period)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(side, 2)
        list_view = QWidget()
        box = QVBoxLayout(list_view)
        box.setContentsMargins(16, 12, 16, 12)
        box.addLayout(top)
        box.addLayout(body, 1)
        self.checkin = CheckInView(workspace)
        self.checkin.back.connect(self.close_checkin)
        self.checkin.changed.connect(self.show_details)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_view)
        self.stack.addWidget(self.checkin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate()
        self.built = True
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Trainings"))
        year = date.today().year
        current = self.period.currentData()
        self.period.clear()
        self.period.addItem(self.tr("All years"), None)
        for y in (year, year - 1, year - 2):
            self.period.addItem(self.tr("Year {year}").format(year=y), str(y))
        index = self.period.findData(current)
        self.period.setCurrentIndex(index if index >= 0 else 0)
        texts = {"checkin": self.tr("Check-in"), "sheet": self.tr("Print sign-in sheet…"),
                 "attach": self.tr("Attach signed sheet…"), "open_scan": self.tr("Open signed sheet"),
                 "new": self.tr("New training…"), "edit": self.tr("Change…"),
                 "delete": self.tr("Delete…")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.open_sheet_button.setText(self.tr("Open the PDF"))
        self.model.retranslate()
        self.show_details()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "built", False):
            self.retranslate()
        super().changeEvent(event)

    # -- list ------------------------------------------------------------------------------
    def _fetch(self, offset: int, limit: int) -> list[Training]:
        return self.trainings.list(self.period.currentData())[offset:offset + limit]

    def refresh(self, select: str | None = None) -> None:
        current = select or (self.selected().id if self.selected() else None)
        self.model.refresh()
        row = self.model.row_of(current) if current else 0
        if self.model.rowCount():
            self.table.selectRow(max(row, 0))
        self.show_details()

    def selected(self) -> Training | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def show_details(self) -> None:
        training = self.selected()
        for key, button in self.buttons.items():
            button.setEnabled(training is not None or key == "new")
        if training is None:
            self.details.setText(self.tr("No training chosen."))
            return
        training = self.trainings.get(training.id) or training
        per_day = self.trainings.attendance(training.id)
        people = len({p for ps in per_day.values() for p in ps})
        days = ", ".join(str(len(ps)) for ps in per_day.values())
        self.buttons["open_scan"].setEnabled(bool(training.sheet_hash))
        rows = [
            (self.tr("Kind"), ref_name("training_kinds", training.kind)),
            (self.tr("Dates"), COLUMNS[0].text(training)),
            (self.tr("Place"), training.place or ""),
            (self.tr("Trainers"), training.trainers or ""),
            (self.tr("Mode"), self.tr("Online") if training.mode == "online" else self.tr("In person")),
            (self.tr("Topics"), ", ".join(ref_name("topics", t) for t in training.topics)),
            (self.tr("Target groups"), ", ".join(ref_name("participant_groups", g)
                                                 for g in training.target_groups)),
            (self.tr("Funding"), ref_name("funding_sources", training.funding)),
            (self.tr("Cost"), f"{training.cost:,} đ".replace(",", ".") if training.cost else ""),
            (self.tr("Participants"), self.tr("{people} people (per day: {days})").format(
                people=people, days=days) if len(per_day) > 1 else str(people)),
            (self.tr("Signed sheet"), self.tr("attached") if training.sheet_hash else self.tr("not yet")),
        ]
        html = f"<h3>{_html(training.title)}</h3><table cellpadding='3'>"
        html += "".join(f"<tr><td style='color:#555'>{_html(k)}</td><td>{_html(v)}</td></tr>"
                        for k, v in rows if v)
        self.details.setText(html + "</table>")

    # -- create, change, delete ------------------------------------------------------------
    def add(self) -> str | None:
        dialog = TrainingDialog(self.trainings, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self.period.setCurrentIndex(0)
        self.refresh(select=dialog.training_id)
        return dialog.training_id

    def edit_selected(self) -> bool:
        training = self.selected()
        if training is None:
            return False
        if TrainingDialog(self.trainings, training, self).exec() != QDialog.DialogCode.Accepted:
            return False
        self.refresh(select=training.id)
        return True

    def delete_selected(self) -> bool:
        training = self.selected()
        if training is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Delete the training?"),
            self.tr("Delete “{title}” and its check-ins? They leave the lists and the "
                    "counts.").format(title=training.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.trainings.delete(training.id)
        self.refresh()
        return True

    # -- check-in --------------------------------------------------------------------------
    def open_checkin(self) -> None:
        training = self.selected()
        if training is not None:
            self.checkin.open_training(training)
            self.stack.setCurrentWidget(self.checkin)

    def close_checkin(self) -> None:
        self.stack.setCurrentIndex(0)
        self.show_details()

    # -- sign-in sheet and scan -----------------------------------------------------------
    def print_sheet(self) -> bool:
        """Ask where to save the sign-in sheet PDF, then write it in the background."""
        training = self.selected()
        if training is None or (self.writer is not None and self.writer.isRunning()):
            return False
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / sheet_file_name(self.tr("Sign-in sheet"), training.title))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the sign-in sheet"), suggested,
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return False
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        people, _erased = self.trainings.roster(training.id)
        self._say(self.tr("Writing the sign-in sheet…"), "")
        self.writer = SheetWriter(target, self.workspace.point.name, training, people, self)
        self.writer.written.connect(self._sheet_done)
        self.writer.failed.connect(lambda error: self._say(
            self.tr("The sheet could not be saved: {error}").format(error=error), ERROR_STYLE))
        self.writer.start()
        return True

    def _sheet_done(self, path: str) -> None:
        self.last_sheet = path
        self._say(self.tr("Sign-in sheet saved: {path}").format(path=path), OK_STYLE)
        self.open_sheet_button.show()
        self.sheet_written.emit(path)

    def open_last_sheet(self) -> None:
        if self.last_sheet:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.last_sheet))

    def attach_scan(self) -> bool:
        """Keep a photo or PDF scan of the signed sheet with the training."""
        training = self.selected()
        if training is None:
            return False
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach the signed sheet"), "",
                                              self.tr("Photos or PDF (*.jpg *.jpeg *.png *.pdf)"))
        if not path:
            return False
        try:
            self.trainings.attach_sheet(training.id, Path(path))
        except PointError as exc:
            report_error(self, exc)
            return False
        self._say(self.tr("Signed sheet attached."), OK_STYLE)
        self.show_details()
        return True

    def open_scan(self) -> None:
        training = self.trainings.get(self.selected().id) if self.selected() else None
        if training is None or not training.sheet_hash:
            return
        source = self.workspace.media.path_of(training.sheet_hash)
        with source.open("rb") as f:
            head = f.read(4)
        suffix = next((s for magic, s in SCAN_TYPES.items() if head.startswith(magic)), ".bin")
        copy = Path(tempfile.gettempdir()) / f"signed-sheet-{training.sheet_hash[:12]}{suffix}"
        self.workspace.media.export_copy(training.sheet_hash, copy)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)

    def closeEvent(self, event: QEvent) -> None:
        if self.writer is not None:
            self.writer.wait()
        super().closeEvent(event)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
