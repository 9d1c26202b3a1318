"""Every path the point uses: one module owns them (STYLE.md)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "commune-point"
APP_AUTHOR = "commune-point"
ENV_DATA_DIR = "COMMUNE_POINT_DATA"


@dataclass(frozen=True)
class Paths:
    """The folders and files of one point's data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "point.sqlite3"

    @property
    def settings_file(self) -> Path:
        """This PC's own settings for the point (UI language): small JSON, never synced."""
        return self.root / "settings.json"

    @property
    def media(self) -> Path:
        return self.root / "media"

    @property
    def media_tmp(self) -> Path:
        return self.root / "media" / "tmp"

    @property
    def covers(self) -> Path:
        return self.root / "covers"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "commune-point.log"

    @property
    def crash_reports(self) -> Path:
        return self.logs / "crash"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    def media_file(self, sha256: str) -> Path:
        """Where a content-addressed media file lives (two-level fan-out)."""
        return self.media / sha256[:2] / sha256

    def ensure(self) -> Paths:
        """Create the folders that must exist; returns self."""
        for folder in (self.root, self.media, self.media_tmp, self.covers, self.logs,
                       self.crash_reports, self.backups, self.exports, self.outbox):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    def exists(self) -> bool:
        """Whether this folder already holds a point's database."""
        return self.database.exists()


def default_root() -> Path:
    """The platform's user data dir, unless COMMUNE_POINT_DATA says otherwise."""
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    import platformdirs  # only when no folder was given: it costs start-up time

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resolve(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """Paths for an explicit --data-dir, else the environment, else the platform default."""
    root = Path(data_dir).expanduser() if data_dir else default_root()
    return Paths(root.resolve())
