"""Content-addressed media store: files named by their SHA-256 under the data folder."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import PointError
from .paths import Paths

CHUNK = 1024 * 1024


class MediaError(PointError):
    code = "media"


def _sha256(data: bytes = b"") -> Any:
    """A SHA-256 hasher; hashlib (OpenSSL) loads on the first file hashed, not when the window opens."""
    import hashlib

    return hashlib.sha256(data)


def sha256_file(path: Path) -> str:
    """The SHA-256 of a file, read in chunks."""
    digest = _sha256()
    with open(path, "rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


class MediaStore:
    """Puts files in, verifies them, and finds them by hash. Safe against half writes."""

    def __init__(self, paths: Paths) -> None:
        self.paths = paths

    def path_of(self, sha256: str) -> Path:
        return self.paths.media_file(sha256)

    def has(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def put(
        self, source: Path, progress: Callable[[int], None] | None = None
    ) -> tuple[str, int]:
        """Copy a file in (temp name, hash while copying, fsync, rename); returns (sha256, size).

        The same bytes twice are stored once.
        """
        tmp_dir = self.paths.media_tmp
        tmp_dir.mkdir(parents=True, exist_ok=True)
        digest = _sha256()
        size = 0
        tmp = tmp_dir / f"in-{os.getpid()}-{os.urandom(6).hex()}"
        try:
            with open(source, "rb") as src, open(tmp, "wb") as dst:
                while block := src.read(CHUNK):
                    digest.update(block)
                    dst.write(block)
                    size += len(block)
                    if progress:
                        progress(size)
                dst.flush()
                os.fsync(dst.fileno())
            sha = digest.hexdigest()
            final = self.path_of(sha)
            # Keep the stored copy only if it is intact: importing the original again is
            # how an operator repairs a file that check() reported as damaged.
            if final.exists() and final.stat().st_size == size and sha256_file(final) == sha:
                tmp.unlink()
            else:
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, final)
            return sha, size
        except BaseException as exc:
            # Any failure, including a cancel raised from the progress callback, leaves
            # no half-written temp file behind.
            tmp.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise MediaError("media-write-failed", detail=str(exc)) from exc
            raise

    def put_bytes(self, data: bytes) -> tuple[str, int]:
        """Store bytes made in memory (covers, recordings)."""
        sha = _sha256(data).hexdigest()
        final = self.path_of(sha)
        if not final.exists():
            final.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.paths.media_tmp / f"b-{os.getpid()}-{os.urandom(6).hex()}"
            tmp.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as dst:
                dst.write(data)
                dst.flush()
                os.fsync(dst.fileno())
            os.replace(tmp, final)
        return sha, len(data)

    def verify(self, sha256: str) -> bool:
        """Whether the stored file exists and still has the hash in its name."""
        path = self.path_of(sha256)
        return path.is_file() and sha256_file(path) == sha256

    def export_copy(self, sha256: str, target: Path) -> None:
        """Copy a stored file out (to a viewer temp or a bundle)."""
        shutil.copyfile(self.path_of(sha256), target)

    def clean_tmp(self) -> int:
        """Remove temp files a killed import left behind; returns how many."""
        removed = 0
        if self.paths.media_tmp.exists():
            for leftover in self.paths.media_tmp.iterdir():
                leftover.unlink(missing_ok=True)
                removed += 1
        return removed
