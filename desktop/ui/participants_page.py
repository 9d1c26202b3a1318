"""The participants page (Học viên): the registry, search, add, correct, erase on request."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import PointError
from desktop.core.participants import Participant
from desktop.core.workspace import Workspace

from . import i18n
from .appearance import scaled
from .fieldform import OK_STYLE, ref_name, report_error
from .paged_model import Column, PagedModel
from .participant_dialog import EraseDialog, ParticipantDialog

CTX = "ParticipantsPage"
COLUMNS = [
    Column(CTX, QT_TRANSLATE_NOOP("ParticipantsPage", "Full name"), lambda p: p.full_name),
    Column(CTX, QT_TRANSLATE_NOOP("ParticipantsPage", "Sex"), lambda p: ref_name("sexes", p.sex)),
    Column(CTX, QT_TRANSLATE_NOOP("ParticipantsPage", "Born"), lambda p: str(p.birth_year or "")),
    Column(CTX, QT_TRANSLATE_NOOP("ParticipantsPage", "Ethnicity"),
           lambda p: ref_name("ethnic_groups", p.ethnicity)),
    Column(CTX, QT_TRANSLATE_NOOP("ParticipantsPage", "Village"), lambda p: p.village or ""),
    Column(CTX, QT_TRANSLATE_NOOP("ParticipantsPage", "Group"),
           lambda p: ref_name("participant_groups", p.group_code)),
    Column(CTX, QT_TRANSLATE_NOOP("ParticipantsPage", "Phone"), lambda p: p.phone or ""),
    Column(CTX, QT_TRANSLATE_NOOP("ParticipantsPage", "Consent"), lambda p: "✓" if p.consent_at else ""),
]
WIDTHS = (220, 65, 80, 105, 130, 175, 105)
SEARCH_LIMIT = 500


class ParticipantsPage(QWidget):
    """Find people accent-insensitively, register them, correct or erase them on request."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.participants = workspace.participants
        self.title = QLabel(objectName="title")
        self.title.setFont(scaled(self.font(), 1.4, bold=True))
        self.search = QLineEdit(objectName="search")
        self.search.setFont(scaled(self.font(), 1.15))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.apply_search)
        self.search.textEdited.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.apply_search)
        self.count = QLabel(objectName="count")
        self.model = PagedModel(COLUMNS, self.participants.list, self)
        self.table = QTableView(objectName="participant_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for column, width in enumerate(WIDTHS):
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.correct_selected())
        self.add_button = QPushButton(objectName="add")
        self.add_button.clicked.connect(self.add)
        self.correct_button = QPushButton(objectName="correct")
        self.correct_button.clicked.connect(self.correct_selected)
        self.erase_button = QPushButton(objectName="erase")
        self.erase_button.clicked.connect(self.erase_selected)
        self.status = QLabel(objectName="status")
        self.status.setStyleSheet(OK_STYLE)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        actions = QHBoxLayout()
        for button in (self.add_button, self.correct_button, self.erase_button):
            actions.addWidget(button)
        actions.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.retranslate()
        self.built = True

    def retranslate(self) -> None:
        self.title.setText(self.tr("Participants"))
        self.search.setPlaceholderText(self.tr("Search by name, with or without accents (e.g. lo van panh)"))
        self.add_button.setText(self.tr("New participant…"))
        self.correct_button.setText(self.tr("Correct…"))
        self.erase_button.setText(self.tr("Erase on request…"))
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "built", False):
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.apply_search()  # check-in may have registered people meanwhile
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the list ------------------------------------------------------------------------
    def apply_search(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        if text:
            self.model.set_fetch(lambda offset, limit: self.participants.search(text, SEARCH_LIMIT)
                                 if offset == 0 else [])
        else:
            self.model.set_fetch(self.participants.list)
        self._show_count()

    def _show_count(self) -> None:
        total = i18n.locale().toString(self.participants.count())
        if self.search.text().strip():
            self.count.setText(self.tr("{found} found of {total}").format(
                found=i18n.locale().toString(self.model.rowCount()), total=total))
        else:
            self.count.setText(self.tr("{total} people").format(total=total))

    def selected(self) -> Participant | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def select(self, participant_id: str | None) -> None:
        if not participant_id:
            return
        row = self.model.row_of(participant_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(participant_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _after_change(self, participant_id: str | None, message: str) -> None:
        self.apply_search()
        self.select(participant_id)
        self.status.setText(message)

    # -- actions -------------------------------------------------------------------------
    def make_dialog(self, person: Participant | None = None) -> ParticipantDialog:
        return ParticipantDialog(self.participants, self.workspace.visits.villages(), person,
                                 name=self.search.text().strip() if person is None else "", parent=self)

    def add(self) -> str | None:
        dialog = self.make_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if not dialog.picked_existing:
            self.search.clear()
        self._after_change(dialog.participant_id, self.tr("Saved."))
        return dialog.participant_id

    def correct_selected(self) -> bool:
        person = self.selected()
        if person is None:
            return False
        dialog = self.make_dialog(person)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self._after_change(dialog.participant_id, self.tr("Corrected."))
        return True

    def confirm_erase(self, person: Participant) -> bool:
        return EraseDialog(person, self).exec() == QDialog.DialogCode.Accepted

    def erase_selected(self) -> bool:
        person = self.selected()
        if person is None or not self.confirm_erase(person):
            return False
        try:
            self.participants.erase(person.id)
        except PointError as exc:
            report_error(self, exc)
            return False
        self._after_change(None, self.tr("{name} was erased.").format(name=person.full_name))
        return True
