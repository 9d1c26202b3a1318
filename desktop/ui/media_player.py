"""Audio and video viewer: one big play/pause button, a position slider and time labels.

QtMultimedia is imported here only, and this module only when a recording is opened.
The wheel's FFmpeg backend decodes MP3 (checked in tests/ui/test_viewers.py), so
provinces' MP3 bulletins play as sent. With no audio device the player still loads,
runs and reports its position; nobody hears it, nothing fails.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from .appearance import scaled
from .viewer import FileViewer, big_button

log = logging.getLogger("point.ui.media")

PLAY_SIZE = 96
SLIDER_STYLE = """
QSlider::groove:horizontal { height: 12px; background: #c9d6e3; border-radius: 6px; }
QSlider::sub-page:horizontal { background: #0b4f8a; border-radius: 6px; }
QSlider::handle:horizontal { width: 36px; height: 36px; margin: -12px 0;
    background: #ffffff; border: 3px solid #0b4f8a; border-radius: 18px; }
"""


def format_time(ms: int) -> str:
    """Milliseconds as m:ss, or h:mm:ss from an hour on."""
    seconds = max(0, int(ms) // 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class MediaViewer(FileViewer):
    """Plays one audio or video file; `player` is the QMediaPlayer (tests read its state)."""

    def __init__(self, path: Path, video: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(path, parent)
        self.is_video = video
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.play_button = big_button(height=PLAY_SIZE)
        self.play_button.setObjectName("play")
        self.play_button.setMinimumWidth(PLAY_SIZE * 2)
        self.play_button.setFont(scaled(self.font(), 1.6, bold=True))
        self.play_button.setStyleSheet(
            "QPushButton { background: #0b7a3e; color: white; border-radius: 12px; padding: 0 24px; }"
            "QPushButton:pressed { background: #075c2e; }")
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="position")
        self.slider.setMinimumHeight(48)
        self.slider.setStyleSheet(SLIDER_STYLE)
        self.slider.setRange(0, 0)
        self.elapsed = QLabel("0:00", objectName="elapsed")
        self.total = QLabel("0:00", objectName="total")
        for label in (self.elapsed, self.total):
            label.setFont(scaled(self.font(), 1.3))
        self.status = QLabel(objectName="media_status")
        self.status.setWordWrap(True)
        self.status.setFont(scaled(self.font(), 1.1))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        if video:
            from PySide6.QtMultimediaWidgets import QVideoWidget

            self.video = QVideoWidget()
            self.video.setMinimumHeight(240)
            self.player.setVideoOutput(self.video)
            layout.addWidget(self.video, 1)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.play_button)
        row.addWidget(self.elapsed)
        row.addWidget(self.slider, 1)
        row.addWidget(self.total)
        layout.addLayout(row)
        layout.addWidget(self.status)

        self.play_button.clicked.connect(self.toggle)
        self.slider.sliderMoved.connect(self.player.setPosition)
        self.player.durationChanged.connect(self._duration_changed)
        self.player.positionChanged.connect(self._position_changed)
        self.player.playbackStateChanged.connect(lambda _s: self._show_state())
        self.player.errorOccurred.connect(self._error)
        self.player.setSource(QUrl.fromLocalFile(str(self.path)))
        self._show_state()

    # -- control -----------------------------------------------------------------------
    def play(self) -> None:
        if self.player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia:
            self.player.setPosition(0)
        self.player.play()

    def pause(self) -> None:
        self.player.pause()

    def toggle(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()

    def stop(self) -> None:
        self.player.stop()

    def is_playing(self) -> bool:
        return self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def duration_ms(self) -> int:
        return self.player.duration()

    # -- display -----------------------------------------------------------------------
    def _duration_changed(self, ms: int) -> None:
        self.slider.setRange(0, max(0, ms))
        self.total.setText(format_time(ms))

    def _position_changed(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        self.elapsed.setText(format_time(ms))

    def _show_state(self) -> None:
        self.play_button.setText(("❚❚  " + self.tr("Pause")) if self.is_playing()
                                 else ("▶  " + self.tr("Play")))

    def _error(self, error: QMediaPlayer.Error, detail: str) -> None:
        log.warning("cannot play %s: %s %s", self.path, error, detail)
        self.status.setText(self.tr("This recording cannot be played (damaged or unknown format)."))
        self.play_button.setEnabled(False)
        self.failed.emit(self.status.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_state()
        super().changeEvent(event)
