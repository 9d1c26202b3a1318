"""One sync at a time per data folder: an OS file lock, released even when the process is killed."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Any

from .client import SyncError

if os.name == "nt":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _try_lock(handle: IO[Any]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[Any]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(handle: IO[Any]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[Any]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class SyncLock:
    """`with SyncLock(path):` raises SyncError("sync-busy") if another sync holds it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[Any] | None = None

    def __enter__(self) -> SyncLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+")  # noqa: SIM115 - held for the lock's lifetime
        if not _try_lock(handle):
            handle.close()
            raise SyncError("sync-busy")
        self._handle = handle
        return self

    def __exit__(self, *exc: object) -> None:
        if self._handle is not None:
            try:
                _unlock(self._handle)
            finally:
                self._handle.close()
                self._handle = None

    @staticmethod
    def held(path: Path) -> bool:
        """Whether a sync is running now (by any process)."""
        try:
            with SyncLock(path):
                return False
        except SyncError:
            return True
