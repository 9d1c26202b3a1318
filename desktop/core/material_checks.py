"""Checks of a material's fields, shared by import, edits, search filters and the CLI."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from . import reference
from .errors import ValidationError
from .textfold import nfc

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_kind(kind: str) -> str:
    """A material kind code from the list (bulletin, leaflet, ...)."""
    if kind not in reference.codes("material_kinds"):
        raise ValidationError("kind-unknown", field="kind", code=kind)
    return kind


def check_topics(topics: Iterable[str]) -> list[str]:
    """Topic codes from the list, each once."""
    topics = list(dict.fromkeys(topics))
    unknown = set(topics) - reference.codes("topics")
    if unknown:
        raise ValidationError("topic-unknown", field="topic", code=", ".join(sorted(unknown)))
    return topics


def check_audiences(audiences: Iterable[str]) -> list[str]:
    """Audience codes (participant groups), each once."""
    audiences = list(dict.fromkeys(audiences))
    unknown = set(audiences) - reference.codes("participant_groups")
    if unknown:
        raise ValidationError("audience-unknown", field="audience",
                              code=", ".join(sorted(unknown)))
    return audiences


def check_lang(code: str) -> str:
    """ISO 639-3 code of a language version ("vi" → "vie")."""
    try:
        return reference.normalise_language(code)
    except ValueError:
        raise ValidationError("language-unknown", field="lang", code=code) from None


def check_date(value: str | None, name: str) -> str | None:
    """An ISO date (YYYY-MM-DD) or None."""
    if not value:
        return None
    try:
        if not _DATE.match(value):
            raise ValueError(value)
        datetime.strptime(value, "%Y-%m-%d")
    except ValueError:
        raise ValidationError("date-invalid", field=name, value=value) from None
    return value


def check_text(value: str | None, name: str, limit: int, required: bool = False) -> str | None:
    """NFC, trimmed, at most `limit` characters; None when empty (or {name}-missing)."""
    value = nfc((value or "").strip())
    if required and not value:
        raise ValidationError(f"{name}-missing", field=name)
    if len(value) > limit:
        raise ValidationError("text-too-long", field=name, max=limit)
    return value or None
