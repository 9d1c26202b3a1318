"""Kiosk mode for villagers (chế độ kiosk): language → topic → material, all by touch.

Full screen, big tiles, no typing, no menus, no operator or personal data: it shows only
current (not withdrawn) materials. An audio bulletin plays on the third tap from the start
screen. After some idle minutes it returns to the start screen by itself. Leaving needs an
operator's password. Every open or play is written as an anonymous use event (material,
language, seconds, channel 'kiosk') for the reports.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import reference
from desktop.core.accounts import Accounts
from desktop.core.workspace import Workspace

from .appearance import scaled
from .bilingual import MaterialView, VersionFile, autonym
from .covers import CoverLoader
from .login import LoginDialog
from .tiles import TOUCH_MIN, Tile, TileGrid
from .viewer import big_button

log = logging.getLogger("point.ui.kiosk")

DEFAULT_IDLE_MINUTES = 3.0
IDLE_META_KEY = "kiosk_idle_minutes"
ALL_TOPICS = "*"
COVER_SIZE = QSize(240, 200)
# Picture tiles for topics: a glyph every font we ship or Windows has, on its own colour.
TOPIC_PICTURES = {
    "ethnic-policy": ("⚑", "#8a3b73"), "national-programme": ("★", "#b3541e"),
    "legal": ("⚖", "#7a5c00"), "external-information": ("✉", "#1f6fb2"),
    "security-order": ("⚐", "#34495e"), "digital-skills": ("⌨", "#0b4f8a"),
    "public-services": ("☎", "#00766c"), "e-commerce": ("₫", "#2d8f5a"),
    "agriculture": ("☘", "#3d7a1f"), "health": ("✚", "#b32d45"), "education": ("✎", "#6a4fb3"),
    "culture": ("♫", "#a0522d"), "poverty-reduction": ("⌂", "#5a6b1f"),
    "gender-equality": ("⚥", "#8a3b73"), "jobs": ("⚒", "#4d5b6a"),
    "social-insurance": ("☂", "#1f6fb2"), "disaster-prevention": ("⚠", "#b3541e"),
    "environment": ("♻", "#2d8f5a"), "other": ("☰", "#5f6b76"), ALL_TOPICS: ("☰", "#0b4f8a"),
}
INPUT_EVENTS = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.KeyPress,
                QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.Wheel}
BLOCKED_EVENTS = {QEvent.Type.ContextMenu}


def idle_minutes_setting(workspace: Workspace) -> float:
    """The point's kiosk idle time in minutes (meta 'kiosk_idle_minutes'), default 3."""
    try:
        return max(0.05, float(workspace.store.get_meta(IDLE_META_KEY) or DEFAULT_IDLE_MINUTES))
    except ValueError:
        return DEFAULT_IDLE_MINUTES


class KioskExitDialog(LoginDialog):
    """An operator's username and password, to leave kiosk mode."""

    def __init__(self, accounts: Accounts, parent: QWidget | None = None) -> None:
        super().__init__(accounts, "", parent)
        self.heading.setText(self.tr("Leave kiosk mode: an operator's password is needed."))
        self.setWindowTitle(self.tr("Leave kiosk mode"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Leave kiosk"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Stay"))


