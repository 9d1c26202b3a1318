"""Reference data shipped in resources/ and its loader."""

import csv
import re
import unicodedata

import pytest

from desktop.core import reference as ref

CODE_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

REQUIRED_LANGUAGES = {
    "vie",  # Việt
    "khm",  # Khmer
    "hnj",  # H'Mông
    "blt",  # Thái (Thái Đen)
    "tyz",  # Tày
    "nut",  # Nùng
    "ium",  # Dao
    "mtq",  # Mường
    "rad",  # Ê Đê
    "jra",  # Jrai
    "bdq",  # Bahnar
    "sed",  # Xơ Đăng
    "kuf",  # Cơ Tu
    "bru",  # Bru-Vân Kiều
    "cjm",  # Chăm
    "kpm",  # Cơ Ho
    "hre",  # Hrê
    "mng",  # M'nông
}

VISIT_PURPOSES = {
    "info", "public-service", "e-commerce", "learning", "legal", "agriculture", "health", "other",
}

EXPECTED_LISTS = {
    "languages", "material_kinds", "topics", "participant_groups", "visit_purposes",
    "age_bands", "sexes", "training_kinds", "funding_sources", "plan_indicators",
}


def is_nfc(text: str) -> bool:
    return unicodedata.normalize("NFC", text) == text


def test_resources_dir_is_the_repo_folder():
    assert ref.RESOURCES_DIR.name == "resources"
    assert ref.DATA_DIR.is_dir()


def test_ethnic_groups_have_official_codes():
    groups = ref.ethnic_groups()
    codes = [g.code for g in groups]
    assert len(codes) == len(set(codes))
    official = [c for c in codes if c != "55"]
    assert official == [f"{n:02d}" for n in range(1, 55)]
    assert set(codes) - set(official) <= {"55"}
    by_code = {g.code: g.name_vi for g in groups}
    assert by_code["01"] == "Kinh"
    assert by_code["05"] == "Khơ-me"
    assert all(g.name_vi and is_nfc(g.name_vi) for g in groups)
    assert ref.name_of("ethnic_groups", "17") == "Chăm"


def test_all_expected_lists_exist():
    assert EXPECTED_LISTS <= set(ref.list_names())


@pytest.mark.parametrize("name", sorted(EXPECTED_LISTS))
def test_list_loads_with_unique_ascii_codes_and_nfc_names(name):
    items = ref.load_list(name)
    assert items, name
    codes = [item.code for item in items]
    assert len(codes) == len(set(codes)), name
    for item in items:
        assert item.code.isascii() and CODE_RE.match(item.code), (name, item.code)
        assert item.name_vi and item.name_en, (name, item.code)
        for value in (item.name_vi, item.name_en, *item.extra.values()):
            assert is_nfc(value), (name, item.code, value)
    assert ref.codes(name) == set(codes)


def test_every_csv_in_data_is_utf8_nfc_with_a_header():
    for path in ref.DATA_DIR.glob("*.csv"):
        text = path.read_text(encoding="utf-8")
        assert not text.startswith("\ufeff"), path.name
        assert is_nfc(text), path.name
        rows = list(csv.reader(text.splitlines()))
        assert len(rows) > 1, path.name
        assert all(len(r) == len(rows[0]) for r in rows), path.name


def test_visit_purposes_are_exactly_the_cli_set():
    assert ref.codes("visit_purposes") == VISIT_PURPOSES
    assert ref.name_of("visit_purposes", "public-service") == "Dịch vụ công trực tuyến"
    assert ref.name_of("visit_purposes", "info", lang="en") == "Information lookup"


def test_cli_code_sets():
    assert ref.codes("age_bands") == {"under-16", "16-30", "31-45", "46-60", "over-60"}
    assert ref.codes("sexes") == {"female", "male", "other"}
    assert ref.codes("training_kinds") == {
        "training", "workshop", "conference", "dialogue", "contest",
    }
    assert ref.codes("funding_sources") == {"central", "local", "other"}


