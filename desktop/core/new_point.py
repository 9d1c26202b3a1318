"""A new point made whole in a staging folder next to the data folder, then moved in.

The first-run wizard creates the point, its admin and its settings, may enrol it with
the province and pull its history back, all in the staging folder; only a complete
point is moved into the data folder (the database last, so until then the folder
holds no point at all). Cancelled or failed, the staging folder is removed and the
data folder is as it was.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from . import settings
from .errors import StoreError
from .paths import Paths
from .workspace import Workspace

log = logging.getLogger("point.new_point")

STAGING_SUFFIX = ".new-point"


@dataclass(frozen=True)
class NewPoint:
    """What the first-run wizard collected: the point, its first admin, the UI language."""

    code: str
    name: str
    province_code: str | None
    commune_code: str | None
    username: str
    password: str
    full_name: str | None = None
    ui_language: str = "vi"


def staging(target: Paths) -> Paths:
    """The staging folder of a data folder: a hidden sibling on the same disk (rename works)."""
    return Paths(target.root.parent / f".{target.root.name}{STAGING_SUFFIX}")


def prepare(target: Paths, plan: NewPoint) -> Paths:
    """Create the complete point in the staging folder; raises ValidationError/StoreError."""
    if target.exists():
        raise StoreError("already-exists", path=str(target.root))
    staged = staging(target)
    discard(staged)  # what an earlier, interrupted wizard left
    try:
        with Workspace.create(staged, plan.code, plan.name, province_code=plan.province_code,
                              commune_code=plan.commune_code) as ws:
            ws.accounts.add(plan.username, plan.password, "admin", full_name=plan.full_name)
        settings.set_ui_language(staged, plan.ui_language)
    except BaseException:
        discard(staged)
        raise
    return staged


def install(staged: Paths, target: Paths) -> None:
    """Move the staged point into the data folder; the database goes last."""
    if target.exists():
        raise StoreError("already-exists", path=str(target.root))
    target.root.mkdir(parents=True, exist_ok=True)
    database = {staged.database.name, f"{staged.database.name}-wal", f"{staged.database.name}-shm"}
    for entry in sorted(staged.root.iterdir()):
        if entry.name not in database:
            _merge(entry, target.root / entry.name)
    for name in (f"{staged.database.name}-shm", f"{staged.database.name}-wal", staged.database.name):
        if (staged.root / name).exists():
            os.replace(staged.root / name, target.root / name)
    discard(staged)
    log.info("new point installed in %s", target.root)


def _merge(source: Path, dest: Path) -> None:
    """Move source to dest; a folder that exists already (logs/) gets the missing entries."""
    if not dest.exists():
        os.replace(source, dest)
    elif source.is_dir() and dest.is_dir():
        for child in source.iterdir():
            _merge(child, dest / child.name)
    # else: a file the data folder has already (its own log file) is kept.


def discard(staged: Paths) -> None:
    """Remove a staging folder and everything in it (nothing when there is none)."""
    if staged.root.exists():
        shutil.rmtree(staged.root, ignore_errors=True)


def counts(paths: Paths) -> dict[str, int]:
    """Live rows per record type of an installed point (the wizard's summary)."""
    with Workspace.open(paths) as ws:
        return ws.counts()
