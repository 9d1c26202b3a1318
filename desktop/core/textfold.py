"""Vietnamese text folding: the one search key used by every search in the app.

Text is stored NFC (`nfc`); search compares folded keys (`fold`), so "dak lak",
"Đắk Lắk" and the same words typed decomposed (NFD) all meet. Latin text folds to
ASCII: diacritics dropped, đ→d, ƀ→b, curly apostrophes straightened. Khmer, Cham and
Tai Viet keep their vowel signs (they are letters of the word, not accents), so those
runs are only NFC-normalised and case-folded.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "fold_words", "nfc"]

# Scripts whose combining marks are vowel signs: dropping them would break words.
_PROTECTED_BLOCKS = (
    (0x1780, 0x17FF),  # Khmer
    (0x19E0, 0x19FF),  # Khmer Symbols
    (0xAA00, 0xAA5F),  # Cham
    (0xAA80, 0xAADF),  # Tai Viet
)
# Script-neutral combining blocks: the accents Latin text is written with.
_GENERIC_MARK_BLOCKS = (
    (0x0300, 0x036F),  # Combining Diacritical Marks (Vietnamese tones, breve, horn)
    (0x1AB0, 0x1AFF),  # ... Extended
    (0x1DC0, 0x1DFF),  # ... Supplement
    (0x20D0, 0x20FF),  # ... for Symbols
    (0xFE20, 0xFE2F),  # Combining Half Marks
)

_APOSTROPHES = "\u2019\u2018\u02bc\u02bb`\u00b4"  # ’ ‘ ʼ ʻ ` ´
# Letters with no canonical decomposition that the "WITH ..." name rule cannot reach.
_EXTRA = {"ı": "i", "æ": "ae", "œ": "oe", "ĸ": "k"}


def _ranges(blocks: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in blocks)


def _in(cp: int, blocks: tuple[tuple[int, int], ...]) -> bool:
    return any(a <= cp <= b for a, b in blocks)


# A protected run: a protected-script character plus whatever marks follow it.
_PROTECTED_RUN = re.compile(
    f"[{_ranges(_PROTECTED_BLOCKS)}][{_ranges(_PROTECTED_BLOCKS + _GENERIC_MARK_BLOCKS)}]*"
)


class _FoldTable(dict):
    """str.translate table that works out each character's folding once, then caches it."""

    def __missing__(self, cp: int) -> str | None:
        value = _fold_char(chr(cp))
        self[cp] = value
        return value


def _fold_char(ch: str) -> str | None:
    """Fold one character of already casefolded NFD Latin text (None drops it)."""
    cp = ord(ch)
    if cp < 128:
        return "'" if ch == "`" else ch
    if ch in _APOSTROPHES:
        return "'"
    if ch in _EXTRA:
        return _EXTRA[ch]
    if unicodedata.category(ch) == "Mn" and _in(cp, _GENERIC_MARK_BLOCKS):
        return None
    name = unicodedata.name(ch, "")
    # đ, ƀ, ø, ł, ɗ, ɓ ...: "LATIN SMALL LETTER D WITH STROKE" folds to its base "d".
    if name.startswith("LATIN ") and " WITH " in name:
        try:
            base = unicodedata.lookup(name.split(" WITH ")[0])
        except KeyError:
            return ch
        if ord(base) < 128:
            return base.lower()
    return ch


_TABLE = _FoldTable()


def nfc(text: str) -> str:
    """Return text NFC-normalised, the form every string is stored in."""
    return unicodedata.normalize("NFC", text)


def _fold_latin(text: str) -> str:
    return unicodedata.normalize("NFD", text.casefold()).translate(_TABLE)


def fold(text: str) -> str:
    """Return the search key of text: accents dropped, đ→d, ƀ→b, casefolded, spaces collapsed."""
    if _PROTECTED_RUN.search(text) is None:
        folded = _fold_latin(text)
    else:
        parts: list[str] = []
        pos = 0
        for match in _PROTECTED_RUN.finditer(text):
            parts.append(_fold_latin(text[pos : match.start()]))
            parts.append(nfc(match.group()).casefold())
            pos = match.end()
        parts.append(_fold_latin(text[pos:]))
        folded = "".join(parts)
    return " ".join(folded.split())


def _word_marks() -> str:
    # Marks that live inside words: Khmer/Cham/Tai Viet vowel signs, Latin accents.
    marks = (
        chr(cp)
        for a, b in _PROTECTED_BLOCKS
        for cp in range(a, b + 1)
        if unicodedata.category(chr(cp)).startswith("M")
    )
    return "".join(marks) + _ranges(_GENERIC_MARK_BLOCKS)


# Apostrophes count only inside a word (M'nông), never at its edges. "_" is a word
# character to \w, so fold_words turns it into a space first.
_W = f"[\\w{_word_marks()}]+"
_WORD = re.compile(f"{_W}(?:'{_W})*")


def fold_words(text: str) -> list[str]:
    """Return the folded words of text, for building search shadows."""
    return _WORD.findall(fold(text).replace("_", " "))
