"""Rules of the code base, checked by reading the source (STYLE.md: "checked by a test,
not by goodwill"): where Qt and SQL may appear, what the hub may import, that every
command is documented, and that every error code has a sentence in both languages."""

from __future__ import annotations

import argparse
import ast
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import desktop.messages
from desktop.cli import build_parser

REPO = Path(__file__).resolve().parents[1]
QT_PACKAGES = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2"}
SQL_DRIVERS = {"sqlite3", "sqlite_utils", "sqlalchemy", "apsw"}
# The hub's shells (HTTP app, command line, dashboard): they call the hub's services.
PROVINCE_SHELLS = ("province/app.py", "province/cli.py", "province/dashboard*", "province/dashboard/*",
                   "province/web*", "province/web/*")
# Where the point keeps no SQL at all: it calls desktop/core.
DESKTOP_NO_SQL = ("desktop/ui/*", "desktop/commands/*", "desktop/reports/*", "desktop/sync/*",
                  "desktop/cli.py")
SQL_TEXT = re.compile(r"\b(SELECT|INSERT INTO|INSERT OR \w+ INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE"
                      r"|CREATE INDEX|DROP TABLE|ALTER TABLE|PRAGMA)\b")
ERROR_BASES = {"PointError"}


@dataclass(frozen=True)
class Source:
    path: Path
    rel: str  # "desktop/core/store.py"
    module: str  # "desktop.core.store"
    tree: ast.Module

    def matches(self, *patterns: str) -> bool:
        return any(Path(self.rel).match(p) or self.rel == p for p in patterns)


def _sources() -> list[Source]:
    found = []
    for top in ("desktop", "province"):
        for path in sorted((REPO / top).rglob("*.py")):
            rel = path.relative_to(REPO).as_posix()
            parts = rel[:-3].split("/")
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found.append(Source(path, rel, ".".join(parts), ast.parse(path.read_text("utf-8"), rel)))
    return found


SOURCES = _sources()


