"""Commands about the point itself: init, demo, user, status, backup, restore, check."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.core import changes, demo, maintenance
from desktop.core.workspace import Workspace

from .base import CommandFailed, Context, read_password


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a new point's data folder")
    p.add_argument("--point", required=True, help="the point's code, e.g. XA-03325")
    p.add_argument("--name", required=True, help="the point's name")
    p.add_argument("--province", help="province code (2 digits)")
    p.add_argument("--commune", help="commune code (5 digits)")
    p.set_defaults(handler=init)

    p = sub.add_parser("demo", help="fill the data folder with the demo data set")
    p.add_argument("--materials", type=int, default=40, help="generated materials (default 40)")
    p.add_argument("--visits", type=int, default=1500, help="generated visits (default 1500)")
    p.add_argument("--trainings", type=int, default=12, help="generated trainings (default 12)")
    p.add_argument("--participants", type=int, default=150, help="generated participants")
    p.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    p.set_defaults(handler=demo_cmd)

    p = sub.add_parser("user", help="operator accounts")
    usub = p.add_subparsers(dest="user_command", required=True, metavar="COMMAND")
    a = usub.add_parser("add", help="add an account; password read from stdin")
    a.add_argument("username")
    a.add_argument("--role", required=True, choices=["admin", "operator"])
    a.add_argument("--full-name", help="the person's full name")
    a.set_defaults(handler=user_add)
    ls = usub.add_parser("list", help="list accounts")
    ls.set_defaults(handler=user_list)

    p = sub.add_parser("status", help="counts, last sync, what the province acknowledged")
    p.set_defaults(handler=status)

    p = sub.add_parser("backup", help="write a consistent copy of the database")
    p.add_argument("--to", type=Path, help="folder for the copy (default: the backups folder)")
    p.set_defaults(handler=backup)

    p = sub.add_parser("restore", help="replace the database with a backup")
    p.add_argument("file", type=Path, help="a backup file made by `backup`")
    p.set_defaults(handler=restore)

    p = sub.add_parser("check", help="integrity check of the database and media store")
    p.set_defaults(handler=check)


def init(ctx: Context, args: argparse.Namespace) -> int:
    ws = Workspace.create(ctx.paths, args.point, args.name, args.province, args.commune)
    with ws:
        info = ws.point
        ctx.emit({"point": info.code, "name": info.name, "data_dir": str(ctx.paths.root)},
                 ctx.t(f"Đã tạo điểm hỗ trợ {info.code} ({info.name}) tại {ctx.paths.root}",
                       f"Created support point {info.code} ({info.name}) in {ctx.paths.root}"))
    return 0


def demo_cmd(ctx: Context, args: argparse.Namespace) -> int:
    sizes = demo.DemoSizes(materials=args.materials, visits=args.visits,
                           trainings=args.trainings, participants=args.participants,
                           seed=args.seed)
    for name in ("materials", "visits", "trainings", "participants"):
        if getattr(sizes, name) < 0:
            raise CommandFailed("count-negative", name=name)
    with demo.open_or_create(ctx.paths) as ws:
        seeds = demo.import_seed_documents(ws)
        made = demo.generate(ws, sizes, progress=lambda step: print(
            ctx.t(f"… đang tạo: {DEMO_STEPS_VI.get(step, step)}", f"… generating: {step}"),
            file=sys.stderr, flush=True))
        made["seed_documents"] = len(seeds)
        ctx.emit({"point": ws.point.code, "data_dir": str(ctx.paths.root), "added": made},
                 ctx.t(f"Dữ liệu mẫu sẵn sàng tại {ctx.paths.root}: {_made_text(made, 'vi')}.",
                       f"Demo data ready in {ctx.paths.root}: {_made_text(made, 'en')}."))
    return 0


# What `demo` made, in words: (Vietnamese, English) per kind of row, in the order shown.
DEMO_KINDS = {
    "material": ("tài liệu", "materials"), "participant": ("học viên", "participants"),
    "training": ("lớp bồi dưỡng", "trainings"), "attendance": ("lượt điểm danh", "attendances"),
    "visit": ("lượt phục vụ", "visits"), "material_use": ("lượt dùng tài liệu", "material uses"),
    "feedback": ("ý kiến", "opinions"), "plan_target": ("chỉ tiêu kế hoạch", "plan targets"),
    "seed_documents": ("văn bản kế hoạch của tỉnh", "provincial plan documents"),
}
DEMO_STEPS_VI = {"materials": "tài liệu", "participants": "học viên", "trainings": "lớp bồi dưỡng",
                 "visits": "lượt phục vụ", "material use": "lượt dùng tài liệu", "opinions": "ý kiến"}


def _made_text(made: dict[str, int], lang: str) -> str:
    """'1.500 lượt phục vụ, 20 ý kiến, ...' (Vietnamese digit grouping) or '1,500 visits, ...'."""
    sep = "." if lang == "vi" else ","
    parts = []
    for kind, count in made.items():
        vi, en = DEMO_KINDS.get(kind, (kind, kind))
        parts.append(f"{count:,}".replace(",", sep) + " " + (vi if lang == "vi" else en))
    return ", ".join(parts)


def user_add(ctx: Context, args: argparse.Namespace) -> int:
    password = read_password(ctx)
    with ctx.open() as ws:
        user = ws.accounts.add(args.username, password, args.role, args.full_name)
    ctx.emit({"username": user.username, "role": user.role},
             ctx.t(f"Đã thêm tài khoản {user.username} ({user.role}).",
                   f"Added account {user.username} ({user.role})."))
    return 0


def user_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as ws:
        users = ws.accounts.list()
    ctx.emit([{"username": u.username, "role": u.role, "full_name": u.full_name} for u in users],
             lambda: "\n".join(f"{u.username}\t{u.role}\t{u.full_name or ''}" for u in users))
    return 0


def status(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as ws:
        data = ws.status()
        # Own rows the province has not acknowledged (rows received from it never count).
        data["waiting"] = changes.waiting_count(ws.store, data["acknowledged_seq"], ws.store.origin)
        data["delivered"] = data["enrolled"] and data["waiting"] == 0

    def human() -> str:
        p = data["point"]
        lines = [f"{p['code']} — {p['name']}", ctx.t("Số bản ghi:", "Records:")]
        lines += [f"  {k}: {v}" for k, v in data["counts"].items()]
        lines.append(ctx.t("Đồng bộ lần cuối: ", "Last sync: ")
                     + (data["last_sync"] or ctx.t("chưa bao giờ", "never")))
        lines.append(ctx.t(f"Tỉnh đã nhận đến thay đổi số {data['acknowledged_seq']} "
                           f"/ {data['local_seq']}",
                           f"Province has acknowledged up to change {data['acknowledged_seq']} "
                           f"of {data['local_seq']}"))
        if data["delivered"]:
            lines.append(ctx.t("Đã giao: tỉnh đã nhận mọi bản ghi của điểm.",
                               "Delivered: the province holds every record of this point."))
        elif data["enrolled"]:
            lines.append(ctx.t(f"Chờ gửi lên tỉnh: {data['waiting']} bản ghi (đồng bộ mạng hoặc xuất gói USB).",
                               f"Waiting for the province: {data['waiting']} records (sync, or export a USB bundle)."))
        return "\n".join(lines)

    ctx.emit(data, human)
    return 0


def backup(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as ws:
        target = maintenance.backup(ws.store, ws.paths, args.to)
    ctx.emit({"backup": str(target), "size": target.stat().st_size},
             ctx.t(f"Đã sao lưu vào {target}", f"Backup written to {target}"))
    return 0


def restore(ctx: Context, args: argparse.Namespace) -> int:
    if not ctx.paths.exists():
        ctx.paths.ensure()
    saved = maintenance.restore(ctx.paths, args.file)
    ctx.emit({"restored": str(args.file), "previous_saved_to": str(saved)},
             ctx.t(f"Đã khôi phục từ {args.file}. Dữ liệu trước đó được giữ tại {saved}",
                   f"Restored from {args.file}. The previous data is kept at {saved}"))
    return 0


def check(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as ws:
        report = maintenance.check(ws.store, ws.paths)
    data = report.as_dict()
    ctx.emit(data, lambda: ctx.t(
        f"Cơ sở dữ liệu: {'tốt' if not report.database_problems else report.database_problems}; "
        f"tệp tài liệu đã kiểm tra: {report.media_checked}, thiếu: {len(report.missing_media)}, "
        f"hỏng: {len(report.damaged_media)}",
        f"Database: {'ok' if not report.database_problems else report.database_problems}; "
        f"media files checked: {report.media_checked}, missing: {len(report.missing_media)}, "
        f"damaged: {len(report.damaged_media)}"))
    if not report.ok:
        problems = (len(report.database_problems) + len(report.missing_media)
                    + len(report.damaged_media))
        raise CommandFailed("check-failed", count=problems)
    return 0
