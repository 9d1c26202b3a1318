"""The bundled Noto Sans faces registered with ReportLab, for every PDF we write.

Standard library, ReportLab and the reference lists' folder only: the province hub prints
its reports with the same fonts without importing the point's store.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.core import reference

FONT, FONT_BOLD = "NotoSans", "NotoSans-Bold"


def register_fonts() -> None:
    """Register the bundled Noto Sans faces and their family with ReportLab.

    The family map is checked on every call, not only the font names: ReportLab keeps it
    in a separate global table that can be missing while the fonts are registered.
    """
    names = pdfmetrics.getRegisteredFontNames()
    if FONT not in names:
        pdfmetrics.registerFont(TTFont(FONT, str(reference.FONTS_DIR / "NotoSans-Regular.ttf")))
    if FONT_BOLD not in names:
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(reference.FONTS_DIR / "NotoSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
