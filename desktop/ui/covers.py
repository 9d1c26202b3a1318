"""Material covers: the first PDF page, the picture itself, or a kind icon.

Pages and pictures are rendered off the UI thread, one at a time (two cores: the UI keeps
one), and cached as PNG under the data folder's covers/ by media hash and size, so each
cover is rendered once per point. Requests come from painting, so only visible rows ask;
when the operator scrolls fast the newest requests are served first and old ones dropped.
"""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from .viewer import AUDIO, IMAGE, PDF, VIDEO, file_kind, on_white

log = logging.getLogger("point.ui.covers")

MAX_PENDING = 64
MEMORY_CACHE = 400
KIND_GLYPHS = {
    "bulletin": "✉", "leaflet": "▤", "folded-leaflet": "▥", "poster": "▣", "handbook": "✎",
    "manual": "✎", "thematic-document": "▦", "official-document": "⚖", "e-library": "☰",
    "video": "▶", "audio": "♫", "other": "▢",
}
FILE_GLYPHS = {AUDIO: "♫", VIDEO: "▶", PDF: "▤"}
KIND_COLOURS = {
    "bulletin": "#1f6fb2", "leaflet": "#2d8f5a", "folded-leaflet": "#2d8f5a", "poster": "#b3541e",
    "handbook": "#6a4fb3", "manual": "#6a4fb3", "thematic-document": "#00766c",
    "official-document": "#7a5c00", "e-library": "#8a3b73", "video": "#b32d45",
    "audio": "#0b7a3e", "other": "#5f6b76",
}


def cover_file(folder: Path, media_hash: str, size: QSize) -> Path:
    return folder / f"{media_hash}-{size.width()}x{size.height()}.png"


def render_cover(source: Path, kind: str, size: QSize) -> QImage:
    """The cover image of a PDF (first page on white) or a picture, fitted in size."""
    if kind == PDF:
        from PySide6.QtPdf import QPdfDocument

        document = QPdfDocument()
        try:
            if document.load(str(source)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
                return QImage()
            page = document.pagePointSize(0)
            if page.isEmpty():
                return QImage()
            scale = min(size.width() / page.width(), size.height() / page.height())
            image = document.render(0, QSize(max(1, round(page.width() * scale)),
                                             max(1, round(page.height() * scale))))
            return on_white(image) if not image.isNull() else image
        finally:
            document.close()
    reader = QImageReader(str(source))
    reader.setAutoTransform(True)
    natural = reader.size()
    if natural.isValid() and not natural.isEmpty():
        # Decoding at the target size keeps a 20-megapixel photo from filling memory.
        reader.setScaledSize(natural.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def kind_icon(material_kind: str, size: QSize, file_type: str | None = None) -> QPixmap:
    """A coloured card with the kind's glyph, for materials with no page or picture."""
    ratio = QApplication.instance().devicePixelRatio() if QApplication.instance() else 1.0
    pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(KIND_COLOURS.get(material_kind, KIND_COLOURS["other"])))
    painter.setPen(Qt.PenStyle.NoPen)
    rect = QRectF(0, 0, size.width(), size.height())
    painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 10, 10)
    font = QFont(QApplication.font())
    font.setPixelSize(max(8, int(min(size.width(), size.height()) * 0.5)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    glyph = FILE_GLYPHS.get(file_type or "", KIND_GLYPHS.get(material_kind, "▢"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return pixmap


class _Signals(QObject):
    done = Signal(str, str)  # media hash, cache file ("" when it could not be rendered)


class _Worker(QRunnable):
    """Drains the loader's queue newest first; one runs at a time."""

    def __init__(self, loader: CoverLoader) -> None:
        super().__init__()
        self.loader = loader

    def run(self) -> None:
        while True:
            job = self.loader._next_job()
            if job is None:
                return
            media_hash, source, kind, target = job
            path = ""
            try:
                image = render_cover(source, kind, self.loader.size)
                if not image.isNull():
                    tmp = target.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
                    if image.save(str(tmp), "PNG"):
                        os.replace(tmp, target)
                        path = str(target)
                    else:
                        tmp.unlink(missing_ok=True)
            except Exception:  # a broken file must not stop the covers of the others
                log.exception("cover of %s failed", source)
            self.loader.signals.done.emit(media_hash, path)


class CoverLoader(QObject):
    """Hands out cover pixmaps; renders missing ones in the background and says when ready."""

    ready = Signal(str)  # media hash whose cover is now available

    def __init__(self, folder: Path, size: QSize, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.size = QSize(size)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.signals = _Signals()
        self.signals.done.connect(self._done)
        self._memory: OrderedDict[str, QPixmap] = OrderedDict()
        self._icons: dict[tuple[str, str | None], QPixmap] = {}
        self._failed: set[str] = set()
        self._lock = threading.Lock()
        self._queue: OrderedDict[str, tuple[str, Path, str, Path]] = OrderedDict()
        self._running = False

    def cover(self, material_kind: str, media_hash: str | None, source: Path | None,
              mime: str | None) -> QPixmap:
        """The cover now: the rendered one if cached, else the kind icon (and render it)."""
        file_type = file_kind(mime, source.name if source else "")
        if media_hash and file_type in (PDF, IMAGE) and media_hash not in self._failed:
            cached = self._memory.get(media_hash)
            if cached is not None:
                self._memory.move_to_end(media_hash)
                return cached
            target = cover_file(self.folder, media_hash, self.size)
            if target.is_file():
                pixmap = QPixmap(str(target))
                if not pixmap.isNull():
                    self._remember(media_hash, pixmap)
                    return pixmap
            if source is not None:
                self._request(media_hash, source, file_type, target)
        return self.icon(material_kind, file_type)

    def icon(self, material_kind: str, file_type: str | None = None) -> QPixmap:
        key = (material_kind, file_type if file_type in FILE_GLYPHS else None)
        if key not in self._icons:
            self._icons[key] = kind_icon(material_kind, self.size, key[1])
        return self._icons[key]

    def pending(self) -> int:
        with self._lock:
            return len(self._queue) + (1 if self._running else 0)

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for the background renders (tests, shutdown)."""
        return self.pool.waitForDone(msecs)

    def shutdown(self) -> None:
        with self._lock:
            self._queue.clear()
        self.pool.waitForDone(5000)

    # -- queue -------------------------------------------------------------------------
    def _request(self, media_hash: str, source: Path, kind: str, target: Path) -> None:
        with self._lock:
            self._queue[media_hash] = (media_hash, source, kind, target)
            self._queue.move_to_end(media_hash)
            while len(self._queue) > MAX_PENDING:
                self._queue.popitem(last=False)  # scrolled past long ago
            start = not self._running
            self._running = True
        if start:
            self.pool.start(_Worker(self))

    def _next_job(self) -> tuple[str, Path, str, Path] | None:
        with self._lock:
            if not self._queue:
                self._running = False
                return None
            return self._queue.popitem(last=True)[1]

    def _done(self, media_hash: str, path: str) -> None:
        if not path:
            self._failed.add(media_hash)
            return
        pixmap = QPixmap(path)
        if pixmap.isNull():
            self._failed.add(media_hash)
            return
        self._remember(media_hash, pixmap)
        self.ready.emit(media_hash)

    def _remember(self, media_hash: str, pixmap: QPixmap) -> None:
        self._memory[media_hash] = pixmap
        while len(self._memory) > MEMORY_CACHE:
            self._memory.popitem(last=False)
