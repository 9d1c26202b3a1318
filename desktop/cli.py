"""`commune-point`: the app window with no command, or a headless command (../shared/CLI.md)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from desktop import __version__, cli_i18n
from desktop.core import logs
from desktop.core.paths import ENV_DATA_DIR, resolve

# Command modules are imported only when a command runs: opening the window must not pay
# for the sync client's HTTP stack or the report writers (start-up budget, DESIGN.md s7).
COMMAND_MODULES = ["point", "activity", "sync", "bundles", "materials", "reports"]


class Parser(argparse.ArgumentParser):
    """Usage errors: one line in the user's language, exit code 2."""

    lang = "vi"

    def error(self, msg: str) -> None:  # type: ignore[override]
        prefix = "Lỗi cú pháp lệnh" if Parser.lang != "en" else "Usage error"
        hint = "xem --help" if Parser.lang != "en" else "see --help"
        print(f"{self.prog}: {prefix}: {msg} ({hint})", file=sys.stderr)
        raise SystemExit(2)


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", help=f"the point's data folder (or env {ENV_DATA_DIR})")
    parser.add_argument("--lang", choices=["vi", "en"], default="vi",
                        help="language of messages (default vi)")
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    parser.add_argument("--verbose", action="store_true", help="more detail in the log")
    parser.add_argument("--demo-session", action="store_true",
                        help="open the window straight into an operator session (demo data only)")


def build_parser() -> Parser:
    import importlib

    parser = Parser(prog="commune-point",
                    description="Commune IT support point (điểm hỗ trợ ứng dụng CNTT).")
    parser.add_argument("--version", action="version", version=f"commune-point {__version__}")
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"desktop.commands.{name}").register(sub)
    # A --json after the command name works too (commune-point status --json).
    for choice in sub.choices.values():
        _add_json_everywhere(choice)
    return cli_i18n.localise(parser, Parser.lang)


def _add_json_everywhere(parser: argparse.ArgumentParser) -> None:
    if not any("--json" in a.option_strings for a in parser._actions):
        parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                            help="print one JSON document on stdout")
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _add_json_everywhere(child)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    Parser.lang = "vi"
    if "--lang" in argv and argv.index("--lang") + 1 < len(argv):
        Parser.lang = argv[argv.index("--lang") + 1]
    Parser.lang = next((a.split("=", 1)[1] for a in argv if a.startswith("--lang=")), Parser.lang)
    cli_i18n.use_language(Parser.lang)  # argparse's own sentences (usage errors, --help headings)
    # A command's own options may share a global's name (material add --lang khm): only a
    # command line that is nothing but global options opens the window this quick way.
    window_only = Parser(add_help=False, exit_on_error=False)
    _global_options(window_only)
    try:
        known, rest = window_only.parse_known_args(argv)
    except argparse.ArgumentError:
        known, rest = None, argv
    # The window speaks the language saved for the point unless --lang is given.
    lang_given = any(a == "--lang" or a.startswith("--lang=") for a in argv)
    if not rest and known is not None:
        return _open_window(resolve(known.data_dir), known, lang_given)
    args = build_parser().parse_args(argv)
    paths = resolve(args.data_dir)
    if args.command is None:
        return _open_window(paths, args, lang_given)
    from desktop.commands.base import Context, fail_line
    from desktop.core.errors import PointError

    ctx = Context(paths=paths, lang=args.lang, json=args.json)
    logs.setup(paths if paths.root.exists() else None, args.verbose)
    try:
        return int(args.handler(ctx, args) or 0)
    except PointError as exc:
        print(f"commune-point: {fail_line(exc, ctx.lang)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"commune-point: {ctx.t('Đã dừng theo yêu cầu.', 'Stopped on request.')}",
              file=sys.stderr)
        return 1
    except OSError as exc:
        logging.getLogger("point.cli").exception("command failed")
        print(f"commune-point: {ctx.t('Lỗi tệp hoặc ổ đĩa', 'File or disk error')}: "
              f"{exc.strerror or exc} ({getattr(exc, 'filename', '') or ''})", file=sys.stderr)
        return 1


def _open_window(paths, args: argparse.Namespace, lang_given: bool) -> int:  # noqa: ANN001
    logs.setup(paths if paths.root.exists() else None, args.verbose)
    from desktop.ui.app import run  # Qt is imported only when a window is wanted

    demo_session = args.demo_session or os.environ.get("COMMUNE_POINT_DEMO_SESSION") == "1"
    return run(paths, lang=args.lang if lang_given else None, demo_session=demo_session)


if __name__ == "__main__":
    sys.exit(main())
