"""The hub's HTTP API (FastAPI): handshake, enrolment, push, pull, media, health."""

from __future__ import annotations

import json
import logging
from importlib import metadata

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from desktop.sync import wire

from . import points, records
from .dashboard import install as install_dashboard
from .hub import Hub
from .identity import hub_ms
from .limits import LimitsMiddleware
from .points import Caller

log = logging.getLogger("hub.api")


def hub_version() -> str:
    try:
        return metadata.version("commune-point")
    except metadata.PackageNotFoundError:
        return "0"


def create_app(hub: Hub) -> FastAPI:
    """The ASGI app for one open hub."""
    app = FastAPI(title="province-hub", version=hub_version(), docs_url=None, redoc_url=None,
                  openapi_url=None)
    app.state.hub = hub

    @app.exception_handler(wire.WireError)
    async def _wire_error(request: Request, exc: wire.WireError) -> JSONResponse:
        log.info("refused %s %s: %s", request.method, request.url.path, exc.code,
                 extra={"point": request.headers.get(wire.H_POINT), "code": exc.code,
                        "detail": exc.detail})
        return JSONResponse(exc.body(), status_code=exc.status,
                            headers={wire.H_HUB_TIME: str(hub_ms())})

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error in %s %s", request.method, request.url.path)
        return JSONResponse(wire.WireError("server-error", type(exc).__name__).body(), status_code=500)

    async def authed(request: Request, body: bytes = b"", defer_nonce: bool = False) -> Caller:
        path = request.scope.get("raw_path", request.url.path.encode()).decode()
        if request.scope.get("query_string"):
            path += "?" + request.scope["query_string"].decode()
        return await run_in_threadpool(hub.auth.check, request.method, path, request.headers, body, defer_nonce)

    def signed(caller: Caller, body: bytes, status: int = 200) -> Response:
        sig = hub.identity.sign(wire.response_signing_bytes(caller.nonce, wire.sha256_hex(body)))
        return Response(body, status_code=status, media_type="application/json",
                        headers={wire.H_HUB_SIGNATURE: sig, wire.H_HUB_TIME: str(hub_ms())})

    def parse(body: bytes) -> object:
        try:
            return json.loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise wire.WireError("bad-request", "body is not JSON") from exc

    @app.get("/health")
    async def health() -> dict:
        await run_in_threadpool(hub.db.ping)
        return {"status": "ok", "protocol": wire.PROTOCOL_VERSION, "version": hub_version(),
                "schema": hub.schema_version}

    @app.get("/v1/hello")
    async def hello() -> JSONResponse:
        now = hub_ms()
        return JSONResponse(wire.hello(hub.identity.public_b64, now, hub.identity.issue_challenge(now),
                                       hub.config.collect_names),
                            headers={wire.H_HUB_TIME: str(now)})

    @app.post("/v1/enroll")
    async def enroll(request: Request) -> JSONResponse:
        obj = parse(await request.body())
        if not isinstance(obj, dict):
            raise wire.WireError("bad-request", "expected an object")
        wire.check_protocol(obj.get("protocol"))
        answer = await run_in_threadpool(points.enroll, hub.db, hub.identity, str(obj.get("code", "")),
                                         str(obj.get("public_key", "")), obj.get("point"))
        return JSONResponse(answer, headers={wire.H_HUB_TIME: str(hub_ms())})

    @app.get("/v1/state")
    async def state(request: Request) -> Response:
        caller = await authed(request)
        answer = await run_in_threadpool(points.state, hub.db, caller)
        return signed(caller, wire.compact_json(answer))

    @app.post("/v1/push")
    async def push(request: Request) -> Response:
        body = await request.body()
        caller = await authed(request, body, defer_nonce=True)  # recorded in the chunk's transaction
        chunk = wire.PushChunk.from_json(parse(body))
        ack = await run_in_threadpool(records.apply_chunk, hub.db, caller, chunk, not hub.config.collect_names)
        log.info("chunk from %s", caller.point, extra={
            "point": caller.point, "from_seq": chunk.from_seq, "to_seq": chunk.to_seq,
            "rows": len(chunk.records), "applied": ack.applied})
        return signed(caller, wire.compact_json(ack.to_json()))

    @app.get("/v1/pull")
    async def pull(request: Request, stream: str, after: int = 0, limit: int = wire.CHUNK_ROWS) -> Response:
        caller = await authed(request)
        body = await run_in_threadpool(records.pull, hub.db, caller, stream, after, limit)
        return signed(caller, body)

    @app.post("/v1/media/missing")
    async def media_missing(request: Request) -> Response:
        body = await request.body()
        caller = await authed(request, body)
        obj = parse(body)
        hashes = obj.get("hashes") if isinstance(obj, dict) else None
        if not isinstance(hashes, list) or len(hashes) > 10_000:
            raise wire.WireError("bad-request", "hashes: a list of at most 10000")
        missing = await run_in_threadpool(hub.media.missing, [h for h in hashes if isinstance(h, str)])
        return signed(caller, wire.compact_json({"missing": missing}))

    @app.get("/v1/media/{sha}/upload")
    async def upload_state(request: Request, sha: str) -> Response:
        caller = await authed(request)
        _check_sha(sha)
        have = await run_in_threadpool(hub.media.upload_offset, caller.point, sha)
        return signed(caller, wire.compact_json({"have": have}))

    @app.put("/v1/media/{sha}")
    async def upload(request: Request, sha: str) -> Response:
        body = await request.body()
        caller = await authed(request, body)
        _check_sha(sha)
        if not await run_in_threadpool(hub.media.may_write, hub.db, caller.point, sha):
            raise wire.WireError("forbidden", "no row of this point refers to that file")
        result = await run_in_threadpool(hub.media.receive, hub.db, caller.point, sha,
                                         request.headers.get("content-range", ""), body)
        return signed(caller, wire.compact_json(result))

    @app.get("/v1/media/{sha}")
    async def download(request: Request, sha: str) -> Response:
        caller = await authed(request)
        _check_sha(sha)
        allowed = await run_in_threadpool(hub.media.may_read, hub.db, caller.point, sha)
        if not allowed or not hub.media.has(sha):
            raise wire.WireError("not-found", "the hub has no such file for this point")
        start, end, total = hub.media.open_range(sha, request.headers.get("range"))
        headers = {"Accept-Ranges": "bytes", "Content-Length": str(end - start + 1),
                   wire.H_HUB_TIME: str(hub_ms())}
        status = 200
        if request.headers.get("range"):
            status = 206
            headers["Content-Range"] = f"bytes {start}-{end}/{total}"
        return StreamingResponse(hub.media.iter_range(sha, start, end), status_code=status,
                                 media_type="application/octet-stream", headers=headers)

    install_dashboard(app, hub)  # the staff's pages at /, beside the /v1 sync API
    app.add_middleware(LimitsMiddleware)
    return app


def _check_sha(sha: str) -> None:
    if not wire.is_sha256(sha):
        raise wire.WireError("bad-request", "not a SHA-256")
