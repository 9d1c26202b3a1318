"""The library list: a model that knows its row count but reads rows a page at a time,
and a delegate that draws each row as a cover with the title and what the material is.

At 100k materials the view asks only for the rows it paints; the model keeps a bounded
number of pages in memory, so scrolling from top to bottom never loads the whole list.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.core import reference

from .appearance import scaled
from .bilingual import autonym
from .covers import CoverLoader

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], Sequence[dict[str, Any]]]
Covers = Callable[[list[str]], dict[str, tuple[str, str]]]
PAGE = 100
MAX_PAGES = 20  # 2,000 rows in memory at most, whatever the list's length
ROW_HEIGHT = 92
COVER = QSize(64, 80)
RowRole = Qt.ItemDataRole.UserRole + 1


class MaterialListModel(QAbstractListModel):
    """Rows of a material list: fetch(offset, limit) gives dicts with id, title, kind, langs."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.total = 0
        self._fetch: Fetch = lambda _o, _n: []
        self._covers: Covers = lambda _ids: {}
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()

    def set_source(self, total: int, fetch: Fetch, covers: Covers | None = None) -> None:
        """Show another list (a search, a filter): its length and how to read a page of it."""
        self.beginResetModel()
        self.total, self._fetch = max(0, int(total)), fetch
        if covers is not None:
            self._covers = covers
        self._pages.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self.total

    def loaded_pages(self) -> int:
        return len(self._pages)

    def row(self, number: int) -> dict[str, Any] | None:
        """The row's dict, reading its page if needed; None past the end."""
        if not 0 <= number < self.total:
            return None
        page_no = number // PAGE
        page = self._pages.get(page_no)
        if page is None:
            page = list(self._fetch(page_no * PAGE, PAGE))
            sources = self._covers([r["id"] for r in page]) if page else {}
            for r in page:
                r["cover_source"] = sources.get(r["id"], (None, None))
            self._pages[page_no] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        offset = number - page_no * PAGE
        return page[offset] if offset < len(page) else None

    def row_of(self, material_id: str) -> int:
        """The row number of a material among the pages in memory, or -1."""
        for page_no, page in self._pages.items():
            for n, r in enumerate(page):
                if r["id"] == material_id:
                    return page_no * PAGE + n
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row["title"]
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        if role == RowRole:
            return row
        return None

    def invalidate(self) -> None:
        """Forget loaded rows (after an edit) so they are read again when painted."""
        self._pages.clear()
        if self.total:
            self.dataChanged.emit(self.index(0), self.index(self.total - 1))


def names(list_name: str, lang: str) -> dict[str, str]:
    return {item.code: item.name(lang) for item in reference.load_list(list_name)}


class MaterialDelegate(QStyledItemDelegate):
    """Cover on the left; title (two lines at most), then kind · languages · issuer · state."""

    def __init__(self, covers: CoverLoader, media_path: Callable[[str], Path],
                 ui_lang: Callable[[], str], parent: Any = None) -> None:
        super().__init__(parent)
        self.covers = covers
        self.media_path = media_path
        self.ui_lang = ui_lang

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(400, ROW_HEIGHT)

    def subtitle(self, row: dict[str, Any]) -> str:
        lang = self.ui_lang()
        parts = [names("material_kinds", lang).get(row["kind"], row["kind"]),
                 " · ".join(autonym(x) for x in row.get("langs") or [])]
        if row.get("issuer"):
            parts.append(row["issuer"])
        if row.get("issue_date"):
            parts.append(row["issue_date"])
        return "  —  ".join(p for p in parts if p)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(RowRole)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        elif index.row() % 2:
            painter.fillRect(option.rect, QColor("#f5f8fb"))
        if row is None:
            painter.restore()
            return
        media_hash, mime = row.get("cover_source") or (None, None)
        path = self.media_path(media_hash) if media_hash else None
        cover = self.covers.cover(row["kind"], media_hash, path, mime)
        area = QRect(option.rect.x() + 8, option.rect.y() + (option.rect.height() - COVER.height()) // 2,
                     COVER.width(), COVER.height())
        scaled_size = cover.deviceIndependentSize().toSize().scaled(COVER, Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, scaled_size.width(), scaled_size.height())
        target.moveCenter(area.center())
        painter.drawPixmap(target, cover)
        if not cover.hasAlphaChannel():  # a white page needs an edge on a white row
            painter.setPen(QColor("#9aa8b6"))
            painter.drawRect(target.adjusted(0, 0, -1, -1))
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        x = area.right() + 14
        width = option.rect.right() - x - 8
        title_font = scaled(option.font, 1.1, bold=True)
        painter.setFont(title_font)
        painter.setPen(text_color)
        metrics = painter.fontMetrics()
        title_rect = QRect(x, option.rect.y() + 8, width, metrics.lineSpacing() * 2 + 2)
        title = row["title"]
        if metrics.boundingRect(title_rect, int(Qt.TextFlag.TextWordWrap), title).height() > title_rect.height():
            title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, width * 2 - metrics.averageCharWidth() * 4)
        painter.drawText(title_rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop), title)
        painter.setFont(option.font)
        sub_metrics = painter.fontMetrics()
        sub_rect = QRect(x, option.rect.bottom() - sub_metrics.lineSpacing() - 8, width, sub_metrics.lineSpacing())
        subtitle = self.subtitle(row)
        if row.get("withdrawn"):
            painter.setPen(QColor("#ffd0d0" if selected else "#b00020"))
            badge = self.tr("Withdrawn") + "  "
            painter.drawText(sub_rect, int(Qt.AlignmentFlag.AlignLeft), badge)
            sub_rect.setLeft(sub_rect.left() + sub_metrics.horizontalAdvance(badge))
        painter.setPen(text_color if selected else QColor("#4a5866"))
        painter.drawText(sub_rect, int(Qt.AlignmentFlag.AlignLeft),
                         sub_metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, sub_rect.width()))
        painter.restore()
