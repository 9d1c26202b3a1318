"""HTTP client for the province hub: signed requests, timeouts, retries with backoff, typed errors."""

from __future__ import annotations

import logging
import platform
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import requests

from desktop import __version__
from desktop.core.errors import PointError

from . import wire
from .keys import PointKey, verify_hub

log = logging.getLogger("point.sync.client")
USER_AGENT = f"commune-point/{__version__} (sync-protocol/{wire.PROTOCOL_VERSION}; {platform.system()})"
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 60.0
RETRY_STATUSES = {500, 502, 503, 504}


class SyncError(PointError):
    """A sync failed; `code` (sync-...) has a sentence in desktop/messages.py."""

    code = "sync-error"

    def __init__(self, code: str, retryable: bool = False, **params: Any) -> None:
        super().__init__(code, **params)
        self.retryable = retryable


class CancelToken:
    """Set by the UI (or Ctrl-C) to stop a sync between steps; waits end early when set."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise SyncError("sync-cancelled")

    def wait(self, seconds: float) -> None:
        if self._event.wait(seconds):
            raise SyncError("sync-cancelled")


def hub_error(response: requests.Response) -> SyncError:
    """Map the hub's {"error": {...}} answer to our error type."""
    try:
        err = response.json()["error"]
        code, detail = str(err.get("code")), str(err.get("detail", ""))
        extra = {k: v for k, v in err.items() if k not in ("code", "detail")}
    except (ValueError, KeyError, TypeError, AttributeError):
        code, detail, extra = "server-error", f"HTTP {response.status_code}", {}
    if code not in wire.ERRORS:
        code = "server-error"
    return SyncError(f"sync-{code}", retryable=response.status_code in RETRY_STATUSES,
                     detail=detail, status=response.status_code, **extra)


