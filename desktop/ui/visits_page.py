"""The visits page (Lượt phục vụ): quick entry with today's list beside it, and the full list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import PointError, ValidationError
from desktop.core.periods import Period, parse_period
from desktop.core.visits import Visit, Visits

from . import i18n
from .appearance import scaled
from .fieldform import ERROR_STYLE, fill_combo, report_error
from .visit_dialogs import HistoryDialog, VisitDialog
from .visit_form import QuickEntry
from .visit_model import VisitTableModel, purposes_text

TODAY_ROWS = 200  # the day's newest; the title counts them all
TODAY_WIDTH = 230  # today's list beside the form, pixels, until the operator drags it
COLUMN_WIDTHS = (145, 240, 70, 140, 100, 120, 95, 70)


class VisitsPage(QWidget):
    """Log visits fast; browse, correct and delete them in a list that scales to 1M rows."""

    def __init__(self, visits: Visits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visits = visits
        self.tabs = QTabWidget(objectName="visit_tabs")
        self.quick = QuickEntry(visits)
        self.quick.saved.connect(self._saved)
        self.quick.undone.connect(self._undone)
        self.today_title = QLabel(objectName="today_title")
        self.today_title.setFont(scaled(self.font(), 1.2, bold=True))
        self.today_list = QListWidget(objectName="today_list")
        self.today_list.itemActivated.connect(self._edit_today)
        self.today_list.setWordWrap(True)
        self.today_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        today = QWidget()
        side = QVBoxLayout(today)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.today_title)
        side.addWidget(self.today_list)
        # The form scrolls on a short screen; the splitter lets today's list give way on a
        # narrow one (1024x768 site PCs), and the operator can drag it back.
        form = self.quick_scroll = QScrollArea(objectName="quick_scroll")
        form.setWidget(self.quick)
        form.setWidgetResizable(True)
        form.setFrameShape(QFrame.Shape.NoFrame)
        form.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        form.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form.setMinimumWidth(self.quick.minimumSizeHint().width() + form.verticalScrollBar().sizeHint().width())
        self.today_list.setMinimumWidth(150)
        self.entry_split = QSplitter(objectName="entry_split")
        self.entry_split.addWidget(form)
        self.entry_split.addWidget(today)
        self.entry_split.setStretchFactor(0, 1)  # a wider window widens the form
        self.entry_split.setStretchFactor(1, 0)
        self.entry_split.setChildrenCollapsible(False)
        self.entry_split.setSizes([10_000, TODAY_WIDTH])
        self.tabs.addTab(self.entry_split, "")
        self.tabs.addTab(self._make_list_tab(), "")
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.tabs)
        self._list_stale = True
        self.retranslate()  # also reads today's list
        self.built = True

    def _make_list_tab(self) -> QWidget:
        self.period = QComboBox(objectName="period")
        self.period.setEditable(True)
        self.period.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.period.setMinimumWidth(200)
        self.period.activated.connect(self.apply_filter)
        self.period.lineEdit().returnPressed.connect(self.apply_filter)
        self.purpose = QComboBox(objectName="purpose_filter")
        self.purpose.activated.connect(self.apply_filter)
        self.period_error = QLabel(objectName="period_error")
        self.period_error.setStyleSheet(ERROR_STYLE)
        self.total = QLabel(objectName="total")
        self.model = VisitTableModel(self.visits, self)
        self.table = QTableView(objectName="visit_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Fixed sizes: sizing to contents would read every loaded row.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table,
                  activated=self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.edit_button = QPushButton(objectName="edit")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(objectName="delete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button = QPushButton(objectName="history")
        self.history_button.clicked.connect(self.history_selected)
        self.period_label, self.purpose_label = QLabel(), QLabel()
        filters = QHBoxLayout()
        for widget in (self.period_label, self.period, self.purpose_label, self.purpose):
            filters.addWidget(widget)
        filters.addWidget(self.period_error, 1)
        filters.addWidget(self.total)
        actions = QHBoxLayout()
        for button in (self.edit_button, self.delete_button, self.history_button):
            actions.addWidget(button)
        actions.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        return tab

    # -- text --------------------------------------------------------------------------
    def period_presets(self) -> list[tuple[str, str | None]]:
        today = date.today()
        year, month_start = today.year, today.replace(day=1).isoformat()
        return [
            (self.tr("All"), None),
            (self.tr("Today"), f"{today.isoformat()}..{today.isoformat()}"),
            (self.tr("This month"), f"{month_start}..{today.isoformat()}"),
            (self.tr("Year {year}").format(year=year), str(year)),
            (self.tr("First half of {year}").format(year=year), f"{year}-H1"),
            (self.tr("Second half of {year}").format(year=year), f"{year}-H2"),
            (self.tr("Year {year}").format(year=year - 1), str(year - 1)),
        ]

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Quick entry"))
        self.tabs.setTabText(1, self.tr("All visits"))
        self.period_label.setText(self.tr("Period:"))
        self.purpose_label.setText(self.tr("Purpose:"))
        index = max(self.period.currentIndex(), 0)
        self.period.clear()
        for label, text in self.period_presets():
            self.period.addItem(label, text)
        self.period.setCurrentIndex(index)
        self.period.setToolTip(self.tr("Pick a period or type one: 2026, 2026-H1, 2026-Q3, "
                                       "2026-01-01..2026-06-20"))
        fill_combo(self.purpose, "visit_purposes", self.tr("All purposes"))
        self.edit_button.setText(self.tr("Correct…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.history_button.setText(self.tr("Earlier versions…"))
        self.model.retranslate()
        self.refresh_today()
        self._show_total()

    def changeEvent(self, event: QEvent) -> None:
        # Qt may send one while __init__ is still building the widgets.
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "built", False):
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.tabs.currentIndex() == 0:
            self.quick.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- today ---------------------------------------------------------------------------
    def refresh_today(self) -> None:
        """Today's visits, newest first, beside the form."""
        self._today = date.today()
        self._today_count = self.visits.count(f"{self._today.isoformat()}..{self._today.isoformat()}")
        self.today_list.clear()
        for visit in self.visits.today(self._today, limit=TODAY_ROWS):
            self.today_list.addItem(self._today_item(visit))
        self._show_today_count()

    def _today_item(self, visit: Visit) -> QListWidgetItem:
        parts = [visit.visited_at[11:16], purposes_text(visit)]
        parts += [p for p in (visit.village,) if p]
        item = QListWidgetItem(" · ".join(parts))
        item.setData(Qt.ItemDataRole.UserRole, visit.id)
        return item

    def _show_today_count(self) -> None:
        self.today_title.setText(self.tr("Today: {count} visit(s)", "", self._today_count).format(
            count=i18n.locale().toString(self._today_count)))

    def _saved(self, visit_id: str) -> None:
        """A new visit: put it on top of today's list without reading the day again."""
        # On a short screen the form scrolls: keep "Visit saved" in sight.
        self.quick_scroll.ensureWidgetVisible(self.quick.confirmation)
        visit = self.visits.get(visit_id)
        if visit is None or date.today() != self._today or visit.day != self._today.isoformat():
            self._changed()
            return
        self.today_list.insertItem(0, self._today_item(visit))
        if self.today_list.count() > TODAY_ROWS:
            self.today_list.model().removeRow(self.today_list.count() - 1)
        self._today_count += 1
        self._show_today_count()
        self._list_stale = True

    def _undone(self, visit_id: str) -> None:
        rows = [n for n in range(self.today_list.count())
                if self.today_list.item(n).data(Qt.ItemDataRole.UserRole) == visit_id]
        if not rows or date.today() != self._today:
            self._changed()
            return
        self.today_list.model().removeRow(rows[0])
        self._today_count -= 1
        self._show_today_count()
        self._list_stale = True

    def _edit_today(self, item: QListWidgetItem) -> None:
        self.edit_visit(item.data(Qt.ItemDataRole.UserRole))

    def _changed(self, *_: object) -> None:
        self.refresh_today()
        self._list_stale = True
        if self.tabs.currentIndex() == 1:
            self.refresh_list()

    # -- the full list -------------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        if index == 1 and self._list_stale:
            self.refresh_list()
        elif index == 0:
            self.quick.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_period(self) -> Period | None:
        """The period chosen or typed; raises ValidationError for text that is not one."""
        text = self.period.currentText().strip()
        index = self.period.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            value = self.period.itemData(index)
            return parse_period(value) if value else None
        return parse_period(text) if text else None

    def apply_filter(self, *_: object) -> None:
        try:
            period = self.current_period()
        except ValidationError as exc:
            self.period_error.setText(i18n.explain(exc.code, **exc.params))
            return
        self.period_error.clear()
        self.model.set_filter(period, self.purpose.currentData())
        self._after_reset()

    def refresh_list(self) -> None:
        self._list_stale = False
        self.model.refresh()
        self._after_reset()

    def _after_reset(self) -> None:
        if self.model.canFetchMore():
            self.model.fetchMore()
        self._show_total()

    def _show_total(self) -> None:
        if self._list_stale and self.tabs.currentIndex() != 1:
            return
        total = self.model.total()
        self.total.setText(self.tr("{count} visit(s)", "", total).format(count=i18n.locale().toString(total)))

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.data(index.siblingAtColumn(0), Qt.ItemDataRole.UserRole)

    def edit_selected(self) -> None:
        visit_id = self.selected_id()
        if visit_id:
            self.edit_visit(visit_id)

    def edit_visit(self, visit_id: str) -> bool:
        visit = self.visits.get(visit_id)
        if visit is None or visit.deleted:
            return False
        dialog = VisitDialog(self.visits, visit, self)
        if dialog.exec() != VisitDialog.DialogCode.Accepted:
            return False
        row = self.table.currentIndex().row()
        self._changed()
        self._reselect(row)
        return True

    def history_selected(self) -> None:
        visit_id = self.selected_id()
        visit = self.visits.get(visit_id) if visit_id else None
        if visit is not None:
            HistoryDialog(self.visits, visit, self).exec()

    def confirm_delete(self, text: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Delete the visit?"),
            self.tr("Delete this visit?\n\n{visit}\n\nIt leaves the lists and the counts; "
                    "its record is kept for the history and the province.").format(visit=text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> bool:
        index = self.table.currentIndex()
        visit = self.model.visit(index.row()) if index.isValid() else None
        if visit is None:
            return False
        text = f"{visit.visited_at[:16].replace('T', ' ')} · {purposes_text(visit)}"
        if not self.confirm_delete(text):
            return False
        try:
            self.visits.delete(visit.id)
        except PointError as exc:
            report_error(self, exc)
            return False
        self._changed()
        self._reselect(index.row())
        return True

    def _reselect(self, row: int) -> None:
        while row >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetchMore()
        row = min(row, self.model.rowCount() - 1)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
