"""Every UI string is in the catalogues, and no catalogue entry is left unfinished."""

import ast
import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import REPO, TRANSLATIONS

UI_DIR = REPO / "desktop" / "ui"
CATALOGUES = sorted(TRANSLATIONS.glob("*.ts"))
PLACEHOLDER = re.compile(r"\{\w+\}")


def ts_tool():
    spec = importlib.util.spec_from_file_location("ts_tool", REPO / "scripts" / "ts_tool.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ui_source_strings() -> set[str]:
    """Literal strings passed to tr(), translate() and QT_TRANSLATE_NOOP() in desktop/ui."""
    found: set[str] = set()
    for path in UI_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            position = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
            if position is None or len(node.args) <= position:
                continue
            arg = node.args[position]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.add(arg.value)
    return found


def catalogue(path: Path) -> dict[str, str]:
    root = ET.parse(path).getroot()
    return {m.findtext("source"): m.findtext("translation") or "" for m in root.iter("message")}


def test_both_languages_have_catalogues():
    assert {p.name for p in CATALOGUES} == {"commune_point_vi.ts", "commune_point_en.ts"}


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_no_unfinished_entries(ts):
    assert ts_tool().unfinished(ts) == []


def test_every_ui_string_is_in_the_vietnamese_catalogue():
    strings = ui_source_strings()
    assert len(strings) > 40  # the scan works
    missing = strings - set(catalogue(TRANSLATIONS / "commune_point_vi.ts"))
    assert not missing, f"run pyside6-lupdate and translate: {sorted(missing)}"


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_translations_keep_placeholders(ts):
    for source, translation in catalogue(ts).items():
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), source


def test_vietnamese_is_written_with_diacritics():
    texts = " ".join(catalogue(TRANSLATIONS / "commune_point_vi.ts").values())
    for word in ("Trang chủ", "Đăng nhập", "Mật khẩu", "Chưa đồng bộ", "chưa bao giờ"):
        assert word in texts.replace("&", "")


def test_ts_tool_round_trip(tmp_path):
    tool = ts_tool()
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="vi">\n'
        "<context><name>C</name>"
        "<message><source>Home</source><translation type=\"unfinished\"></translation></message>"
        "<message><source>Quit</source><translation type=\"unfinished\"></translation></message>"
        "<message><source>Old</source><translation type=\"vanished\">Cũ</translation></message>"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    assert tool.unfinished(ts) == ["Home", "Quit"]
    mapping = tmp_path / "m.json"
    mapping.write_text('{"Home": "Trang chủ"}', encoding="utf-8")
    assert tool.main(["apply", str(ts), str(mapping)]) == 1  # Quit still unfinished
    assert tool.unfinished(ts) == ["Quit"]
    assert tool.main(["fill-identity", str(ts)]) == 0
    assert tool.unfinished(ts) == []
    text = ts.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    assert "<translation>Trang chủ</translation>" in text
