"""Small real media files for import tests, made on the spot (or shipped in tests/fixtures)."""

from __future__ import annotations

import io
import struct
import unicodedata
import wave
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
FONT = REPO / "resources" / "fonts" / "NotoSans-Regular.ttf"


def make_pdf(path: Path, pages: list[str]) -> Path:
    """A PDF whose pages carry this (Vietnamese) text, with an embedded font so it extracts."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "NotoSansTestPdf" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("NotoSansTestPdf", str(FONT)))
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for text in pages:
        pdf.setFont("NotoSansTestPdf", 12)
        y = 800
        for line in text.splitlines() or [""]:
            pdf.drawString(50, y, line)
            y -= 18
        pdf.showPage()
    pdf.save()
    return path


def make_wav(path: Path, seconds: float = 1.5, rate: int = 8000) -> Path:
    """A silent mono 16-bit PCM WAV of the given length."""
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\x00\x00" * int(seconds * rate))
    return path


def png_bytes(width: int = 4, height: int = 3) -> bytes:
    """A valid RGB PNG made with zlib alone."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    raw = b"".join(b"\x00" + b"\x20\x60\xa0" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def image_bytes(fmt: str) -> bytes:
    """JPEG, WEBP or GIF bytes made with Pillow (installed with reportlab)."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 6), (32, 96, 160)).save(buffer, format=fmt)
    return buffer.getvalue()


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258(text: str) -> bytes:
    """Vietnamese text as Windows-1258 writes it: letters with ^ ˘ ơ ư precomposed, tones apart."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        tones = "".join(c for c in parts if c in _TONES)
        out.append((base + tones).encode("cp1258"))
    return b"".join(out)
