"""Admin-only dialog: the point's backups (date, size, point) and "Khôi phục" (restore)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import autobackup, maintenance
from desktop.core.errors import PointError
from desktop.core.paths import Paths

from . import i18n

log = logging.getLogger("point.ui.restore")


class RestoreDialog(QDialog):
    """Pick a backup and put it back; the current database is kept aside first."""

    def __init__(self, paths: Paths, close_data: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.close_data = close_data  # the open workspace must let go of the file first
        self.restored_from: Path | None = None
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 380)
        self.intro = QLabel(self.tr(
            "Backups are made automatically once a day. Restoring replaces all the data "
            "with the chosen copy; the current data is kept aside first."))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, objectName="backups")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Size"), self.tr("Point")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.restore_button = QPushButton(self.tr("Restore"), objectName="restore")
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.backups: list[autobackup.BackupFile] = []
        self.reload()

    def reload(self) -> None:
        self.backups = autobackup.list_backups(self.paths)
        locale = i18n.locale()
        self.table.setRowCount(len(self.backups))
        for row, item in enumerate(self.backups):
            kind = self.tr("automatic") if item.automatic else self.tr("manual")
            cells = (f"{item.taken:%d/%m/%Y %H:%M} ({kind})",
                     locale.formattedDataSize(item.size), item.point or "")
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.backups:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.backups))
        self.table.resizeColumnsToContents()

    def selected(self) -> autobackup.BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        """Validate, confirm, restore, then ask for a restart."""
        item = self.selected()
        if item is None:
            return
        try:
            maintenance.validate_backup(item.path)
        except PointError as exc:
            QMessageBox.warning(self, self.tr("Cannot restore"), i18n.explain(exc.code, **exc.params))
            return
        answer = QMessageBox.question(self, self.tr("Restore this backup?"), self.tr(
            "All the data will be replaced by the copy of {date}. Work done since then is "
            "lost (the current data is kept aside in the backups folder). Continue?"
        ).format(date=f"{item.taken:%d/%m/%Y %H:%M}"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.close_data()
        try:
            saved = maintenance.restore(self.paths, item.path)
        except PointError as exc:
            QMessageBox.critical(self, self.tr("Cannot restore"), i18n.explain(exc.code, **exc.params))
            return
        log.info("restored %s from the UI; previous data at %s", item.path, saved)
        self.restored_from = item.path
        QMessageBox.information(self, self.tr("Backup restored"), self.tr(
            "The backup was restored. The app will now close: please start it again."))
        self.accept()
