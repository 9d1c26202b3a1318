"""Small real media files for UI tests: PDF (QPdfWriter), WAV (wave), PNG, and a shipped MP3."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MP3 = FIXTURES / "tone.mp3"  # 3 s, 523 Hz, 16 kbit/s mono (lame), 6 KB


def make_pdf(path: Path, pages: int = 2, text: str = "Bản tin nông nghiệp") -> Path:
    """An A5 PDF with a dark box and a line of text in the middle of each page."""
    from PySide6.QtCore import QMarginsF, QRectF
    from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A5),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setResolution(72)
    painter = QPainter(writer)
    for n in range(pages):
        if n:
            writer.newPage()
        width = writer.width()
        painter.fillRect(QRectF(width * 0.3, 200, width * 0.4, 100), QColor("#202020"))
        painter.drawText(40, 360, f"{text} — {n + 1}")
    painter.end()
    return path


def make_wav(path: Path, seconds: float = 1.5, rate: int = 8000) -> Path:
    """A mono 16-bit sine tone."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        frames = b"".join(
            struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i / rate)))
            for i in range(int(seconds * rate)))
        out.writeframes(frames)
    return path


def make_png(path: Path, width: int = 300, height: int = 200, color: str = "#2a7ab0") -> Path:
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path))
    return path
