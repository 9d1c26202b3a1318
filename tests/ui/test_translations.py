"""Every UI string goes through tr(), is in the catalogues, and no catalogue entry is left unfinished."""

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


def translations(path: Path) -> list[tuple[str, str]]:
    """(source, translation) pairs; a plural entry gives one pair per plural form."""
    pairs: list[tuple[str, str]] = []
    for message in ET.parse(path).getroot().iter("message"):
        forms = message.findall("translation/numerusform")
        texts = [f.text or "" for f in forms] if forms else [message.findtext("translation") or ""]
        pairs += [(message.findtext("source") or "", text) for text in texts]
    return pairs


# -- strings a user sees that do not go through tr() ------------------------------------
# Calls whose text arguments a user reads (Qt setters, constructors, message boxes).
TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setTitle", "setSubTitle",
    "setStatusTip", "setWhatsThis", "setButtonText", "addItem", "addItems", "addMenu", "addTab",
    "insertTab", "setTabText", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "showMessage",
    "setLabelText", "setCancelButtonText", "setInformativeText", "setDetailedText", "setSuffix",
    "setPrefix", "setSpecialValueText", "setFormat", "setAccessibleName", "setNameFilter", "addRow",
    "information", "warning", "critical", "question", "about", "getText", "getItem",
    "getOpenFileName", "getSaveFileName", "getExistingDirectory", "addAction", "setHeaderData",
    "QLabel", "QPushButton", "QToolButton", "QAction", "QGroupBox", "QCheckBox", "QRadioButton",
    "QMessageBox", "QMenu", "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem",
}
# Only the first argument is text; the second is the item's data (a code), never shown.
FIRST_ARG_ONLY = {"addItem"}
TEXT_KEYWORDS = {"text", "placeholderText", "windowTitle", "toolTip", "title", "statusTip", "whatsThis"}
LOGGERS = {"log", "logger", "logging"}  # log.warning(...) is for the log file, not the user
# Literals that are the same in every language, so tr() would only add noise.
ALLOWED = {
    "Tiếng Việt": "a language's name is written in that language, whatever the UI speaks",
    "English": "a language's name is written in that language, whatever the UI speaks",
    "https://…": "the shape of an address, not words",
    "ABCD-EFGH-JKMN-PQRS": "the shape of an enrolment code, not words",
}
WORD = re.compile(r"[^\W\d_]{2,}")
TAG = re.compile(r"<[^>]*>")


def _visible_text(node: ast.AST) -> str | None:
    """The words of a literal (plain, f-string, "...".format(), "a" + x) or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _visible_text(node.func.value)
    elif isinstance(node, ast.BinOp):
        return _visible_text(node.left) or _visible_text(node.right)
    else:
        return None  # a call (tr() among them), a name, ...: not a literal here
    if text in ALLOWED or not WORD.search(TAG.sub("", text)):
        return None
    return text


def untranslated_literals(source: str, filename: str = "<string>") -> list[str]:
    """Lines where a string a user would read is passed to Qt without tr()."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in LOGGERS:
            continue
        candidates = [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        if name in TEXT_CALLS:
            candidates += node.args[:1] if name in FIRST_ARG_ONLY else node.args
        for arg in candidates:
            text = _visible_text(arg)
            if text is not None:
                found.append(f"{filename}:{node.lineno}: {name}({text!r})")
    return found


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
    for source, translation in translations(ts):
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


def test_every_string_a_user_reads_goes_through_tr():
    found = [line for path in sorted(UI_DIR.glob("*.py"))
             for line in untranslated_literals(path.read_text(encoding="utf-8"), path.name)]
    assert not found, "wrap these in self.tr() and translate them:\n" + "\n".join(found)


def test_the_tr_check_would_catch_a_bare_string():
    code = (
        "label = QLabel('Không có tr')\n"
        "box.setWindowTitle(f'Point {code}')\n"
        "QMessageBox.warning(self, 'Title', self.tr('ok'))\n"
        "button = QPushButton(text='Save')\n"
        "self.status.setText('Sent {n}'.format(n=n))\n"
    )
    assert [line.split(": ", 1)[1] for line in untranslated_literals(code)] == [
        "QLabel('Không có tr')", "setWindowTitle('Point ')", "warning('Title')",
        "QPushButton('Save')", "setText('Sent {n}')"]
    fine = (
        "label = QLabel(self.tr('Có tr'))\n"
        "log.warning('cannot read %s', path)\n"
        "combo.addItem(self.tr('Online'), 'online')\n"
        "combo.addItem('Tiếng Việt', 'vi')\n"
        "label.setText(name + ' — ' + str(n))\n"
        "view.setText(html + '</table>')\n"
    )
    assert untranslated_literals(fine) == []
