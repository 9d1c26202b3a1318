"""Participants (học viên): the registry of people who attend trainings, kept to what is needed.

Names are matched accent-insensitively through `participant_search` (a local table of
folded names kept by triggers), so "lo van panh" finds "Lò Văn Pánh" while it is typed.

Erasure on request (`erase`) is a hard delete that propagates through the `deletion`
table. Their attendance rows stay: they hold no personal data (training, an id, a day)
and training budgets are settled against the number of people who attended, so the
counts must not change when someone later asks to be forgotten. The attendance then
points at an id that no longer resolves; lists and sheets show it as an erased person.
Opinions they gave lose the link to them.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from difflib import SequenceMatcher
from typing import Any

from . import history, validate
from .errors import NotFound, ValidationError
from .store import Store, utc_now_iso
from .textfold import fold

MAX_NAME = 200
MAX_VILLAGE = 100
MAX_CONSENT_NOTE = 500
PHONE_RE = re.compile(r"^\d{8,15}$")
FIELDS = ("full_name", "sex", "birth_year", "ethnicity", "village", "group_code", "phone")

# Read out or shown to the person before their data is recorded (DESIGN.md section 6).
CONSENT_NOTICE = {
    "vi": ("Điểm hỗ trợ ghi họ tên, giới tính, năm sinh, dân tộc, thôn/bản và nhóm đối tượng "
           "của ông/bà để điểm danh lớp học và báo cáo số người tham gia. Dân tộc là dữ liệu cá "
           "nhân nhạy cảm. Thông tin chỉ lưu tại điểm hỗ trợ và chỉ gửi lên tỉnh khi có quy "
           "định. Ông/bà có thể yêu cầu sửa hoặc xóa thông tin bất cứ lúc nào. "
           "Ông/bà có đồng ý không?"),
    "en": ("The support point records your full name, sex, birth year, ethnicity, village and "
           "group to take attendance at trainings and to report how many people took part. "
           "Ethnicity is sensitive personal data. It is kept at the support point and sent to "
           "the province only where rules require it. You can ask for it to be corrected or "
           "erased at any time. Do you agree?"),
}


@dataclass(frozen=True)
class Participant:
    """A registered person (học viên)."""

    id: str
    full_name: str
    sex: str
    birth_year: int | None
    ethnicity: str | None
    village: str | None
    group_code: str | None
    phone: str | None
    consent_at: str | None
    consent_note: str | None
    created_at: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Suggestion:
    """A registered person who may be the one being typed in; higher score = likelier."""

    participant: Participant
    score: float
    same_birth_year: bool
    same_village: bool


def _to_participant(row: Any) -> Participant:
    return Participant(**{k: row[k] for k in Participant.__dataclass_fields__})


def consent_notice(lang: str = "vi") -> str:
    """The consent notice in Vietnamese or English."""
    return CONSENT_NOTICE["en" if lang.startswith("en") else "vi"]


def clean(fields: dict[str, Any]) -> dict[str, Any]:
    """Validate a participant's fields; returns the row to store. Raises ValidationError."""
    sex = fields.get("sex")
    if not sex:
        raise ValidationError("sex-missing", field="sex")
    phone = fields.get("phone")
    if phone is not None and str(phone).strip():
        digits = re.sub(r"[\s.\-()]", "", str(phone).strip())
        digits = "0" + digits[3:] if digits.startswith("+84") else digits.lstrip("+")
        if not PHONE_RE.match(digits):
            raise ValidationError("phone-invalid", field="phone", value=phone)
        phone = digits
    else:
        phone = None
    return {
        "full_name": validate.text(fields.get("full_name"), "full_name", MAX_NAME, missing="name-missing"),
        "sex": validate.code(sex, "sexes", "sex", "sex-unknown"),
        "birth_year": validate.birth_year(fields.get("birth_year")),
        "ethnicity": validate.ethnicity(fields.get("ethnicity")),
        "village": validate.text(fields.get("village"), "village", MAX_VILLAGE),
        "group_code": validate.code(fields.get("group_code"), "participant_groups", "group",
                                    "group-unknown"),
        "phone": phone,
    }


