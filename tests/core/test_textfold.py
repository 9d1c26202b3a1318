"""Search folding on the real seed documents and the names users actually type."""

import time
import unicodedata
from pathlib import Path

import pytest

from desktop.core.textfold import fold, fold_words, nfc

REPO = Path(__file__).resolve().parents[2]
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "samples" / "seeds"
NFD_SEED = "002_b79469adaa3b86f2.txt"


def seed_files() -> list[Path]:
    """Return the seed documents: shared/ beside the repo, else the bundled demo copies."""
    for folder in (SEEDS, REPO / "resources" / "demo"):
        files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
        if files:
            return files
    pytest.fail(f"no seed documents in {SEEDS}")


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def seed_words(text: str) -> list[str]:
    """Split on whitespace and drop punctuation such as “ ” – … around the words."""
    keep = set("'’ʼ")
    return [
        "".join(ch for ch in raw if ch in keep or unicodedata.category(ch)[0] not in "PS")
        for raw in text.split()
    ]


def is_latin_word(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return bool(letters) and all(
        unicodedata.name(unicodedata.normalize("NFD", ch)[0], "").startswith("LATIN")
        for ch in letters
    )


def test_there_are_four_seed_documents():
    assert len(seed_files()) == 4


@pytest.mark.parametrize("path", seed_files(), ids=lambda p: p.name)
def test_every_latin_word_of_a_seed_folds_to_ascii(path: Path):
    words = [w for w in seed_words(read(path)) if is_latin_word(w)]
    assert len(words) > 500
    bad = {w: fold(w) for w in words if not fold(w).isascii()}
    assert bad == {}
    for word in fold_words(read(path)):
        assert word.isascii() and word == word.lower(), word


def test_nfd_seed_really_contains_decomposed_letters():
    text = read(next(p for p in seed_files() if p.name == NFD_SEED))
    assert nfc(text) != text
    assert "\u0303" in text  # combining tilde, as in "mẽ" typed as e + ◌̃
    assert "mạnh mẽ" not in text  # the NFC spelling is not literally there ...
    assert fold("mạnh mẽ") in fold(text)  # ... but search still finds it
    assert "manh me" in fold(text)


def test_nfc_and_nfd_input_give_the_same_key():
    typed = "mạnh mẽ"
    decomposed = unicodedata.normalize("NFD", typed)
    assert typed != decomposed
    assert fold(typed) == fold(decomposed) == "manh me"


def test_province_name_folds_with_and_without_accents():
    assert fold("Đắk Lắk") == "dak lak"
    assert fold(unicodedata.normalize("NFD", "Đắk Lắk")) == "dak lak"
    assert fold("ĐẮK LẮK") == fold("dak lak") == "dak lak"


def test_common_phrase_folds():
    assert fold("Người có uy tín") == "nguoi co uy tin"
    assert fold_words("Người có uy tín, Điểm hỗ trợ!") == [
        "nguoi",
        "co",
        "uy",
        "tin",
        "diem",
        "ho",
        "tro",
    ]


def test_b_with_stroke_of_minority_orthographies():
    assert fold("ƀ") == "b"
    assert fold("Ƀuôn Ma Thuột") == "buon ma thuot"


def test_minority_breve_letters_fold_to_plain_vowels():
    assert fold("ĕ ŏ ơ̆") == "e o o"
    assert fold("Ĕ Ŏ Ơ̆ ư̆ č ñ") == "e o o u c n"


@pytest.mark.parametrize("apostrophe", ["’", "‘", "ʼ", "ʻ", "`", "´"])
def test_curly_and_modifier_apostrophes_are_straightened(apostrophe: str):
    assert fold(f"M{apostrophe}nông") == fold("M'nông") == "m'nong"
    assert fold_words(f"người M{apostrophe}nông") == ["nguoi", "m'nong"]


def test_apostrophes_at_word_edges_are_not_part_of_the_word():
    assert fold_words("'Đắk' Lắk'") == ["dak", "lak"]


def test_whitespace_runs_collapse_and_ends_are_stripped():
    assert fold("  Xã \t Ea\u00a0H'leo \n\n ") == "xa ea h'leo"


def test_khmer_keeps_its_vowel_signs_and_stays_one_word():
    khmer = "ភាសាខ្មែរ"
    assert fold(khmer) == khmer
    assert fold_words(khmer) == [khmer]
    assert fold_words(f"Tiếng {khmer} (Khmer)") == ["tieng", khmer, "khmer"]


def test_cham_and_tai_viet_keep_their_marks():
    cham = "ꨌꨴ"  # Cham letter + vowel sign
    tai_viet = "ꪀꪱ"  # Tai Viet letter + vowel sign
    assert unicodedata.category(cham[1]).startswith("M")
    assert fold(f"{cham} {tai_viet}") == f"{cham} {tai_viet}"
    assert fold_words(f"Chăm: {cham}, Thái: {tai_viet}") == ["cham", cham, "thai", tai_viet]


def test_nfc_normalises_decomposed_input():
    assert nfc(unicodedata.normalize("NFD", "Đắk Lắk")) == "Đắk Lắk"


def test_folding_all_seeds_is_fast():
    texts = [read(p) for p in seed_files()]
    fold("warm up the per-character cache: Đắk Lắk")
    start = time.perf_counter()
    keys = [fold(t) for t in texts]
    elapsed = time.perf_counter() - start
    assert all(keys)
    assert elapsed < 0.1, f"folding the seeds took {elapsed * 1000:.1f} ms"
