"""A sync session as persisted stages: prepare → push → pull → media → finish (Morango-style).

Each stage's position lives in the point database (`meta`): the push cursor is what the
hub acknowledged, the pull cursors are written in the same transaction as the rows they
cover, and the media cursor moves only when its files are done. A session killed at any
moment is resumed (same session, counts kept) by running the stages again from those
cursors, so it redoes nothing twice and still ends with both sides up to date. Only the
Transport touches the outside world, so a USB bundle (issue 6) is another Transport.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from desktop.core import changes
from desktop.core.media import sha256_file
from desktop.core.store import physical_ms, utc_now_iso
from desktop.core.workspace import Workspace

from . import wire
from .client import CancelToken, SyncError

log = logging.getLogger("point.sync")
STAGES = ("prepare", "push", "pull", "media", "finish")
ENV_CHUNK_ROWS = "COMMUNE_POINT_SYNC_CHUNK"  # tests make chunks small to interrupt mid-sync
MEDIA_BATCH = 1000

# meta keys
M_SESSION = "sync_session"
M_ACKED = "acked_seq"
M_PULL = "pull_cursor"
M_OWN = "own_cursor"
M_RECOVER = "recover_own"
M_MEDIA = "media_cursor"
M_MEDIA_RETRY = "media_retry"
M_LAST_SYNC = "last_sync_at"
M_LAST_ATTEMPT = "last_sync_attempt_at"
M_LAST_RESULT = "last_sync_result"
M_SKEW = "hub_clock_skew_ms"


class Transport(Protocol):
    """What a session needs from the other side (HubClient over HTTP; a bundle for USB).

    A bundle transport (issue 6) answers hello/state from what the last reply bundle said,
    takes pushed chunks into the outgoing bundle (PushAck(pending=True)), serves pull chunks
    and media from the reply bundle, and copies media into the bundle on upload; the stages,
    cursors and idempotent apply stay exactly as they are for the network.
    """

    skew_ms: int | None

    def hello(self) -> dict[str, Any]: ...
    def state(self) -> dict[str, Any]: ...
    def push(self, chunk: wire.PushChunk) -> wire.PushAck: ...
    def pull(self, stream: str, after: int, limit: int = wire.CHUNK_ROWS) -> wire.PullChunk: ...
    def media_missing(self, hashes: list[str]) -> list[str]: ...
    def upload(self, sha: str, source: os.PathLike[str], progress: Callable[[int], None] | None = None) -> int: ...
    def download(self, sha: str, part: os.PathLike[str], progress: Callable[[int], None] | None = None) -> None: ...


@dataclass
class Progress:
    """What the UI shows while a sync runs: the stage, and done/total in its unit."""

    stage: str
    done: int = 0
    total: int | None = None
    unit: str = "rows"  # rows, files, bytes


@dataclass
class SyncResult:
    """What one session did (counts accumulate over resumed attempts of the same session)."""

    session: str = ""
    started_at: str = ""
    finished_at: str | None = None
    stage: str = "prepare"
    resumed: bool = False
    sent: dict[str, int] = field(default_factory=dict)
    received: dict[str, int] = field(default_factory=dict)
    recovered: int = 0
    conflicts: int = 0
    chunks: int = 0
    acked_seq: int = 0
    staged_seq: int = 0  # handed to the transport (equals acked_seq over the network)
    local_seq: int = 0
    media_up: int = 0
    media_down: int = 0
    media_failed: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    clock_skew_ms: int | None = None

    @property
    def sent_rows(self) -> int:
        return sum(self.sent.values())

    @property
    def received_rows(self) -> int:
        return sum(self.received.values())

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "sent_rows": self.sent_rows, "received_rows": self.received_rows}


def chunk_rows() -> int:
    value = os.environ.get(ENV_CHUNK_ROWS)
    return max(1, int(value)) if value else wire.CHUNK_ROWS


def _add(target: dict[str, int], tables: list[str]) -> None:
    for table in tables:
        target[table] = target.get(table, 0) + 1


class SyncSession:
    """Runs (or resumes) one staged sync of a workspace through a transport."""

    def __init__(self, ws: Workspace, transport: Transport,
                 progress: Callable[[Progress], None] | None = None,
                 cancel: CancelToken | None = None, rows_per_chunk: int | None = None) -> None:
        self.ws, self.store, self.t = ws, ws.store, transport
        self.origin = ws.store.origin
        self.progress = progress or (lambda _p: None)
        self.cancel = cancel or CancelToken()
        self.rows = rows_per_chunk or chunk_rows()
        self.result = self._load()
        self.hub_acked = 0
        self.personal_data = False

    # -- persisted state ----------------------------------------------------------------
    def _load(self) -> SyncResult:
        raw = self.store.get_meta(M_SESSION)
        if raw:
            try:
                data = json.loads(raw)
                if data.get("stage") in STAGES:
                    result = SyncResult(**{k: v for k, v in data.items() if k in SyncResult.__dataclass_fields__})
                    result.resumed = True
                    return result
            except (ValueError, TypeError):
                log.warning("unreadable sync session state; starting a new session")
        return SyncResult(session=str(uuid.uuid4()), started_at=utc_now_iso())

    def _save(self) -> None:
        self.store.set_meta(M_SESSION, json.dumps(asdict(self.result)))

    # -- the run --------------------------------------------------------------------------
    def run(self) -> SyncResult:
        """Run every stage from the first unfinished one; on failure the state stays for a resume."""
        self.store.set_meta(M_LAST_ATTEMPT, utc_now_iso())
        try:
            # A resumed session runs every stage again: each one starts from its own persisted
            # cursor, so nothing done is redone, and rows that appeared on either side since
            # the interruption are not left for the next session.
            self._prepare()
            for stage in STAGES[1:]:
                self.cancel.check()
                self.result.stage = stage
                self._save()
                getattr(self, f"_{stage}")()
        except SyncError as exc:
            self.store.set_meta(M_LAST_RESULT, exc.code)
            raise
        except Exception:
            self.store.set_meta(M_LAST_RESULT, "sync-error")
            raise
        return self.result

    def _prepare(self) -> None:
        self.progress(Progress("prepare"))
        self.personal_data = bool(self.t.hello().get("personal_data"))
        state = self.t.state()
        self.hub_acked = int(state["acked_seq"])
        local = self.store.max_seq()
        if self.hub_acked > local:
            # This database is older than what the hub holds from it (restored backup):
            # new rows must get seqs above the acknowledged ones, and the rest comes back.
            log.warning("hub holds up to seq %d, this database only %d: recovering", self.hub_acked, local)
            changes.raise_counter(self.store, self.hub_acked)
            self.store.set_meta(M_RECOVER, "1")
        if self.t.skew_ms is not None:
            self.result.clock_skew_ms = self.t.skew_ms
            self.store.set_meta(M_SKEW, str(self.t.skew_ms))
        self.store.set_meta(M_ACKED, str(self.hub_acked))

    def _push(self, report: bool = True) -> None:
        """Send own rows above the hub's acknowledgement, one chunk per hub transaction.

        The next chunk is read from the database while the hub applies the current one
        (one request in flight, so chunks still arrive in order). `report=False`: no
        progress (the finish stage's closing acknowledgement is not a second "sending").
        """
        acked = self.hub_acked
        total = changes.waiting_count(self.store, acked, self.origin)
        done = 0
        progress = self.progress if report else (lambda _p: None)
        progress(Progress("push", 0, total))
        redact = None if self.personal_data else wire.PERSONAL_FIELDS
        with ThreadPoolExecutor(1, thread_name_prefix="sync-push") as pool:
            batch = changes.read_changes(self.store, acked, self.origin, self.rows, redact)
            while batch.to_seq > acked:
                self.cancel.check()
                sending = pool.submit(self.t.push, wire.PushChunk(self.origin, acked, batch.to_seq, batch.records))
                following = changes.read_changes(self.store, batch.to_seq, self.origin, self.rows, redact)
                try:
                    ack = sending.result()
                except SyncError as exc:
                    if exc.code != "sync-chunk-gap" or "acked_seq" not in exc.params:
                        raise
                    acked = int(exc.params["acked_seq"])  # the hub lost some: resend from there
                    batch = changes.read_changes(self.store, acked, self.origin, self.rows, redact)
                    continue
                if not ack.pending:  # a bundle's chunk is acknowledged only by the reply bundle
                    self.store.set_meta(M_ACKED, str(max(ack.acked_seq, acked)))
                self.result.staged_seq = max(self.result.staged_seq, batch.to_seq)
                _add(self.result.sent, batch.tables)
                self.result.chunks += 1
                done += len(batch.records)
                self._save()
                progress(Progress("push", done, max(total, done)))
                reached = batch.to_seq if ack.pending else ack.acked_seq
                if reached == batch.to_seq:
                    acked, batch = batch.to_seq, following
                else:  # the hub already held more than we sent
                    acked = max(reached, acked)
                    batch = changes.read_changes(self.store, acked, self.origin, self.rows, redact)
        self.hub_acked = acked
        self.result.acked_seq = int(self.store.get_meta(M_ACKED) or 0)

    def _pull(self) -> None:
        """Apply what the province published (and, when recovering, this point's own rows).

        The next chunk is fetched while the current one is applied; each chunk and its
        cursor are written in one local transaction.
        """
        streams = [(wire.PROVINCE_STREAM, M_PULL)]
        if self.store.get_meta(M_RECOVER) == "1":
            streams.append((self.origin, M_OWN))
        done = 0
        with ThreadPoolExecutor(1, thread_name_prefix="sync-pull") as pool:
            for stream, key in streams:
                fetching = pool.submit(self.t.pull, stream, int(self.store.get_meta(key) or 0), self.rows)
                while True:
                    chunk = fetching.result()
                    if chunk.more:
                        fetching = pool.submit(self.t.pull, stream, chunk.cursor, self.rows)
                    self.cancel.check()
                    stray = [r for r in chunk.records if r["origin"] != stream]
                    if stray:
                        raise SyncError("sync-origin-mismatch", detail=f"{len(stray)} rows from {stray[0]['origin']}")
                    applied = changes.apply_records(self.store, chunk.records, meta={key: str(chunk.cursor)})
                    if stream == wire.PROVINCE_STREAM:
                        for table, n in applied.by_table.items():
                            self.result.received[table] = self.result.received.get(table, 0) + n
                    else:
                        self.result.recovered += applied.applied
                    self.result.conflicts += applied.conflicts
                    done += len(chunk.records)
                    self._save()
                    self.progress(Progress("pull", done))
                    if not chunk.more:
                        break
                if stream == self.origin:
                    self.store.set_meta(M_RECOVER, "0")

    def _media(self) -> None:
        upto = self.store.max_seq()
        after = int(self.store.get_meta(M_MEDIA) or 0)
        retry = json.loads(self.store.get_meta(M_MEDIA_RETRY) or "[]")
        refs = dict.fromkeys([(sha, origin) for sha, origin in retry]
                             + changes.media_refs(self.store, after, upto))
        media = self.ws.media
        upload = list(dict.fromkeys(s for s, o in refs if o == self.origin and media.has(s)))
        download = list(dict.fromkeys(s for s, _ in refs if not media.has(s)))
        failed: list[tuple[str, str]] = []
        to_send: list[str] = []
        for i in range(0, len(upload), MEDIA_BATCH):
            to_send += self.t.media_missing(upload[i:i + MEDIA_BATCH])
        total, done = len(to_send) + len(download), 0
        self.progress(Progress("media", 0, total, "files"))
        for sha in to_send:
            self.cancel.check()
            self.result.bytes_up += self.t.upload(sha, media.path_of(sha))
            self.result.media_up += 1
            done += 1
            self.progress(Progress("media", done, total, "files"))
        for sha in download:
            self.cancel.check()
            try:
                self._fetch(sha)
                self.result.media_down += 1
            except SyncError as exc:
                if exc.code not in ("sync-not-found", "sync-media-hash-mismatch"):
                    raise
                failed.append((sha, next(o for s, o in refs if s == sha)))
                self.result.media_failed += 1
            done += 1
            self.progress(Progress("media", done, total, "files"))
        with self.store.atomic():
            self.store.set_meta(M_MEDIA, str(upto))
            self.store.set_meta(M_MEDIA_RETRY, json.dumps(failed))
        self._save()

    def _fetch(self, sha: str) -> None:
        """Download into a temp file (resumable), verify its SHA-256, then move it in place."""
        media = self.ws.media
        part = media.paths.media_tmp / f"dl-{sha}.part"
        before = part.stat().st_size if part.exists() else 0
        self.t.download(sha, part)
        self.result.bytes_down += max(0, part.stat().st_size - before)
        if sha256_file(part) != sha:
            part.unlink(missing_ok=True)
            raise SyncError("sync-media-hash-mismatch")
        final = media.path_of(sha)
        final.parent.mkdir(parents=True, exist_ok=True)
        with open(part, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(part, final)

    def _finish(self) -> None:
        # Rows received in this session moved the local counter: acknowledge past them too
        # (an empty chunk), so "delivered up to" reaches the local head when nothing waits.
        self._push(report=False)
        skew = self.result.clock_skew_ms or 0
        hub_now = datetime.fromtimestamp((physical_ms() + skew) / 1000, UTC)
        self.result.finished_at = hub_now.strftime("%Y-%m-%dT%H:%M:%SZ")
        self.result.local_seq = self.store.max_seq()
        with self.store.atomic():
            # last_sync_at is the hub's time: this PC's clock may be years off.
            self.store.set_meta(M_LAST_SYNC, self.result.finished_at)
            self.store.set_meta(M_LAST_RESULT, "ok")
            self.store.set_meta(M_SESSION, None)
        self.progress(Progress("finish"))
