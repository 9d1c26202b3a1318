"""Reading the library: a page of materials at a time, counts, and one material with its files.

A list over 100k materials never loads them all: the UI's model asks `count()` once and
`page(offset, limit)` for the rows on screen (the live indexes make both an index range).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .errors import NotFound
from .media import MediaStore
from .store import Store

ORDERS = {
    "newest": "m.created_at DESC, m.id",
    "title": "m.title, m.id",
}
_LANGS = ("(SELECT group_concat(DISTINCT f.lang) FROM material_file f "
          "WHERE f.material_id = m.id AND f.deleted = 0) AS langs")
_COLUMNS = ("m.id, m.title, m.kind, m.topics, m.audiences, m.issuer, m.issue_date, "
            "m.valid_until, m.withdrawn, m.cover_hash, m.origin, m.created_at, " + _LANGS)


def _as_list(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _row(r: Any) -> dict[str, Any]:
    row = dict(r)
    row["topics"] = json.loads(row.get("topics") or "[]")
    row["audiences"] = json.loads(row.get("audiences") or "[]")
    row["withdrawn"] = bool(row.get("withdrawn"))
    row["langs"] = sorted(row["langs"].split(",")) if row.get("langs") else []
    return row


class MaterialReads:
    """The read half of Materials (see materials.py): lists, counts, one material."""

    store: Store
    media: MediaStore

    def _where(self, kind: Any, topic: Any, lang: Any, audience: Any,
               include_withdrawn: bool) -> tuple[str, list[Any]]:
        from .material_checks import check_audiences, check_kind, check_lang, check_topics

        where, params = ["m.deleted = 0"], []
        if not include_withdrawn:
            where.append("m.withdrawn = 0")
        kinds = [check_kind(k) for k in _as_list(kind)]
        if kinds:
            where.append(f"m.kind IN ({', '.join('?' for _ in kinds)})")
            params += kinds
        for column, codes in (("topics", check_topics(_as_list(topic))),
                              ("audiences", check_audiences(_as_list(audience)))):
            if codes:
                where.append(f"EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(m.{column}) "
                             f"THEN m.{column} ELSE '[]' END) WHERE value IN "
                             f"({', '.join('?' for _ in codes)}))")
                params += codes
        langs = [check_lang(code) for code in _as_list(lang)]
        if langs:
            where.append("EXISTS (SELECT 1 FROM material_file f WHERE f.material_id = m.id "
                         f"AND f.deleted = 0 AND f.lang IN ({', '.join('?' for _ in langs)}))")
            params += langs
        return " AND ".join(where), params

    def page(
        self,
        offset: int = 0,
        limit: int = 100,
        *,
        kind: str | Iterable[str] | None = None,
        topic: str | Iterable[str] | None = None,
        lang: str | Iterable[str] | None = None,
        audience: str | Iterable[str] | None = None,
        include_withdrawn: bool = True,
        order: str = "newest",
    ) -> list[dict[str, Any]]:
        """Rows offset..offset+limit of the live materials (newest first, or by title).

        A negative limit means all of them.
        """
        where, params = self._where(kind, topic, lang, audience, include_withdrawn)
        sql = (f"SELECT {_COLUMNS} FROM material m WHERE {where} "
               f"ORDER BY {ORDERS.get(order, ORDERS['newest'])} LIMIT ? OFFSET ?")
        limit = -1 if int(limit) < 0 else int(limit)
        return [_row(r) for r in self.store.query(sql, [*params, limit, max(0, int(offset))])]

    def count(
        self,
        *,
        kind: str | Iterable[str] | None = None,
        topic: str | Iterable[str] | None = None,
        lang: str | Iterable[str] | None = None,
        audience: str | Iterable[str] | None = None,
        include_withdrawn: bool = True,
    ) -> int:
        """How many live materials `page` would list with the same filters."""
        where, params = self._where(kind, topic, lang, audience, include_withdrawn)
        return int(self.store.scalar(f"SELECT count(*) FROM material m WHERE {where}", params))

    def list(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Live materials, newest first, with their language codes."""
        return self.page(0, limit or -1)

    def get(self, material_id: str) -> dict[str, Any]:
        """A live material with its files (each with the path a viewer opens)."""
        rows = self.store.query(
            f"SELECT {_COLUMNS}, m.description, m.published_by, m.hlc FROM material m "
            "WHERE m.id = ? AND m.deleted = 0", [material_id])
        if not rows:
            raise NotFound("not-found", table="material", id=material_id)
        material = _row(rows[0])
        files = self.store.query(
            "SELECT f.id, f.lang, f.role, f.media_hash, f.filename, f.mime, f.size, f.pages, "
            "f.duration_s, t.body IS NOT NULL AS has_text FROM material_file f "
            "LEFT JOIN material_text t ON t.media_hash = f.media_hash "
            "WHERE f.material_id = ? AND f.deleted = 0 ORDER BY f.role = 'main' DESC, f.created_at, f.id",
            [material_id])
        material["files"] = []
        for f in files:
            entry = dict(f)
            path = self.media.path_of(f["media_hash"])
            entry["path"] = str(path)
            entry["present"] = path.is_file()  # False until sync brings the bytes
            entry["has_text"] = bool(entry["has_text"])
            material["files"].append(entry)
        material["cover_path"] = (str(self.media.path_of(material["cover_hash"]))
                                  if material["cover_hash"] else None)
        return material

    def text_of(self, media_hash: str) -> str | None:
        """The extracted body text of a file (for a text view or a snippet), if any."""
        return self.store.scalar("SELECT body FROM material_text WHERE media_hash = ?",
                                 [media_hash])

    # -- covers --------------------------------------------------------------------------
    def cover_sources(self, material_ids: list[str]) -> dict[str, tuple[str, str]]:
        """Per material, the file its cover comes from, as (media hash, mime).

        A PDF or picture if it has one (main files first); else its first file, so a
        recording still gets the recording's icon.
        """
        if not material_ids:
            return {}
        marks = ", ".join("?" for _ in material_ids)
        rows = self.store.query(
            "SELECT material_id, media_hash, mime FROM material_file "
            f"WHERE material_id IN ({marks}) AND deleted = 0 ORDER BY "
            "(mime = 'application/pdf' OR mime LIKE 'image/%') DESC, role = 'main' DESC, "
            "created_at, id", list(material_ids))
        out: dict[str, tuple[str, str]] = {}
        for r in rows:
            out.setdefault(r["material_id"], (r["media_hash"], r["mime"]))
        return out
