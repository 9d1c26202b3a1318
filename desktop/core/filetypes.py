"""Which files a material may hold, checked by content (magic bytes), not by name alone.

A file is accepted when its extension is one we support and its first bytes say the
same thing; facts a viewer or a report needs (page count, duration) are read here too.
"""

from __future__ import annotations

import logging
import os
import wave
from dataclasses import dataclass
from pathlib import Path

from .errors import ValidationError

log = logging.getLogger("point.filetypes")

MAX_FILE_SIZE = 2 * 1024**3  # 2 GiB; Materials(max_file_size=...) changes it
HEAD = 4096


@dataclass(frozen=True)
class Format:
    """A supported file format: its name as users know it, MIME type and family."""

    name: str
    mime: str
    family: str  # document, image, audio, video, text


FORMATS: dict[str, Format] = {
    ".pdf": Format("PDF", "application/pdf", "document"),
    ".png": Format("PNG", "image/png", "image"),
    ".jpg": Format("JPEG", "image/jpeg", "image"),
    ".jpeg": Format("JPEG", "image/jpeg", "image"),
    ".webp": Format("WebP", "image/webp", "image"),
    ".gif": Format("GIF", "image/gif", "image"),
    ".mp3": Format("MP3", "audio/mpeg", "audio"),
    ".wav": Format("WAV", "audio/wav", "audio"),
    ".ogg": Format("OGG", "audio/ogg", "audio"),
    ".oga": Format("OGG", "audio/ogg", "audio"),
    ".m4a": Format("M4A", "audio/mp4", "audio"),
    ".mp4": Format("MP4", "video/mp4", "video"),
    ".txt": Format("TXT", "text/plain", "text"),
    ".html": Format("HTML", "text/html", "text"),
    ".htm": Format("HTML", "text/html", "text"),
}
SUPPORTED = "PDF, PNG, JPEG, WebP, GIF, MP3, WAV, OGG, M4A, MP4, TXT, HTML"
TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class FileFacts:
    """What inspecting a file found: its format, size, and pages or duration when known."""

    path: Path
    format: Format
    size: int
    pages: int | None = None
    duration_s: float | None = None
    text: str | None = None  # body text for search (TXT, HTML, PDF), capped
    text_truncated: bool = False

    @property
    def mime(self) -> str:
        return self.format.mime

    @property
    def family(self) -> str:
        return self.format.family


def sniff(head: bytes) -> str | None:
    """The format the first bytes announce: a binary format's name, "TXT" for text, or None."""
    # A PDF may have junk before its header; a text file that merely mentions one does not.
    pdf_at = head[:1024].find(b"%PDF-")
    if pdf_at == 0 or (pdf_at > 0 and not looks_like_text(head)):
        return "PDF"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "WAV"
    if head.startswith(b"OggS"):
        return "OGG"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return "M4A" if brand in (b"M4A ", b"M4B ") else "MP4"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) and utf16_without_bom(head[2:]):
        return "TXT"  # a UTF-16 byte order mark, not an MPEG frame header
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "MP3"
    if looks_like_text(head):
        return "TXT"
    return None


def looks_like_text(head: bytes) -> bool:
    """Whether bytes read as text: a BOM, or no NUL and few control bytes."""
    if head.startswith(TEXT_BOMS):
        return True
    if utf16_without_bom(head):
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls <= max(1, len(head) // 100)


def utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when mostly-ASCII text has a NUL in every other byte."""
    sample = head[: len(head) - len(head) % 2]
    if len(sample) < 4:
        return None
    even_nul = sum(1 for b in sample[0::2] if b == 0) / (len(sample) / 2)
    odd_nul = sum(1 for b in sample[1::2] if b == 0) / (len(sample) / 2)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _matches(fmt: Format, found: str | None) -> bool:
    if fmt.family == "text":
        return found == "TXT"
    if fmt.name in ("MP4", "M4A"):
        # One container: many phones write .m4a with an mp42 brand and the reverse.
        return found in ("MP4", "M4A")
    return found == fmt.name


def inspect(path: Path, max_size: int = MAX_FILE_SIZE, with_text: bool = True) -> FileFacts:
    """Check that a file may be imported and read its facts (and body text); ValidationError if not."""
    name = path.name
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValidationError("file-type-unsupported", field="file", name=name,
                              ext=path.suffix.lower() or "?", supported=SUPPORTED)
    try:
        if not path.is_file():
            raise ValidationError("file-missing", field="file", path=str(path))
        size = path.stat().st_size
        if size == 0:
            raise ValidationError("file-empty", field="file", path=str(path), name=name)
        if size > max_size:
            raise ValidationError("file-too-large", field="file", name=name,
                                  size=human_size(size), limit=human_size(max_size))
        with open(path, "rb") as handle:
            head = handle.read(HEAD)
    except OSError as exc:
        raise ValidationError("file-unreadable", field="file", path=str(path),
                              detail=exc.strerror or str(exc)) from exc
    found = sniff(head)
    if not _matches(fmt, found):
        raise ValidationError("file-type-mismatch", field="file", name=name,
                              expected=fmt.name, found=found or "?")
    from . import textextract

    pages = duration = text = None
    truncated = False
    try:
        if fmt.name == "PDF":
            pages, text, truncated = textextract.read_pdf(path, want_text=with_text)
        elif fmt.name == "WAV":
            duration = wav_duration(path)
        if with_text and fmt.family == "text":
            text, truncated = textextract.extract(path, fmt.name) or (None, False)
    except OSError as exc:
        raise ValidationError("file-unreadable", field="file", path=str(path),
                              detail=exc.strerror or str(exc)) from exc
    return FileFacts(path=path, format=fmt, size=size, pages=pages, duration_s=duration,
                     text=text or None, text_truncated=truncated)


def wav_duration(path: Path) -> float | None:
    """Seconds of a PCM WAV file; a WAV the wave module cannot read is damaged."""
    try:
        with wave.open(os.fspath(path), "rb") as w:
            rate = w.getframerate()
            return round(w.getnframes() / rate, 3) if rate else 0.0
    except (wave.Error, EOFError) as exc:
        # Compressed WAVs (ADPCM, float) are fine to play; only their length is unknown.
        if "unknown format" in str(exc):
            return None
        raise ValidationError("file-damaged", field="file", name=path.name, detail=str(exc)) from exc


def human_size(size: int) -> str:
    """Bytes as people read them: 512 B, 3.4 MB, 2.0 GB."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"
