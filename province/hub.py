"""The Hub: one object that owns the open hub (config, database, identity, media)."""

from __future__ import annotations

import logging

from .config import HubConfig
from .db import Database
from .identity import HubIdentity
from .media import HubMedia
from .migrations import migrate
from .points import Authenticator

log = logging.getLogger("hub")


class Hub:
    """Opened once per process; the HTTP app and the CLI commands both call through it."""

    def __init__(self, config: HubConfig) -> None:
        self.config = config.ensure()
        self.db = Database(config.db_url)
        self.schema_version = migrate(self.db.engine)
        self.identity = HubIdentity(config.keys)
        self.media = HubMedia(config)
        self.auth = Authenticator(self.db, self.identity)

    def close(self) -> None:
        self.db.dispose()

    def __enter__(self) -> Hub:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
