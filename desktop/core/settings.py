"""This PC's own settings for its point (the UI language), in a small JSON file.

A file rather than a meta row in the database: the language is needed before the
database is opened (the first window already speaks it), and reading it must not cost
start-up time. Written whole to a temporary name, then renamed: never half written.
"""

from __future__ import annotations

import json
import logging
import os
from typing import Any

from .paths import Paths

log = logging.getLogger("point.settings")

LANGUAGES = ("vi", "en")


def load(paths: Paths) -> dict[str, Any]:
    """Every setting saved for this data folder; {} when none (or the file is unreadable)."""
    try:
        data = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("settings file %s not readable (%s); using defaults", paths.settings_file, exc)
        return {}
    return data if isinstance(data, dict) else {}


def save(paths: Paths, **values: Any) -> None:
    """Set some settings (None removes one), keeping the others."""
    data = load(paths)
    for key, value in values.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    paths.root.mkdir(parents=True, exist_ok=True)
    tmp = paths.settings_file.with_name(f".{paths.settings_file.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, paths.settings_file)


def ui_language(paths: Paths) -> str | None:
    """The language chosen for this point's UI ('vi' or 'en'), or None if never chosen."""
    lang = load(paths).get("ui_language")
    return lang if lang in LANGUAGES else None


def set_ui_language(paths: Paths, lang: str) -> None:
    """Remember the UI language for every later start (the command line's --lang still wins)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown UI language {lang!r}")
    save(paths, ui_language=lang)
