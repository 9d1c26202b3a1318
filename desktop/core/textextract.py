"""Body text of text, HTML and PDF files, for search (a copy, capped; the file stays the source)."""

from __future__ import annotations

import codecs
import logging
from html.parser import HTMLParser
from pathlib import Path

from .errors import ValidationError
from .filetypes import utf16_without_bom
from .textfold import nfc

log = logging.getLogger("point.textextract")

MAX_TEXT = 1_000_000  # characters of body text indexed per file
_READ_TEXT = 4 * MAX_TEXT  # bytes read from a text file (UTF-8 Vietnamese: ~1.3 bytes a char)
_READ_HTML = 8 * MAX_TEXT  # markup takes room too


def decode_text(data: bytes) -> str:
    """Bytes of a text file as str: BOM, else UTF-16 by its NULs, else UTF-8, else cp1258."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    utf16 = utf16_without_bom(data[:4096])
    if utf16:
        return data[: len(data) - len(data) % 2].decode(utf16, errors="replace")
    try:
        # Incremental, so a character cut by the read cap is not taken for another encoding.
        return codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        # Vietnamese Windows text (Windows-1258) writes tones as combining marks: nfc() joins them.
        return data.decode("cp1258", errors="replace")


def _read_capped(path: Path, limit: int) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(limit)


def _cap(text: str) -> tuple[str, bool]:
    text = nfc(text)
    if len(text) <= MAX_TEXT:
        return text, False
    return text[:MAX_TEXT], True


class _HtmlText(HTMLParser):
    """Visible text of an HTML page: tags dropped, script and style skipped."""

    SKIP = {"script", "style", "noscript", "template", "svg"}
    BREAK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "title",
             "section", "article", "td", "th", "blockquote", "pre"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:  # noqa: ANN001
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BREAK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BREAK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The words a reader sees on an HTML page."""
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def _open_pdf(path: Path):  # noqa: ANN202
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValidationError("pdf-encrypted", field="file", name=path.name)
        _ = len(reader.pages)
        return reader
    except ValidationError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, NotImplementedError) as exc:
        # pypdf raises many types on a broken file; every one means "cannot be read".
        raise ValidationError("file-damaged", field="file", name=path.name,
                              detail=str(exc)[:200] or type(exc).__name__) from exc


def read_pdf(path: Path, want_text: bool = True) -> tuple[int, str, bool]:
    """(page count, text of the pages up to MAX_TEXT, truncated) of a PDF."""
    reader = _open_pdf(path)
    pages = len(reader.pages)
    if not want_text:
        return pages, "", False
    parts: list[str] = []
    total = 0
    for number, page in enumerate(reader.pages):
        try:
            text = page.extract_text() or ""
        except Exception as exc:  # noqa: BLE001 - one unreadable page must not lose the others
            log.warning("%s: no text from page %d: %s", path.name, number + 1, exc)
            continue
        parts.append(text)
        total += len(text)
        if total > MAX_TEXT:
            break
    text, truncated = _cap("\n".join(parts))
    return pages, text, truncated


def extract(path: Path, format_name: str) -> tuple[str, bool] | None:
    """(body text, truncated) of a TXT, HTML or PDF file; None for formats without text."""
    if format_name == "TXT":
        return _cap(decode_text(_read_capped(path, _READ_TEXT)))
    if format_name == "HTML":
        return _cap(html_to_text(decode_text(_read_capped(path, _READ_HTML))))
    if format_name == "PDF":
        _, text, truncated = read_pdf(path)
        return text, truncated
    return None
