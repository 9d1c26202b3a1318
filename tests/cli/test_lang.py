"""`commune-point --lang vi|en`: error lines, usage errors and --help in the chosen language.

Every error code the CLI can print has both sentences (a scan of the code base finds the
codes), real commands print them in the language asked for, and --help of every command
is Vietnamese with --lang vi (the default) and English with --lang en.
"""

from __future__ import annotations

import argparse
import ast
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from desktop import cli_i18n
from desktop.cli import Parser, build_parser, main
from desktop.commands.base import fail_line
from desktop.core.errors import PointError
from desktop.messages import MESSAGES, message

REPO = Path(__file__).resolve().parents[2]
VIETNAMESE = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)
ERROR_CLASSES = re.compile(r"\w*Error|NotFound|CommandFailed|BundleRefused")
CODE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def raised_codes() -> dict[str, str]:
    """Every literal error code the point's code raises, with one place it comes from.

    Hub refusals reach the point as WireError codes, which the client prefixes with sync-.
    """
    codes: dict[str, str] = {}
    for path in sorted((REPO / "desktop").rglob("*.py")) + sorted((REPO / "province").rglob("*.py")):
        in_desktop = path.is_relative_to(REPO / "desktop")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str) and CODE.fullmatch(first.value)):
                continue
            where = f"{path.relative_to(REPO)}:{node.lineno}"
            if name == "WireError":
                codes.setdefault(f"sync-{first.value}", where)
            elif in_desktop and ERROR_CLASSES.fullmatch(name):
                codes.setdefault(first.value, where)
    return codes


def test_every_error_code_has_a_sentence_in_both_languages():
    codes = raised_codes()
    assert len(codes) > 100  # the scan works
    missing = {code: where for code, where in codes.items() if code not in MESSAGES}
    assert not missing, f"add these codes to desktop/messages.py: {missing}"


@pytest.mark.parametrize("code", sorted(raised_codes()))
def test_the_cli_prints_each_code_in_the_language_asked_for(code):
    params = dict.fromkeys(re.findall(r"\{(\w+)\}", " ".join(MESSAGES[code])), "X-1")
    vi, en = fail_line(PointError(code, **params), "vi"), fail_line(PointError(code, **params), "en")
    assert vi == message(code, "vi", **params) and en == message(code, "en", **params)
    assert vi != en and "{" not in vi + en
    assert VIETNAMESE.search(vi), f"{code}: the Vietnamese sentence has no Vietnamese letters: {vi}"
    assert not VIETNAMESE.search(en.replace("đồng", "")), f"{code}: the English sentence is Vietnamese: {en}"


# -- real commands ------------------------------------------------------------------------
def sentence_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{\w+\}", template)
    return re.compile(".*?".join(re.escape(p) for p in parts))


def which_code(line: str, lang: str) -> str | None:
    """The message code whose sentence (in lang) this error line is."""
    index = 1 if lang == "en" else 0
    text = line.removeprefix("commune-point: ")
    matches = [c for c, pair in MESSAGES.items() if sentence_pattern(pair[index]).fullmatch(text)]
    # The most specific template wins ("{detail}" alone matches anything).
    return max(matches, key=lambda c: len(MESSAGES[c][index]), default=None)


@pytest.fixture
def point(cli):
    assert cli("init", "--point", "XA-03325", "--name", "Điểm hỗ trợ xã Mường Phăng").code == 0
    return cli


SYNC_LOCK_COMMANDS = {"sync", "enroll", "bundle"}
FAILURES = [
    ("init", "--point", "xã 1", "--name", "Điểm"),
    ("init", "--point", "XA-03325", "--name", "Điểm"),  # exists already
    ("init", "--point", "XA-2", "--name", "Điểm", "--province", "99"),
    ("init", "--point", "XA-2", "--name", "Điểm", "--commune", "99999"),
    ("init", "--point", "XA-2", "--name", " "),
    ("user", "add", "có dấu", "--role", "admin"),
    ("user", "add", "thu.ngan", "--role", "admin"),  # stdin: a short password
    ("visit", "add", "--purpose", "shopping"),
    ("visit", "add", "--purpose", "info", "--age-band", "70-80"),
    ("visit", "list", "--period", "2026-H3"),
    ("training", "show", "no-such-id"),
    ("participant", "add", "--name", "Lò Văn A", "--sex", "male", "--birth-year", "1850"),
    ("sync",),
    ("enroll", "ABC", "--hub", "http://127.0.0.1:9"),
    ("enroll", "ABCD-EFGH-JKMN-PQRS", "--hub", "ftp://hub"),
    ("restore", "/no/such/backup.sqlite3"),
    ("bundle", "import", "/no/such/bundle"),
]


