"""The UI language: compiled Qt Linguist catalogues in translations/, switchable live."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger("point.ui.i18n")

LANGUAGES = ("vi", "en")
CATALOGUE = "commune_point_{lang}.qm"

_state: dict[str, object] = {"lang": "vi", "translator": None, "directory": None}


def translations_dir() -> Path:
    """Where the compiled .qm files are: next to resources/, or inside a frozen bundle."""
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS) / "translations"
    if _state["directory"] is not None:
        return Path(str(_state["directory"]))
    from desktop.core import reference

    return Path(reference.RESOURCES_DIR).parent / "translations"


def set_translations_dir(directory: Path | None) -> None:
    """Look for catalogues in another folder (tests compile them to a temporary one)."""
    _state["directory"] = directory


def current_language() -> str:
    """The language the UI speaks now: 'vi' or 'en'."""
    return str(_state["lang"])


def locale() -> QLocale:
    """The QLocale for numbers and dates in the current language."""
    return QLocale("vi_VN" if current_language() == "vi" else "en_GB")


def install(app: QCoreApplication, lang: str) -> bool:
    """Switch the UI to lang; widgets get a LanguageChange event. False if no catalogue."""
    lang = lang if lang in LANGUAGES else "vi"
    old = _state["translator"]
    if isinstance(old, QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    _state["translator"] = None
    _state["lang"] = lang
    path = translations_dir() / CATALOGUE.format(lang=lang)
    translator = QTranslator(app)
    if not path.is_file() or not translator.load(str(path)):
        # The source strings (English) are a usable fallback; say so in the log.
        log.warning("no compiled translation %s; showing source strings", path)
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    _state["translator"] = translator
    return True


def explain(error_code: str, **params: object) -> str:
    """The plain sentence for a core error code in the current language.

    Formats the text itself rather than calling messages.message(code, ...), whose first
    parameter is also called `code` and so cannot take a {code} placeholder's value.
    """
    from desktop.messages import MESSAGES

    vi, en = MESSAGES.get(error_code, (f"Lỗi: {error_code}", f"Error: {error_code}"))
    text = en if current_language() == "en" else vi
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text
