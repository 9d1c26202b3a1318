"""Correcting a visit (sửa lượt phục vụ) and reading the versions an edit replaced."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import PointError, ValidationError
from desktop.core.visits import Visit, Visits

from .fieldform import report_error
from .visit_form import VisitFields
from .visit_model import COLUMNS, cell_text


class VisitDialog(QDialog):
    """Edit one visit; the version it replaces stays in the history."""

    def __init__(self, visits: Visits, visit: Visit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visits = visits
        self.visit = visit
        self.setWindowTitle(self.tr("Correct a visit"))
        self.fields = VisitFields(visits.villages())
        self.fields.set_values(visit)
        self.when = QDateTimeEdit(objectName="visited_at")
        self.when.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setDateTime(QDateTime(datetime.fromisoformat(visit.visited_at[:19])))
        label = QLabel(self.tr("Time"))
        self.fields.form.insertRow(0, label, self.fields.errors.add("visited_at", self.when))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.history_button = QPushButton(self.tr("Earlier versions…"))
        self.history_button.setEnabled(bool(visits.history(visit.id)))
        self.history_button.clicked.connect(self.show_history)
        buttons.addButton(self.history_button, QDialogButtonBox.ButtonRole.HelpRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(buttons)
        self.fields.focus_first()

    def changes(self) -> dict[str, Any]:
        values = self.fields.values()
        values["visited_at"] = self.when.dateTime().toPython().replace(second=0, microsecond=0)
        if values["visited_at"].strftime("%Y-%m-%dT%H:%M") == self.visit.visited_at[:16]:
            del values["visited_at"]  # unchanged: keep the seconds it was logged with
        return values

    def accept(self) -> None:
        try:
            self.visit = self.visits.edit(self.visit.id, **self.changes())
        except ValidationError as exc:
            self.fields.errors.show(exc)
            return
        except PointError as exc:
            report_error(self, exc)
            return
        super().accept()

    def show_history(self) -> None:
        HistoryDialog(self.visits, self.visit, self).exec()


def _as_visit(row: dict[str, Any]) -> Visit:
    purposes = row.get("purposes") or ""
    if purposes.startswith("["):
        try:
            purposes = ",".join(json.loads(purposes))
        except ValueError:
            pass
    return Visit(
        id=row["id"], visited_at=row.get("visited_at") or "", day=row.get("day") or "",
        purposes=tuple(p for p in purposes.split(",") if p), purpose_note=row.get("purpose_note"),
        sex=row.get("sex"), age_band=row.get("age_band"), ethnicity=row.get("ethnicity"),
        village=row.get("village"), assisted=bool(row.get("assisted")),
        duration_min=row.get("duration_min"), note=row.get("note"), deleted=bool(row.get("deleted")))


class HistoryDialog(QDialog):
    """The visit now, then each version an edit replaced, newest first."""

    def __init__(self, visits: Visits, visit: Visit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Earlier versions of the visit"))
        versions = [(self.tr("Now"), visit)]
        for row in visits.history(visit.id):
            replaced = row.get("replaced_at") or ""
            when = replaced
            try:
                when = datetime.fromisoformat(replaced.replace("Z", "+00:00")).astimezone() \
                    .strftime("%d/%m/%Y %H:%M")
            except ValueError:
                pass
            versions.append((self.tr("Until {time}").format(time=when), _as_visit(row)))
        headers = [self.tr("Version")] + [
            QCoreApplication.translate("VisitTableModel", title) for _, title in COLUMNS]
        self.table = QTableWidget(len(versions), len(headers), objectName="history")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (label, version) in enumerate(versions):
            self.table.setItem(r, 0, QTableWidgetItem(label))
            for c, (column, _) in enumerate(COLUMNS, start=1):
                self.table.setItem(r, c, QTableWidgetItem(cell_text(version, column)))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 300)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
