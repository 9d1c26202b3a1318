"""The metadata editor of one material: title, description, kind, topics, audiences,
issuer, issue date and validity. Errors show inside the dialog, next to what to fix."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import reference
from desktop.core.errors import PointError
from desktop.core.materials import Materials

from . import i18n
from .login import ERROR_STYLE

DATE_FORMAT = "dd/MM/yyyy"


class OptionalDate(QWidget):
    """A date that may be absent: a tick box, then the date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.date = QDateEdit(calendarPopup=True)
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setDate(QDate.currentDate())
        self.date.setEnabled(False)
        self.enabled.toggled.connect(self.date.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.date, 1)

    def set_value(self, iso: str | None) -> None:
        date = QDate.fromString(iso or "", "yyyy-MM-dd")
        self.enabled.setChecked(date.isValid())
        if date.isValid():
            self.date.setDate(date)

    def value(self) -> str | None:
        return self.date.date().toString("yyyy-MM-dd") if self.enabled.isChecked() else None


def code_list(list_name: str, chosen: list[str], lang: str) -> QListWidget:
    """A list of tick boxes, one per code of a reference list."""
    widget = QListWidget()
    for item in reference.load_list(list_name):
        entry = QListWidgetItem(item.name(lang))
        entry.setData(Qt.ItemDataRole.UserRole, item.code)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked if item.code in chosen else Qt.CheckState.Unchecked)
        widget.addItem(entry)
    widget.setMinimumHeight(140)
    return widget


def checked_codes(widget: QListWidget) -> list[str]:
    return [widget.item(n).data(Qt.ItemDataRole.UserRole) for n in range(widget.count())
            if widget.item(n).checkState() == Qt.CheckState.Checked]


class MaterialEditor(QDialog):
    """Edit one material's description; Save writes through Materials.update."""

    def __init__(self, materials: Materials, material_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.materials = materials
        self.material_id = material_id
        material = materials.get(material_id)
        lang = i18n.current_language()
        self.setWindowTitle(self.tr("Material details"))
        self.setMinimumWidth(640)
        self.title = QLineEdit(material["title"], objectName="title")
        self.description = QPlainTextEdit(material.get("description") or "", objectName="description")
        self.description.setMaximumHeight(110)
        self.kind = QComboBox(objectName="kind")
        for item in reference.load_list("material_kinds"):
            self.kind.addItem(item.name(lang), item.code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(material["kind"])))
        self.topics = code_list("topics", material["topics"], lang)
        self.topics.setObjectName("topics")
        self.audiences = code_list("participant_groups", material["audiences"], lang)
        self.audiences.setObjectName("audiences")
        self.issuer = QLineEdit(material.get("issuer") or "", objectName="issuer")
        self.issue_date = OptionalDate()
        self.issue_date.set_value(material.get("issue_date"))
        self.valid_until = OptionalDate()
        self.valid_until.set_value(material.get("valid_until"))
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Kind"), self.kind)
        lists = QHBoxLayout()
        for caption, widget in ((self.tr("Topics"), self.topics), (self.tr("For whom"), self.audiences)):
            box = QVBoxLayout()
            box.addWidget(QLabel(caption))
            box.addWidget(widget)
            lists.addLayout(box)
        form.addRow(lists)
        form.addRow(self.tr("&Issued by"), self.issuer)
        form.addRow(self.tr("Issue date"), self.issue_date)
        form.addRow(self.tr("Valid until"), self.valid_until)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, Any]:
        return {
            "title": self.title.text(), "description": self.description.toPlainText(),
            "kind": self.kind.currentData(), "topics": checked_codes(self.topics),
            "audiences": checked_codes(self.audiences), "issuer": self.issuer.text(),
            "issue_date": self.issue_date.value(), "valid_until": self.valid_until.value(),
        }

    def save(self) -> None:
        """Write the changes; on a refused value say why and stay open."""
        try:
            self.materials.update(self.material_id, **self.changes())
        except PointError as exc:
            self.error.setText(i18n.explain(exc.code, **exc.params))
            self.error.show()
            field = getattr(exc, "field", None)
            target = {"title": self.title, "description": self.description,
                      "issuer": self.issuer}.get(field or "")
            if target is not None:
                target.setFocus()
            return
        self.accept()
