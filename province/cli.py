"""`province-hub`: the province's sync hub (../shared/CLI.md): serve, point, publish, report, status."""

from __future__ import annotations

import argparse
import json
import logging
import socket
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop.sync import wire

from . import logs, overview, points
from .config import ENV_DATA_DIR, ENV_DB, resolve
from .messages import message
from .migrations import NewerDatabase
from .points import HubError

log = logging.getLogger("hub.cli")


class Parser(argparse.ArgumentParser):
    lang = "vi"

    def error(self, msg: str) -> None:  # type: ignore[override]
        prefix = "Usage error" if Parser.lang == "en" else "Lỗi cú pháp lệnh"
        hint = "see --help" if Parser.lang == "en" else "xem --help"
        print(f"{self.prog}: {prefix}: {msg} ({hint})", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> Parser:
    p = Parser(prog="province-hub", description="Province sync hub for commune IT support points.")
    p.add_argument("--data-dir", help=f"the hub's data folder: keys, media (or env {ENV_DATA_DIR})")
    p.add_argument("--db", help=f"database: a path, sqlite:///..., or postgresql://... (or env {ENV_DB})")
    p.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of messages")
    p.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    p.add_argument("--verbose", action="store_true", help="debug logging")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser, required=True)

    s = sub.add_parser("serve", help="run the sync API")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    s.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)")
    s.add_argument("--log-file", type=Path, help="also write the JSON log lines to this file")
    s.add_argument("--collect-names", action="store_true", default=None,
                   help="accept participants' names and phones from points (off by default; "
                        "or env PROVINCE_HUB_COLLECT_NAMES=1)")
    s.set_defaults(handler=cmd_serve)

    pt = sub.add_parser("point", help="register, re-key and revoke points")
    psub = pt.add_subparsers(dest="point_command", metavar="COMMAND", parser_class=Parser, required=True)
    a = psub.add_parser("add", help="register a point; prints its one-time enrolment code")
    a.add_argument("--code", required=True, help="the point's code, e.g. XA-03325")
    a.add_argument("--name", required=True, help="the point's name")
    a.add_argument("--out", type=Path, help="also write the code to this file")
    a.add_argument("--ttl-days", type=float, default=wire.ENROL_CODE_TTL_DAYS, help="days the code stays valid")
    a.set_defaults(handler=cmd_point_add)
    c = psub.add_parser("code", help="a new one-time code for a registered point (new PC, recovery)")
    c.add_argument("code", help="the point's code")
    c.add_argument("--out", type=Path, help="also write the code to this file")
    c.add_argument("--ttl-days", type=float, default=wire.ENROL_CODE_TTL_DAYS, help="days the code stays valid")
    c.set_defaults(handler=cmd_point_code)
    r = psub.add_parser("revoke", help="refuse a point's key from now on")
    r.add_argument("code", help="the point's code")
    r.set_defaults(handler=cmd_point_revoke)

    pub = sub.add_parser("publish", help="publish a material with its files to every point")
    pub.add_argument("files", nargs="+", type=Path, metavar="FILE")
    pub.add_argument("--title", required=True)
    pub.add_argument("--lang", dest="file_langs", action="append", metavar="CODE",
                     help="language of the files (ISO 639-3; once, or once per file); default vie")
    pub.add_argument("--kind", default="other", help="material kind, e.g. leaflet, handbook")
    pub.add_argument("--topic", action="append", default=[], help="topic code (repeatable)")
    pub.add_argument("--issuer", help="issuing agency")
    pub.set_defaults(handler=cmd_publish)

    b = sub.add_parser("bundle", help="USB sync: import points' bundles, export their replies")
    bsub = b.add_subparsers(dest="bundle_command", metavar="COMMAND", parser_class=Parser, required=True)
    bi = bsub.add_parser("import", help="apply points' bundles from a USB stick")
    bi.add_argument("path", type=Path, help="the stick (every point's bundles under COMMUNE-SYNC/), "
                                            "or one bundle folder")
    bi.set_defaults(handler=cmd_bundle_import)
    be = bsub.add_parser("export", help="write the reply bundles for points")
    who = be.add_mutually_exclusive_group(required=True)
    who.add_argument("--point", action="append", help="the point's code (repeatable)")
    who.add_argument("--all", action="store_true", help="every point that has sent a bundle")
    be.add_argument("--to", required=True, type=Path, help="the stick (or any existing folder) to write to")
    be.set_defaults(handler=cmd_bundle_export)

    us = sub.add_parser("user", help="province staff accounts for the dashboard")
    usub = us.add_subparsers(dest="user_command", metavar="COMMAND", parser_class=Parser, required=True)
    ua = usub.add_parser("add", help="add a dashboard account; password read from stdin")
    ua.add_argument("username", help="2-32 letters, digits, . _ or -")
    ua.add_argument("--role", required=True, choices=["staff", "admin"], help="staff or admin")
    ua.set_defaults(handler=cmd_user_add)
    up = usub.add_parser("passwd", help="set a new password (stdin); unlocks the account, ends its sessions")
    up.add_argument("username")
    up.set_defaults(handler=cmd_user_passwd)
    ul = usub.add_parser("list", help="dashboard accounts with role and lock state")
    ul.set_defaults(handler=cmd_user_list)

    rp = sub.add_parser("report", help="the period report of the whole province or one point (json, xlsx, pdf)")
    rp.add_argument("--period", required=True, help="2026, 2026-H1, 2026-H2, 2026-Q3 or 2026-01-01..2026-06-30")
    rp.add_argument("--point", help="one point's code (default: the whole province)")
    rp.add_argument("--format", dest="fmt", choices=["json", "xlsx", "pdf"], default="json",
                    help="json (to stdout without -o), xlsx or pdf (to the data folder's exports/ without -o)")
    rp.add_argument("-o", "--output", type=Path, help="the file to write")
    rp.set_defaults(handler=cmd_report)

    st = sub.add_parser("status", help="per point: last contact, rows received, acknowledged seq")
    st.set_defaults(handler=cmd_status)
    for choice in sub.choices.values():
        _json_everywhere(choice)
    return p


