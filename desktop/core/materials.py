"""Materials (tài liệu, sản phẩm thông tin) and their per-language files."""

from __future__ import annotations

import json
import mimetypes
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import reference
from .errors import PointError, ValidationError
from .media import MediaStore
from .store import Store, new_id, utc_now_iso
from .textfold import nfc

MAX_TITLE = 500


@dataclass(frozen=True)
class MaterialFileIn:
    """One file to import, with the language of this version (ISO 639-3)."""

    path: Path
    lang: str = "vie"
    role: str = "main"


class Materials:
    """Adds, lists and counts materials. Search and viewers build on this."""

    def __init__(self, store: Store, media: MediaStore) -> None:
        self.store = store
        self.media = media

    def add(
        self,
        files: Sequence[MaterialFileIn],
        title: str,
        kind: str = "other",
        topics: Iterable[str] = (),
        description: str | None = None,
        issuer: str | None = None,
        issue_date: str | None = None,
        audiences: Iterable[str] = (),
        origin: str | None = None,
    ) -> str:
        """Import files as one material (one file per language version); returns its id."""
        title = nfc((title or "").strip())
        if not title:
            raise ValidationError("title-missing", field="title")
        if len(title) > MAX_TITLE:
            raise ValidationError("text-too-long", field="title", max=MAX_TITLE)
        if kind not in reference.codes("material_kinds"):
            raise ValidationError("kind-unknown", field="kind", code=kind)
        topics = list(topics)
        unknown = set(topics) - reference.codes("topics")
        if unknown:
            raise ValidationError("topic-unknown", field="topic", code=", ".join(sorted(unknown)))
        prepared = []
        for item in files:
            if not item.path.is_file():
                raise PointError("file-missing", path=str(item.path))
            if item.path.stat().st_size == 0:
                raise ValidationError("file-empty", field="file", path=str(item.path))
            lang = reference.normalise_language(item.lang)
            mime = mimetypes.guess_type(item.path.name)[0] or "application/octet-stream"
            prepared.append((item, lang, mime))
        # Media first (content-addressed, harmless if the row insert then fails).
        stored = [(item, lang, mime, *self.media.put(item.path)) for item, lang, mime in prepared]
        material_id = new_id()
        now = utc_now_iso()
        with self.store.atomic():
            self.store.insert("material", {
                "id": material_id, "title": title, "description": nfc(description or "") or None,
                "kind": kind, "topics": json.dumps(topics), "audiences": json.dumps(list(audiences)),
                "issuer": nfc(issuer) if issuer else None, "issue_date": issue_date,
                "created_at": now,
            }, origin=origin)
            for item, lang, mime, sha, size in stored:
                self.store.insert("material_file", {
                    "material_id": material_id, "lang": lang, "role": item.role,
                    "media_hash": sha, "filename": nfc(item.path.name), "mime": mime,
                    "size": size, "created_at": now,
                }, origin=origin)
        return material_id

    def count(self) -> int:
        return self.store.count("material")

    def list(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Live materials, newest first, with their language codes."""
        sql = (
            "SELECT m.id, m.title, m.kind, m.topics, m.issuer, m.issue_date, m.withdrawn, "
            "(SELECT group_concat(DISTINCT f.lang) FROM material_file f "
            " WHERE f.material_id = m.id AND f.deleted = 0) AS langs "
            "FROM material m WHERE m.deleted = 0 ORDER BY m.created_at DESC, m.id"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [
            {**dict(r), "topics": json.loads(r["topics"]),
             "langs": sorted((r["langs"] or "").split(",")) if r["langs"] else []}
            for r in self.store.query(sql)
        ]

    def find_by_hash(self, sha256: str) -> str | None:
        """The material that already holds this exact file, if any."""
        return self.store.scalar(
            "SELECT material_id FROM material_file WHERE media_hash = ? AND deleted = 0 LIMIT 1",
            [sha256],
        )
