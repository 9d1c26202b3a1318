"""The main window: a big left navigation, the pages, the status bar, and the menus."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QFont,
    QIcon,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from desktop import __version__
from desktop.core import settings
from desktop.core.accounts import User
from desktop.core.workspace import Workspace

from . import i18n
from .appearance import scaled
from .home import HomePage, format_sync_time

log = logging.getLogger("point.ui.main")

Title = str | Callable[[], str]
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}  # each in its own language
# The navigation is wide on a big screen and narrower (names wrap to two lines) on a
# 1024-pixel one, so the pages keep the width they need.
NAV_WIDE, NAV_NARROW = 230, 176
NAV_ROW, NAV_SPACING = 56, 4  # height of a page's row in the navigation, space around it


def glyph_icon(glyph: str, color: str = "#0b4f8a", size: int = 64) -> QIcon:
    """A navigation icon drawn from one character (no image files to ship or theme)."""
    icon = QIcon()
    for mode, pen in ((QIcon.Mode.Normal, color), (QIcon.Mode.Selected, "#ffffff")):
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        font = QFont(QApplication.font())
        font.setPixelSize(int(size * 0.8))
        painter.setFont(font)
        painter.setPen(QColor(pen))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, glyph)
        painter.end()
        icon.addPixmap(pixmap, mode)
    return icon


class Navigation(QListWidget):
    """The page list; its width follows the window (see MainWindow.resizeEvent)."""

    def __init__(self) -> None:
        super().__init__(objectName="navigation")
        self.wanted = NAV_WIDE
        self.setMinimumWidth(NAV_NARROW)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_wanted(self, width: int) -> None:
        if width != self.wanted:
            self.wanted = width
            self.setMaximumWidth(width)
            self.updateGeometry()
            self.fit_rows()

    def sizeHint(self) -> QSize:
        return QSize(self.wanted, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_rows()

    def fit_rows(self) -> None:
        """Shorter rows on a short window (1366x768 at 125%), so every page's name shows
        without scrolling; a name that has to wrap still gets its two lines."""
        room = self.maximumWidth() - self.iconSize().width() - 24  # less padding and frame
        widest = max((self.fontMetrics().horizontalAdvance(self.item(r).text()) for r in range(self.count())),
                     default=0)
        lowest = (2 if widest > room else 1) * self.fontMetrics().lineSpacing() + 6
        # The viewport's height (no horizontal scroll bar); viewport() itself costs ~10 ms the
        # first time PySide wraps it, which start-up need not pay.
        per_row = self.contentsRect().height() // max(1, self.count()) - 1
        spacing = NAV_SPACING if per_row >= lowest + 2 * NAV_SPACING else 1
        if spacing != self.spacing():
            self.setSpacing(spacing)
        height = max(lowest, min(NAV_ROW, per_row - 2 * spacing))
        for row in range(self.count()):
            item = self.item(row)
            if item.sizeHint().height() != height:
                item.setSizeHint(QSize(NAV_NARROW - 16, height))

    def minimumSizeHint(self) -> QSize:
        return QSize(NAV_NARROW, super().minimumSizeHint().height())


class PageStack(QStackedWidget):
    """The pages; only the page shown sets how small the window may be."""

    def __init__(self) -> None:
        super().__init__(objectName="pages")
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page is not None else QSize()


class ElidedLabel(QLabel):
    """A status-bar label that shortens itself with … instead of being cut off."""

    def minimumSizeHint(self) -> QSize:
        return QSize(80, super().minimumSizeHint().height())

    def setText(self, text: str) -> None:
        self.setToolTip(text)
        super().setText(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         text)


@dataclass
class Page:
    key: str
    title: Title
    factory: Callable[[], QWidget]
    item: QListWidgetItem
    widget: QWidget | None = None

    def title_text(self) -> str:
        return self.title() if callable(self.title) else self.title


class MainWindow(QMainWindow):
    """One operator's session on one point; pages are built the first time they open."""

    logout_requested = Signal()
    closed = Signal()

    def __init__(self, workspace: Workspace, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.user = user
        self.pages: dict[str, Page] = {}
        self.logging_out = False

        self.nav = Navigation()
        self.nav.setIconSize(QSize(36, 36))
        self.nav.setFont(scaled(self.font(), 1.25))
        self.nav.setSpacing(NAV_SPACING)
        self.nav.currentRowChanged.connect(self._row_changed)
        self.stack = PageStack()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 0)
        row.setSpacing(6)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.status_point = ElidedLabel()
        self.status_user = QLabel()
        self.status_sync = QLabel(objectName="status_sync")
        self.status_folder = ElidedLabel()
        for stretch, label in ((1, self.status_point), (0, self.status_user),
                               (0, self.status_sync)):
            label.setContentsMargins(4, 0, 16, 0)
            self.statusBar().addWidget(label, stretch)
        self.statusBar().addPermanentWidget(self.status_folder)

        self._make_actions()
        self.add_page("home", lambda: self.tr("Home"), lambda: HomePage(self.workspace, figures_in_background=True),
                      glyph_icon("⌂"))
        from . import daily_pages  # visits, participants, trainings, opinions

        daily_pages.register(self)
        from . import library_entry  # the library page and the kiosk action

        library_entry.register(self)
        daily_pages.register_reports(self)
        from . import sync_page  # Sync page and the automatic sync with the province hub

        self.sync = sync_page.register(self)
        from . import backup_scheduler  # daily automatic backup, disk warning, restore

        self.backups = backup_scheduler.register(self)
        self.retranslate()
        screen = self.screen().availableGeometry()
        self.resize(min(1180, screen.width()), min(760, screen.height()))
        self.open_page("home")

    # -- pages -------------------------------------------------------------------------
    def add_page(self, key: str, title: Title, widget_factory: Callable[[], QWidget],
                 icon: QIcon | None = None) -> None:
        """Register a page; its widget is built on first open. Ctrl+N opens the Nth page."""
        if key in self.pages:
            raise ValueError(f"page {key!r} already registered")
        item = QListWidgetItem(icon or QIcon(), "")
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(NAV_NARROW - 16, NAV_ROW))  # two lines of a wrapped name fit
        page = Page(key, title, widget_factory, item)
        item.setText(page.title_text())
        self.pages[key] = page
        self.nav.addItem(item)
        number = len(self.pages)
        if number <= 9:
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda: self.open_page(key))

    def open_page(self, key: str) -> QWidget:
        """Show a page, building its widget the first time."""
        page = self.pages[key]
        if page.widget is None:
            page.widget = page.factory()
            self.stack.addWidget(page.widget)
        self.stack.setCurrentWidget(page.widget)
        if self.nav.currentItem() is not page.item:
            self.nav.setCurrentItem(page.item)
        self.refresh_status()
        return page.widget

    def current_page(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _row_changed(self, row: int) -> None:
        item = self.nav.item(row)
        if item is not None:
            self.open_page(item.data(Qt.ItemDataRole.UserRole))

    # -- menus -------------------------------------------------------------------------
    def _make_actions(self) -> None:
        self.logout_action = QAction(self, shortcut=QKeySequence("Ctrl+L"))
        self.logout_action.triggered.connect(self.log_out)
        self.quit_action = QAction(self, shortcut=QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self, shortcut=QKeySequence("F1"))
        self.about_action.triggered.connect(self.show_about)
        self.language_actions = QActionGroup(self)
        for lang, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setData(lang)
            action.setChecked(lang == i18n.current_language())
            action.triggered.connect(lambda _=False, lang=lang: self.set_language(lang))
            self.language_actions.addAction(action)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.logout_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.language_menu = self.menuBar().addMenu("")
        self.language_menu.addActions(self.language_actions.actions())
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)

    def set_language(self, lang: str) -> None:
        """Switch the UI language live; every widget gets a LanguageChange event."""
        app = QApplication.instance()
        if app is not None and lang != i18n.current_language():
            log.info("UI language -> %s", lang)
            i18n.install(app, lang)
            try:
                settings.set_ui_language(self.workspace.paths, lang)  # every later start speaks it
            except OSError as exc:
                log.warning("could not save the UI language: %s", exc)
        for action in self.language_actions.actions():
            action.setChecked(action.data() == i18n.current_language())

    def log_out(self) -> None:
        self.logging_out = True
        self.logout_requested.emit()

    def show_about(self) -> None:
        text = self.tr(
            "<h3>Commune IT support point</h3><p>Version {version}</p>"
            "<p>For the IT support points of communes in ethnic-minority and mountainous "
            "areas.</p><p>Data folder: {folder}</p>"
            "<p>Fonts: Noto Sans, Noto Sans Khmer, Cham and Tai Viet (SIL Open Font "
            "License 1.1).</p>"
        ).format(version=__version__, folder=self.workspace.paths.root)
        from PySide6.QtWidgets import QMessageBox  # only here: not needed to open the window

        QMessageBox.about(self, self.tr("About"), text)

    # -- text --------------------------------------------------------------------------
    def window_title(self) -> str:
        point = self.workspace.point
        title = self.tr("Commune IT support point") + " — " + point.name
        if point.is_demo:
            title += " — " + self.tr("DEMO DATA (demo)")
        return title

    def role_name(self) -> str:
        return self.tr("administrator") if self.user.is_admin else self.tr("operator")

    def refresh_status(self) -> None:
        """Update the status bar (last sync may have changed)."""
        point = self.workspace.point
        self.status_point.setText(self.tr("Point: {name} ({code})").format(
            name=point.name, code=point.code))
        self.status_user.setText(self.tr("User: {name} ({role})").format(
            name=self.user.full_name or self.user.username, role=self.role_name()))
        last = format_sync_time(self.workspace.store.get_meta("last_sync_at"))
        self.status_sync.setText(
            self.tr("Last sync: {time}").format(time=last) if last else self.tr("Not synced yet")
        )
        self.status_folder.setText(self.tr("Data: {folder}").format(
            folder=self.workspace.paths.root))

    def retranslate(self) -> None:
        self.setWindowTitle(self.window_title())
        self.file_menu.setTitle(self.tr("&File"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.logout_action.setText(self.tr("Log &out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About"))
        for page in self.pages.values():
            page.item.setText(page.title_text())
            page.item.setToolTip(page.title_text())
        self.nav.fit_rows()
        self.refresh_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # What the widest page (about 840 pixels) leaves: 176 at 1024 wide, 230 from 1090.
        width = event.size().width()
        self.nav.set_wanted(max(NAV_NARROW, min(NAV_WIDE, width - 860)))
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
