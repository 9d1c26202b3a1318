"""Commands that talk to the province hub: enroll, sync."""

from __future__ import annotations

import argparse
import signal
import threading

from desktop.sync import service
from desktop.sync.client import CancelToken
from desktop.sync.session import Progress

from .base import CommandFailed, Context

STAGE_VI = {"prepare": "chuẩn bị", "push": "gửi", "pull": "nhận", "media": "tệp", "finish": "xong"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("enroll", help="join the province hub with a one-time code")
    p.add_argument("code", help="the one-time code from the province, e.g. ABCD-EFGH-JKMN-PQRS, or a file holding it")
    p.add_argument("--hub", help="the hub's address, e.g. http://hub.example:8765 (default: the one stored)")
    p.set_defaults(handler=enroll)

    p = sub.add_parser("sync", help="network sync now; prints what was sent and received")
    p.set_defaults(handler=sync)


def _read_code(text: str) -> str:
    from pathlib import Path

    path = Path(text)
    if len(text) > 25 or path.suffix:
        try:
            if path.is_file():
                return path.read_text(encoding="utf-8").strip()
        except OSError:
            pass
    return text


def enroll(ctx: Context, args: argparse.Namespace) -> int:
    hub = args.hub
    if not hub and ctx.paths.exists():
        with ctx.open() as ws:
            hub = ws.store.get_meta("hub_url")
    if not hub:
        raise CommandFailed("sync-hub-url-invalid", url="")
    result = service.enroll(ctx.paths, _read_code(args.code), hub)
    ctx.emit(result, ctx.t(
        f"Đã đăng ký điểm {result['point']} với máy chủ tỉnh {result['hub']}."
        + (f" Sẽ lấy lại {result['own_records_at_hub']} bản ghi của điểm ở lần đồng bộ tới."
           if result["own_records_at_hub"] else ""),
        f"Point {result['point']} is enrolled with the province hub {result['hub']}."
        + (f" The next sync brings back its {result['own_records_at_hub']} records."
           if result["own_records_at_hub"] else "")))
    return 0


def sync(ctx: Context, args: argparse.Namespace) -> int:
    cancel = CancelToken()
    if threading.current_thread() is threading.main_thread():
        # Ctrl-C / SIGTERM stop between steps; what was sent stays sent.
        signal.signal(signal.SIGTERM, lambda *_: cancel.cancel())
    last = {"stage": ""}

    def progress(p: Progress) -> None:
        if p.stage != last["stage"] or p.stage in ("push", "pull"):
            last["stage"] = p.stage
            label = ctx.t(STAGE_VI.get(p.stage, p.stage), p.stage)
            amount = f" {p.done}" + (f"/{p.total}" if p.total else "") if p.done or p.total else ""
            ctx.say(f"  {label}{amount}")

    try:
        result = service.run_sync(ctx.paths, progress if not ctx.json else None, cancel)
    except KeyboardInterrupt:
        cancel.cancel()
        raise
    data = result.as_dict()

    def human() -> str:
        def by_table(counts: dict[str, int]) -> str:  # nothing to break down: no empty "(0)"
            return f" ({', '.join(f'{k}: {v}' for k, v in sorted(counts.items()) if v)})" if any(
                counts.values()) else ""

        sent, got = by_table(result.sent), by_table(result.received)
        lines = [
            ctx.t(f"Đã gửi {result.sent_rows} bản ghi{sent}", f"Sent {result.sent_rows} records{sent}"),
            ctx.t(f"Đã nhận {result.received_rows} bản ghi{got}",
                  f"Received {result.received_rows} records{got}"),
            ctx.t(f"Tệp: gửi {result.media_up}, nhận {result.media_down}",
                  f"Files: sent {result.media_up}, received {result.media_down}"),
            ctx.t(f"Tỉnh đã nhận đến thay đổi số {result.acked_seq}",
                  f"Province has acknowledged up to change {result.acked_seq}"),
        ]
        if result.recovered:
            lines.append(ctx.t(f"Đã lấy lại {result.recovered} bản ghi của điểm",
                               f"Recovered {result.recovered} of this point's records"))
        if result.media_failed:
            lines.append(ctx.t(f"{result.media_failed} tệp chưa tải được; sẽ thử lại lần sau",
                               f"{result.media_failed} files could not be fetched; will retry next time"))
        return "\n".join(lines)

    ctx.emit(data, human)
    return 0
