"""Where the hub keeps its data and which database it uses (one module owns the paths)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "PROVINCE_HUB_DATA"
ENV_DB = "PROVINCE_HUB_DB"
ENV_COLLECT_NAMES = "PROVINCE_HUB_COLLECT_NAMES"


@dataclass(frozen=True)
class HubConfig:
    """The hub's data folder (keys, media) and database URL."""

    data_dir: Path
    db_url: str
    collect_names: bool = False  # participants' names and phones reach the hub only when set

    @property
    def media(self) -> Path:
        return self.data_dir / "media"

    @property
    def media_tmp(self) -> Path:
        return self.data_dir / "media" / "tmp"

    @property
    def keys(self) -> Path:
        return self.data_dir / "keys"

    def media_file(self, sha256: str) -> Path:
        return self.media / sha256[:2] / sha256

    @property
    def is_sqlite(self) -> bool:
        return self.db_url.startswith("sqlite")

    def ensure(self) -> HubConfig:
        for folder in (self.data_dir, self.media, self.media_tmp):
            folder.mkdir(parents=True, exist_ok=True)
        self.keys.mkdir(mode=0o700, exist_ok=True)
        return self

    def safe_db_url(self) -> str:
        """The URL without a password, for logs."""
        if "@" in self.db_url and "://" in self.db_url:
            scheme, rest = self.db_url.split("://", 1)
            return f"{scheme}://***@{rest.split('@', 1)[1]}"
        return self.db_url


def database_url(value: str | None, data_dir: Path) -> str:
    """A path or sqlite:/// URL, or postgresql://... (driven by psycopg 3)."""
    if not value:
        return f"sqlite:///{data_dir / 'hub.sqlite3'}"
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    if value.startswith(("sqlite:", "postgresql+")):
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def resolve(data_dir: str | os.PathLike[str] | None = None, db: str | None = None,
            collect_names: bool | None = None) -> HubConfig:
    """--data-dir, else $PROVINCE_HUB_DATA, else the platform's data dir; --db likewise."""
    root = data_dir or os.environ.get(ENV_DATA_DIR)
    path = Path(root).expanduser() if root else Path(platformdirs.user_data_dir("province-hub", "commune-point"))
    path = path.resolve()
    if collect_names is None:
        collect_names = os.environ.get(ENV_COLLECT_NAMES, "").lower() in ("1", "true", "yes")
    return HubConfig(path, database_url(db or os.environ.get(ENV_DB), path), collect_names)
