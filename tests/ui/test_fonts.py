from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics, QGuiApplication

from desktop.ui import appearance

KHMER = "ភាសាខ្មែរ"


def test_shipped_fonts_are_loaded(ui):
    families = QFontDatabase.families()
    for family in ("Noto Sans", "Noto Sans Khmer", "Noto Sans Cham", "Noto Sans Tai Viet"):
        assert family in families


def test_app_font_is_noto_sans_and_readable(ui):
    font = QGuiApplication.font()
    assert QFontInfo(font).family() == "Noto Sans"
    assert font.pointSize() >= 11
    assert "Noto Sans Khmer" in font.families()


def test_khmer_has_glyphs(ui):
    metrics = QFontMetrics(QFont("Noto Sans Khmer", appearance.BASE_POINT_SIZE))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in KHMER)



def test_font_fallback_noise_is_silenced(ui):
    # Qt logs "OpenType support missing for Noto Sans, script 32" under this category
    # each time it falls back to Noto Sans Khmer; that fallback is the intended path.
    from PySide6.QtCore import QLoggingCategory

    category = QLoggingCategory("qt.text.font.db")
    assert not category.isInfoEnabled() and not category.isWarningEnabled()
