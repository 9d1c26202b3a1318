"""One material with its language versions (song ngữ): switch with one tap, or side by side.

A material may hold, per language, a document (PDF, picture, text, video) and an audio
recording. The recording of the shown language plays in a strip under the document
(narration beside the text); a material that is only a recording shows the big player.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.core import reference

from .appearance import scaled
from .viewer import AUDIO, FileViewer, big_button, file_kind, make_viewer


@dataclass(frozen=True)
class VersionFile:
    """One file of a material: its language, role, where it is stored and what it is."""

    lang: str
    path: Path
    mime: str
    filename: str = ""
    role: str = "main"

    @property
    def is_audio(self) -> bool:
        return file_kind(self.mime, self.filename or self.path.name) == AUDIO


@cache
def _autonyms() -> dict[str, str]:
    return {item.code: item.extra.get("autonym") or item.name_vi
            for item in reference.load_list("languages")}


def autonym(lang: str) -> str:
    """A language's name in its own script (ភាសាខ្មែរ, ꪼꪕꪒꪾ), or its code if unlisted."""
    return _autonyms().get(lang, lang)


def order_languages(langs: list[str], preferred: str | None) -> list[str]:
    """The preferred language first, then Vietnamese, then the rest as they came."""
    first = [x for x in (preferred, "vie") if x in langs]
    return list(dict.fromkeys(first + langs))


class MaterialView(QWidget):
    """The reader's view of one material. `finish()` says which language and for how long."""

    language_changed = Signal(str)

    def __init__(self, title: str, files: list[VersionFile], preferred_lang: str | None = None,
                 autoplay: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = files
        self.documents: dict[str, VersionFile] = {}
        self.recordings: dict[str, VersionFile] = {}
        for f in files:
            target = self.recordings if f.is_audio else self.documents
            target.setdefault(f.lang, f)
        self.languages = order_languages(list(dict.fromkeys(f.lang for f in files)), preferred_lang)
        self.lang = self.languages[0] if self.languages else (preferred_lang or "vie")
        self.autoplay = autoplay
        self.side_by_side = False
        self.viewers: list[FileViewer] = []
        self.narration: FileViewer | None = None
        self.started = time.monotonic()

        self.title = QLabel(title, objectName="material_title")
        self.title.setWordWrap(True)
        self.title.setFont(scaled(self.font(), 1.5, bold=True))
        self.lang_buttons = QButtonGroup(self)
        self.lang_buttons.setExclusive(True)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        for lang in self.languages:
            button = big_button(autonym(lang), height=64)
            button.setObjectName(f"lang_{lang}")
            button.setCheckable(True)
            button.setProperty("lang", lang)
            button.setStyleSheet("QPushButton:checked { background: #0b4f8a; color: white; }")
            button.clicked.connect(lambda _=False, lang=lang: self.show_language(lang))
            self.lang_buttons.addButton(button)
            bar.addWidget(button)
        self.lang_bar_visible = len(self.languages) > 1
        for button in self.lang_buttons.buttons():
            button.setVisible(self.lang_bar_visible)
        bar.addStretch(1)
        self.pair_button = big_button(height=64)
        self.pair_button.setObjectName("side_by_side")
        self.pair_button.setCheckable(True)
        self.pair_button.setVisible(len(self.documents) > 1)
        self.pair_button.toggled.connect(self.set_side_by_side)
        bar.addWidget(self.pair_button)

        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addLayout(self.body, 1)
        self.retranslate()
        self.show_language(self.lang)

    # -- what is shown -----------------------------------------------------------------
    def other_language(self) -> str | None:
        """The language shown beside the current one: the first other with a document."""
        return next((x for x in self.languages if x != self.lang and x in self.documents), None)

    def show_language(self, lang: str) -> None:
        """Show the material in `lang` (one tap on its name)."""
        if lang not in self.languages:
            return
        self.lang = lang
        for button in self.lang_buttons.buttons():
            button.setChecked(button.property("lang") == lang)
        self._rebuild()
        self.language_changed.emit(lang)

    def set_side_by_side(self, on: bool) -> None:
        self.side_by_side = bool(on) and self.other_language() is not None
        if self.pair_button.isChecked() != self.side_by_side:
            self.pair_button.setChecked(self.side_by_side)
        self._rebuild()

    def _clear(self) -> None:
        for viewer in [*self.viewers, *([self.narration] if self.narration else [])]:
            viewer.stop()
        while self.body.count():
            item = self.body.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.viewers = []
        self.narration = None

    def _viewer(self, f: VersionFile, autoplay: bool = False) -> FileViewer:
        viewer = make_viewer(f.path, f.mime, f.filename, autoplay=autoplay)
        self.viewers.append(viewer)
        return viewer

    def _rebuild(self) -> None:
        self._clear()
        document = self.documents.get(self.lang)
        recording = self.recordings.get(self.lang)
        if document is None and recording is None:
            return
        if document is None:
            # A recording only: the big player is the whole view, and it plays at once.
            picture = QLabel("♫", objectName="recording_picture")
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            picture.setStyleSheet("color: #0b7a3e;")
            font = scaled(self.font(), 1.0)
            font.setPixelSize(160)
            picture.setFont(font)
            self.body.addWidget(picture, 1)
            self.body.addWidget(self._viewer(recording, autoplay=self.autoplay))
            self.body.addStretch(1)
            return
        other = self.other_language() if self.side_by_side else None
        if other is not None:
            splitter = QSplitter(Qt.Orientation.Horizontal, objectName="versions")
            for lang in (self.lang, other):
                pane = QWidget()
                box = QVBoxLayout(pane)
                box.setContentsMargins(0, 0, 0, 0)
                caption = QLabel(autonym(lang))
                caption.setFont(scaled(self.font(), 1.2, bold=True))
                box.addWidget(caption)
                box.addWidget(self._viewer(self.documents[lang]), 1)
                splitter.addWidget(pane)
            splitter.setChildrenCollapsible(False)
            self.body.addWidget(splitter, 1)
        else:
            self.body.addWidget(self._viewer(document), 1)
        if recording is not None:
            self.narration = make_viewer(recording.path, recording.mime, recording.filename,
                                         autoplay=self.autoplay)
            self.narration.setObjectName("narration")
            self.narration.setMaximumHeight(140)
            self.body.addWidget(self.narration)

    def player(self) -> object | None:
        """The media player now in view (narration or the recording), if any."""
        for viewer in ([self.narration] if self.narration else []) + self.viewers:
            if hasattr(viewer, "player"):
                return viewer
        return None

    def is_playing(self) -> bool:
        """Whether a recording (the material or its narration) is playing now."""
        viewer = self.player()
        return bool(viewer is not None and viewer.is_playing())

    # -- end ---------------------------------------------------------------------------
    def finish(self) -> tuple[str, int]:
        """Stop players; returns (language shown last, whole seconds the view was open)."""
        self._clear()
        return self.lang, int(time.monotonic() - self.started)

    def retranslate(self) -> None:
        self.pair_button.setText(self.tr("Side by side"))
        self.pair_button.setToolTip(self.tr("Show two language versions next to each other"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
