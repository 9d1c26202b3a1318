"""Opinions (ý kiến, phản ánh tâm tư nguyện vọng) carried from villagers up to the province.

Status: `new` when recorded, `sent` once the province has it, and `answered` when an answer
row (`feedback_answer`, written by the province) has arrived. `sent` is read from the sync's
acknowledgement (the row's seq is at or below the seq the province acknowledged, by network or
USB), so delivery needs no extra write that would itself wait to be sent.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from . import validate
from .errors import ValidationError
from .store import Store, utc_now_iso

MAX_TEXT = 2000
MAX_AUTHOR = 200
MAX_VILLAGE = 100
CHANNELS = ("operator", "kiosk")
STATUSES = ("new", "sent", "answered")
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
ACKED_META = "acked_seq"  # the sync's record of what the province acknowledged (desktop/sync/session.py)
# The status a user sees: an answer that arrived means answered; a row the province acknowledged
# (or one marked sent/answered earlier) means sent.
EFFECTIVE_STATUS = (
    "CASE WHEN a.text IS NOT NULL THEN 'answered' "
    "WHEN f.status IN ('sent', 'answered') OR f.seq <= coalesce("
    f"(SELECT CAST(value AS INTEGER) FROM meta WHERE key = '{ACKED_META}'), 0) THEN 'sent' "
    "ELSE f.status END")


@dataclass(frozen=True)
class Answer:
    text: str
    answered_by: str | None
    answered_at: str


@dataclass(frozen=True)
class Opinion:
    """An opinion with its status and the province's latest answer, if any."""

    id: str
    text: str
    topic: str | None
    village: str | None
    participant_id: str | None
    author_name: str | None
    consent: bool
    channel: str
    audio_hash: str | None
    status: str
    created_at: str
    answer: Answer | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class Feedback:
    """Record and list opinions."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, text: str | None, *, topic: str | None = None, village: str | None = None,
            participant_id: str | None = None, author_name: str | None = None,
            consent: bool = False, channel: str = "operator", audio_hash: str | None = None) -> str:
        """Record an opinion (typed text, a voice message, or both); returns its id."""
        body = validate.long_text(text, "text", MAX_TEXT)
        if audio_hash is not None and not SHA256_RE.match(audio_hash):
            raise ValidationError("audio-invalid", field="audio", value=audio_hash)
        if not body and not audio_hash:
            raise ValidationError("feedback-text-missing", field="text")
        if channel not in CHANNELS:
            raise ValidationError("feedback-channel-unknown", field="channel", value=channel)
        author = validate.text(author_name, "author_name", MAX_AUTHOR)
        if participant_id:
            if not self.store.scalar("SELECT 1 FROM participant WHERE id = ? AND deleted = 0",
                                     (participant_id,)):
                raise ValidationError("participant-unknown", field="participant", id=participant_id)
        else:
            participant_id = None
        # Who said it is kept only with their consent; otherwise the opinion is anonymous.
        if (author or participant_id) and not consent:
            raise ValidationError("feedback-consent-missing", field="consent")
        return self.store.insert("feedback", {
            "text": body or "", "topic": validate.code(topic, "topics", "topic", "topics-unknown"),
            "village": validate.text(village, "village", MAX_VILLAGE),
            "participant_id": participant_id, "author_name": author, "consent": 1 if consent else 0,
            "channel": channel, "audio_hash": audio_hash, "status": "new",
            "created_at": utc_now_iso(),
        })

    def list(self, status: str | None = None, limit: int = -1, offset: int = 0) -> list[Opinion]:
        """Opinions newest first, each with its latest answer; optionally one status only."""
        if status is not None and status not in STATUSES:
            raise ValidationError("feedback-status-unknown", field="status", value=status)
        effective = EFFECTIVE_STATUS
        sql = (f"SELECT f.*, {effective} AS effective, a.text AS a_text, "
               "a.answered_by AS a_by, a.answered_at AS a_at FROM feedback f "
               "LEFT JOIN feedback_answer a ON a.id = (SELECT id FROM feedback_answer x "
               "WHERE x.feedback_id = f.id AND x.deleted = 0 ORDER BY x.answered_at DESC LIMIT 1) "
               "WHERE f.deleted = 0")
        params: list[Any] = []
        if status:
            sql += f" AND {effective} = ?"
            params.append(status)
        sql += " ORDER BY f.created_at DESC, f.id LIMIT ? OFFSET ?"
        rows = self.store.query(sql, [*params, limit, offset])
        return [self._to_opinion(r) for r in rows]

    def get(self, feedback_id: str) -> Opinion | None:
        """One opinion with its latest answer."""
        rows = self.store.query(
            f"SELECT f.*, {EFFECTIVE_STATUS} AS effective, a.text AS a_text, a.answered_by AS a_by, "
            "a.answered_at AS a_at FROM feedback f "
            "LEFT JOIN feedback_answer a ON a.id = (SELECT id FROM feedback_answer x "
            "WHERE x.feedback_id = f.id AND x.deleted = 0 ORDER BY x.answered_at DESC LIMIT 1) "
            "WHERE f.id = ? AND f.deleted = 0", (feedback_id,))
        return self._to_opinion(rows[0]) if rows else None

    @staticmethod
    def _to_opinion(row: Any) -> Opinion:
        answer = Answer(row["a_text"], row["a_by"], row["a_at"]) if row["a_text"] is not None else None
        status = row["effective"]
        return Opinion(
            id=row["id"], text=row["text"], topic=row["topic"], village=row["village"],
            participant_id=row["participant_id"], author_name=row["author_name"],
            consent=bool(row["consent"]), channel=row["channel"], audio_hash=row["audio_hash"],
            status=status, created_at=row["created_at"], answer=answer,
        )

    def counts(self) -> dict[str, int]:
        """How many opinions have each status."""
        result = dict.fromkeys(STATUSES, 0)
        for opinion in self.list():
            result[opinion.status] += 1
        return result

    def mark_sent(self, ids: list[str]) -> int:
        """Mark new opinions as delivered to the province (the sync calls this); returns how many."""
        changed = 0
        with self.store.atomic():
            for feedback_id in ids:
                if self.store.scalar("SELECT status FROM feedback WHERE id = ?", (feedback_id,)) == "new":
                    self.store.update("feedback", feedback_id, {"status": "sent"})
                    changed += 1
        return changed

    def mark_answered(self) -> int:
        """Set status `answered` on every opinion whose answer has arrived; returns how many changed."""
        changed = 0
        with self.store.atomic():
            for row in self.store.query(
                    "SELECT f.id FROM feedback f WHERE f.deleted = 0 AND f.status != 'answered' "
                    "AND EXISTS (SELECT 1 FROM feedback_answer a WHERE a.feedback_id = f.id "
                    "AND a.deleted = 0)"):
                self.store.update("feedback", row["id"], {"status": "answered"})
                changed += 1
        return changed
