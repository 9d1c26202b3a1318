"""Field checks shared by the activity repositories: each raises ValidationError(code, field)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from . import reference
from .errors import ValidationError
from .textfold import nfc


def text(value: str | None, field: str, max_len: int, missing: str | None = None) -> str | None:
    """NFC, trimmed, at most max_len characters; None when empty (or `missing` raised)."""
    cleaned = nfc(" ".join(str(value).split())) if value is not None else ""
    if not cleaned:
        if missing:
            raise ValidationError(missing, field=field)
        return None
    if len(cleaned) > max_len:
        raise ValidationError("too-long", field=field, max=max_len, length=len(cleaned))
    return cleaned


def long_text(value: str | None, field: str, max_len: int, missing: str | None = None) -> str | None:
    """Like text() but keeps line breaks (opinions, notes)."""
    cleaned = nfc(str(value).strip()) if value is not None else ""
    cleaned = "\n".join(line.rstrip() for line in cleaned.splitlines())
    if not cleaned:
        if missing:
            raise ValidationError(missing, field=field)
        return None
    if len(cleaned) > max_len:
        raise ValidationError("too-long", field=field, max=max_len, length=len(cleaned))
    return cleaned


def code(value: str | None, list_name: str, field: str, error: str) -> str | None:
    """A code from a reference list, or None when not given."""
    if value is None or str(value).strip() == "":
        return None
    value = str(value).strip()
    if value not in reference.codes(list_name):
        raise ValidationError(error, field=field, value=value)
    return value


def codes(values: Iterable[str] | None, list_name: str, field: str, error: str) -> list[str]:
    """Several codes from one list, duplicates dropped, order kept."""
    seen: list[str] = []
    for value in values or ():
        checked = code(value, list_name, field, error)
        if checked and checked not in seen:
            seen.append(checked)
    return seen


def ethnicity(value: str | int | None, field: str = "ethnicity") -> str | None:
    """The official two-digit code ("3" and 3 are read as "03")."""
    if value is None or str(value).strip() == "":
        return None
    raw = str(value).strip()
    if raw.isdigit() and len(raw) == 1:
        raw = "0" + raw
    if raw not in reference.codes(reference.ETHNIC_GROUPS):
        raise ValidationError("ethnicity-unknown", field=field, value=str(value).strip())
    return raw


def birth_year(value: int | str | None, field: str = "birth_year", today: date | None = None) -> int | None:
    """A year from 1900 up to this year."""
    if value is None or str(value).strip() == "":
        return None
    this_year = (today or date.today()).year
    try:
        year = int(str(value).strip())
    except ValueError:
        raise ValidationError("birth-year-invalid", field=field, value=value, max=this_year) from None
    if not 1900 <= year <= this_year:
        raise ValidationError("birth-year-invalid", field=field, value=value, max=this_year)
    return year


def whole_number(value: int | str | None, field: str, error: str, low: int, high: int) -> int | None:
    """An integer within [low, high], or None when not given."""
    if value is None or str(value).strip() == "":
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(error, field=field, value=value, min=low, max=high) from None
    if not low <= number <= high:
        raise ValidationError(error, field=field, value=value, min=low, max=high)
    return number
