"""Viewers for one file of a material: PDF, image and text/HTML (audio and video: media_player).

QtPdf is imported inside the PDF viewer, never at module import: start-up time is budgeted
and most sessions open no PDF.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .appearance import scaled

log = logging.getLogger("point.ui.viewer")

PDF, IMAGE, TEXT, HTML, AUDIO, VIDEO, OTHER = "pdf", "image", "text", "html", "audio", "video", "other"
MAX_TEXT_BYTES = 8 * 1024 * 1024  # a bigger "text" file is not something to read on screen
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.2, 6.0
BUTTON_HEIGHT = 48


def file_kind(mime: str | None, filename: str = "") -> str:
    """Which viewer shows a file, from its MIME type (or its name's extension)."""
    mime = (mime or "").lower()
    name = filename.lower()
    if mime == "application/pdf" or name.endswith(".pdf"):
        return PDF
    if mime.startswith("image/"):
        return IMAGE
    if mime.startswith("audio/") or name.endswith((".mp3", ".wav", ".ogg", ".m4a", ".oga")):
        return AUDIO
    if mime.startswith("video/") or name.endswith((".mp4", ".webm", ".mkv")):
        return VIDEO
    if mime in ("text/html", "application/xhtml+xml") or name.endswith((".html", ".htm")):
        return HTML
    if mime.startswith("text/") or name.endswith(".txt"):
        return TEXT
    return OTHER


def big_button(text: str = "", parent: QWidget | None = None, height: int = BUTTON_HEIGHT) -> QPushButton:
    """A push button tall enough for an unsteady hand or a finger."""
    button = QPushButton(text, parent)
    button.setMinimumHeight(height)
    button.setMinimumWidth(height)
    button.setFont(scaled(button.font(), 1.15))
    return button


def on_white(image: QImage) -> QImage:
    """The image drawn over white: QtPdf renders pages with a transparent background."""
    out = QImage(image.size(), QImage.Format.Format_RGB32)
    out.setDevicePixelRatio(image.devicePixelRatio())
    out.fill(QColor("white"))
    painter = QPainter(out)
    painter.drawImage(0, 0, image)
    painter.end()
    return out


class FileViewer(QWidget):
    """Base of the viewers: stop() releases players; `failed` carries a shown message."""

    failed = Signal(str)

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)

    def stop(self) -> None:
        """Stop playing or loading; called when the viewer is closed or hidden."""

    def show_problem(self, text: str) -> None:
        label = QLabel(text, self, objectName="problem")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setFont(scaled(self.font(), 1.2))
        if self.layout() is None:
            QVBoxLayout(self)
        self.layout().addWidget(label)
        self.failed.emit(text)


