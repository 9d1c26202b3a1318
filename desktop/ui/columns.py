"""A grid whose number of columns follows the width it is given (cards, checkboxes).

Old site PCs have 1024x768 screens (or 1366x768 at 125%): four figure cards or two columns
of purposes do not fit beside a navigation there, so they fall to fewer columns and more
rows instead of forcing the window wider than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class ColumnsLayout(QLayout):
    """Items in equal columns, as many as fit (at most `max_columns`), wrapping to new rows.

    `column_major` fills each column top to bottom first (1-4 down, 5-8 beside them), the
    order of a numbered list; otherwise rows are filled left to right.
    """

    def __init__(self, parent: QWidget | None = None, max_columns: int = 4, spacing: int = 12,
                 column_major: bool = False, min_columns: int = 1) -> None:
        super().__init__(parent)
        self.max_columns = max_columns
        self.min_columns = min_columns
        self.column_major = column_major
        self._items: list[QLayoutItem] = []
        self._columns = 0  # as last placed
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout -----------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)
        margins = self.contentsMargins()
        columns = self.columns_for(rect.width() - margins.left() - margins.right())
        if columns != self._columns:
            # Fewer columns need more height: let the window know the new minimum.
            self._columns = columns
            self.invalidate()
            if self.parentWidget() is not None:
                self.parentWidget().updateGeometry()

    def sizeHint(self) -> QSize:
        columns = min(self.max_columns, max(1, len(self._visible())))
        # One spacing to spare: a window sized to this hint still fits every column.
        width = columns * (self._cell_width(hint=True) + self.spacing())
        margins = self.contentsMargins()
        width += margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        """`min_columns` wide, and as tall as the rows need at the width it has now (so a
        window that cannot use height-for-width never overlaps or cuts off a row)."""
        margins = self.contentsMargins()
        columns = min(self.min_columns, max(1, len(self._visible())))
        width = columns * (self._cell_width(hint=False) + self.spacing()) - self.spacing()
        width += margins.left() + margins.right()
        current = self.geometry().width()
        return QSize(width, self.heightForWidth(current if current > 0 else self.sizeHint().width()))

    # -- placing -----------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _cell_width(self, hint: bool) -> int:
        sizes = [(item.sizeHint() if hint else item.minimumSize()).width() for item in self._visible()]
        return max(sizes, default=0)

    def columns_for(self, width: int) -> int:
        """How many columns fit in `width` pixels (inside the margins)."""
        cell = max(1, self._cell_width(hint=False))
        fit = (width + self.spacing()) // (cell + self.spacing())
        return max(1, min(self.max_columns, len(self._visible()) or 1, max(fit, self.min_columns)))

    def _place(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        items = self._visible()
        columns = self.columns_for(inner.width())
        rows = -(-len(items) // columns) if items else 0
        space = self.spacing()
        cell_width = max(1, (inner.width() - space * (columns - 1)) // columns)
        cells = [(n % rows, n // rows) if self.column_major else (n // columns, n % columns)
                 for n in range(len(items))]
        heights = [0] * rows
        for item, (row, _column) in zip(items, cells, strict=True):
            height = (item.heightForWidth(cell_width) if item.hasHeightForWidth()
                      else item.sizeHint().height())
            heights[row] = max(heights[row], height, item.minimumSize().height())
        if move:
            tops = [inner.y() + sum(heights[:r]) + space * r for r in range(rows)]
            for item, (row, column) in zip(items, cells, strict=True):
                x = inner.x() + column * (cell_width + space)
                item.setGeometry(QRect(QPoint(x, tops[row]), QSize(cell_width, heights[row])))
        return sum(heights) + space * max(0, rows - 1) + margins.top() + margins.bottom()
