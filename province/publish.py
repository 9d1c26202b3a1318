"""Publishing a province material (with its files) to every point."""

from __future__ import annotations

import json
import mimetypes
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.sync import wire

from .hub import Hub
from .points import HubError, iso_now
from .records import write_province_rows

_LANG_RE = re.compile(r"[a-z]{3}")
_KIND_RE = re.compile(r"[a-z][a-z-]{1,40}")
_TWO_LETTER = {"vi": "vie", "en": "eng", "km": "khm", "lo": "lao", "zh": "zho", "th": "tha"}


@dataclass(frozen=True)
class FileIn:
    path: Path
    lang: str = "vie"


def normalise_lang(code: str) -> str:
    code = (code or "").strip().lower()
    code = _TWO_LETTER.get(code, code)
    if not _LANG_RE.fullmatch(code):
        raise HubError("lang-invalid", code=code)
    return code


def publish_material(hub: Hub, files: list[FileIn], title: str, kind: str = "other",
                     topics: list[str] | None = None, issuer: str | None = None) -> dict[str, Any]:
    """Store the files (content-addressed) and publish one material row plus a row per file."""
    title = (title or "").strip()
    if not title:
        raise HubError("title-missing")
    if not _KIND_RE.fullmatch(kind or ""):
        raise HubError("kind-invalid", code=kind)
    for item in files:
        if not item.path.is_file():
            raise HubError("file-missing", path=str(item.path))
        if item.path.stat().st_size == 0:
            raise HubError("file-empty", path=str(item.path))
    stored = []
    for item in files:
        sha, size = hub.media.put_file(item.path)
        hub.media.register(hub.db, sha, size)
        stored.append((item, sha, size))
    material_id = str(uuid.uuid4())
    now = iso_now()
    rows: list[tuple[str, str, dict[str, Any], int]] = [("material", material_id, {
        "title": title, "description": None, "kind": kind, "topics": json.dumps(topics or []),
        "audiences": "[]", "issuer": issuer, "issue_date": now[:10], "valid_until": None,
        "withdrawn": 0, "cover_hash": None, "published_by": wire.PROVINCE_STREAM, "created_at": now,
    }, 0)]
    for item, sha, size in stored:
        rows.append(("material_file", str(uuid.uuid4()), {
            "material_id": material_id, "lang": normalise_lang(item.lang), "role": "main",
            "media_hash": sha, "filename": item.path.name,
            "mime": mimetypes.guess_type(item.path.name)[0] or "application/octet-stream",
            "size": size, "pages": None, "duration_s": None, "created_at": now,
        }, 0))
    write_province_rows(hub.db, rows)
    return {"material": material_id, "title": title, "kind": kind,
            "files": [{"name": i.path.name, "lang": normalise_lang(i.lang), "sha256": s, "size": n}
                      for i, s, n in stored]}
