"""Viewers: PDF on a white page, images, text/HTML without remote loads, MP3 and WAV playback."""

from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from desktop.ui.viewer import (
    AUDIO,
    HTML,
    IMAGE,
    PDF,
    TEXT,
    VIDEO,
    ImageViewer,
    PdfViewer,
    TextViewer,
    file_kind,
    make_viewer,
)

from .media_files import MP3, make_pdf, make_png, make_wav


def show(qtbot, widget, width=700, height=800):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_file_kinds():
    assert file_kind("application/pdf") == PDF
    assert file_kind("image/jpeg") == IMAGE
    assert file_kind("audio/mpeg") == AUDIO
    assert file_kind(None, "ban-tin.MP3") == AUDIO
    assert file_kind("video/mp4") == VIDEO
    assert file_kind("text/html") == HTML
    assert file_kind("text/plain") == TEXT


def test_pdf_page_is_white_and_pages_turn(ui, qtbot, tmp_path):
    viewer = show(qtbot, PdfViewer(make_pdf(tmp_path / "a.pdf", pages=3)))
    assert viewer.page_count() == 3
    image = viewer.picture.pixmap().toImage()
    assert not image.isNull()
    # QtPdf leaves the page transparent; the viewer must put it on white.
    corner = image.pixelColor(5, 5)
    assert corner == QColor("white"), corner.name()
    centre = image.pixelColor(image.width() // 2, int(image.height() * 250 / 595))
    assert centre.lightness() < 80  # the dark box drawn on the page
    # The page on screen (a grab of the widget) is white too.
    grab = viewer.picture.grab().toImage()
    label_rect = viewer.picture.contentsRect()
    middle = grab.pixelColor(label_rect.center().x(), label_rect.center().y() - image.height() // 2 + 10)
    assert middle.lightness() > 240
    assert viewer.bar.page_label.text() == "Trang 1 / 3"
    viewer.bar.next.click()
    viewer.bar.next.click()
    assert viewer.page == 2 and not viewer.bar.next.isEnabled()
    viewer.bar.previous.click()
    assert viewer.page == 1


def test_pdf_zoom_and_fit(ui, qtbot, tmp_path):
    viewer = show(qtbot, PdfViewer(make_pdf(tmp_path / "a.pdf")))
    fitted = viewer.picture.pixmap().width()
    viewer.bar.zoom_in.click()
    assert viewer.picture.pixmap().width() > fitted
    viewer.bar.zoom_out.click()
    viewer.bar.zoom_out.click()
    assert viewer.picture.pixmap().width() < fitted
    viewer.bar.fit.click()
    assert abs(viewer.picture.pixmap().width() - fitted) <= 1


def test_damaged_pdf_says_so(ui, qtbot, tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    viewer = show(qtbot, PdfViewer(bad))
    assert viewer.findChild(type(viewer.bar.page_label), "problem").text()


def test_image_fits_and_zooms(ui, qtbot, tmp_path):
    viewer = show(qtbot, ImageViewer(make_png(tmp_path / "p.png", 1600, 1000)), 800, 600)
    assert viewer.picture.pixmap().width() < 800
    viewer.bar.zoom_in.click()
    assert viewer.picture.pixmap().width() > 700


def test_text_in_utf8_with_minority_letters(ui, qtbot, tmp_path):
    text = "Bản tin tiếng Bru: Ĕ ŏ ơ̆ — ភាសាខ្មែរ — ꨌꩌ — ꪼꪕꪒꪾ"
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    viewer = show(qtbot, TextViewer(path))
    assert viewer.text() == text


def test_html_loads_nothing_from_outside(ui, qtbot, tmp_path):
    secret = tmp_path / "secret.png"
    make_png(secret)
    page = tmp_path / "p.html"
    page.write_text(f'<h1>Hướng dẫn</h1><img src="http://example.com/x.png">'
                    f'<img src="file://{secret}"><a href="http://example.com">link</a>', encoding="utf-8")
    viewer = show(qtbot, TextViewer(page, html=True))
    assert "Hướng dẫn" in viewer.text()
    assert viewer.browser.loadResource(2, "http://example.com/x.png") is None
    assert not viewer.browser.openExternalLinks() and not viewer.browser.openLinks()


def wait_loaded(qtbot, viewer):
    from PySide6.QtMultimedia import QMediaPlayer

    loaded = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia,
              QMediaPlayer.MediaStatus.BufferingMedia, QMediaPlayer.MediaStatus.EndOfMedia)
    qtbot.waitUntil(lambda: viewer.player.mediaStatus() in loaded and viewer.duration_ms() > 0,
                    timeout=10000)


@pytest.mark.parametrize("kind", ["mp3", "wav"])
def test_audio_loads_with_its_duration(ui, qtbot, tmp_path, kind):
    path = MP3 if kind == "mp3" else make_wav(tmp_path / "t.wav", seconds=1.5)
    viewer = show(qtbot, make_viewer(path, "audio/mpeg" if kind == "mp3" else "audio/x-wav"), 700, 300)
    wait_loaded(qtbot, viewer)
    expected = 3000 if kind == "mp3" else 1500
    assert abs(viewer.duration_ms() - expected) < 300
    assert viewer.total.text() == ("0:03" if kind == "mp3" else "0:01")
    assert viewer.slider.maximum() == viewer.duration_ms()
    viewer.stop()


def test_mp3_plays_and_the_button_toggles(ui, qtbot):
    viewer = show(qtbot, make_viewer(MP3, "audio/mpeg", autoplay=True), 700, 300)
    qtbot.waitUntil(viewer.is_playing, timeout=10000)
    assert "Tạm dừng" in viewer.play_button.text()
    # Position moves on without any sound device: the FFmpeg backend decodes the MP3.
    qtbot.waitUntil(lambda: viewer.player.position() > 0, timeout=10000)
    viewer.play_button.click()
    assert not viewer.is_playing()
    assert "Phát" in viewer.play_button.text()
    viewer.stop()


def test_unknown_file_kind_says_so(ui, qtbot, tmp_path):
    path = tmp_path / "x.bin"
    path.write_bytes(b"\0\1")
    viewer = show(qtbot, make_viewer(path, "application/octet-stream"))
    assert viewer.findChildren(type(viewer), "") is not None
    assert Path(viewer.path) == path
