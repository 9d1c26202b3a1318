"""What the CLI and the Sync page call: enrol, run one sync, and read the sync status.

Each call opens its own Workspace (its own SQLite connection), so it can run on a worker
thread while the UI keeps its own; a file lock keeps to one sync per data folder.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from desktop.core import changes
from desktop.core.paths import Paths
from desktop.core.store import utc_now_iso
from desktop.core.workspace import Workspace

from . import keys, session, wire
from .client import CancelToken, HubClient, SyncError
from .lock import SyncLock

log = logging.getLogger("point.sync")
CLOCK_WARNING_MS = 5 * 60 * 1000
AUTO_SYNC_S = 5 * 60  # background sync period while the hub answers
MAX_BACKOFF_S = 60 * 60


def next_attempt_in(consecutive_failures: int, jitter: float = 0.1) -> float:
    """Seconds until the next background sync: every few minutes, doubling after each
    failure up to an hour (with a little jitter so 400 points do not knock at once)."""
    import random

    base = min(AUTO_SYNC_S * (2 ** max(0, consecutive_failures)), MAX_BACKOFF_S)
    return base * (1 + random.uniform(-jitter, jitter))


def lock_path(paths: Paths) -> Any:
    return paths.root / "sync.lock"


def _client(ws: Workspace, paths: Paths, cancel: CancelToken | None = None, **kw: Any) -> HubClient:
    hub_url = ws.store.get_meta("hub_url")
    key = keys.load(paths)
    if not hub_url or key is None:
        raise SyncError("sync-not-enrolled")
    return HubClient(hub_url, ws.store.origin, key, ws.store.get_meta("hub_key"), cancel=cancel, **kw)


def enroll(paths: Paths, code: str, hub_url: str) -> dict[str, Any]:
    """Join the hub with a one-time code: make a key pair, register it, remember the hub.

    Works on an existing data folder (its point code must match the code's) or an empty
    one (the point is created from what the hub knows, then its history is pulled back).
    """
    try:
        code = wire.normalise_enrol_code(code)
    except wire.WireError as exc:
        raise SyncError("sync-enrol-code-invalid") from exc
    with SyncLock(lock_path(paths)):
        existing = Workspace.open(paths) if paths.exists() else None
        try:
            claimed = existing.store.origin if existing else None
            paths.root.mkdir(parents=True, exist_ok=True)
            key = keys.pending_or_new(paths)
            client = HubClient(hub_url)
            try:
                hello = client.hello()
                answer = client.enroll(code, key.public_b64, claimed)
            except SyncError as exc:
                if exc.code == "sync-enrol-wrong-point":  # say which point this PC is
                    raise SyncError(exc.code, point=exc.params.get("point", "?"), here=claimed) from exc
                raise
            finally:
                client.close()
            if answer.get("hub_key") != hello.get("hub_key"):
                raise SyncError("sync-bad-signature", url=hub_url)
            ws = existing or Workspace.create(paths, answer["point"]["code"], answer["point"]["name"])
            existing = ws
            keys.promote_pending(paths)
            store = ws.store
            same_hub = store.get_meta("hub_key") == answer["hub_key"]
            with store.atomic():
                store.set_meta("hub_url", client.base_url)
                store.set_meta("hub_key", answer["hub_key"])
                store.set_meta("hub_box_key", answer.get("hub_box_key"))  # USB bundles
                store.set_meta("enrolled_at", utc_now_iso())
                store.set_meta("point_public_key", key.public_b64)
                # A new key starts a new acknowledgement count at the hub.
                store.set_meta(session.M_ACKED, "0")
                store.set_meta(session.M_SESSION, None)
                if not same_hub:
                    store.set_meta(session.M_PULL, "0")
                if int(answer.get("own_records") or 0) > 0:
                    store.set_meta(session.M_RECOVER, "1")
                    store.set_meta(session.M_OWN, "0")
            return {"point": ws.store.origin, "name": ws.point.name, "hub": client.base_url,
                    "hub_key": answer["hub_key"], "own_records_at_hub": int(answer.get("own_records") or 0),
                    "data_dir": str(paths.root)}
        finally:
            if existing is not None:
                existing.close()


def run_sync(paths: Paths, progress: Callable[[session.Progress], None] | None = None,
             cancel: CancelToken | None = None) -> session.SyncResult:
    """Run one sync (or resume an interrupted one). Call from a worker thread; raises SyncError.

    `progress` receives session.Progress(stage, done, total, unit); `cancel.cancel()` stops
    it between steps (SyncError "sync-cancelled"); what was done is kept.
    """
    cancel = cancel or CancelToken()
    with SyncLock(lock_path(paths)):
        ws = Workspace.open(paths)
        try:
            client = _client(ws, paths, cancel)
            try:
                result = session.SyncSession(ws, client, progress, cancel).run()
            finally:
                client.close()
            log.info("sync done: sent %d, received %d, media up %d down %d", result.sent_rows,
                     result.received_rows, result.media_up, result.media_down)
            if result.media_down:
                # Published documents become searchable by their body text, not only titles.
                ws.materials.extract_pending(cancelled=lambda: cancel.cancelled)
            return result
        finally:
            ws.close()


@dataclass
class SyncStatus:
    """What the Sync page shows. `connection`: unknown, online, offline, revoked, not-enrolled."""

    enrolled: bool
    hub_url: str | None
    point: str
    connection: str
    acked_seq: int
    local_seq: int
    waiting: int
    last_sync_at: str | None
    last_attempt_at: str | None
    last_result: str | None  # "ok" or an error code with a sentence in desktop/messages.py
    clock_skew_ms: int | None
    clock_warning: bool
    running: bool
    resumable_stage: str | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def sync_status(paths: Paths, probe: bool = False, timeout: float = 3.0) -> SyncStatus:
    """Read the sync state; with probe=True also ask the hub (short timeouts, no retries)."""
    with Workspace.open(paths) as ws:
        store = ws.store
        enrolled = bool(store.get_meta("hub_url")) and keys.load(paths) is not None
        connection = "unknown" if enrolled else "not-enrolled"
        skew = store.get_meta(session.M_SKEW)
        skew_ms = int(skew) if skew not in (None, "") else None
        if probe and enrolled:
            client = _client(ws, paths, retries=0, timeout=(timeout, timeout))
            try:
                client.hello()
                client.state()
                connection = "online"
            except SyncError as exc:
                connection = "revoked" if exc.code == "sync-point-revoked" else "offline"
            finally:
                client.close()
            if client.skew_ms is not None:
                skew_ms = client.skew_ms
                store.set_meta(session.M_SKEW, str(skew_ms))
        acked = int(store.get_meta(session.M_ACKED) or 0)
        pending = store.get_meta(session.M_SESSION)
        stage = None
        if pending:
            try:
                stage = json.loads(pending).get("stage")
            except ValueError:
                stage = None
        return SyncStatus(
            enrolled=enrolled, hub_url=store.get_meta("hub_url"), point=store.origin,
            connection=connection, acked_seq=acked, local_seq=store.max_seq(),
            waiting=changes.waiting_count(store, acked, store.origin),
            last_sync_at=store.get_meta(session.M_LAST_SYNC),
            last_attempt_at=store.get_meta(session.M_LAST_ATTEMPT),
            last_result=store.get_meta(session.M_LAST_RESULT), clock_skew_ms=skew_ms,
            clock_warning=skew_ms is not None and abs(skew_ms) > CLOCK_WARNING_MS,
            running=SyncLock.held(lock_path(paths)), resumable_stage=stage)