class HubClient:
    """One hub, one point: every call signed with the point's key, every answer checked."""

    def __init__(self, base_url: str, point: str | None = None, key: PointKey | None = None,
                 hub_key: str | None = None, retries: int = 4, backoff: float = 0.5,
                 timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
                 cancel: CancelToken | None = None) -> None:
        url = (base_url or "").strip().rstrip("/")
        if not url.startswith(("http://", "https://")):
            raise SyncError("sync-hub-url-invalid", url=base_url)
        self.base_url, self.point, self.key, self.hub_key = url, point, key, hub_key
        self.retries, self.backoff, self.timeout = retries, backoff, timeout
        self.cancel = cancel or CancelToken()
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        self.challenge: str | None = None
        self.skew_ms: int | None = None  # hub clock minus ours, from the last answer
        self.hello_answer: dict[str, Any] | None = None

    def close(self) -> None:
        self.session.close()

    # -- plumbing -----------------------------------------------------------------------
    def _sign(self, method: str, path: str, body: bytes) -> dict[str, str]:
        if self.key is None or self.point is None:
            raise SyncError("sync-not-enrolled")
        if self.challenge is None:
            self.hello()
        nonce, stamp = wire.new_nonce(), str(_local_ms())
        signed = wire.request_signing_bytes(method, path, wire.sha256_hex(body), stamp, nonce,
                                            self.challenge or "", self.point)
        return {wire.H_POINT: self.point, wire.H_CHALLENGE: self.challenge or "",
                wire.H_NONCE: nonce, wire.H_TIMESTAMP: stamp, wire.H_SIGNATURE: self.key.sign(signed)}

    def request(self, method: str, path: str, body: bytes = b"", signed: bool = True,
                headers: dict[str, str] | None = None, stream: bool = False,
                ok: tuple[int, ...] = (200,)) -> requests.Response:
        """Send with retries (fresh nonce each time); raise SyncError on any refusal."""
        attempt, refreshed = 0, False
        while True:
            self.cancel.check()
            hdrs = dict(headers or {})
            if body:
                hdrs.setdefault("Content-Type", "application/json")
            if signed:
                hdrs.update(self._sign(method, path, body))
            try:
                resp = self.session.request(method, self.base_url + path, data=body or None,
                                            headers=hdrs, timeout=self.timeout, stream=stream)
            except requests.Timeout as exc:
                error = SyncError("sync-timeout", retryable=True, url=self.base_url, detail=str(exc))
            except requests.RequestException as exc:
                error = SyncError("sync-unreachable", retryable=True, url=self.base_url,
                                  detail=type(exc).__name__)
            else:
                self._note_time(resp)
                if resp.status_code in ok:
                    if signed and self.hub_key and not stream:
                        self._verify(resp, hdrs[wire.H_NONCE])
                    return resp
                error = hub_error(resp)
                resp.close()
                if error.code == "sync-challenge-expired" and not refreshed:
                    refreshed = True
                    self.hello()
                    continue
            if not error.retryable or attempt >= self.retries:
                raise error
            attempt += 1
            delay = self.backoff * (2 ** (attempt - 1))
            log.info("hub request %s %s failed (%s); retry %d in %.1fs", method, path, error.code,
                     attempt, delay)
            self.cancel.wait(delay)

    def _verify(self, resp: requests.Response, nonce: str) -> None:
        sig = resp.headers.get(wire.H_HUB_SIGNATURE, "")
        data = wire.response_signing_bytes(nonce, wire.sha256_hex(resp.content))
        if not verify_hub(self.hub_key or "", sig, data):
            raise SyncError("sync-bad-signature", url=self.base_url)

    def _note_time(self, resp: requests.Response) -> None:
        hub_time = resp.headers.get(wire.H_HUB_TIME)
        if hub_time and hub_time.isdigit():
            self.skew_ms = int(hub_time) - _local_ms()

    def _json(self, resp: requests.Response) -> Any:
        try:
            return resp.json()
        except ValueError as exc:
            raise SyncError("sync-protocol-mismatch", detail="answer is not JSON") from exc

    # -- protocol -----------------------------------------------------------------------
    def hello(self) -> dict[str, Any]:
        """Capabilities handshake; also fetches a fresh challenge and the hub's clock."""
        answer = self._json(self.request("GET", "/v1/hello", signed=False))
        try:
            wire.negotiate(answer)
        except wire.WireError as exc:
            raise SyncError("sync-protocol-mismatch", detail=exc.detail) from exc
        if self.hub_key and answer.get("hub_key") != self.hub_key:
            raise SyncError("sync-hub-key-changed", url=self.base_url)
        self.challenge = answer["challenge"]
        self.skew_ms = int(answer["hub_time_ms"]) - _local_ms()
        self.hello_answer = answer
        return answer

    def enroll(self, code: str, public_b64: str, point: str | None) -> dict[str, Any]:
        body = wire.compact_json({"protocol": wire.PROTOCOL_VERSION, "code": code,
                                  "public_key": public_b64, "point": point})
        return self._json(self.request("POST", "/v1/enroll", body, signed=False))

    def state(self) -> dict[str, Any]:
        return self._json(self.request("GET", "/v1/state"))

    def push(self, chunk: wire.PushChunk) -> wire.PushAck:
        return wire.PushAck.from_json(self._json(self.request("POST", "/v1/push", chunk.to_body())))

    def pull(self, stream: str, after: int, limit: int = wire.CHUNK_ROWS) -> wire.PullChunk:
        path = f"/v1/pull?stream={stream}&after={int(after)}&limit={int(limit)}"
        try:
            return wire.PullChunk.from_json(self._json(self.request("GET", path)))
        except wire.WireError as exc:
            raise SyncError("sync-protocol-mismatch", detail=exc.detail) from exc

    def media_missing(self, hashes: list[str]) -> list[str]:
        body = wire.compact_json({"hashes": hashes})
        return list(self._json(self.request("POST", "/v1/media/missing", body))["missing"])

    def upload(self, sha: str, source: Path, progress: Callable[[int], None] | None = None) -> int:
        """Send a file in pieces, resuming where the hub's partial copy ends; returns bytes sent."""
        total = source.stat().st_size
        have = int(self._json(self.request("GET", f"/v1/media/{sha}/upload"))["have"])
        sent = 0
        with open(source, "rb") as handle:
            while 0 <= have < total:
                handle.seek(have)
                piece = handle.read(wire.MEDIA_PIECE_BYTES)
                end = have + len(piece) - 1
                try:
                    answer = self._json(self.request(
                        "PUT", f"/v1/media/{sha}", piece,
                        headers={"Content-Type": "application/octet-stream",
                                 "Content-Range": f"bytes {have}-{end}/{total}"}))
                except SyncError as exc:
                    if exc.code != "sync-media-offset":
                        raise
                    have = int(exc.params.get("have", 0))  # the hub knows where it stands
                    continue
                sent += len(piece)
                have = int(answer["have"])
                if progress:
                    progress(len(piece))
        return sent

    def download(self, sha: str, part: Path, progress: Callable[[int], None] | None = None) -> None:
        """Fetch a file into `part`, continuing a partial one with a Range request."""
        part.parent.mkdir(parents=True, exist_ok=True)
        for attempt in range(self.retries + 1):
            have = part.stat().st_size if part.exists() else 0
            headers = {"Range": f"bytes={have}-"} if have else {}
            try:
                resp = self.request("GET", f"/v1/media/{sha}", headers=headers, stream=True, ok=(200, 206))
                with resp, open(part, "ab" if resp.status_code == 206 else "wb") as out:
                    for block in resp.iter_content(1024 * 1024):
                        self.cancel.check()
                        out.write(block)
                        if progress:
                            progress(len(block))
                    out.flush()
                return
            except SyncError as exc:
                if exc.params.get("status") == 400 and have:  # asked past the end: start over
                    part.unlink(missing_ok=True)
                    continue
                raise
            except requests.RequestException as exc:  # broken mid-body: resume from what we have
                if attempt >= self.retries:
                    raise SyncError("sync-unreachable", retryable=True, url=self.base_url,
                                    detail=type(exc).__name__) from exc
                self.cancel.wait(self.backoff * (2 ** attempt))


def _local_ms() -> int:
    """This PC's wall clock (with the test offset hook), for skew reports only."""
    from desktop.core.store import physical_ms

    return physical_ms()
