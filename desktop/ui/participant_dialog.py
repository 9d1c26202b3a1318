"""Registering or correcting a participant (học viên), the consent notice, and erasure."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import PointError, ValidationError
from desktop.core.participants import Participant, Participants, consent_notice

from . import i18n
from .appearance import scaled
from .fieldform import (
    CALM_STYLE,
    FieldErrors,
    ethnicity_combo,
    fill_combo,
    ref_name,
    report_error,
    select_data,
    short_time,
    village_combo,
)


def describe(person: Participant) -> str:
    """One line: name · birth year · village · group."""
    parts = [person.full_name, str(person.birth_year or ""), person.village or "",
             ref_name("participant_groups", person.group_code)]
    return " · ".join(p for p in parts if p)


class ConsentNoticeDialog(QDialog):
    """The consent notice in large type, to show the person or read out to them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Notice about personal data"))
        self.language = QComboBox(objectName="notice_language")
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        select_data(self.language, i18n.current_language())
        self.language.currentIndexChanged.connect(self._show)
        self.text = QTextBrowser(objectName="notice_text")
        self.text.setFont(scaled(self.font(), 1.7))
        buttons = QDialogButtonBox()
        self.agree = buttons.addButton(self.tr("The person agrees"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language:")))
        top.addWidget(self.language)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(820, 520)
        self._show()

    def _show(self, *_: object) -> None:
        self.text.setPlainText(consent_notice(self.language.currentData() or "vi"))


class EraseDialog(QDialog):
    """A strong confirmation: erasure is permanent and is sent on to the province."""

    def __init__(self, person: Participant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase a person's data"))
        text = self.tr(
            "<p><b>{name}</b> will be erased for good: name, birth year, ethnicity, village, "
            "group and phone. This cannot be undone.</p><p>The erasure is also sent to the "
            "province at the next sync, and removed there too.</p><p>Trainings they attended "
            "keep counting one participant, without a name.</p>").format(name=person.full_name)
        message = QLabel(text, objectName="erase_text")
        message.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("The person asked to be erased, and I understand it is permanent"),
                                 objectName="erase_confirm")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(self.tr("Erase permanently"),
                                              QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setEnabled(False)
        self.erase_button.setStyleSheet("color: #b00020; font-weight: bold;")
        self.confirm.toggled.connect(self.erase_button.setEnabled)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.confirm)
        layout.addWidget(buttons)
        self.resize(520, 260)


class ParticipantDialog(QDialog):
    """Add or correct a person; possible duplicates appear while the name is typed.

    After exec(): `participant_id` is the saved person, or the existing one the operator
    picked from the suggestions (`picked_existing` is then True).
    """

    def __init__(self, participants: Participants, villages: list[str],
                 person: Participant | None = None, name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.participants = participants
        self.person = person
        self.participant_id: str | None = person.id if person else None
        self.picked_existing = False
        self.setWindowTitle(self.tr("Correct a participant") if person else self.tr("New participant"))
        self.errors = FieldErrors()
        self.full_name = QLineEdit(objectName="full_name")
        self.full_name.setFont(scaled(self.font(), 1.2))
        self.full_name.setMaxLength(200)
        self.sex = QComboBox(objectName="sex")
        fill_combo(self.sex, "sexes", self.tr("— choose —"))
        self.birth_year = QLineEdit(objectName="birth_year")
        self.birth_year.setMaxLength(4)
        self.birth_year.setPlaceholderText(self.tr("e.g. 1985"))
        self.ethnicity = ethnicity_combo()
        self.village = village_combo(villages)
        self.group = QComboBox(objectName="group")
        fill_combo(self.group, "participant_groups", "—")
        self.phone = QLineEdit(objectName="phone")
        self.consent = QCheckBox(self.tr("Heard the notice and agrees"), objectName="consent")
        self.notice_button = QPushButton(self.tr("Read the notice…"), objectName="read_notice")
        self.notice_button.clicked.connect(self.show_notice)
        consent_row = QWidget()
        row = QHBoxLayout(consent_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.consent)
        row.addWidget(self.notice_button)
        row.addStretch(1)

        self.suggestions_label = QLabel(self.tr("Already registered? Pick the person instead:"))
        self.suggestions_label.setStyleSheet(CALM_STYLE)
        self.suggestions = QListWidget(objectName="suggestions")
        self.suggestions.setMaximumHeight(110)
        self.suggestions.itemActivated.connect(self._pick)
        self.use_button = QPushButton(self.tr("Use this person"), objectName="use_existing")
        self.use_button.clicked.connect(lambda: self._pick(self.suggestions.currentItem()))
        self._set_suggestions_visible(False)

        form = QFormLayout()
        e = self.errors
        form.addRow(self.tr("Full name *"), e.add("full_name", self.full_name))
        form.addRow("", self.suggestions_label)
        form.addRow("", self.suggestions)
        form.addRow("", self.use_button)
        form.addRow(self.tr("Sex *"), e.add("sex", self.sex))
        form.addRow(self.tr("Birth year"), e.add("birth_year", self.birth_year))
        form.addRow(self.tr("Ethnicity"), e.add("ethnicity", self.ethnicity))
        form.addRow(self.tr("Village"), e.add("village", self.village))
        form.addRow(self.tr("Group"), e.add("group", self.group, "group_code"))
        form.addRow(self.tr("Phone"), e.add("phone", self.phone))
        form.addRow(self.tr("Consent"), e.add("consent_note", consent_row))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)

        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.update_suggestions)
        for signal in (self.full_name.textEdited, self.birth_year.textEdited,
                       self.village.editTextChanged):
            signal.connect(lambda *_: self._timer.start())
        if person:
            self._fill(person)
        else:
            self.full_name.setText(name)
            if name:
                self._timer.start()
        self.resize(560, self.sizeHint().height())

    def _fill(self, person: Participant) -> None:
        self.full_name.setText(person.full_name)
        select_data(self.sex, person.sex)
        self.birth_year.setText(str(person.birth_year or ""))
        self.ethnicity.select_code(person.ethnicity)
        self.village.setEditText(person.village or "")
        select_data(self.group, person.group_code)
        self.phone.setText(person.phone or "")
        if person.consent_at:
            self.consent.setChecked(True)
            self.consent.setEnabled(False)
            self.consent.setText(self.tr("Agreed on {time}").format(
                time=short_time(person.consent_at.replace("Z", ""))))

    def _set_suggestions_visible(self, visible: bool) -> None:
        for widget in (self.suggestions_label, self.suggestions, self.use_button):
            widget.setVisible(visible)

    def update_suggestions(self) -> None:
        """Show registered people whose name is like the one typed (same year/village first)."""
        year = self.birth_year.text().strip()
        found = self.participants.similar(
            self.full_name.text(), int(year) if year.isdigit() else None,
            self.village.currentText().strip() or None, limit=5,
            exclude=self.person.id if self.person else None)
        self.suggestions.clear()
        for suggestion in found:
            text = describe(suggestion.participant)
            if suggestion.same_birth_year or suggestion.same_village:
                text += "  ★"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, suggestion.participant.id)
            self.suggestions.addItem(item)
        if found:
            self.suggestions.setCurrentRow(0)
        self._set_suggestions_visible(bool(found) and self.person is None)

    def _pick(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.participant_id = item.data(Qt.ItemDataRole.UserRole)
        self.picked_existing = True
        super().accept()

    def show_notice(self) -> bool:
        dialog = ConsentNoticeDialog(self)
        agreed = dialog.exec() == QDialog.DialogCode.Accepted
        if agreed and self.consent.isEnabled():
            self.consent.setChecked(True)
        return agreed

    def values(self) -> dict[str, Any]:
        code = self.ethnicity.current_code()
        typed = self.ethnicity.currentText().strip()
        return {
            "full_name": self.full_name.text(), "sex": self.sex.currentData(),
            "birth_year": self.birth_year.text().strip() or None,
            "ethnicity": code if code or not typed else typed,
            "village": self.village.currentText().strip() or None,
            "group_code": self.group.currentData(), "phone": self.phone.text().strip() or None,
        }

    def accept(self) -> None:
        values = self.values()
        try:
            if self.person is None:
                self.participant_id = self.participants.add(**values, consent=self.consent.isChecked())
            else:
                self.participants.correct(self.person.id, **values)
                if self.consent.isEnabled() and self.consent.isChecked():
                    self.participants.record_consent(self.person.id)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except PointError as exc:
            report_error(self, exc)
            return
        super().accept()