def test_real_commands_fail_with_one_line_in_the_language_asked_for(point, tmp_path):
    covered: dict[str, str] = {}
    runs = [(args, lang) for args in FAILURES for lang in ("vi", "en")]
    # Independent processes run side by side, except the ones that take the point's sync lock
    # (sync, enroll, bundle): two of those at once would rightly answer "another sync is running".
    locking = [r for r in runs if r[0][0] in SYNC_LOCK_COMMANDS]
    with ThreadPoolExecutor(max_workers=8) as pool:
        side_by_side = [r for r in runs if r not in locking]
        results = dict(zip(side_by_side, pool.map(lambda r: point("--lang", r[1], *r[0], stdin="abc\n"),
                                                  side_by_side), strict=True))
    results.update({r: point("--lang", r[1], *r[0], stdin="abc\n") for r in locking})
    for args in FAILURES:
        lines = {}
        for lang in ("vi", "en"):
            result = results[(args, lang)]
            assert result.code == 1, (args, lang, result.err)
            assert result.out == "" and len(result.err.splitlines()) == 1, (args, result.err)
            lines[lang] = result.err.strip()
        code_vi, code_en = which_code(lines["vi"], "vi"), which_code(lines["en"], "en")
        assert code_vi is not None and code_vi == code_en, (args, lines)
        assert VIETNAMESE.search(lines["vi"]) and lines["vi"] != lines["en"]
        covered[code_vi] = " ".join(args)
    assert len(covered) >= 14, covered  # distinct codes, not one sentence many times
    # A missing data folder, the first thing a new user meets.
    for lang, code in (("vi", "no-database"), ("en", "no-database")):
        result = point("--lang", lang, "status", data_dir=tmp_path / "nothing")
        assert which_code(result.err.strip(), lang) == code


@pytest.mark.parametrize(("args", "vi", "en"), [
    (("init", "--name", "Điểm"), "thiếu các tham số bắt buộc: --point",
     "the following arguments are required: --point"),
    (("no-such-command",), "lựa chọn không hợp lệ: 'no-such-command'", "invalid choice: 'no-such-command'"),
    (("demo", "--visits", "many"), "giá trị int không hợp lệ: 'many'", "invalid int value: 'many'"),
    (("status", "--nonsense"), "không hiểu các tham số: --nonsense", "unrecognized arguments: --nonsense"),
    (("visit", "add", "--purpose"), "cần một giá trị", "expected one argument"),
])
def test_usage_errors_in_the_language_asked_for(cli, args, vi, en):
    for lang, needle, prefix in (("vi", vi, "Lỗi cú pháp lệnh"), ("en", en, "Usage error")):
        result = cli("--lang", lang, *args)
        assert result.code == 2 and len(result.err.splitlines()) == 1, result.err
        assert prefix in result.err and needle in result.err, result.err
    assert "Lỗi cú pháp lệnh" in cli(*args).err  # Vietnamese is the default


# -- --help -----------------------------------------------------------------------------
def english_parser() -> argparse.ArgumentParser:
    Parser.lang = "en"
    cli_i18n.use_language("en")
    try:
        return build_parser()
    finally:
        Parser.lang = "vi"


def command_paths(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = [path]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                paths += command_paths(child, (*path, name))
    return paths


def test_every_help_text_has_a_vietnamese_translation():
    texts = cli_i18n.help_texts(english_parser())
    assert len(texts) > 100
    missing = [t for t in texts if t not in cli_i18n.HELP_VI]
    assert not missing, f"add to desktop/cli_i18n.py HELP_VI: {missing}"
    same = [t for t in texts if cli_i18n.HELP_VI[t] == t]
    assert not same, same


def flat(text: str) -> str:
    return "".join(text.split())  # argparse wraps lines, even inside "public-service"


def test_help_of_every_command_in_both_languages(capsys):
    english = english_parser()
    paths = command_paths(english)
    assert len(paths) > 30  # every command and sub-command
    by_path = {}
    for path in paths:
        parser = english
        for name in path:
            sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
            parser = sub.choices[name]
        by_path[path] = [a.help for a in parser._actions if a.help and a.help is not argparse.SUPPRESS]
    for path, helps in by_path.items():
        for lang in ("vi", "en"):
            with pytest.raises(SystemExit) as done:
                main(["--lang", lang, *path, "--help"])
            assert done.value.code == 0
            out = flat(capsys.readouterr().out)
            heading = "cáchdùng:" if lang == "vi" else "usage:"
            assert out.startswith(heading), (path, out[:80])
            for text in helps:
                shown = flat(cli_i18n.HELP_VI[text] if lang == "vi" else text)
                assert shown in out, (path, lang, shown)
            if lang == "vi":
                assert "tùychọn:" in out and "options:" not in out and "showthishelp" not in out
    cli_i18n.use_language("vi")


def test_help_as_a_real_process(cli):
    vi, en = cli("--help"), cli("--lang", "en", "--help")
    assert vi.code == en.code == 0
    assert vi.out.startswith("cách dùng: commune-point") and "tham gia máy chủ tỉnh bằng mã dùng một lần" in vi.out
    assert en.out.startswith("usage: commune-point") and "join the province hub with a one-time code" in en.out