class ZoomBar(QWidget):
    """Zoom out, zoom in, fit, and (for PDFs) previous/next page with 'Page n / m'."""

    def __init__(self, paged: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zoom_out = big_button("−")
        self.zoom_in = big_button("+")
        self.fit = big_button()
        self.previous = big_button("◀")
        self.next = big_button("▶")
        self.page_label = QLabel(objectName="page_label")
        self.page_label.setFont(scaled(self.font(), 1.1))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.zoom_out, self.zoom_in, self.fit):
            layout.addWidget(w)
        layout.addStretch(1)
        for w in (self.previous, self.page_label, self.next):
            layout.addWidget(w)
            w.setVisible(paged)
        self.retranslate()

    def retranslate(self) -> None:
        self.fit.setText(self.tr("Fit"))
        self.zoom_out.setToolTip(self.tr("Zoom out"))
        self.zoom_in.setToolTip(self.tr("Zoom in"))
        self.previous.setToolTip(self.tr("Previous page"))
        self.next.setToolTip(self.tr("Next page"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PixmapViewer(FileViewer):
    """A scrollable picture with zoom; subclasses say what picture to show at which zoom."""

    def __init__(self, path: Path, paged: bool, parent: QWidget | None = None) -> None:
        super().__init__(path, parent)
        self.zoom = 1.0
        self.fitting = True
        self.bar = ZoomBar(paged)
        self.picture = QLabel(objectName="picture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.picture)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setStyleSheet("QScrollArea { background: #5f6b76; }")
        self.picture.setStyleSheet("background: #5f6b76;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.scroll, 1)
        self.bar.zoom_in.clicked.connect(lambda: self.set_zoom(self.zoom * ZOOM_STEP))
        self.bar.zoom_out.clicked.connect(lambda: self.set_zoom(self.zoom / ZOOM_STEP))
        self.bar.fit.clicked.connect(self.fit_to_window)
        self.scroll.viewport().installEventFilter(self)

    def natural_size(self) -> QSize:
        """The picture's size at zoom 1 (pixels)."""
        raise NotImplementedError

    def picture_at(self, size: QSize) -> QPixmap:
        raise NotImplementedError

    def fit_zoom(self) -> float:
        natural = self.natural_size()
        if natural.isEmpty():
            return 1.0
        room = self.scroll.viewport().size() - QSize(16, 16)
        return max(ZOOM_MIN, min(room.width() / natural.width(), room.height() / natural.height()))

    def fit_to_window(self) -> None:
        self.fitting = True
        self.set_zoom(self.fit_zoom(), keep_fit=True)

    def set_zoom(self, zoom: float, keep_fit: bool = False) -> None:
        self.fitting = keep_fit
        self.zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        self.render()

    def render(self) -> None:
        natural = self.natural_size()
        if natural.isEmpty():
            return
        size = QSize(max(1, round(natural.width() * self.zoom)), max(1, round(natural.height() * self.zoom)))
        self.picture.setPixmap(self.picture_at(size))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Refit when the visible area changes size (window resized, splitter moved).
        if event.type() == QEvent.Type.Resize and self.fitting:
            self.fit_to_window()
        return False


class ImageViewer(PixmapViewer):
    """A picture (poster, leaflet scan), fitted to the window, zoomable."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(path, paged=False, parent=parent)
        self.image = QImage(str(path))
        if self.image.isNull():
            self.bar.hide()
            self.scroll.hide()
            self.show_problem(self.tr("This picture cannot be opened (damaged or unknown format)."))
            return
        self.fit_to_window()

    def natural_size(self) -> QSize:
        return self.image.size()

    def picture_at(self, size: QSize) -> QPixmap:
        return QPixmap.fromImage(self.image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))


class PdfViewer(PixmapViewer):
    """A PDF, one page at a time, on a white page; zoom, fit, previous/next page."""

    page_changed = Signal(int)

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(path, paged=True, parent=parent)
        from PySide6.QtPdf import QPdfDocument

        self.document = QPdfDocument(self)
        self.page = 0
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_ or self.document.pageCount() < 1:
            log.warning("cannot open PDF %s: %s", path, error)
            self.bar.hide()
            self.scroll.hide()
            self.show_problem(self.tr("This PDF cannot be opened (damaged or protected)."))
            return
        self.bar.previous.clicked.connect(lambda: self.go_to(self.page - 1))
        self.bar.next.clicked.connect(lambda: self.go_to(self.page + 1))
        self.go_to(0)

    def page_count(self) -> int:
        return self.document.pageCount()

    def go_to(self, page: int) -> None:
        """Show page number `page` (from 0), clamped to the document."""
        self.page = max(0, min(self.page_count() - 1, page))
        self.bar.previous.setEnabled(self.page > 0)
        self.bar.next.setEnabled(self.page < self.page_count() - 1)
        self.bar.page_label.setText(self.tr("Page {n} / {total}").format(
            n=self.page + 1, total=self.page_count()))
        if self.fitting:
            self.fit_to_window()
        else:
            self.render()
        self.scroll.verticalScrollBar().setValue(0)
        self.page_changed.emit(self.page)

    def natural_size(self) -> QSize:
        points = self.document.pagePointSize(self.page)
        # 1 pt = 1/72 inch; show at the screen's logical 96 dpi at zoom 1.
        return QSize(round(points.width() * 96 / 72), round(points.height() * 96 / 72))

    def picture_at(self, size: QSize) -> QPixmap:
        ratio = self.devicePixelRatioF()
        image = self.document.render(self.page, QSize(round(size.width() * ratio),
                                                      round(size.height() * ratio)))
        image.setDevicePixelRatio(ratio)
        return QPixmap.fromImage(on_white(image))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_Right):
            self.go_to(self.page + 1)
        elif event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_Left):
            self.go_to(self.page - 1)
        else:
            super().keyPressEvent(event)


class SafeBrowser(QTextBrowser):
    """A QTextBrowser that loads nothing: no remote or local images, styles or pages."""

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 (Qt's name)
        return None

    def setSource(self, url: QUrl, *args: object) -> None:  # noqa: N802
        # Links inside the document only (#anchors); nothing leaves it.
        if url.hasFragment() and not url.path():
            self.scrollToAnchor(url.fragment())


def read_text(path: Path) -> str:
    """A text file's characters: UTF-8 (with or without BOM) or UTF-16 with BOM."""
    data = path.read_bytes()[:MAX_TEXT_BYTES]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    return data.decode("utf-8-sig", errors="replace")


class TextViewer(FileViewer):
    """Plain text or HTML, read-only, with bigger/smaller text."""

    def __init__(self, path: Path, html: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(path, parent)
        self.browser = SafeBrowser(objectName="text")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.browser.setSource)
        self.browser.setFont(scaled(self.font(), 1.2))
        self.browser.setStyleSheet("QTextBrowser { background: white; color: black; }")
        self.bar = ZoomBar(paged=False)
        self.bar.fit.hide()
        self.bar.zoom_in.clicked.connect(lambda: self.browser.zoomIn(2))
        self.bar.zoom_out.clicked.connect(lambda: self.browser.zoomOut(2))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.browser, 1)
        try:
            text = read_text(self.path)
        except OSError as exc:
            log.warning("cannot read %s: %s", path, exc)
            self.browser.hide()
            self.show_problem(self.tr("This file cannot be read."))
            return
        if html:
            self.browser.setHtml(text)
        else:
            self.browser.setPlainText(text)

    def text(self) -> str:
        return self.browser.toPlainText()


def make_viewer(path: Path, mime: str | None, filename: str = "",
                parent: QWidget | None = None, autoplay: bool = False) -> FileViewer:
    """The right viewer for a file; audio and video start at once when autoplay is set."""
    kind = file_kind(mime, filename or Path(path).name)
    if kind == PDF:
        return PdfViewer(path, parent)
    if kind == IMAGE:
        return ImageViewer(path, parent)
    if kind in (TEXT, HTML):
        return TextViewer(path, html=kind == HTML, parent=parent)
    if kind in (AUDIO, VIDEO):
        from .media_player import MediaViewer

        viewer = MediaViewer(path, video=kind == VIDEO, parent=parent)
        if autoplay:
            viewer.play()
        return viewer
    viewer = FileViewer(path, parent)
    viewer.show_problem(QCoreApplication.translate("FileViewer", "This kind of file cannot be shown here."))
    return viewer