def _like_terms(text: str) -> list[str]:
    # Folded words as LIKE patterns; % and _ in what was typed match only themselves.
    words = fold(text).split()
    return ["%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            for w in words]


class Participants:
    """Register, find, correct and erase participants."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, full_name: str, sex: str, birth_year: int | None = None, *,
            ethnicity: str | None = None, village: str | None = None, group_code: str | None = None,
            phone: str | None = None, consent: bool = False, consent_note: str | None = None) -> str:
        """Register a person; consent (with an optional note) is stamped with the time."""
        row = clean({"full_name": full_name, "sex": sex, "birth_year": birth_year,
                     "ethnicity": ethnicity, "village": village, "group_code": group_code,
                     "phone": phone})
        note = validate.text(consent_note, "consent_note", MAX_CONSENT_NOTE)
        now = utc_now_iso()
        row.update(consent_at=now if consent else None, consent_note=note if consent else None,
                   created_at=now)
        return self.store.insert("participant", row)

    def record_consent(self, participant_id: str, note: str | None = None) -> None:
        """Record that the person agreed (after the notice was shown or read out)."""
        self._require(participant_id)
        self.store.update("participant", participant_id, {
            "consent_at": utc_now_iso(),
            "consent_note": validate.text(note, "consent_note", MAX_CONSENT_NOTE)})

    def correct(self, participant_id: str, **changes: Any) -> Participant:
        """Correct a person's data on request. The old values are not kept (data minimisation)."""
        unknown = set(changes) - set(FIELDS)
        if unknown:
            raise TypeError(f"unknown participant fields: {sorted(unknown)}")
        current = self._require(participant_id)
        row = clean({**current.as_dict(), **changes})
        diff = {k: v for k, v in row.items() if getattr(current, k) != v}
        if diff:
            self.store.update("participant", participant_id, diff)
        return self._require(participant_id)

    def erase(self, participant_id: str) -> int:
        """Erase a person (hard delete, propagated); returns how many attendance rows remain."""
        self._require(participant_id)
        with self.store.atomic():
            for row in self.store.query(
                    "SELECT id FROM feedback WHERE participant_id = ?", (participant_id,)):
                self.store.update("feedback", row["id"], {"participant_id": None})
            history.forget(self.store, "participant", participant_id)
            self.store.hard_delete("participant", participant_id)
            kept = self.store.count("attendance", "participant_id = ? AND deleted = 0",
                                    [participant_id])
        return kept

    # -- reading -----------------------------------------------------------------------
    def get(self, participant_id: str) -> Participant | None:
        rows = self.store.query("SELECT * FROM participant WHERE id = ? AND deleted = 0",
                                (participant_id,))
        return _to_participant(rows[0]) if rows else None

    def _require(self, participant_id: str) -> Participant:
        found = self.get(participant_id)
        if found is None:
            raise NotFound("participant-unknown", field="participant", id=participant_id)
        return found

    def get_many(self, ids: list[str]) -> dict[str, Participant]:
        """Participants by id (ids that do not resolve are left out)."""
        found: dict[str, Participant] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" for _ in chunk)
            for row in self.store.query(
                    f"SELECT * FROM participant WHERE deleted = 0 AND id IN ({marks})", chunk):
                found[row["id"]] = _to_participant(row)
        return found

    def count(self) -> int:
        return self.store.count("participant")

    def list(self, offset: int = 0, limit: int = -1) -> list[Participant]:
        """Participants in name order (folded, so "Đ" sits with "D")."""
        rows = self.store.query(
            "SELECT p.* FROM participant p JOIN participant_search s ON s.id = p.id "
            "WHERE p.deleted = 0 ORDER BY s.name_fold, p.id LIMIT ? OFFSET ?", (limit, offset))
        return [_to_participant(r) for r in rows]

    def search(self, fragment: str, limit: int = 20) -> list[Participant]:
        """People whose name holds every typed word, accent-insensitively (check-in by name)."""
        terms = _like_terms(fragment)
        if not terms:
            return []
        where = " AND ".join("s.name_fold LIKE ? ESCAPE '\\'" for _ in terms)
        first = fold(fragment).split()[0]
        rows = self.store.query(
            f"SELECT p.* FROM participant_search s JOIN participant p ON p.id = s.id "
            f"WHERE p.deleted = 0 AND {where} "
            # Names starting with what was typed come first, then any word starting with it.
            "ORDER BY (s.name_fold LIKE ? ESCAPE '\\') DESC, (' ' || s.name_fold LIKE ? ESCAPE '\\') "
            "DESC, s.name_fold, p.id LIMIT ?",
            [*terms, first + "%", "% " + first + "%", limit])
        return [_to_participant(r) for r in rows]

    def similar(self, full_name: str, birth_year: int | None = None, village: str | None = None,
                limit: int = 5, exclude: str | None = None) -> list[Suggestion]:
        """Possible duplicates of a person being typed in, likeliest first.

        A candidate shares at least one name word (accent-insensitive); it ranks by how
        alike the whole names are, and a matching birth year or village lifts it.
        """
        wanted = fold(full_name)
        words = wanted.split()
        if not words:
            return []
        # The given name (last word) or any word typed so far narrows the candidates.
        where = " OR ".join("(' ' || s.name_fold || ' ') LIKE ?" for _ in words)
        rows = self.store.query(
            f"SELECT p.*, s.name_fold, s.village_fold FROM participant_search s "
            f"JOIN participant p ON p.id = s.id WHERE p.deleted = 0 AND ({where}) LIMIT 2000",
            [f"% {w}%" for w in words])
        village_key = fold(village or "")
        found = []
        for row in rows:
            if row["id"] == exclude:
                continue
            ratio = SequenceMatcher(None, wanted, row["name_fold"]).ratio()
            if ratio < 0.6 and not row["name_fold"].startswith(wanted):
                continue
            same_year = birth_year is not None and row["birth_year"] == birth_year
            same_village = bool(village_key) and row["village_fold"] == village_key
            score = ratio + 0.5 * same_year + 0.25 * same_village
            found.append(Suggestion(_to_participant(row), round(score, 3), same_year, same_village))
        found.sort(key=lambda s: (-s.score, s.participant.full_name, s.participant.id))
        return found[:limit]
