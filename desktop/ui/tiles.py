"""Big touch tiles for the kiosk: a picture or a glyph above a wrapped name, in a paged grid.

Pages with big previous/next buttons instead of scrolling: a finger, an old touch screen
or an unsteady mouse hits a 100-pixel button far more reliably than a scroll bar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QAbstractButton, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .appearance import scaled
from .viewer import big_button

TOUCH_MIN = 64  # smallest touch target, pixels


class Tile(QAbstractButton):
    """A big button: picture (or glyph) on top, name underneath, optional small second line."""

    def __init__(self, text: str, subtitle: str = "", glyph: str = "", color: str = "#0b4f8a",
                 pixmap: QPixmap | None = None, text_scale: float = 1.35,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)
        self.text_scale = text_scale
        self.subtitle = subtitle
        self.glyph = glyph
        self.color = QColor(color)
        self.picture = pixmap
        self.setMinimumSize(QSize(160, 120))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(text)

    def set_picture(self, pixmap: QPixmap | None) -> None:
        self.picture = pixmap
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, 200)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        background = QColor("#ffffff") if self.picture is not None else self.color
        if self.isDown():
            background = background.darker(120)
        painter.setPen(QColor("#0b4f8a") if self.hasFocus() else QColor("#c9d6e3"))
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 14, 14)
        text_color = QColor("#102030") if self.picture is not None else QColor("white")
        font = scaled(self.font(), self.text_scale, bold=True)
        small = scaled(self.font(), 1.0)
        lines_height = painter.fontMetrics().height()
        painter.setFont(font)
        text_height = min(rect.height() * 0.4, 2 * painter.fontMetrics().lineSpacing() + 8)
        if self.subtitle:
            text_height += lines_height + 4
        picture_rect = rect.adjusted(10, 10, -10, -(text_height + 6))
        if self.picture is not None and not self.picture.isNull():
            target = self.picture.size().scaled(picture_rect.size().toSize(),
                                                Qt.AspectRatioMode.KeepAspectRatio)
            x = picture_rect.x() + (picture_rect.width() - target.width()) / 2
            y = picture_rect.y() + (picture_rect.height() - target.height()) / 2
            frame = QRectF(x, y, target.width(), target.height())
            painter.drawPixmap(frame, self.picture, QRectF(self.picture.rect()))
            if not self.picture.hasAlphaChannel():
                # A white page on a white tile needs an edge to be seen as a page.
                painter.setPen(QColor("#9aa8b6"))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(frame.adjusted(-0.5, -0.5, 0.5, 0.5))
        elif self.glyph:
            glyph_font = QFont(font)
            glyph_font.setPixelSize(max(16, int(picture_rect.height() * 0.8)))
            painter.setFont(glyph_font)
            painter.setPen(text_color)
            painter.drawText(picture_rect, Qt.AlignmentFlag.AlignCenter, self.glyph)
            painter.setFont(font)
        if self.picture is None and not self.glyph:
            # A name alone (a language): use the whole tile, the same place with or without
            # a second line, so the names of a row line up.
            text_rect = rect.adjusted(10, 10, -10, -(lines_height + 10))
        else:
            text_rect = QRectF(rect.x() + 10, rect.bottom() - text_height - 6,
                               rect.width() - 20, text_height - (lines_height + 4 if self.subtitle else 0))
        painter.setPen(text_color)
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
        painter.drawText(text_rect, flags, self.elided(painter, self.text(), text_rect))
        if self.subtitle:
            painter.setFont(small)
            sub_rect = QRectF(rect.x() + 10, rect.bottom() - lines_height - 8, rect.width() - 20,
                              lines_height + 4)
            painter.drawText(sub_rect, int(Qt.AlignmentFlag.AlignCenter), self.subtitle)
        painter.end()

    @staticmethod
    def elided(painter: QPainter, text: str, rect: QRectF) -> str:
        """The text, cut with … so its wrapped lines fit in rect."""
        metrics = painter.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        if metrics.boundingRect(rect.toRect(), flags, text).height() <= rect.height():
            return text
        words = text.split()
        while words:
            words.pop()
            candidate = " ".join(words) + " …"
            if metrics.boundingRect(rect.toRect(), flags, candidate).height() <= rect.height():
                return candidate
        return "…"


class TileGrid(QWidget):
    """A grid of tiles, a page at a time, with big previous/next buttons when needed."""

    chosen = Signal(object)  # the key of the tapped tile

    def __init__(self, columns: int = 4, rows: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns, self.rows = columns, rows
        self.page = 0
        self.total = 0
        self.fetch: Callable[[int, int], Sequence[tuple[Any, Tile]]] = lambda _o, _n: []
        self.tiles: list[Tile] = []
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        self.previous = big_button("◀", height=TOUCH_MIN + 16)
        self.previous.setObjectName("page_previous")
        self.next = big_button("▶", height=TOUCH_MIN + 16)
        self.next.setObjectName("page_next")
        for button in (self.previous, self.next):
            button.setMinimumWidth(160)
            button.setFont(scaled(self.font(), 2.0, bold=True))
        self.page_label = QLabel(objectName="grid_page")
        self.page_label.setFont(scaled(self.font(), 1.4))
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next.clicked.connect(lambda: self.show_page(self.page + 1))
        pager = QHBoxLayout()
        pager.addWidget(self.previous)
        pager.addWidget(self.page_label, 1)
        pager.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid, 1)
        layout.addLayout(pager)

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def set_source(self, total: int, fetch: Callable[[int, int], Sequence[tuple[Any, Tile]]]) -> None:
        """Show `total` tiles made on demand by fetch(offset, count) -> [(key, Tile)]."""
        self.total, self.fetch = total, fetch
        self.show_page(0)

    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    def show_page(self, page: int) -> None:
        self.page = max(0, min(self.pages() - 1, page))
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.hide()
            tile.deleteLater()
        self.tiles = []
        for n, (key, tile) in enumerate(self.fetch(self.page * self.per_page, self.per_page)):
            tile.clicked.connect(lambda _=False, key=key: self.chosen.emit(key))
            tile.setProperty("key", key)
            self.grid.addWidget(tile, n // self.columns, n % self.columns)
            self.tiles.append(tile)
        # Keep the cells of a short last page the same size as on full pages.
        for c in range(self.columns):
            self.grid.setColumnStretch(c, 1)
        for r in range(self.rows):
            self.grid.setRowStretch(r, 1)
        paged = self.pages() > 1
        for w in (self.previous, self.next, self.page_label):
            w.setVisible(paged)
        self.previous.setEnabled(self.page > 0)
        self.next.setEnabled(self.page < self.pages() - 1)
        self.page_label.setText(f"{self.page + 1} / {self.pages()}")

    def tile(self, key: Any) -> Tile | None:
        return next((t for t in self.tiles if t.property("key") == key), None)