def _json_everywhere(parser: argparse.ArgumentParser) -> None:
    if not any("--json" in a.option_strings for a in parser._actions):
        parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                            help="print one JSON document on stdout")
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _json_everywhere(child)


def emit(args: argparse.Namespace, data: Any, human: Callable[[], str] | str) -> None:
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(human() if callable(human) else human)


def t(args: argparse.Namespace, vi: str, en: str) -> str:
    return en if args.lang == "en" else vi


def open_hub(args: argparse.Namespace):  # noqa: ANN201
    from .hub import Hub

    return Hub(resolve(args.data_dir, args.db, getattr(args, "collect_names", None)))


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .app import create_app

    logs.setup("debug" if args.verbose else "info", args.log_file)
    hub = open_hub(args)
    try:
        # proto=IPPROTO_TCP matters: asyncio turns Nagle off only on sockets that say they are
        # TCP, and with Nagle on every kept-alive response waits ~40 ms for a delayed ACK.
        sock = socket.socket(socket.AF_INET6 if ":" in args.host else socket.AF_INET, socket.SOCK_STREAM,
                             socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((args.host, args.port))
        sock.listen(2048)
    except OSError as exc:
        raise HubError("port-in-use", host=args.host, port=args.port, detail=exc.strerror) from exc
    port = sock.getsockname()[1]
    url = f"http://{args.host}:{port}"
    emit(args, {"url": url, "data_dir": str(hub.config.data_dir), "db": hub.config.safe_db_url()}, url)
    sys.stdout.flush()
    log.info("listening", extra={"url": url, "db": hub.config.safe_db_url(),
                                 "data_dir": str(hub.config.data_dir)})
    config = uvicorn.Config(create_app(hub), log_config=None, access_log=False, lifespan="off",
                            timeout_keep_alive=15, timeout_graceful_shutdown=10, backlog=2048,
                            server_header=False, limit_concurrency=2000)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        hub.close()
    return 0


def _show_code(args: argparse.Namespace, result: dict[str, Any]) -> None:
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(f"{result['enrol_code']}\n", encoding="utf-8")
        result = {**result, "file": str(args.out)}
    emit(args, result, lambda: t(
        args, f"Điểm {result['point']}: mã đăng ký một lần {result['enrol_code']} "
              f"(hết hạn {result['expires_at']})",
        f"Point {result['point']}: one-time enrolment code {result['enrol_code']} "
        f"(expires {result['expires_at']})"))


def cmd_point_add(args: argparse.Namespace) -> int:
    with open_hub(args) as hub:
        _show_code(args, points.add_point(hub.db, args.code, args.name, args.ttl_days))
    return 0


def cmd_point_code(args: argparse.Namespace) -> int:
    with open_hub(args) as hub:
        _show_code(args, points.add_point(hub.db, args.code, "", args.ttl_days, reissue=True))
    return 0


def cmd_point_revoke(args: argparse.Namespace) -> int:
    with open_hub(args) as hub:
        result = points.revoke_point(hub.db, args.code)
    emit(args, result, t(args, f"Đã thu hồi khóa của điểm {result['point']}.",
                         f"Point {result['point']}'s key is revoked."))
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from .publish import FileIn, publish_material

    langs = args.file_langs or ["vie"]
    if len(langs) not in (1, len(args.files)):
        raise HubError("lang-count", langs=len(langs), files=len(args.files))
    langs = langs * len(args.files) if len(langs) == 1 else langs
    with open_hub(args) as hub:
        result = publish_material(hub, [FileIn(f, lang) for f, lang in zip(args.files, langs, strict=True)],
                                  args.title, args.kind, args.topic, args.issuer)
    emit(args, result, t(args, f"Đã phát hành \"{result['title']}\" ({len(result['files'])} tệp) đến mọi điểm.",
                         f"Published \"{result['title']}\" ({len(result['files'])} files) to every point."))
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from .bundles import import_bundle, import_stick, is_bundle

    def line(r: dict[str, Any]) -> str:
        return t(args, f"Đã nhập gói của điểm {r['point']}: {r['records']} bản ghi ({r['applied']} mới), "
                       f"{r['media_files']} tệp; đã nhận đến thay đổi {r['acked_seq']}.",
                 f"Imported point {r['point']}'s bundle: {r['records']} records ({r['applied']} new), "
                 f"{r['media_files']} files; acknowledged up to change {r['acked_seq']}.")

    with open_hub(args) as hub:
        if is_bundle(args.path):
            result = import_bundle(hub, args.path)
            overview.log_bundles(hub.db, [result], overview.USB_IMPORT)  # the dashboard's "last contact: USB"
            emit(args, result, lambda: line(result))
            return 0
        many = import_stick(hub, args.path)
        overview.log_bundles(hub.db, many["bundles"], overview.USB_IMPORT)
    emit(args, many, lambda: "\n".join(line(r) for r in many["bundles"]))
    for f in many["failed"]:
        print(f"province-hub: {f['bundle']}: {message(f['code'], args.lang, **f['params'])}", file=sys.stderr)
    return 1 if many["failed"] else 0


def cmd_bundle_export(args: argparse.Namespace) -> int:
    from .bundles import export_replies, export_reply

    def line(r: dict[str, Any]) -> str:
        return t(args, f"Đã ghi gói trả lời {r['bundle']}: {r['records']} bản ghi, {r['media_files']} tệp.",
                 f"Wrote the reply bundle {r['bundle']}: {r['records']} records, {r['media_files']} files.")

    with open_hub(args) as hub:
        if args.point and len(args.point) == 1:
            result = export_reply(hub, args.point[0], args.to)
            overview.log_bundles(hub.db, [result], overview.USB_REPLY)
            emit(args, result, lambda: line(result))
            return 0
        many = export_replies(hub, None if args.all else args.point, args.to)
        overview.log_bundles(hub.db, many["bundles"], overview.USB_REPLY)
    emit(args, many, lambda: "\n".join(line(r) for r in many["bundles"]))
    for f in many["failed"]:
        print(f"province-hub: {f['point']}: {message(f['code'], args.lang, **f['params'])}", file=sys.stderr)
    return 1 if many["failed"] else 0


def read_password(args: argparse.Namespace) -> str:
    """One line from stdin; a terminal is asked twice, without echo."""
    if sys.stdin is None:
        raise HubError("password-missing")
    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass(t(args, "Mật khẩu: ", "Password: "))
        if first != getpass.getpass(t(args, "Nhập lại mật khẩu: ", "Repeat password: ")):
            raise HubError("password-mismatch")
        return first
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise HubError("password-missing")
    return line


def cmd_user_add(args: argparse.Namespace) -> int:
    from .staff import add_user

    password = read_password(args)
    with open_hub(args) as hub:
        result = add_user(hub.db, args.username, password, args.role)
    emit(args, result, t(args, f"Đã tạo tài khoản {result['username']} ({result['role']}).",
                         f"Account {result['username']} ({result['role']}) created."))
    return 0


def cmd_user_passwd(args: argparse.Namespace) -> int:
    from .staff import set_password

    password = read_password(args)
    with open_hub(args) as hub:
        result = set_password(hub.db, args.username, password)
    emit(args, result, t(args, f"Đã đổi mật khẩu của {result['username']} (mở khóa, đăng xuất mọi phiên).",
                         f"New password for {result['username']} (unlocked, every session ended)."))
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    from .staff import list_users

    with open_hub(args) as hub:
        users = list_users(hub.db)
    emit(args, users, lambda: "\n".join(
        f"{u['username']}\t{u['role']}" + (t(args, "\tđang khóa", "\tlocked") if u["locked"] else "") for u in users)
        or t(args, "Chưa có tài khoản nào.", "No accounts yet."))
    return 0


STATUS_VI = {"pending": "chờ đăng ký", "active": "hoạt động", "revoked": "đã thu hồi"}


def cmd_status(args: argparse.Namespace) -> int:
    with open_hub(args) as hub:
        data = {"points": points.status(hub.db), "db": hub.config.safe_db_url(),
                "schema_version": hub.schema_version}

    def human() -> str:
        if not data["points"]:
            return t(args, "Chưa có điểm nào.", "No points yet.")
        head = t(args, ("Mã điểm", "Trạng thái", "Liên lạc gần nhất", "Đã nhận đến", "Số bản ghi", "Tên điểm"),
                 ("Point", "Status", "Last contact", "Acknowledged", "Rows", "Name"))
        table = [head]
        for p in data["points"]:
            status = STATUS_VI.get(p["status"], p["status"]) if args.lang != "en" else p["status"]
            table.append((p["point"], status, p["last_contact"] or "-", f"seq {p['acknowledged_seq']}",
                          str(sum(p["rows"].values())), p["name"]))
        widths = [max(len(row[i]) for row in table) for i in range(len(head) - 1)]
        return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[-1]
                         for row in table)

    emit(args, data, human)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    import desktop.reports.period_report as writers

    from .report_data import parse_period, point_report, province_report

    period = parse_period(args.period)  # a bad period fails before the database is opened
    with open_hub(args) as hub:
        report = point_report(hub.db, period, args.point) if args.point else province_report(hub.db, period)
        exports = hub.config.data_dir / "exports"
    if args.fmt == "json" and args.output is None:
        sys.stdout.write(writers.write_json(report) + "\n")
        return 0
    path = args.output
    if path is None:
        exports.mkdir(parents=True, exist_ok=True)
        path = exports / writers.default_name(report, args.fmt)
    writers.write(report, args.fmt, path)
    emit(args, {"file": str(path), "period": period.label, "format": args.fmt,
                "point": report["point"]["code"] if args.point else None, "empty": report["empty"]},
         str(path))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--lang" in argv and argv.index("--lang") + 1 < len(argv):
        Parser.lang = argv[argv.index("--lang") + 1]
    args = build_parser().parse_args(argv)
    if args.command != "serve":
        # Commands keep stderr to one line; details go to the log file in the data folder.
        cfg = resolve(args.data_dir, args.db)
        logs.setup("debug" if args.verbose else "warning", cfg.data_dir / "logs" / "province-hub.log",
                   stderr=False)
    try:
        return int(args.handler(args) or 0)
    except HubError as exc:
        print(f"province-hub: {message(exc.code, args.lang, **exc.params)}", file=sys.stderr)
        return 1
    except NewerDatabase as exc:
        print(f"province-hub: {message('newer-database', args.lang, found=exc.found, supported=exc.supported)}",
              file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1
    except Exception as exc:  # noqa: BLE001 - one line for the user, details in the log
        from .db import unreachable_detail

        detail = unreachable_detail(exc)
        if detail is not None:
            cfg = resolve(args.data_dir, args.db)
            print(f"province-hub: {message('db-unreachable', args.lang, url=cfg.safe_db_url(), detail=detail)}",
                  file=sys.stderr)
            return 1
        if isinstance(exc, OSError):
            print(f"province-hub: {t(args, 'Lỗi tệp hoặc ổ đĩa', 'File or disk error')}: {exc}", file=sys.stderr)
            return 1
        log.exception("command failed")
        print(f"province-hub: {message('bug', args.lang, detail=type(exc).__name__)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
