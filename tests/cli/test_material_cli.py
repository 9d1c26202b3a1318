"""`commune-point material add/search/list` as a real process: shapes, exit codes, messages."""

from __future__ import annotations

import shutil

import pytest

from tests.core.material_files import FIXTURES, make_pdf, png_bytes, write


@pytest.fixture
def point(cli):
    assert cli("init", "--point", "XA-03325", "--name", "Điểm hỗ trợ xã Mường Phăng").code == 0
    return cli


def test_add_search_list(point, tmp_path):
    pdf = make_pdf(tmp_path / "so-tay.pdf", ["Sổ tay phòng chống lừa đảo ở Đắk Lắk"])
    bru = make_pdf(tmp_path / "so-tay-bru.pdf", ["Sổ tay tiếng Bru-Vân Kiều"])
    added = point("material", "add", str(pdf), str(bru), "--title", "Sổ tay an toàn trên mạng",
                  "--lang", "vie", "--lang", "bru", "--kind", "handbook", "--topic", "digital-skills",
                  "--json")
    assert added.code == 0, added.err
    data = added.json()
    assert data["existed"] is False and data["langs"] == ["bru", "vie"]
    assert [f["pages"] for f in data["files"]] == [1, 1]

    found = point("material", "search", "dak lak", "--json")
    assert found.code == 0, found.err
    (hit,) = found.json()
    assert hit.keys() == {"id", "title", "kind", "langs", "score"}
    assert (hit["id"], hit["title"], hit["kind"], hit["langs"]) == \
        (data["id"], "Sổ tay an toàn trên mạng", "handbook", ["bru", "vie"])
    assert point("material", "search", "an toan", "--lang", "bru", "--json").json()[0]["id"] == data["id"]
    assert point("material", "search", "an toan", "--kind", "poster", "--json").json() == []

    listed = point("material", "list", "--json").json()
    assert [m["id"] for m in listed] == [data["id"]]
    assert "Sổ tay an toàn trên mạng" in point("material", "list").out


def test_one_lang_for_all_files_and_duplicates(point, tmp_path):
    audio = shutil.copy(FIXTURES / "tone.mp3", tmp_path / "ban-tin.mp3")
    first = point("material", "add", str(audio), "--title", "Bản tin", "--lang", "hnj", "--json")
    assert first.code == 0 and first.json()["kind"] == "audio" and first.json()["langs"] == ["hnj"]
    again = point("material", "add", str(audio), "--title", "Bản tin", "--json")
    assert again.code == 0 and again.json() == {**first.json(), "existed": True}
    forced = point("material", "add", str(audio), "--title", "Bản tin", "--force", "--json")
    assert forced.json()["id"] != first.json()["id"]


@pytest.mark.parametrize("lang, word", [("vi", "không"), ("en", "but holds")])
def test_a_file_that_is_not_what_its_name_says(point, tmp_path, lang, word):
    fake = write(tmp_path / "bao-cao.pdf", png_bytes())
    result = point("--lang", lang, "material", "add", str(fake), "--title", "Báo cáo")
    assert result.code == 1 and result.out == ""
    line = result.err.strip()
    assert "\n" not in line and "bao-cao.pdf" in line and "Traceback" not in result.err
    assert (word in line) if lang == "en" else ("bao-cao.pdf" in line)
    assert point("material", "list", "--json").json() == []


@pytest.mark.parametrize("args, text", [
    (["{missing}", "--title", "X"], "missing.pdf"),
    (["{empty}", "--title", "X"], "empty.txt"),
    (["{pdf}", "{pdf2}", "--title", "X", "--lang", "vie", "--lang", "bru", "--lang", "khm"], "--lang"),
    (["{pdf}", "--title", "X", "--lang", "xx"], "xx"),
    (["{pdf}", "--title", "X", "--kind", "novel"], "novel"),
    (["{pdf}", "--title", "   "], "title"),
])
def test_bad_input_is_one_line_and_exit_1(point, tmp_path, args, text):
    files = {"missing": tmp_path / "missing.pdf", "empty": write(tmp_path / "empty.txt", b""),
             "pdf": make_pdf(tmp_path / "a.pdf", ["A"]), "pdf2": make_pdf(tmp_path / "b.pdf", ["B"])}
    argv = [a.format(**{k: str(v) for k, v in files.items()}) for a in args]
    result = point("--lang", "en", "material", "add", *argv)
    assert result.code == 1, result.err
    assert len(result.err.strip().splitlines()) == 1 and text in result.err
    assert point("material", "list", "--json").json() == []


def test_usage_errors_exit_2(point, tmp_path):
    pdf = make_pdf(tmp_path / "a.pdf", ["A"])
    assert point("material", "add", str(pdf)).code == 2  # no --title
    assert point("material", "search", "x", "--limit", "0").code == 2
    assert point("material").code == 2


def test_search_input_is_never_syntax(point):
    for query in ['"', "dak*", "(a OR b", "NEAR(", "-x", "tags:zzcurrent", "***"]:
        result = point("material", "search", "--json", "--", query)
        assert result.code == 0 and result.json() == [], (query, result.err)
