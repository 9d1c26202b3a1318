"""The full visits list as a lazy table model: pages read by keyset, a bounded page cache.

Rows arrive a page at a time through canFetchMore/fetchMore as the view scrolls (Qt asks
for more when the last row comes into view). Only MAX_PAGES pages of visits stay in
memory; a page dropped from the cache is read again from the last visit of the page
before it (Visits.page_after, an index seek), so memory stays bounded however far the
operator scrolls through a million visits, and no query uses a deep OFFSET.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.core.periods import Period
from desktop.core.visits import Visit, Visits

from .fieldform import ref_name, short_time

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
MAX_PAGES = 25  # at most 5,000 visits held in memory
COLUMNS = (
    ("visited_at", QT_TRANSLATE_NOOP("VisitTableModel", "Time")),
    ("purposes", QT_TRANSLATE_NOOP("VisitTableModel", "Purposes")),
    ("sex", QT_TRANSLATE_NOOP("VisitTableModel", "Sex")),
    ("age_band", QT_TRANSLATE_NOOP("VisitTableModel", "Age")),
    ("ethnicity", QT_TRANSLATE_NOOP("VisitTableModel", "Ethnicity")),
    ("village", QT_TRANSLATE_NOOP("VisitTableModel", "Village")),
    ("assisted", QT_TRANSLATE_NOOP("VisitTableModel", "Assisted")),
    ("duration_min", QT_TRANSLATE_NOOP("VisitTableModel", "Minutes")),
    ("note", QT_TRANSLATE_NOOP("VisitTableModel", "Note")),
)


def purposes_text(visit: Visit) -> str:
    names = [ref_name("visit_purposes", p) for p in visit.purposes]
    if visit.purpose_note:
        names.append(f"({visit.purpose_note})")
    return ", ".join(names)


def cell_text(visit: Visit, column: str) -> str:
    """What a visit shows in a column, in the UI language."""
    if column == "visited_at":
        return short_time(visit.visited_at)
    if column == "purposes":
        return purposes_text(visit)
    if column == "sex":
        return ref_name("sexes", visit.sex)
    if column == "age_band":
        return ref_name("age_bands", visit.age_band)
    if column == "ethnicity":
        return ref_name("ethnic_groups", visit.ethnicity)
    if column == "assisted":
        return "✓" if visit.assisted else ""
    if column == "duration_min":
        return str(visit.duration_min) if visit.duration_min is not None else ""
    value = getattr(visit, column)
    return "" if value is None else str(value)


class VisitTableModel(QAbstractTableModel):
    """Live visits, newest first, for a period and purpose filter; loaded as the view scrolls."""

    def __init__(self, visits: Visits, parent: Any = None) -> None:
        super().__init__(parent)
        self.visits = visits
        self.period: Period | None = None
        self.purpose: str | None = None
        self._pages: OrderedDict[int, list[Visit]] = OrderedDict()
        self._ends: list[Visit] = []  # the last visit of every page read so far
        self._rows = 0
        self._exhausted = False
        self._total: int | None = None

    # -- filters -----------------------------------------------------------------------
    def set_filter(self, period: Period | None, purpose: str | None) -> None:
        """Show another period or purpose (starts again from the newest visit)."""
        self.period, self.purpose = period, purpose
        self.refresh()

    def refresh(self) -> None:
        """Forget what was read and start again (after a save, an edit or a delete)."""
        self.beginResetModel()
        self._pages.clear()
        self._ends.clear()
        self._rows = 0
        self._exhausted = False
        self._total = None
        self.endResetModel()

    def total(self) -> int:
        """How many visits match the filter (from the per-day tally, not by counting rows)."""
        if self._total is None:
            self._total = self.visits.count(self.period, self.purpose)
        return self._total

    # -- lazy loading ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        number = len(self._ends)
        rows = self._read(number)
        if len(rows) < PAGE:
            self._exhausted = True
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), self._rows, self._rows + len(rows) - 1)
        self._keep(number, rows)
        self._ends.append(rows[-1])
        self._rows += len(rows)
        self.endInsertRows()

    def _read(self, number: int) -> list[Visit]:
        after = self._ends[number - 1] if number > 0 else None
        return self.visits.page_after(after, PAGE, self.period, self.purpose)

    def _keep(self, number: int, rows: list[Visit]) -> None:
        self._pages[number] = rows
        self._pages.move_to_end(number)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)

    def visit(self, row: int) -> Visit | None:
        """The visit shown in a row, reading its page again if it was dropped from the cache."""
        if not 0 <= row < self._rows:
            return None
        number, offset = divmod(row, PAGE)
        page = self._pages.get(number)
        if page is None:
            page = self._read(number)
            self._keep(number, page)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def loaded_rows(self) -> int:
        """How many visits are held in memory now (bounded by MAX_PAGES pages)."""
        return sum(len(page) for page in self._pages.values())

    # -- display -----------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            visit = self.visit(index.row())
            if visit is None:
                return None
            text = cell_text(visit, column)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if column in ("purposes", "note", "village") and text else None
            return text
        if role == Qt.ItemDataRole.UserRole:
            visit = self.visit(index.row())
            return visit.id if visit else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("duration_min", "assisted"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("VisitTableModel", COLUMNS[section][1])
        return None

    def retranslate(self) -> None:
        """Names of purposes and groups follow the UI language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(COLUMNS) - 1))
