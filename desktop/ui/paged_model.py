"""A read-only table model over a fetch(offset, limit) function, filled as the view scrolls.

For lists that stay in the thousands (participants, opinions); the million-row visits
list has its own model with a bounded cache (visit_model.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], Sequence[Any]]
PAGE = 200


class Column:
    """A column: its title (translated in `context`) and how a row shows in it."""

    def __init__(self, context: str, title: str, text: Callable[[Any], str]) -> None:
        self.context, self.title, self.text = context, title, text

    def header(self) -> str:
        return QCoreApplication.translate(self.context, self.title)


class PagedModel(QAbstractTableModel):
    """Rows from fetch(offset, PAGE) a page at a time; UserRole gives the row's `id`."""

    def __init__(self, columns: list[Column], fetch: Fetch, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._fetch = fetch
        self._rows: list[Any] = []
        self._done = False

    def set_fetch(self, fetch: Fetch) -> None:
        """Show another list (a search, a filter) from its first page."""
        self._fetch = fetch
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows, self._done = [], False
        self.endResetModel()
        self.fetchMore()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._done:
            return
        rows = list(self._fetch(len(self._rows), PAGE))
        self._done = len(rows) < PAGE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def row(self, number: int) -> Any:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def row_of(self, row_id: str) -> int:
        """The row showing this id among those loaded, or -1."""
        return next((n for n, r in enumerate(self._rows) if getattr(r, "id", None) == row_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.columns[index.column()].text(item)
            return text if role == Qt.ItemDataRole.DisplayRole or len(text) > 30 else None
        if role == Qt.ItemDataRole.UserRole:
            return getattr(item, "id", None)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header()
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))
