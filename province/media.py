"""The hub's media: content-addressed files under the data folder, uploaded in resumable pieces."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import and_, insert, select
from sqlalchemy.exc import IntegrityError

from desktop.sync import wire

from .config import HubConfig
from .db import Database, media, media_ref
from .points import iso_now

BLOCK = 1024 * 1024
_RANGE_RE = re.compile(r"bytes=(\d+)-(\d*)")
_CONTENT_RANGE_RE = re.compile(r"bytes (\d+)-(\d+)/(\d+)")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(BLOCK):
            digest.update(block)
    return digest.hexdigest()


class HubMedia:
    """Files named by their SHA-256; a piece that does not continue the upload is refused."""

    def __init__(self, config: HubConfig) -> None:
        self.config = config
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def path_of(self, sha: str) -> Path:
        return self.config.media_file(sha)

    def has(self, sha: str) -> bool:
        return wire.is_sha256(sha) and self.path_of(sha).is_file()

    def missing(self, hashes: list[str]) -> list[str]:
        seen: dict[str, None] = {}
        for sha in hashes:
            if wire.is_sha256(sha) and not self.has(sha):
                seen.setdefault(sha)
        return list(seen)

    def put_file(self, source: Path) -> tuple[str, int]:
        """Copy a file in (temp name, hash while copying, fsync, rename)."""
        tmp = self.config.media_tmp / f"in-{os.getpid()}-{os.urandom(6).hex()}"
        digest, size = hashlib.sha256(), 0
        try:
            with open(source, "rb") as src, open(tmp, "wb") as dst:
                while block := src.read(BLOCK):
                    digest.update(block)
                    dst.write(block)
                    size += len(block)
                dst.flush()
                os.fsync(dst.fileno())
            sha = digest.hexdigest()
            final = self.path_of(sha)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, final)
            return sha, size
        finally:
            tmp.unlink(missing_ok=True)

    # -- uploads from points ------------------------------------------------------------
    def _part(self, point: str, sha: str) -> Path:
        return self.config.media_tmp / f"up-{point}-{sha}.part"

    def _lock(self, key: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(key, threading.Lock())

    def upload_offset(self, point: str, sha: str) -> int:
        if self.has(sha):
            return -1  # already complete
        part = self._part(point, sha)
        return part.stat().st_size if part.exists() else 0

    def receive(self, db: Database, point: str, sha: str, content_range: str, data: bytes) -> dict:
        """Append one piece; when the file is whole, verify its hash and move it in place."""
        match = _CONTENT_RANGE_RE.fullmatch(content_range or "")
        if not match:
            raise wire.WireError("bad-request", "Content-Range: bytes START-END/TOTAL needed")
        start, end, total = (int(g) for g in match.groups())
        if end - start + 1 != len(data) or end >= total:
            raise wire.WireError("bad-request", "Content-Range does not match the body")
        with self._lock(f"{point}/{sha}"):
            if self.has(sha):
                return {"have": total, "complete": True}
            part = self._part(point, sha)
            have = part.stat().st_size if part.exists() else 0
            if start != have:
                raise wire.WireError("media-offset", f"expected offset {have}", have=have)
            with open(part, "ab") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            have += len(data)
            if have < total:
                return {"have": have, "complete": False}
            if sha256_file(part) != sha:
                part.unlink(missing_ok=True)
                raise wire.WireError("media-hash-mismatch", "the file's bytes do not match its hash")
            final = self.path_of(sha)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(part, final)
        self.register(db, sha, total)
        return {"have": total, "complete": True}

    def register(self, db: Database, sha: str, size: int) -> None:
        try:
            with db.write() as conn:
                if not conn.execute(select(media.c.sha256).where(media.c.sha256 == sha)).first():
                    conn.execute(insert(media).values(sha256=sha, size=size, stored_at=iso_now()))
        except IntegrityError:
            pass  # stored by a concurrent upload of the same bytes

    # -- downloads by points ------------------------------------------------------------
    def may_read(self, db: Database, point: str, sha: str) -> bool:
        """A point reads only files referred to by the province's rows or its own."""
        with db.read() as conn:
            return conn.execute(select(media_ref.c.sha256).where(and_(
                media_ref.c.sha256 == sha,
                media_ref.c.origin.in_([wire.PROVINCE_STREAM, point])))).first() is not None

    def may_write(self, db: Database, point: str, sha: str) -> bool:
        """A point uploads only files its own pushed rows refer to."""
        with db.read() as conn:
            return conn.execute(select(media_ref.c.sha256).where(and_(
                media_ref.c.sha256 == sha, media_ref.c.origin == point))).first() is not None

    def open_range(self, sha: str, range_header: str | None) -> tuple[int, int, int]:
        """(start, end inclusive, total) for a Range header (or the whole file)."""
        total = self.path_of(sha).stat().st_size
        start, end = 0, total - 1
        if range_header:
            match = _RANGE_RE.fullmatch(range_header.strip())
            if not match:
                raise wire.WireError("bad-request", "only 'bytes=START-[END]' ranges")
            start = int(match[1])
            end = min(int(match[2]), total - 1) if match[2] else total - 1
            if start > end and not (start == total == 0):
                raise wire.WireError("bad-request", "range starts past the end", total=total)
        return start, end, total

    def iter_range(self, sha: str, start: int, end: int) -> Iterator[bytes]:
        with open(self.path_of(sha), "rb") as handle:
            handle.seek(start)
            left = end - start + 1
            while left > 0:
                block = handle.read(min(BLOCK, left))
                if not block:
                    return
                left -= len(block)
                yield block

    def copy_out(self, sha: str, target: Path) -> None:
        shutil.copyfile(self.path_of(sha), target)
