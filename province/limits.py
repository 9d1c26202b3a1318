"""Request size limits, a body-read timeout, and one structured access-log line per request."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any

from desktop.sync import wire

log = logging.getLogger("hub.access")
BODY_TIMEOUT_S = 60.0
# The dashboard's file uploads (a material's files, a point's USB bundle) from a browser.
MAX_UPLOAD_BYTES = 512 * 1024 * 1024
UPLOAD_PATHS = ("/publish", "/bundles/upload")


def _limit_for(method: str, path: str) -> int:
    if method == "PUT" and path.startswith("/v1/media/"):
        return wire.MAX_MEDIA_REQUEST_BYTES
    if method == "POST" and path in UPLOAD_PATHS:
        return MAX_UPLOAD_BYTES + 1024 * 1024  # room for the form's other fields
    return wire.MAX_JSON_BYTES


class LimitsMiddleware:
    """Pure ASGI: refuses oversized bodies before reading them, and slow bodies after a while."""

    def __init__(self, app: Any, body_timeout: float = BODY_TIMEOUT_S) -> None:
        self.app = app
        self.body_timeout = body_timeout

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        method, path = scope["method"], scope["path"]
        headers = dict(scope.get("headers") or [])
        limit = _limit_for(method, path)
        status = {"code": 0}
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            if not path.startswith("/v1/"):
                await self._refuse_page(send, limit)
            else:
                await self._refuse(send, "too-large", f"request bodies here are limited to {limit} bytes")
            status["code"] = 413
            self._log(scope, headers, 413, started)
            return
        received = 0

        async def limited_receive() -> dict:
            nonlocal received
            try:
                message = await asyncio.wait_for(receive(), timeout=self.body_timeout)
            except TimeoutError as exc:
                raise wire.WireError("timeout", "the request body arrived too slowly") from exc
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise wire.WireError("too-large", f"request bodies here are limited to {limit} bytes")
            return message

        async def watched_send(message: dict) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, limited_receive, watched_send)
        finally:
            self._log(scope, headers, status["code"] or 500, started)

    @staticmethod
    async def _refuse(send: Any, code: str, detail: str) -> None:
        body = json.dumps(wire.WireError(code, detail).body()).encode()
        await send({"type": "http.response.start", "status": wire.ERRORS[code],
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})

    @staticmethod
    async def _refuse_page(send: Any, limit: int) -> None:
        """The dashboard's browsers get a page in both languages, not JSON."""
        mib = limit // (1024 * 1024)
        body = ("<!doctype html><meta charset=utf-8><title>413</title>"
                f"<p>Tệp tải lên quá lớn (tối đa {mib} MB). / The upload is too large (at most {mib} MB)."
                "<p><a href=\"/\">Quay lại / Back</a>").encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"text/html; charset=utf-8"),
                                (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})

    @staticmethod
    def _log(scope: dict, headers: dict, status: int, started: float) -> None:
        point = headers.get(wire.H_POINT.lower().encode(), b"").decode(errors="replace") or None
        log.info("%s %s %s", scope["method"], scope["path"], status, extra={
            "method": scope["method"], "path": scope["path"], "status": status, "point": point,
            "ms": round((time.perf_counter() - started) * 1000, 1)})
