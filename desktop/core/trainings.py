"""Trainings (lớp bồi dưỡng, tập huấn, hội nghị, tọa đàm, cuộc thi) and their attendance.

Attendance ids are deterministic (training + participant + day), so one person checked in
twice on a day, here or on another copy of the data, is one row: a repeated check-in is
reported as "already checked in", never an error and never a second row.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from . import history, validate
from .errors import NotFound, PointError, ValidationError
from .media import MediaStore
from .participants import Participant, Participants
from .periods import Period, parse_period
from .store import Store, utc_now_iso
from .textfold import fold
from .workspace import parse_iso_date

MAX_TITLE = 300
MAX_PLACE = 200
MAX_TRAINERS = 500
MAX_COST = 10**12  # đồng
MAX_DAYS = 366
MODES = ("in-person", "online")
FIELDS = ("title", "kind", "start_date", "end_date", "place", "trainers", "topics", "mode",
          "funding", "cost", "target_groups")


def attendance_id(training_id: str, participant_id: str, day: str) -> str:
    """Deterministic, so two copies of one check-in merge instead of counting twice."""
    return hashlib.sha256(f"attendance|{training_id}|{participant_id}|{day}".encode()).hexdigest()[:32]


@dataclass(frozen=True)
class Training:
    """A training event with its dates (inclusive)."""

    id: str
    kind: str
    title: str
    topics: tuple[str, ...]
    start_date: str
    end_date: str
    place: str | None
    trainers: str | None
    mode: str
    funding: str | None
    cost: int | None
    target_groups: tuple[str, ...]
    sheet_hash: str | None
    created_at: str

    @property
    def days(self) -> list[str]:
        """Every day of the training, ISO text."""
        start, end = date.fromisoformat(self.start_date), date.fromisoformat(self.end_date)
        return [(start + timedelta(days=n)).isoformat() for n in range((end - start).days + 1)]

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["topics"], data["target_groups"] = list(self.topics), list(self.target_groups)
        return data


@dataclass
class CheckIn:
    """What `attend` did: who was added and who was already checked in that day."""

    training_id: str
    day: str
    added: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _to_training(row: Any) -> Training:
    data = {k: row[k] for k in Training.__dataclass_fields__}
    data["topics"] = tuple(json.loads(row["topics"] or "[]"))
    data["target_groups"] = tuple(json.loads(row["target_groups"] or "[]"))
    return Training(**data)


def _day(value: date | str | None, name: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return parse_iso_date(str(value).strip(), name)


def clean(fields: dict[str, Any]) -> dict[str, Any]:
    """Validate a training's fields; returns the row to store. Raises ValidationError."""
    title = validate.text(fields.get("title"), "title", MAX_TITLE, missing="training-title-missing")
    kind = fields.get("kind")
    if not kind:
        raise ValidationError("training-kind-unknown", field="kind", value="")
    kind = validate.code(kind, "training_kinds", "kind", "training-kind-unknown")
    start = _day(fields.get("start_date"), "start_date")
    if start is None:
        raise ValidationError("training-start-missing", field="start_date")
    end = _day(fields.get("end_date"), "end_date") or start
    if end < start:
        raise ValidationError("training-dates-reversed", field="end_date",
                              start=start.isoformat(), end=end.isoformat())
    if (end - start).days >= MAX_DAYS:
        raise ValidationError("training-too-long", field="end_date", max=MAX_DAYS)
    mode = fields.get("mode") or "in-person"
    if mode not in MODES:
        raise ValidationError("training-mode-unknown", field="mode", value=mode)
    return {
        "title": title, "kind": kind, "start_date": start.isoformat(), "end_date": end.isoformat(),
        "place": validate.text(fields.get("place"), "place", MAX_PLACE),
        "trainers": validate.text(fields.get("trainers"), "trainers", MAX_TRAINERS),
        "topics": json.dumps(validate.codes(fields.get("topics"), "topics", "topics",
                                            "topics-unknown")),
        "mode": mode,
        "funding": validate.code(fields.get("funding"), "funding_sources", "funding",
                                 "funding-unknown"),
        "cost": validate.whole_number(fields.get("cost"), "cost", "cost-invalid", 0, MAX_COST),
        "target_groups": json.dumps(validate.codes(fields.get("target_groups"), "participant_groups",
                                                   "target_groups", "group-unknown")),
    }


