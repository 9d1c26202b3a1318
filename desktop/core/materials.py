"""Materials (tài liệu, sản phẩm thông tin), their per-language files, and their use.

A material is one title with one or more files, one per language version (a Vietnamese
PDF, the Bru-Vân Kiều PDF, a Vietnamese audio narration). Import checks every file by
content, stores the bytes in the content-addressed media store first, then writes the
rows in one transaction, so a failure leaves nothing half-imported in the database.
Search lives in search.py; the index follows these tables by trigger.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from . import filetypes, textextract
from .errors import NotFound, PointError, ValidationError
from .filetypes import FileFacts
from .library import MaterialReads
from .material_checks import (
    check_audiences,
    check_date,
    check_kind,
    check_lang,
    check_text,
    check_topics,
)
from .media import MediaStore
from .store import Store, new_id, utc_now_iso
from .textfold import nfc

log = logging.getLogger("point.materials")

MAX_TITLE = 500
MAX_DESCRIPTION = 5000
USE_CHANNELS = ("kiosk", "operator")
EDITABLE = ("title", "description", "kind", "topics", "audiences", "issuer", "issue_date",
            "valid_until")


@dataclass(frozen=True)
class MaterialFileIn:
    """One file to import, with the language of this version (ISO 639-3)."""

    path: Path
    lang: str = "vie"
    role: str = "main"


@dataclass(frozen=True)
class Imported:
    """The outcome of an import: the material's id, and whether it was already there."""

    id: str
    existed: bool = False
    files: tuple[FileFacts, ...] = ()


@dataclass
class FolderImport:
    """What a folder import did, file group by file group."""

    added: list[tuple[str, str]] = field(default_factory=list)  # (file name, material id)
    existing: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, Exception]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # not a supported format
    cancelled: bool = False


