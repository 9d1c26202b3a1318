"""Check-in (điểm danh) for a training: type part of a name, Enter checks the top match in.

Names match accent-insensitively ("lo van p" finds "Lò Văn Pánh"); Up/Down choose another
match; a person already checked in that day is told so calmly, and nothing is counted twice
(attendance ids are training + person + day).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import PointError, ValidationError
from desktop.core.participants import Participant
from desktop.core.trainings import Training
from desktop.core.workspace import Workspace

from . import i18n
from .appearance import scaled
from .fieldform import CALM_STYLE, ERROR_STYLE, OK_STYLE, short_date
from .participant_dialog import ParticipantDialog, describe

MATCHES = 8


class CheckInView(QWidget):
    """The check-in screen for one training."""

    back = Signal()
    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.trainings = workspace.trainings
        self.participants = workspace.participants
        self.training: Training | None = None
        self.back_button = QPushButton(objectName="back")
        self.back_button.clicked.connect(self.back)
        self.title = QLabel(objectName="checkin_title")
        self.title.setFont(scaled(self.font(), 1.4, bold=True))
        self.title.setWordWrap(True)
        self.day_label = QLabel()
        self.day = QComboBox(objectName="day")
        self.day.setFont(scaled(self.font(), 1.15))
        self.day.currentIndexChanged.connect(self._day_changed)
        self.name = QLineEdit(objectName="name")
        self.name.setFont(scaled(self.font(), 2.0))
        self.name.setClearButtonEnabled(True)
        self.name.textEdited.connect(self.update_matches)
        self.name.returnPressed.connect(self.check_in_current)
        self.name.installEventFilter(self)
        self.matches = QListWidget(objectName="matches")
        self.matches.setFont(scaled(self.font(), 1.3))
        self.matches.setWordWrap(True)
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matches.itemActivated.connect(lambda item: self.check_in(item.data(Qt.ItemDataRole.UserRole)))
        self.status = QLabel(objectName="checkin_status")
        self.status.setFont(scaled(self.font(), 1.3, bold=True))
        self.status.setWordWrap(True)
        self.add_button = QPushButton(objectName="add_person")
        self.add_button.clicked.connect(self.add_person)
        self.count = QLabel(objectName="checked_in_count")
        self.count.setFont(scaled(self.font(), 1.2, bold=True))
        self.checked_in = QListWidget(objectName="checked_in")
        self.checked_in.setFont(scaled(self.font(), 1.1))
        self.checked_in.setWordWrap(True)
        self.checked_in.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.undo_button = QPushButton(objectName="unattend")
        self.undo_button.clicked.connect(self.unattend_selected)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.day_label)
        top.addWidget(self.day)
        left = QVBoxLayout()
        left.addWidget(self.name)
        left.addWidget(self.status)
        left.addWidget(self.matches, 1)
        left.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        right = QVBoxLayout()
        right.addWidget(self.count)
        right.addWidget(self.checked_in, 1)
        right.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.retranslate()
        self.built = True

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Trainings"))
        self.day_label.setText(self.tr("Day:"))
        self.name.setPlaceholderText(self.tr("Type part of a name, accents not needed…"))
        self.add_button.setText(self.tr("New person…"))
        self.undo_button.setText(self.tr("Take back the check-in"))
        self._fill_days()
        self.refresh_checked_in()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "built", False):
            self.retranslate()
        super().changeEvent(event)

    # -- training and day ------------------------------------------------------------------
    def open_training(self, training: Training) -> None:
        """Show the check-in of a training, on today if it runs today, else its first day."""
        self.training = training
        self.title.setText(self.tr("Check-in: {title}").format(title=training.title))
        self._fill_days()
        today = date.today().isoformat()
        index = self.day.findData(today)
        self.day.setCurrentIndex(index if index >= 0 else 0)
        self.name.clear()
        self.matches.clear()
        self.status.clear()
        self.refresh_checked_in()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_days(self) -> None:
        if self.training is None:
            return
        current = self.day.currentData()
        days = self.training.days
        self.day.blockSignals(True)
        self.day.clear()
        for n, day in enumerate(days, start=1):
            self.day.addItem(self.tr("Day {n} — {date}").format(n=n, date=short_date(day)), day)
        index = self.day.findData(current)
        self.day.setCurrentIndex(max(index, 0))
        self.day.blockSignals(False)
        multi = len(days) > 1
        self.day.setVisible(multi)
        self.day_label.setVisible(multi)

    def current_day(self) -> str | None:
        return self.day.currentData()

    def _day_changed(self, *_: object) -> None:
        self.status.clear()
        self.refresh_checked_in()
        self.update_matches(self.name.text())

    def _day_ids(self) -> list[str]:
        if self.training is None or not self.current_day():
            return []
        return self.trainings.attendance(self.training.id).get(self.current_day(), [])

    # -- finding people --------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.name and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(self.matches.currentRow() + step, 0), self.matches.count() - 1)
                self.matches.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def update_matches(self, text: str) -> None:
        """The registered people whose name holds every typed word, best first."""
        self.matches.clear()
        if not text.strip():
            return
        here = set(self._day_ids())
        for person in self.participants.search(text, MATCHES):
            item = QListWidgetItem(describe(person))
            if person.id in here:
                # Marked up front, where a long line cannot hide it.
                item.setText("✓ " + describe(person) + " — " + self.tr("checked in"))
                item.setForeground(QColor("#2e7d32"))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)
        else:
            self._say(self.tr("No one registered is called “{text}”. Check the spelling or add "
                              "a new person.").format(text=text.strip()), CALM_STYLE)

    def check_in_current(self) -> bool:
        """Enter: check the chosen (by default the top) match in."""
        item = self.matches.currentItem()
        if item is None:
            if self.name.text().strip():
                self.update_matches(self.name.text())
                item = self.matches.currentItem()
            if item is None:
                return False
        return self.check_in(item.data(Qt.ItemDataRole.UserRole))

    def check_in(self, participant_id: str) -> bool:
        """Check a person in for the selected day; a repeat is reported, not counted."""
        if self.training is None:
            return False
        person = self.participants.get(participant_id)
        name = person.full_name if person else participant_id
        try:
            result = self.trainings.attend(self.training.id, [participant_id], self.current_day())
        except ValidationError as exc:
            self._say(i18n.explain(exc.code, **exc.params), ERROR_STYLE)
            return False
        except PointError as exc:
            self._say(i18n.explain(exc.code, **exc.params), ERROR_STYLE)
            return False
        if result.added:
            self._say(self.tr("✓ Checked in: {name}").format(name=name), OK_STYLE)
        else:
            self._say(self.tr("{name} is already checked in for this day.").format(name=name),
                      CALM_STYLE)
        self.name.clear()
        self.matches.clear()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh_checked_in()
        if result.added:
            self.changed.emit()
        return bool(result.added)

    def add_person(self) -> str | None:
        """Register someone new (name as typed) and check them in."""
        dialog = ParticipantDialog(self.participants, self.workspace.visits.villages(),
                                   name=self.name.text().strip(), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.participant_id:
            return None
        self.check_in(dialog.participant_id)
        return dialog.participant_id

    # -- who is in -------------------------------------------------------------------------
    def _say(self, text: str, style: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    def refresh_checked_in(self) -> None:
        self.checked_in.clear()
        ids = self._day_ids()
        people: dict[str, Participant] = self.participants.get_many(ids) if ids else {}
        for number, pid in enumerate(ids, start=1):
            person = people.get(pid)
            text = (" · ".join(str(p) for p in (person.full_name, person.birth_year, person.village) if p)
                    if person else self.tr("(erased person)"))
            item = QListWidgetItem(f"{number}. {text}")
            item.setData(Qt.ItemDataRole.UserRole, pid)
            self.checked_in.addItem(item)
        self.count.setText(self.tr("Checked in: {count}").format(
            count=i18n.locale().toString(len(ids))))
        if ids:
            self.checked_in.scrollToBottom()

    def checked_in_ids(self) -> list[str]:
        return [self.checked_in.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(self.checked_in.count())]

    def unattend_selected(self) -> bool:
        item = self.checked_in.currentItem()
        if item is None or self.training is None:
            return False
        self.trainings.unattend(self.training.id, item.data(Qt.ItemDataRole.UserRole), self.current_day())
        self._say(self.tr("Check-in taken back."), CALM_STYLE)
        self.refresh_checked_in()
        self.changed.emit()
        return True