class KioskWindow(QWidget):
    """The villagers' screen. `exited` is emitted after an operator unlocked it."""

    exited = Signal()
    LANGUAGES, TOPICS, MATERIALS, VIEW = range(4)

    def __init__(self, workspace: Workspace, idle_minutes: float | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("Kiosk"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.workspace = workspace
        self.materials = workspace.materials
        self.search = workspace.search
        self.covers = CoverLoader(workspace.paths.covers, COVER_SIZE, self)
        self.covers.ready.connect(self._cover_ready)
        self.unlocked = False
        self.lang: str | None = None
        self.topic: str | None = None
        self.view: MaterialView | None = None
        self.use_id: str | None = None
        self.material_id: str | None = None

        self.back_button = big_button(height=TOUCH_MIN + 16)
        self.back_button.setObjectName("back")
        self.home_button = big_button(height=TOUCH_MIN + 16)
        self.home_button.setObjectName("home")
        self.exit_button = big_button("⚙", height=TOUCH_MIN)
        self.exit_button.setObjectName("exit")
        self.exit_button.setFlat(True)
        for button in (self.back_button, self.home_button):
            button.setFont(scaled(self.font(), 1.6, bold=True))
            button.setMinimumWidth(220)
            button.setStyleSheet("QPushButton { background: #0b4f8a; color: white; "
                                 "border-radius: 12px; padding: 0 20px; }")
        self.heading = QLabel(objectName="heading")
        self.heading.setFont(scaled(self.font(), 1.8, bold=True))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(self.home_button)
        top.addWidget(self.exit_button)

        self.language_grid = TileGrid(columns=4, rows=3)
        self.topic_grid = TileGrid(columns=4, rows=3)
        self.material_grid = TileGrid(columns=4, rows=2)
        self.view_holder = QWidget(objectName="view_holder")
        QVBoxLayout(self.view_holder).setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        for page in (self.language_grid, self.topic_grid, self.material_grid, self.view_holder):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        # Every button in the kiosk, the viewers' too, is a touch target.
        self.setStyleSheet(
            f"#kiosk {{ background: #eef3f8; }} QPushButton {{ min-height: {TOUCH_MIN}px;"
            f" min-width: {TOUCH_MIN}px; }} #page_previous, #page_next {{ min-width: 160px; }}"
            " #back, #home { min-width: 200px; }")

        self.language_grid.chosen.connect(self.choose_language)
        self.topic_grid.chosen.connect(self.choose_topic)
        self.material_grid.chosen.connect(self.open_material)
        self.back_button.clicked.connect(self.back)
        self.home_button.clicked.connect(self.start_screen)
        self.exit_button.clicked.connect(self.request_exit)

        self.idle = QTimer(self, singleShot=True)
        self.idle.timeout.connect(self._idle_timeout)
        self.set_idle_minutes(idle_minutes if idle_minutes is not None
                              else idle_minutes_setting(workspace))
        QApplication.instance().installEventFilter(self)
        self.retranslate()
        self.start_screen()

    # -- screens -----------------------------------------------------------------------
    def screen_index(self) -> int:
        return self.stack.currentIndex()

    def start_screen(self) -> None:
        """Back to 'choose your language', closing whatever was open."""
        self._close_view()
        self.lang = self.topic = None
        langs = ["vie", *[x for x in self.search.languages_in_use() if x != "vie"]]
        vi_names = {i.code: i.name_vi for i in reference.load_list("languages")}

        def tiles(offset: int, count: int) -> list[tuple[str, Tile]]:
            # The name in its own script, big; the Vietnamese name small, for the operator.
            out = []
            for x in langs[offset:offset + count]:
                subtitle = vi_names.get(x, "") if vi_names.get(x) != autonym(x) else ""
                out.append((x, Tile(autonym(x), subtitle=subtitle, color="#0b4f8a", text_scale=2.2)))
            return out

        self.language_grid.set_source(len(langs), tiles)
        self._show(self.LANGUAGES)

    def choose_language(self, lang: str) -> None:
        self.lang = lang
        counts = self.search.topic_counts(lang=lang)
        topics = [item for item in reference.load_list("topics") if counts.get(item.code)]
        entries = [(ALL_TOPICS, self.tr("All materials"))]
        entries += [(item.code, item.name_vi) for item in topics]

        def tiles(offset: int, count: int) -> list[tuple[str, Tile]]:
            out = []
            for code, name in entries[offset:offset + count]:
                glyph, color = TOPIC_PICTURES.get(code, TOPIC_PICTURES["other"])
                out.append((code, Tile(name, glyph=glyph, color=color)))
            return out

        self.topic_grid.set_source(len(entries), tiles)
        self._show(self.TOPICS)

    def choose_topic(self, topic: str) -> None:
        self.topic = topic
        filters = {"lang": self.lang, "topic": None if topic == ALL_TOPICS else topic,
                   "include_withdrawn": False}
        total = self.search.browse_count(**filters)

        def tiles(offset: int, count: int) -> list[tuple[str, Tile]]:
            hits = self.search.browse(**filters, limit=count, offset=offset)
            sources = self.materials.cover_sources([h.id for h in hits])
            out = []
            for hit in hits:
                media_hash, mime = sources.get(hit.id, (None, None))
                path = self.workspace.media.path_of(media_hash) if media_hash else None
                tile = Tile(hit.title, pixmap=self.covers.cover(hit.kind, media_hash, path, mime))
                tile.setProperty("media_hash", media_hash or "")
                tile.setProperty("cover_args", (hit.kind, media_hash, path, mime))
                out.append((hit.id, tile))
            return out

        self.material_grid.set_source(total, tiles)
        self._show(self.MATERIALS)

    def open_material(self, material_id: str) -> None:
        """Open a material in the chosen language; a recording starts playing at once."""
        material = self.materials.get(material_id)
        files = [VersionFile(f["lang"], Path(f["path"]), f["mime"], f["filename"], f["role"])
                 for f in material["files"] if f["present"]]
        self._close_view()
        self.view = MaterialView(material["title"], files, preferred_lang=self.lang, autoplay=True)
        self.view_holder.layout().addWidget(self.view)
        self.material_id = material_id
        self.use_id = self.materials.record_use(material_id, self.view.lang, "kiosk", 0)
        self._show(self.VIEW)

    def back(self) -> None:
        index = self.screen_index()
        if index == self.VIEW:
            self._close_view()
            self._show(self.MATERIALS)
        elif index == self.MATERIALS:
            self._show(self.TOPICS)
        else:
            self.start_screen()

    def _show(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.back_button.setVisible(index != self.LANGUAGES)
        self.home_button.setVisible(index != self.LANGUAGES)
        self.retranslate()
        self.idle.start()

    def _close_view(self) -> None:
        view, self.view = self.view, None
        if view is None:
            return
        lang, seconds = view.finish()
        if self.use_id:
            try:
                self.materials.set_use_seconds(self.use_id, seconds)
            except Exception:  # the count matters less than the villager's screen
                log.exception("could not save the viewing time of %s", self.material_id)
        self.use_id = self.material_id = None
        view.hide()
        view.deleteLater()

    def _cover_ready(self, media_hash: str) -> None:
        for tile in self.material_grid.tiles:
            if tile.property("media_hash") == media_hash:
                tile.set_picture(self.covers.cover(*tile.property("cover_args")))

    # -- idle and input ----------------------------------------------------------------
    def set_idle_minutes(self, minutes: float) -> None:
        self.idle.setInterval(max(1, int(minutes * 60_000)))
        self.idle.start()

    def _idle_timeout(self) -> None:
        if self.view is not None and self.view.is_playing():
            self.idle.start()  # someone is listening to a long bulletin: not idle
            return
        if self.screen_index() != self.LANGUAGES:
            log.info("kiosk idle: back to the start screen")
            self.start_screen()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS or kind in BLOCKED_EVENTS:
            inside = isinstance(watched, QWidget) and (watched is self or self.isAncestorOf(watched))
            if inside and kind in BLOCKED_EVENTS:
                return True  # no context menus anywhere in the kiosk
            if inside or watched is self.windowHandle():
                self.idle.start()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            return  # Escape must not leave full screen
        super().keyPressEvent(event)

    # -- leaving -----------------------------------------------------------------------
    def request_exit(self) -> bool:
        """Ask for an operator's password; True (and the window closes) when it was right."""
        dialog = KioskExitDialog(self.workspace.accounts, self)
        self.exit_dialog = dialog  # tests fill it in
        if dialog.exec() and dialog.user is not None:
            log.info("kiosk unlocked by %s", dialog.user.username)
            self.unlock()
            return True
        return False

    def unlock(self) -> None:
        self.unlocked = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.unlocked:
            event.ignore()  # Alt+F4 and the like: only an operator's password closes it
            return
        self._close_view()
        self.covers.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.exited.emit()
        super().closeEvent(event)

    # -- text --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.back_button.setText("◀  " + self.tr("Back"))
        self.home_button.setText("⌂  " + self.tr("Start screen"))
        self.exit_button.setToolTip(self.tr("Leave kiosk mode (operator password)"))
        index = self.screen_index()
        if index == self.LANGUAGES:
            self.heading.setText(self.tr("Choose your language"))
        elif index == self.TOPICS:
            self.heading.setText(autonym(self.lang or "vie"))
        elif index == self.MATERIALS:
            names = {i.code: i.name_vi for i in reference.load_list("topics")}
            self.heading.setText(self.tr("All materials") if self.topic == ALL_TOPICS
                                 else names.get(self.topic or "", ""))
        else:
            self.heading.setText("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
