"""USB sync commands: `bundle export --to DIR`, `bundle import PATH` (đồng bộ qua USB)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.sync import bundle, usb

from .base import Context


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bundle", help="USB sync: write a bundle for the province, apply its reply")
    bsub = p.add_subparsers(dest="bundle_command", metavar="COMMAND", required=True)
    e = bsub.add_parser("export", help="write an outgoing bundle for the province (USB)")
    e.add_argument("--to", required=True, type=Path, help="the stick (or any folder) to write to")
    e.set_defaults(handler=export)
    i = bsub.add_parser("import", help="apply a bundle from the province")
    i.add_argument("path", type=Path, help="a reply bundle folder, or a stick holding commune-point/<POINT>/")
    i.set_defaults(handler=import_)


def export(ctx: Context, args: argparse.Namespace) -> int:
    result = usb.export(ctx.paths, args.to)
    ctx.emit(result, ctx.t(
        f"Đã ghi gói {result['bundle']}: {result['records']} bản ghi "
        f"(thay đổi {result['seq_from']}..{result['seq_to']}).",
        f"Wrote {result['bundle']}: {result['records']} records (changes {result['seq_from']}..{result['seq_to']})."))
    return 0


def _targets(ctx: Context, path: Path) -> list[Path]:
    """A bundle folder, or every reply for this point found on a stick."""
    if (path / bundle.MANIFEST).exists() or path.name.startswith(bundle.PARTIAL):
        return [path]
    with ctx.open() as ws:
        code = ws.store.origin
    found = [p for p in bundle.find(path, code) if p.name.startswith("reply-")]
    return found or [path]


def import_(ctx: Context, args: argparse.Namespace) -> int:
    results = [usb.import_reply(ctx.paths, target) for target in _targets(ctx, args.path)]
    data = results[0] if len(results) == 1 else {"bundles": results}

    def human() -> str:
        return "\n".join(ctx.t(
            f"Đã nhập {r['bundle']}: {r['applied']} bản ghi mới, {r['unchanged']} không đổi. "
            f"Tỉnh đã nhận đến thay đổi số {r['acked_seq']}.",
            f"Imported {r['bundle']}: {r['applied']} new records, {r['unchanged']} unchanged. "
            f"Province has acknowledged up to change {r['acked_seq']}.") for r in results)

    ctx.emit(data, human)
    return 0