def imports(src: Source) -> Iterator[tuple[int, str]]:
    """(line, absolute module name) for every import, importlib call and __import__ call."""
    package = src.module if src.rel.endswith("__init__.py") else src.module.rpartition(".")[0]
    for node in ast.walk(src.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            yield node.lineno, name
            for alias in node.names:  # "from desktop import ui" imports desktop.ui
                yield node.lineno, f"{name}.{alias.name}"
        elif isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in {"import_module", "__import__"} and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    yield node.lineno, arg.value


def top(name: str) -> str:
    return name.split(".")[0]


def violations(rule) -> list[str]:
    return [f"{src.rel}:{line} imports {name}" for src in SOURCES for line, name in imports(src)
            if rule(src, name)]


def test_the_sources_were_found():
    names = {src.rel for src in SOURCES}
    assert {"desktop/core/store.py", "desktop/cli.py", "desktop/ui/__init__.py"} <= names


# -- (a) Qt only in desktop/ui; the hub imports only the wire format of desktop ---------
def test_only_desktop_ui_imports_qt():
    assert violations(lambda src, name: top(name) in QT_PACKAGES and not src.matches("desktop/ui/*")) == []


def test_core_sync_and_reports_never_import_the_ui():
    # desktop/cli.py may start the window (it imports desktop.ui lazily, for that only).
    assert violations(lambda src, name: (name == "desktop.ui" or name.startswith("desktop.ui."))
                      and not src.matches("desktop/ui/*", "desktop/cli.py")) == []


def test_the_hub_imports_nothing_of_desktop_but_the_wire_format():
    # "from desktop.sync import wire": the shared wire format, and the USB bundle format (issue 6).
    # The province report (issue 7) reuses the point's report writers, which only lay out a plain
    # dict with openpyxl/ReportLab (no Qt, no SQL), the reference lists (CSV files, standard
    # library only) for the codes' names, and the period syntax, so both sides read and print a
    # period the same way. Staff accounts hash passwords as the point's accounts do
    # (desktop/core/passwords.py, standard library only).
    allowed = {"desktop.sync.wire", "desktop.sync.bundle", "desktop.sync",
               "desktop.reports.period_report", "desktop.reports.period_pdf",
               "desktop.core.reference", "desktop.core.periods", "desktop.core.passwords"}

    def bad(src: Source, name: str) -> bool:
        if not src.rel.startswith("province/") or top(name) != "desktop":
            return False
        return name not in allowed or (name == "desktop.sync" and not _imports_only_wire(src))

    assert violations(bad) == []


def _imports_only_wire(src: Source) -> bool:
    return all(alias.name in ("wire", "bundle") for node in ast.walk(src.tree)
               if isinstance(node, ast.ImportFrom) and node.module == "desktop.sync" and not node.level
               for alias in node.names)


# -- (b) SQL only in the store layers ---------------------------------------------------
def test_sql_drivers_only_in_the_store_layers():
    def bad(src: Source, name: str) -> bool:
        if top(name) not in SQL_DRIVERS:
            return False
        if src.rel.startswith("desktop/"):
            return not src.matches("desktop/core/*")
        return src.matches(*PROVINCE_SHELLS)

    assert violations(bad) == []


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def test_no_sql_text_outside_the_store_layers():
    found = []
    for src in SOURCES:
        if not src.matches(*DESKTOP_NO_SQL, *PROVINCE_SHELLS):
            continue
        docs = _docstrings(src.tree)
        for node in ast.walk(src.tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
                    and SQL_TEXT.search(node.value)):
                found.append(f"{src.rel}:{node.lineno}: {node.value[:60]!r}")
    assert found == []


def test_the_sql_text_check_would_catch_sql():
    assert SQL_TEXT.search("SELECT id FROM visit WHERE day = ?")
    assert SQL_TEXT.search("UPDATE visit SET deleted = 1")
    assert not SQL_TEXT.search("Chọn tệp để nhập (select a file)")


# -- (c) every command documented, with help -------------------------------------------
def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[str, str | None, bool]]:
    """(command path, help, has sub-commands) for every command under the parser."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, child in action.choices.items():
                nested = any(isinstance(a, argparse._SubParsersAction) for a in child._actions)
                yield " ".join((*path, name)), helps.get(name), nested
                yield from _commands(child, (*path, name))


def _parsers() -> list[tuple[str, argparse.ArgumentParser]]:
    found = [("commune-point", build_parser())]
    try:
        from province.cli import build_parser as hub_parser
    except ImportError:  # the hub's CLI may not exist in every checkout
        return found
    return [*found, ("province-hub", hub_parser())]


COMMANDS = [(prog, path, help_, nested) for prog, parser in _parsers()
            for path, help_, nested in _commands(parser)]


def _readme_spans(prog: str) -> list[str]:
    """Code spans of README.md's section for this program, without the program's name."""
    readme = (REPO / "README.md").read_text("utf-8")
    match = re.search(rf"^###\s+{re.escape(prog)}\s*$(.*?)(?=^#{{1,3}}\s|\Z)", readme, re.M | re.S)
    section = match.group(1) if match else readme
    spans = re.findall(r"`([^`\n]+)`", section)
    return [re.sub(rf"^{re.escape(prog)}\s+", "", s.strip()) for s in spans]


@pytest.mark.parametrize("prog, path, help_, nested", COMMANDS, ids=[f"{c[0]} {c[1]}" for c in COMMANDS])
def test_every_command_has_help_and_is_in_the_readme(prog, path, help_, nested):
    assert help_ and help_.strip(), f"`{prog} {path}` has no help text"
    spans = _readme_spans(prog)
    documented = any(s == path or s.startswith(path + " ") for s in spans)
    if nested:  # a group is documented through its sub-commands
        documented = documented or any(s.startswith(path + " ") for s in spans)
    assert documented, f"`{prog} {path}` is missing from README.md"


# -- (d) every message complete in both languages --------------------------------------
def _catalogues() -> list[tuple[str, dict[str, tuple[str, str]]]]:
    found = [("desktop.messages", desktop.messages.MESSAGES)]
    try:
        import province.messages
    except ImportError:
        return found
    return [*found, ("province.messages", province.messages.MESSAGES)]


MESSAGES = [(name, code, texts) for name, catalogue in _catalogues() for code, texts in catalogue.items()]
VIETNAMESE_LETTER = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
                               re.IGNORECASE)


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


@pytest.mark.parametrize("where, code, texts", MESSAGES, ids=[f"{m[0]}:{m[1]}" for m in MESSAGES])
def test_every_message_has_vietnamese_and_english_with_the_same_placeholders(where, code, texts):
    assert isinstance(texts, tuple) and len(texts) == 2
    vi, en = texts
    assert vi.strip() and en.strip()
    assert VIETNAMESE_LETTER.search(vi), f"{code}: the Vietnamese text has no Vietnamese letters"
    assert _placeholders(vi) == _placeholders(en)


# -- (e) every error code raised has a sentence ----------------------------------------
def _error_classes() -> set[str]:
    """PointError and every class in desktop/ that derives from one of them."""
    classes = set(ERROR_BASES)
    defined = [node for src in SOURCES if src.rel.startswith("desktop/")
               for node in ast.walk(src.tree) if isinstance(node, ast.ClassDef)]
    changed = True
    while changed:
        changed = False
        for node in defined:
            bases = {b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", "") for b in node.bases}
            if node.name not in classes and bases & classes:
                classes.add(node.name)
                changed = True
    return classes


def _constants(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _constants(node.body) + _constants(node.orelse)
    return []


def raised_codes() -> dict[str, str]:
    """code -> where it is raised (or where a class declares it as its default)."""
    classes = _error_classes()
    codes: dict[str, str] = {}
    for src in SOURCES:
        if not src.rel.startswith("desktop/"):
            continue
        for node in ast.walk(src.tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in classes and node.args:
                    for code in _constants(node.args[0]):
                        codes.setdefault(code, f"{src.rel}:{node.lineno}")
            elif isinstance(node, ast.ClassDef) and node.name in classes:
                for item in node.body:
                    if (isinstance(item, ast.Assign) and any(getattr(t, "id", "") == "code" for t in item.targets)):
                        for code in _constants(item.value):
                            codes.setdefault(code, f"{src.rel}:{item.lineno}")
    return codes


def test_the_error_code_scan_finds_known_codes():
    codes = raised_codes()
    assert {"newer-version", "wrong-thread", "login-failed", "account-locked", "point-code-invalid",
            "media-write-failed", "check-failed"} <= set(codes)


def test_every_error_code_raised_has_a_sentence():
    missing = {code: where for code, where in raised_codes().items() if code not in desktop.messages.MESSAGES}
    assert missing == {}
