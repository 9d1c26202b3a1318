"""Fonts: load the shipped Noto fonts so Vietnamese, Khmer, Cham and Tai Viet render."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLoggingCategory
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

log = logging.getLogger("point.ui.fonts")

BASE_FAMILY = "Noto Sans"
# Tried in order for characters the base family lacks (Qt falls back glyph by glyph).
FALLBACK_FAMILIES = ("Noto Sans Khmer", "Noto Sans Cham", "Noto Sans Tai Viet")
# Old PCs, low-literacy readers: nothing smaller than this in running text.
BASE_POINT_SIZE = 12


def load_fonts() -> list[str]:
    """Register every shipped font with Qt; returns the families that loaded."""
    from desktop.core import reference

    families: list[str] = []
    for path in reference.font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def app_font(point_size: int = BASE_POINT_SIZE) -> QFont:
    """The application's font: Noto Sans, with the minority-script families as fallbacks."""
    font = QFont(BASE_FAMILY, point_size)
    font.setFamilies([BASE_FAMILY, *FALLBACK_FAMILIES])
    return font


def apply(app: QGuiApplication) -> list[str]:
    """Load the fonts and make Noto Sans the application font; returns loaded families."""
    families = load_fonts()
    # Qt warns each time it tries Noto Sans for Khmer before falling back to Noto Sans
    # Khmer, which is exactly what we want; keep that noise out of logs and tests.
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false\nqt.text.font.db.warning=false")
    app.setFont(app_font())
    return families


def scaled(font: QFont, factor: float, bold: bool = False) -> QFont:
    """A copy of font, factor times larger, optionally bold."""
    result = QFont(font)
    result.setPointSizeF(max(font.pointSizeF(), 1.0) * factor)
    result.setBold(bold)
    return result