class Trainings:
    """Create and list trainings, check participants in, and attach the signed sheet."""

    def __init__(self, store: Store, media: MediaStore | None = None) -> None:
        self.store = store
        self.media = media
        self.participants = Participants(store)

    def add(self, title: str, kind: str, start_date: date | str, end_date: date | str | None = None,
            *, place: str | None = None, trainers: str | None = None, topics: list[str] | tuple = (),
            mode: str = "in-person", funding: str | None = None, cost: int | None = None,
            target_groups: list[str] | tuple = ()) -> str:
        """Create a training (end_date defaults to start_date); returns its id."""
        row = clean({"title": title, "kind": kind, "start_date": start_date, "end_date": end_date,
                     "place": place, "trainers": trainers, "topics": topics, "mode": mode,
                     "funding": funding, "cost": cost, "target_groups": target_groups})
        row["created_at"] = utc_now_iso()
        return self.store.insert("training", row)

    def edit(self, training_id: str, **changes: Any) -> Training:
        """Change a training (the old version stays in history); check-ins must stay within its dates."""
        unknown = set(changes) - set(FIELDS)
        if unknown:
            raise TypeError(f"unknown training fields: {sorted(unknown)}")
        current = self._require(training_id)
        row = clean({**current.as_dict(), **changes})
        outside = self.store.scalar(
            "SELECT min(day) FROM attendance WHERE training_id = ? AND deleted = 0 "
            "AND (day < ? OR day > ?)", (training_id, row["start_date"], row["end_date"]))
        if outside:
            raise ValidationError("training-dates-exclude-attendance", field="start_date", day=outside)
        old = self.store.get("training", training_id) or {}
        diff = {k: v for k, v in row.items() if old.get(k) != v}
        if diff:
            history.edit_keeping_history(self.store, "training", training_id, diff)
        return self._require(training_id)

    def history(self, training_id: str) -> list[dict[str, Any]]:
        return history.versions(self.store, "training", training_id)

    def delete(self, training_id: str) -> None:
        """Delete a training and its check-ins (tombstones)."""
        self._require(training_id)
        with self.store.atomic():
            for row in self.store.query("SELECT id FROM attendance WHERE training_id = ? "
                                        "AND deleted = 0", (training_id,)):
                self.store.tombstone("attendance", row["id"])
            self.store.tombstone("training", training_id)

    def get(self, training_id: str) -> Training | None:
        rows = self.store.query("SELECT * FROM training WHERE id = ? AND deleted = 0", (training_id,))
        return _to_training(rows[0]) if rows else None

    def _require(self, training_id: str) -> Training:
        found = self.get(training_id)
        if found is None:
            raise NotFound("training-unknown", field="training", id=training_id)
        return found

    def list(self, period: Period | str | None = None) -> list[Training]:
        """Trainings that overlap the period (all when None), newest first."""
        period = parse_period(period) if isinstance(period, str) else period
        sql, params = "SELECT * FROM training WHERE deleted = 0", []
        if period:
            sql += " AND start_date <= ? AND end_date >= ?"
            params = [period.end.isoformat(), period.start.isoformat()]
        rows = self.store.query(sql + " ORDER BY start_date DESC, title", params)
        return [_to_training(r) for r in rows]

    # -- attendance (điểm danh) ----------------------------------------------------------
    def attend(self, training_id: str, participant_ids: list[str] | tuple[str, ...],
               day: date | str | None = None) -> CheckIn:
        """Check people in for a day (idempotent). Unknown people or a day outside the dates save nothing."""
        training = self._require(training_id)
        the_day = self.check_day(training, day)
        wanted = list(dict.fromkeys(participant_ids))
        if not wanted:
            raise ValidationError("participants-missing", field="participants")
        known = self.participants.get_many(wanted)
        for pid in wanted:
            if pid not in known:
                raise ValidationError("participant-unknown", field="participants", id=pid)
        result = CheckIn(training_id, the_day)
        now = datetime.now().isoformat(timespec="seconds")
        with self.store.atomic():
            for pid in wanted:
                aid = attendance_id(training_id, pid, the_day)
                existing = self.store.get("attendance", aid)
                if existing is None:
                    self.store.insert("attendance", {"id": aid, "training_id": training_id,
                                                     "participant_id": pid, "day": the_day,
                                                     "checked_in_at": now})
                    result.added.append(pid)
                elif existing["deleted"]:
                    self.store.update("attendance", aid, {"deleted": 0, "checked_in_at": now})
                    result.added.append(pid)
                else:
                    result.already.append(pid)
        return result

    def unattend(self, training_id: str, participant_id: str, day: date | str) -> bool:
        """Take back a check-in made by mistake; False if there was none."""
        training = self._require(training_id)
        aid = attendance_id(training_id, participant_id, self.check_day(training, day))
        existing = self.store.get("attendance", aid)
        if existing is None or existing["deleted"]:
            return False
        self.store.tombstone("attendance", aid)
        return True

    def check_day(self, training: Training, day: date | str | None) -> str:
        """The ISO day to check in on: the given one (within the dates), or today / the only day."""
        the_day = _day(day, "day")
        if the_day is None:
            today = date.today()
            if training.start_date <= today.isoformat() <= training.end_date:
                the_day = today
            elif training.start_date == training.end_date:
                the_day = date.fromisoformat(training.start_date)
            else:
                raise ValidationError("attendance-day-missing", field="day",
                                      start=training.start_date, end=training.end_date)
        if not training.start_date <= the_day.isoformat() <= training.end_date:
            raise ValidationError("attendance-day-outside", field="day", day=the_day.isoformat(),
                                  start=training.start_date, end=training.end_date)
        return the_day.isoformat()

    def attendance(self, training_id: str) -> dict[str, list[str]]:
        """Participant ids checked in, per day of the training (every day listed)."""
        training = self._require(training_id)
        days: dict[str, list[str]] = {d: [] for d in training.days}
        for row in self.store.query(
                "SELECT day, participant_id FROM attendance WHERE training_id = ? AND deleted = 0 "
                "ORDER BY day, checked_in_at, participant_id", (training_id,)):
            days.setdefault(row["day"], []).append(row["participant_id"])
        return days

    def roster(self, training_id: str) -> tuple[list[Participant], int]:
        """Everyone checked in on any day, in Vietnamese name order; and how many were erased."""
        ids = list(dict.fromkeys(p for ps in self.attendance(training_id).values() for p in ps))
        found = self.participants.get_many(ids)
        people = sorted(found.values(), key=name_order)
        return people, len(ids) - len(found)

    def show(self, training_id: str) -> dict[str, Any]:
        """A training with its attendance per day (people resolved to names where they still exist)."""
        training = self._require(training_id)
        per_day = self.attendance(training_id)
        everyone = list(dict.fromkeys(p for ps in per_day.values() for p in ps))
        people = self.participants.get_many(everyone)

        def person(pid: str) -> dict[str, Any]:
            p = people.get(pid)
            if p is None:
                return {"id": pid, "erased": True}
            return {"id": pid, "full_name": p.full_name, "sex": p.sex, "birth_year": p.birth_year,
                    "ethnicity": p.ethnicity, "village": p.village, "group": p.group_code}

        return {
            **training.as_dict(),
            "days": [{"day": d, "count": len(ps), "participants": [person(p) for p in ps]}
                     for d, ps in per_day.items()],
            "participants": len(everyone),
            "attendances": sum(len(ps) for ps in per_day.values()),
        }

    def attach_sheet(self, training_id: str, path: Path) -> str:
        """Store a photo or PDF scan of the signed sheet with the training; returns its hash."""
        self._require(training_id)
        if self.media is None:
            raise PointError("bug", detail="Trainings opened without a media store")
        if not path.is_file():
            raise PointError("file-missing", path=str(path))
        if path.stat().st_size == 0:
            raise ValidationError("sheet-file-empty", field="sheet", path=str(path))
        sha, _size = self.media.put(path)
        self.store.update("training", training_id, {"sheet_hash": sha})
        return sha


def name_order(person: Participant) -> tuple[str, str, str]:
    """Vietnamese order: by given name (the last word), then the whole name."""
    folded = fold(person.full_name)
    return (folded.rsplit(" ", 1)[-1], folded, person.id)
