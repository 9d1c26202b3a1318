"""Folder import helpers: which files of a folder become which materials."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from . import filetypes, reference
from .textfold import nfc

KIND_BY_FAMILY = {"audio": "audio", "video": "video"}


@dataclass
class FileGroup:
    """The files of one material found in a folder, with the title made from their name."""

    title: str
    kind: str
    files: list  # list[MaterialFileIn]


def title_from_name(stem: str) -> str:
    """A readable title from a file name: "ban_tin-thang 3" → "ban tin thang 3"."""
    words = re.sub(r"[_\-.]+", " ", nfc(stem)).split()
    return " ".join(words) or nfc(stem)


def _split_lang(path: Path, default_lang: str, known: set[str]) -> tuple[str, str]:
    """("so-tay", "bru") for so-tay.bru.pdf; (stem, default) when there is no language part."""
    stem = path.stem
    base, _, tail = stem.rpartition(".")
    if base and tail.lower() in known:
        return base, tail.lower()
    return stem, default_lang


def group_folder(folder: Path, default_lang: str, recursive: bool = False
                 ) -> tuple[list[FileGroup], list[str]]:
    """Groups of supported files (language versions together) and the names skipped."""
    from .materials import MaterialFileIn

    known = reference.codes("languages")
    pattern = "**/*" if recursive else "*"
    groups: dict[tuple[Path, str], FileGroup] = {}
    skipped: list[str] = []
    for path in sorted(folder.glob(pattern)):
        if not path.is_file() or path.name.startswith((".", "~$")):
            continue
        fmt = filetypes.FORMATS.get(path.suffix.lower())
        if fmt is None:
            skipped.append(str(path.relative_to(folder)))
            continue
        base, lang = _split_lang(path, default_lang, known)
        key = (path.parent, base)
        group = groups.setdefault(
            key, FileGroup(title_from_name(base), KIND_BY_FAMILY.get(fmt.family, "other"), []))
        group.files.append(MaterialFileIn(path, lang))
    return list(groups.values()), skipped


def group_files(paths: list[Path], default_lang: str) -> tuple[list[FileGroup], list[str]]:
    """Groups of chosen or dropped files (language versions together) and the names skipped."""
    from .materials import MaterialFileIn

    known = reference.codes("languages")
    groups: dict[tuple[Path, str], FileGroup] = {}
    skipped: list[str] = []
    for path in paths:
        fmt = filetypes.FORMATS.get(path.suffix.lower())
        if fmt is None:
            skipped.append(path.name)
            continue
        base, lang = _split_lang(path, default_lang, known)
        group = groups.setdefault(
            (path.parent, base),
            FileGroup(title_from_name(base), KIND_BY_FAMILY.get(fmt.family, "other"), []))
        group.files.append(MaterialFileIn(path, lang))
    return list(groups.values()), skipped
