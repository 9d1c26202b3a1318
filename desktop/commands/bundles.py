"""USB sync commands: `bundle export --to DIR`, `bundle import PATH` (đồng bộ qua USB).

Both call the service API in desktop/sync/usb.py (the same one the "Sync by USB" screen uses).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.sync import usb

from .base import Context


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bundle", help="USB sync: write a bundle for the province, apply its reply")
    bsub = p.add_subparsers(dest="bundle_command", metavar="COMMAND", required=True)
    e = bsub.add_parser("export", help="write an outgoing bundle for the province (USB)")
    e.add_argument("--to", required=True, type=Path,
                   help="the stick (or any existing folder); written under COMMUNE-SYNC/<POINT>/to-province/")
    e.set_defaults(handler=export)
    i = bsub.add_parser("import", help="apply a bundle from the province")
    i.add_argument("path", type=Path,
                   help="the stick (this point's replies under COMMUNE-SYNC/<POINT>/from-province/), "
                        "or one reply bundle folder")
    i.set_defaults(handler=import_)


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{max(1, round(n / 1e3)) if n else 0} kB"


def export(ctx: Context, args: argparse.Namespace) -> int:
    r = usb.export_to(ctx.paths, args.to)
    ctx.emit(r, lambda: ctx.t(
        f"Đã ghi gói {r['bundle']}: {r['records']} bản ghi (thay đổi {r['seq_from']}..{r['seq_to']}), "
        f"{r['media_files']} tệp ({_mb(r['media_bytes'])}).\n"
        "Mang USB lên tỉnh; khi có gói trả lời, chạy `commune-point bundle import` với USB đó.",
        f"Wrote {r['bundle']}: {r['records']} records (changes {r['seq_from']}..{r['seq_to']}), "
        f"{r['media_files']} files ({_mb(r['media_bytes'])}).\n"
        "Take the stick to the province; when it comes back with a reply, run `commune-point bundle import` on it."))
    return 0


def import_(ctx: Context, args: argparse.Namespace) -> int:
    r = usb.import_from(ctx.paths, args.path)

    def human() -> str:
        lines = [ctx.t(f"Đã nhập {b['bundle']}: {b['applied']} bản ghi mới, {b['unchanged']} không đổi, "
                       f"{b['media_files']} tệp ({_mb(b['media_bytes'])}).",
                       f"Imported {b['bundle']}: {b['applied']} new records, {b['unchanged']} unchanged, "
                       f"{b['media_files']} files ({_mb(b['media_bytes'])}).") for b in r["bundles"]]
        if r["recovered"]:
            lines.append(ctx.t(f"Đã lấy lại {r['recovered']} bản ghi của điểm.",
                               f"Recovered {r['recovered']} of this point's records."))
        if r["delivered"]:
            lines.append(ctx.t(f"Tỉnh đã nhận đủ: mọi thay đổi đến số {r['acked_seq']} đã được giao.",
                               f"Delivered: the province holds every change up to {r['acked_seq']}."))
        else:
            lines.append(ctx.t(f"Tỉnh đã nhận đến thay đổi số {r['acked_seq']}; còn {r['waiting']} bản ghi "
                               "chờ gửi (xuất gói mới).",
                               f"The province holds changes up to {r['acked_seq']}; {r['waiting']} records "
                               "still wait (export a new bundle)."))
        return "\n".join(lines)

    ctx.emit(r, human)
    return 0