class Materials(MaterialReads):
    """Imports, edits, lists and records the use of materials (the library's service).

    Reads (page, count, get, list) come from library.MaterialReads.
    """

    def __init__(self, store: Store, media: MediaStore,
                 max_file_size: int = filetypes.MAX_FILE_SIZE) -> None:
        self.store = store
        self.media = media
        self.max_file_size = max_file_size

    # -- import ------------------------------------------------------------------------
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
        valid_until: str | None = None,
        force: bool = False,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Imported:
        """Import files as one material (one file per language version).

        When a live material holds exactly these files already, nothing is added and
        its id comes back with existed=True, unless `force`. `progress` hears the bytes
        copied so far (it must not raise); `cancelled` is asked between files and raises
        PointError("interrupted") before anything reaches the database.
        """
        row = {
            "title": check_text(title, "title", MAX_TITLE, required=True),
            "description": check_text(description, "description", MAX_DESCRIPTION),
            "kind": check_kind(kind),
            "topics": json.dumps(check_topics(topics)),
            "audiences": json.dumps(check_audiences(audiences)),
            "issuer": check_text(issuer, "issuer", MAX_TITLE),
            "issue_date": check_date(issue_date, "issue_date"),
            "valid_until": check_date(valid_until, "valid_until"),
        }
        if not files:
            raise ValidationError("files-missing", field="file")
        checked = [(item, check_lang(item.lang),
                    filetypes.inspect(Path(item.path), self.max_file_size)) for item in files]
        # Media first: content-addressed, so a failure below leaves at most an unused file.
        done = 0

        def bytes_done(n: int) -> None:
            if progress:
                progress(done + n)

        stored = []
        for item, lang, facts in checked:
            if cancelled and cancelled():
                raise PointError("interrupted")
            sha, size = self.media.put(Path(item.path), bytes_done)
            done += size
            stored.append((item, lang, facts, sha, size))
        if cancelled and cancelled():
            raise PointError("interrupted")
        if not force:
            existing = self._identical([sha for *_, sha, _ in stored])
            if existing:
                return Imported(existing, existed=True, files=tuple(f for _, _, f, _, _ in stored))
        material_id = new_id()
        now = utc_now_iso()
        cover = next((sha for _, _, f, sha, _ in stored if f.family == "image"), None)
        with self.store.atomic():
            for _, _, facts, sha, _ in stored:
                if facts.text is not None:
                    self._save_text(sha, facts.text, facts.text_truncated)
            self.store.insert("material", {"id": material_id, **row, "cover_hash": cover,
                                           "created_at": now}, origin=origin)
            for item, lang, facts, sha, size in stored:
                self.store.insert("material_file", {
                    "material_id": material_id, "lang": lang, "role": item.role,
                    "media_hash": sha, "filename": nfc(Path(item.path).name), "mime": facts.mime,
                    "size": size, "pages": facts.pages, "duration_s": facts.duration_s,
                    "created_at": now,
                }, origin=origin)
        log.info("imported material %s (%d files)", material_id, len(stored))
        return Imported(material_id, existed=False, files=tuple(f for _, _, f, _, _ in stored))

    @staticmethod
    def guess_kind(paths: Iterable[Path]) -> str:
        """The kind a material of these files most likely is: audio, video, else other."""
        from .importer import KIND_BY_FAMILY

        for path in paths:
            fmt = filetypes.FORMATS.get(Path(path).suffix.lower())
            if fmt and fmt.family in KIND_BY_FAMILY:
                return KIND_BY_FAMILY[fmt.family]
        return "other"

    def add_file(self, material_id: str, item: MaterialFileIn) -> str:
        """Add a language version (or a narration) to a material; returns the file's id."""
        self._live(material_id)
        lang = check_lang(item.lang)
        facts = filetypes.inspect(Path(item.path), self.max_file_size)
        sha, size = self.media.put(Path(item.path))
        with self.store.atomic():
            if facts.text is not None:
                self._save_text(sha, facts.text, facts.text_truncated)
            return self.store.insert("material_file", {
                "material_id": material_id, "lang": lang, "role": item.role, "media_hash": sha,
                "filename": nfc(Path(item.path).name), "mime": facts.mime, "size": size,
                "pages": facts.pages, "duration_s": facts.duration_s, "created_at": utc_now_iso(),
            })

    def import_folder(
        self,
        folder: Path,
        lang: str = "vie",
        kind: str | None = None,
        topics: Iterable[str] = (),
        recursive: bool = False,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> FolderImport:
        """Import every supported file of a folder, one material per file.

        Language versions named NAME.LANG.EXT (so-tay.vie.pdf, so-tay.bru.pdf) become one
        material. A file that fails is reported and the others still import; `cancelled`
        is asked between files.
        """
        from .importer import group_folder

        folder = Path(folder)
        if not folder.is_dir():
            raise ValidationError("folder-missing", field="folder", path=str(folder))
        default_lang = check_lang(lang)
        topics = check_topics(topics)
        groups, skipped = group_folder(folder, default_lang, recursive)
        report = FolderImport(skipped=skipped)
        for n, group in enumerate(groups):
            if cancelled and cancelled():
                report.cancelled = True
                break
            if progress:
                progress(n, len(groups), group.files[0].path.name)
            try:
                result = self.add(group.files, title=group.title,
                                  kind=kind or group.kind, topics=topics)
            except (ValidationError, OSError) as exc:
                report.failed.append((group.files[0].path.name, exc))
                continue
            except Exception as exc:  # noqa: BLE001 - one bad file must not stop the rest
                log.exception("import of %s failed", group.files[0].path)
                report.failed.append((group.files[0].path.name, exc))
                continue
            target = report.existing if result.existed else report.added
            target.append((group.files[0].path.name, result.id))
        if progress and not report.cancelled:
            progress(len(groups), len(groups), "")
        return report

    def extract_pending(self, limit: int | None = None,
                        cancelled: Callable[[], bool] | None = None) -> int:
        """Extract body text of files that have none yet (synced or bulk-inserted ones)."""
        rows = self.store.query(
            "SELECT f.media_hash, min(f.filename) AS filename FROM material_file f "
            "LEFT JOIN material_text t ON t.media_hash = f.media_hash "
            "WHERE t.media_hash IS NULL AND f.deleted = 0 "
            "AND f.mime IN ('text/plain', 'text/html', 'application/pdf') "
            "GROUP BY f.media_hash" + (f" LIMIT {int(limit)}" if limit else ""))
        done = 0
        for row in rows:
            if cancelled and cancelled():
                break
            path = self.media.path_of(row["media_hash"])
            if not path.is_file():
                continue  # its bytes have not arrived yet
            fmt = filetypes.FORMATS.get(Path(row["filename"]).suffix.lower())
            try:
                text, truncated = (textextract.extract(path, fmt.name) if fmt else None) or ("", False)
            except (ValidationError, OSError) as exc:
                log.warning("no text from %s: %s", row["filename"], exc)
                text, truncated = "", False  # remembered, so it is not retried at every start
            with self.store.atomic():
                self._save_text(row["media_hash"], text, truncated)
            done += 1
        return done

    def _save_text(self, sha: str, text: str, truncated: bool) -> None:
        self.store.conn.execute(
            "INSERT INTO material_text (media_hash, body, truncated, extracted_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (media_hash) DO NOTHING",
            (sha, text, int(truncated), utc_now_iso()))

    def _identical(self, hashes: list[str]) -> str | None:
        """A live material whose live files are exactly these bytes."""
        want = set(hashes)
        rows = self.store.query(
            "SELECT f.material_id, group_concat(f.media_hash) AS hashes FROM material_file f "
            "JOIN material m ON m.id = f.material_id AND m.deleted = 0 WHERE f.deleted = 0 "
            "AND f.material_id IN (SELECT material_id FROM material_file "
            "WHERE media_hash = ? AND deleted = 0) GROUP BY f.material_id ORDER BY m.created_at",
            [hashes[0]])
        return next((r["material_id"] for r in rows if set(r["hashes"].split(",")) == want), None)

    def find_by_hash(self, sha256: str) -> str | None:
        """The material that already holds this exact file, if any."""
        return self.store.scalar(
            "SELECT material_id FROM material_file WHERE media_hash = ? AND deleted = 0 LIMIT 1",
            [sha256],
        )

    # -- edits -------------------------------------------------------------------------
    def update(self, material_id: str, **changes: Any) -> None:
        """Change a material's metadata (title, description, kind, topics, audiences, ...)."""
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise ValidationError("field-unknown", field=", ".join(sorted(unknown)))
        self._live(material_id)
        row: dict[str, Any] = {}
        for key, value in changes.items():
            if key == "title":
                row[key] = check_text(value, "title", MAX_TITLE, required=True)
            elif key == "description":
                row[key] = check_text(value, key, MAX_DESCRIPTION)
            elif key == "issuer":
                row[key] = check_text(value, key, MAX_TITLE)
            elif key == "kind":
                row[key] = check_kind(value)
            elif key == "topics":
                row[key] = json.dumps(check_topics(value))
            elif key == "audiences":
                row[key] = json.dumps(check_audiences(value))
            else:
                row[key] = check_date(value, key)
        if row:
            self.store.update("material", material_id, row)

    def set_withdrawn(self, material_id: str, withdrawn: bool = True) -> None:
        """Withdraw a material (thu hồi: out of date, hidden from villagers) or restore it."""
        self._live(material_id)
        self.store.update("material", material_id, {"withdrawn": int(bool(withdrawn))})

    def delete(self, material_id: str) -> None:
        """Tombstone a material and its files (kept for history and sync)."""
        self._live(material_id)
        with self.store.atomic():
            self.store.tombstone("material", material_id)
            for (file_id,) in self.store.query(
                    "SELECT id FROM material_file WHERE material_id = ? AND deleted = 0",
                    [material_id]):
                self.store.tombstone("material_file", file_id)

    def _live(self, material_id: str) -> None:
        if not self.store.scalar("SELECT 1 FROM material WHERE id = ? AND deleted = 0",
                                 [material_id]):
            raise NotFound("not-found", table="material", id=material_id)

    # -- use events (lượt sử dụng tài liệu) -----------------------------------------------
    def record_use(self, material_id: str, lang: str | None = None, channel: str = "kiosk",
                   seconds: int = 0) -> str:
        """Record an anonymous open/play of a material; returns the event id."""
        self._live(material_id)
        if channel not in USE_CHANNELS:
            raise ValidationError("channel-invalid", field="channel", value=channel)
        now = datetime.now()
        return self.store.insert("material_use", {
            "material_id": material_id, "lang": check_lang(lang) if lang else None,
            "channel": channel, "seconds": _seconds(seconds),
            "used_at": now.isoformat(timespec="seconds"), "day": now.date().isoformat(),
        })

    def set_use_seconds(self, use_id: str, seconds: int) -> None:
        """How long the material was viewed or played, known when the viewer closes."""
        self.store.update("material_use", use_id, {"seconds": _seconds(seconds)})



def _seconds(value: int) -> int:
    try:
        seconds = int(value)
    except (TypeError, ValueError):
        raise ValidationError("seconds-invalid", field="seconds", value=value) from None
    if seconds < 0:
        raise ValidationError("seconds-invalid", field="seconds", value=value)
    return seconds
