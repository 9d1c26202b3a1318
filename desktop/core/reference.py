"""Reference lists shipped with the app (danh mục): languages, kinds, topics, units, fonts.

The CSV files under ``resources/data/`` are the source of truth; this module only reads
them. Standard library only, so the CLI, the store and the hub can all use it.
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

__all__ = [
    "RESOURCES_DIR",
    "DATA_DIR",
    "FONTS_DIR",
    "DEMO_DIR",
    "ETHNIC_GROUPS",
    "RefItem",
    "ReferenceDataError",
    "load_list",
    "name_of",
    "codes",
    "normalise_language",
    "ethnic_groups",
    "admin_units",
    "font_files",
    "list_names",
]


def _resources_dir() -> Path:
    # PyInstaller unpacks bundled data under sys._MEIPASS; the spec must add
    # ``resources`` as a top-level data folder there.
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


RESOURCES_DIR: Path = _resources_dir()
DATA_DIR: Path = RESOURCES_DIR / "data"
FONTS_DIR: Path = RESOURCES_DIR / "fonts"
DEMO_DIR: Path = RESOURCES_DIR / "demo"

ETHNIC_GROUPS = "ethnic_groups"  # list name accepted by load_list, codes and name_of
ETHNIC_GROUPS_FILE = "ethnic_groups_qd121.csv"
ADMIN_UNITS_FILE = "admin_units_2026.csv"

# ISO 639-1 → 639-3 for the two-letter codes of languages we list.
_ISO639_1 = {"vi": "vie", "km": "khm", "en": "eng"}


class ReferenceDataError(LookupError):
    """A reference list or code that does not exist."""


@dataclass(frozen=True)
class RefItem:
    """One entry of a reference list: a stable code and its display names."""

    code: str
    name_vi: str
    name_en: str
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def name(self, lang: str = "vi") -> str:
        """Display name in ``vi`` or ``en``."""
        return self.name_en if lang.lower().startswith("en") else self.name_vi


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip())


def _read_csv(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise ReferenceDataError(f"reference file not found: {path}")
    with path.open(encoding="utf-8-sig", newline="") as f:
        return [
            {_nfc(k): _nfc(v or "") for k, v in row.items() if k is not None}
            for row in csv.DictReader(f)
        ]


def list_names() -> list[str]:
    """Names of the code lists (CSV stems with a ``code`` column), sorted."""
    names = []
    for path in sorted(DATA_DIR.glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as f:
            header = next(csv.reader(f), [])
        if header[:3] == ["code", "name_vi", "name_en"]:
            names.append(path.stem)
    return names


@cache
def _load(name: str) -> tuple[RefItem, ...]:
    if name == ETHNIC_GROUPS:
        # The official file keeps its Vietnamese column names (ma, ten).
        # No official English names: name_en repeats the Vietnamese name.
        items = []
        for row in _read_csv(DATA_DIR / ETHNIC_GROUPS_FILE):
            code, name_vi = row.pop("ma"), row.pop("ten")
            items.append(RefItem(code, name_vi, name_vi, row))
        return tuple(items)
    if not name or not name.replace("_", "").isalnum() or not name.isascii():
        raise ReferenceDataError(f"invalid reference list name: {name!r}")
    items = []
    for row in _read_csv(DATA_DIR / f"{name}.csv"):
        try:
            code, name_vi, name_en = row.pop("code"), row.pop("name_vi"), row.pop("name_en")
        except KeyError as exc:
            raise ReferenceDataError(f"{name}.csv lacks column {exc.args[0]!r}") from None
        items.append(RefItem(code, name_vi, name_en, row))
    return tuple(items)


def load_list(name: str) -> list[RefItem]:
    """The items of list ``name`` (the CSV stem, e.g. ``"languages"``), in file order."""
    # Copies, so a caller that edits ``extra`` cannot change the cached list.
    return [replace(item, extra=dict(item.extra)) for item in _load(name)]


@cache
def _index(name: str) -> dict[str, RefItem]:
    return {item.code: item for item in _load(name)}


def codes(list_name: str) -> set[str]:
    """The set of codes in a list."""
    return set(_index(list_name))


def name_of(list_name: str, code: str, lang: str = "vi") -> str:
    """Display name of ``code`` in ``list_name``; raises ReferenceDataError if unknown."""
    try:
        return _index(list_name)[code].name(lang)
    except KeyError:
        raise ReferenceDataError(f"unknown code {code!r} in list {list_name!r}") from None


def normalise_language(code: str) -> str:
    """ISO 639-3 code for ``code`` ("vi", "vie", "vi-VN" → "vie"); ValueError if unlisted."""
    raw = (code or "").strip()
    primary = raw.replace("_", "-").split("-", 1)[0].lower()
    known = codes("languages")
    result = _ISO639_1.get(primary, primary)
    if result in known:
        return result
    raise ValueError(
        f"unknown language code {raw!r}: use an ISO 639-3 code from resources/data/"
        f"languages.csv (e.g. vie, khm, hnj) or one of {', '.join(sorted(_ISO639_1))}"
    )


def ethnic_groups() -> list[RefItem]:
    """The official ethnic groups (mã dân tộc, Decision 121-TCTK/PPCĐ), codes "01"-"55"."""
    return load_list(ETHNIC_GROUPS)


@cache
def _admin_units() -> tuple[dict[str, str], ...]:
    return tuple(_read_csv(DATA_DIR / ADMIN_UNITS_FILE))


def admin_units() -> list[dict[str, str]]:
    """Communes with their province: province_code, province_name, commune_code, commune_name."""
    return [dict(row) for row in _admin_units()]


def commune_place(commune_code: str) -> tuple[str, str] | None:
    """(commune name, province name) for one commune code, without loading the whole list.

    The home page needs one name at start-up; scanning the plain lines costs a few
    milliseconds where building the full list costs far more (the file is NFC already).
    """
    needle = f",{commune_code},"
    with (DATA_DIR / ADMIN_UNITS_FILE).open(encoding="utf-8-sig") as f:
        for line in f:
            if needle in line:
                province_code, province_name, code, commune_name = line.rstrip("\r\n").split(",")
                if code == commune_code:
                    return commune_name, province_name
    return None


def font_files() -> list[Path]:
    """The bundled font files (.ttf/.otf), sorted by name; empty if the folder is missing."""
    if not FONTS_DIR.is_dir():
        return []
    return sorted(
        p for p in FONTS_DIR.iterdir() if p.is_file() and p.suffix.lower() in {".ttf", ".otf"}
    )
