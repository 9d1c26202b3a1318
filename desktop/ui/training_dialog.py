"""Creating or changing a training (lớp bồi dưỡng, tập huấn, hội nghị, tọa đàm, cuộc thi)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import PointError, ValidationError
from desktop.core.trainings import Training, Trainings

from .appearance import scaled
from .fieldform import FieldErrors, fill_combo, ref_entries, report_error, select_data


def checklist(list_name: str, chosen: tuple[str, ...] | list[str] = ()) -> QListWidget:
    """A list of checkable reference entries (topics, target groups)."""
    widget = QListWidget()
    for name, code in ref_entries(list_name):
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(130)
    return widget


def checked(widget: QListWidget) -> list[str]:
    return [widget.item(n).data(Qt.ItemDataRole.UserRole) for n in range(widget.count())
            if widget.item(n).checkState() == Qt.CheckState.Checked]


def money(text: str) -> str | None:
    """'1.500.000', '1 500 000 đ' → '1500000' (the core checks the number)."""
    cleaned = re.sub(r"[\s.,đ₫]", "", text.strip(), flags=re.IGNORECASE)
    return cleaned or None


class TrainingDialog(QDialog):
    """Every field of a training; refused values are explained next to their field."""

    def __init__(self, trainings: Trainings, training: Training | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trainings = trainings
        self.training = training
        self.training_id = training.id if training else None
        self.setWindowTitle(self.tr("Change a training") if training else self.tr("New training"))
        self.errors = FieldErrors()
        self.kind = QComboBox(objectName="kind")
        fill_combo(self.kind, "training_kinds")
        self.title = QLineEdit(objectName="title")
        self.title.setFont(scaled(self.font(), 1.15))
        self.start = QDateEdit(objectName="start_date", calendarPopup=True)
        self.end = QDateEdit(objectName="end_date", calendarPopup=True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setDate(QDate.currentDate())
        self.start.dateChanged.connect(self._start_moved)
        self.place = QLineEdit(objectName="place")
        self.trainers = QLineEdit(objectName="trainers")
        self.mode = QComboBox(objectName="mode")
        self.mode.addItem(self.tr("In person"), "in-person")
        self.mode.addItem(self.tr("Online"), "online")
        self.funding = QComboBox(objectName="funding")
        fill_combo(self.funding, "funding_sources", "—")
        self.cost = QLineEdit(objectName="cost")
        self.cost.setPlaceholderText(self.tr("đồng, e.g. 15.000.000"))
        chosen_topics = training.topics if training else ()
        chosen_groups = training.target_groups if training else ()
        self.topics = checklist("topics", chosen_topics)
        self.topics.setObjectName("topics")
        self.groups = checklist("participant_groups", chosen_groups)
        self.groups.setObjectName("target_groups")

        dates = QWidget()
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        e = self.errors
        row.addWidget(e.add("start_date", self.start))
        row.addWidget(e.add("end_date", self.end, "day"))
        form = QFormLayout()
        form.addRow(self.tr("Kind"), e.add("kind", self.kind))
        form.addRow(self.tr("Title *"), e.add("title", self.title))
        form.addRow(self.tr("From – to"), dates)
        form.addRow(self.tr("Place"), e.add("place", self.place))
        form.addRow(self.tr("Trainers"), e.add("trainers", self.trainers))
        form.addRow(self.tr("Mode"), e.add("mode", self.mode))
        form.addRow(self.tr("Funding"), e.add("funding", self.funding))
        form.addRow(self.tr("Cost"), e.add("cost", self.cost))
        lists = QGridLayout()
        lists.addWidget(self._caption(self.tr("Topics")), 0, 0)
        lists.addWidget(self._caption(self.tr("Target groups")), 0, 1)
        lists.addWidget(e.add("topics", self.topics), 1, 0)
        lists.addWidget(e.add("target_groups", self.groups), 1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        if training:
            self._fill(training)
        self.resize(640, self.sizeHint().height())
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _caption(text: str) -> QLabel:
        return QLabel(text)

    def _start_moved(self, new: QDate) -> None:
        if self.end.date() < new:
            self.end.setDate(new)

    def _fill(self, training: Training) -> None:
        select_data(self.kind, training.kind)
        self.title.setText(training.title)
        self.start.setDate(QDate.fromString(training.start_date, Qt.DateFormat.ISODate))
        self.end.setDate(QDate.fromString(training.end_date, Qt.DateFormat.ISODate))
        self.place.setText(training.place or "")
        self.trainers.setText(training.trainers or "")
        select_data(self.mode, training.mode)
        select_data(self.funding, training.funding)
        self.cost.setText(str(training.cost) if training.cost is not None else "")

    def values(self) -> dict[str, Any]:
        def day(edit: QDateEdit) -> date:
            return edit.date().toPython()

        return {
            "kind": self.kind.currentData(), "title": self.title.text(),
            "start_date": day(self.start), "end_date": day(self.end),
            "place": self.place.text() or None, "trainers": self.trainers.text() or None,
            "mode": self.mode.currentData(), "funding": self.funding.currentData(),
            "cost": money(self.cost.text()), "topics": checked(self.topics),
            "target_groups": checked(self.groups),
        }

    def accept(self) -> None:
        values = self.values()
        try:
            if self.training is None:
                self.training_id = self.trainings.add(**values)
            else:
                self.trainings.edit(self.training.id, **values)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except PointError as exc:
            report_error(self, exc)
            return
        super().accept()