def test_languages_include_the_required_ones():
    codes = ref.codes("languages")
    assert REQUIRED_LANGUAGES <= codes
    assert all(len(c) == 3 for c in codes)


def test_language_autonyms_and_scripts():
    langs = {item.code: item for item in ref.load_list("languages")}
    for item in langs.values():
        autonym = item.extra["autonym"]
        assert autonym and is_nfc(autonym), item.code
        assert re.fullmatch(r"[A-Z][a-z]{3}", item.extra["script"]), item.code
    assert langs["vie"].name_vi == "Tiếng Việt"
    assert langs["khm"].extra["autonym"] == "ភាសាខ្មែរ"
    assert langs["khm"].extra["script"] == "Khmr"
    assert langs["cjm"].extra["script"] == "Cham"
    assert langs["blt"].extra["script"] == "Tavt"


def test_normalise_language():
    assert ref.normalise_language("vi") == "vie"
    assert ref.normalise_language("vie") == "vie"
    assert ref.normalise_language("VI-vn") == "vie"
    assert ref.normalise_language("km") == "khm"
    assert ref.normalise_language("hnj") == "hnj"
    for bad in ("", "xx", "zz-ZZ", "hmn"):
        with pytest.raises(ValueError, match="unknown language code"):
            ref.normalise_language(bad)


def test_name_of_unknown_code_raises():
    with pytest.raises(ref.ReferenceDataError):
        ref.name_of("topics", "no-such-topic")
    with pytest.raises(ref.ReferenceDataError):
        ref.load_list("no_such_list")


def test_load_list_returns_copies():
    first = ref.load_list("languages")
    first[0].extra["autonym"] = "changed"
    assert ref.load_list("languages")[0].extra["autonym"] != "changed"


def test_topics_have_icons():
    assert all(item.extra.get("icon") for item in ref.load_list("topics"))


def test_plan_indicators_have_units():
    indicators = ref.load_list("plan_indicators")
    assert {"visits-served", "trainings-held", "participants-trained"} <= {
        i.code for i in indicators
    }
    assert all(i.extra.get("unit") for i in indicators)


def test_admin_units():
    units = ref.admin_units()
    assert len(units) == 3321
    assert len({u["commune_code"] for u in units}) == 3321
    provinces = {u["province_code"]: u["province_name"] for u in units}
    assert len(provinces) == 34
    assert provinces["01"] == "Thành phố Hà Nội"
    assert all(is_nfc(u["commune_name"]) for u in units)


def test_admin_units_licence_ships_with_the_data():
    assert (ref.DATA_DIR / "LICENSE-admin-units-MIT.txt").is_file()
    assert (ref.DATA_DIR / "README.md").is_file()


def test_demo_titles_refer_to_existing_files():
    with (ref.DEMO_DIR / "titles.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 4
    demo_files = {p.name for p in ref.DEMO_DIR.glob("*.txt")}
    assert {r["file"] for r in rows} == demo_files
    kinds, topics = ref.codes("material_kinds"), ref.codes("topics")
    for row in rows:
        assert (ref.DEMO_DIR / row["file"]).is_file()
        assert row["title"] and is_nfc(row["title"]) and is_nfc(row["issuer"])
        assert row["kind"] in kinds
        assert set(row["topics"].split(";")) <= topics
        assert row["issue_date"] == "" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["issue_date"])


def test_fonts_exist():
    names = {p.name for p in ref.font_files()}
    assert {
        "NotoSans-Regular.ttf",
        "NotoSans-Bold.ttf",
        "NotoSansKhmer-Regular.ttf",
        "NotoSansCham-Regular.ttf",
        "NotoSansTaiViet-Regular.ttf",
    } <= names
    assert all(p.stat().st_size > 10_000 for p in ref.font_files())
    assert (ref.FONTS_DIR / "OFL.txt").is_file()
