"""Visits (lượt phục vụ): the operator's quick log of who came and what they were helped with.

Built for a quick-entry screen: `add` validates and saves in one transaction and remembers
the village and ethnicity for the next entry (`defaults`); `undo_last` takes back this
session's latest entry; `page`/`count` serve a lazily loaded list over a million rows from
indexes (`visit_live_at`, and the trigger-kept `visit_purpose` and per-day `visit_tally`),
never reading the whole table.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

from . import history, schema, validate
from .errors import NotFound, ValidationError
from .periods import Period, parse_period
from .store import Store

MAX_NOTE = 2000
MAX_VILLAGE = 100
MAX_DURATION_MIN = 600
DEFAULT_KEYS = {"village": "visit.last_village", "ethnicity": "visit.last_ethnicity"}
FIELDS = ("purposes", "purpose_note", "sex", "age_band", "ethnicity", "village", "assisted",
          "duration_min", "note", "visited_at")


@dataclass(frozen=True)
class Visit:
    """One visit as the lists show it."""

    id: str
    visited_at: str
    day: str
    purposes: tuple[str, ...]
    purpose_note: str | None
    sex: str | None
    age_band: str | None
    ethnicity: str | None
    village: str | None
    assisted: bool
    duration_min: int | None
    note: str | None
    deleted: bool = False

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["purposes"] = list(self.purposes)
        return data


@dataclass(frozen=True)
class VisitDefaults:
    """What the quick-entry form starts with: the last village and ethnicity used."""

    village: str | None
    ethnicity: str | None


def _row_to_visit(row: Any) -> Visit:
    return Visit(
        id=row["id"], visited_at=row["visited_at"], day=row["day"],
        purposes=tuple(p for p in (row["purposes"] or "").split(",") if p),
        purpose_note=row["purpose_note"], sex=row["sex"], age_band=row["age_band"],
        ethnicity=row["ethnicity"], village=row["village"], assisted=bool(row["assisted"]),
        duration_min=row["duration_min"], note=row["note"], deleted=bool(row["deleted"]),
    )


def _as_period(period: Period | str | None) -> Period | None:
    return parse_period(period) if isinstance(period, str) else period


def _check_purpose(purpose: str | None) -> None:
    validate.code(purpose, "visit_purposes", "purpose", "purpose-unknown")


def _visited_at(value: datetime | str | None, now: datetime) -> datetime:
    if value is None:
        return now.replace(microsecond=0)
    if isinstance(value, datetime):
        when = value
    else:
        try:
            when = datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise ValidationError("visit-time-invalid", field="visited_at", value=value) from None
    when = when.replace(tzinfo=None, microsecond=0)
    # A visit is logged as it happens or afterwards; a clock a day ahead is a typo.
    if when > now + timedelta(hours=1):
        raise ValidationError("visit-in-future", field="visited_at", value=when.isoformat())
    if when.year < 2000:
        raise ValidationError("visit-time-invalid", field="visited_at", value=when.isoformat())
    return when


def clean(fields: dict[str, Any], now: datetime | None = None) -> dict[str, Any]:
    """Validate a visit's fields; returns the row to store. Raises ValidationError."""
    now = now or datetime.now()
    purposes = validate.codes(fields.get("purposes"), "visit_purposes", "purposes", "purpose-unknown")
    if not purposes:
        raise ValidationError("purpose-missing", field="purposes")
    note_for_other = validate.text(fields.get("purpose_note"), "purpose_note", 500)
    if "other" in purposes and not note_for_other:
        raise ValidationError("purpose-note-missing", field="purpose_note")
    when = _visited_at(fields.get("visited_at"), now)
    return {
        "visited_at": when.isoformat(timespec="seconds"), "day": when.date().isoformat(),
        "purposes": ",".join(purposes), "purpose_note": note_for_other,
        "sex": validate.code(fields.get("sex"), "sexes", "sex", "sex-unknown"),
        "age_band": validate.code(fields.get("age_band"), "age_bands", "age_band", "age-band-unknown"),
        "ethnicity": validate.ethnicity(fields.get("ethnicity")),
        "village": validate.text(fields.get("village"), "village", MAX_VILLAGE),
        "assisted": 1 if fields.get("assisted", True) else 0,
        "duration_min": validate.whole_number(fields.get("duration_min"), "duration_min",
                                              "duration-invalid", 0, MAX_DURATION_MIN),
        "note": validate.long_text(fields.get("note"), "note", MAX_NOTE),
    }


class Visits:
    """Log, correct and list visits. One instance per open workspace (it holds the undo stack)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._added: list[str] = []  # this session's entries, for undo_last

    # -- writing -----------------------------------------------------------------------
    def add(self, purposes: list[str] | tuple[str, ...], *, purpose_note: str | None = None,
            sex: str | None = None, age_band: str | None = None, ethnicity: str | None = None,
            village: str | None = None, assisted: bool = True, duration_min: int | None = None,
            note: str | None = None, visited_at: datetime | str | None = None) -> str:
        """Log a visit (visited_at defaults to now); returns its id. Nothing is saved on error."""
        row = clean({"purposes": purposes, "purpose_note": purpose_note, "sex": sex,
                     "age_band": age_band, "ethnicity": ethnicity, "village": village,
                     "assisted": assisted, "duration_min": duration_min, "note": note,
                     "visited_at": visited_at})
        with self.store.atomic():
            visit_id = self.store.insert("visit", row)
            for name, key in DEFAULT_KEYS.items():
                if row[name]:
                    self.store.set_meta(key, row[name])
        self._added.append(visit_id)
        return visit_id

    def edit(self, visit_id: str, **changes: Any) -> Visit:
        """Change a visit; the replaced version stays readable through `history`."""
        unknown = set(changes) - set(FIELDS)
        if unknown:
            raise TypeError(f"unknown visit fields: {sorted(unknown)}")
        current = self.get(visit_id)
        if current is None or current.deleted:
            raise NotFound("visit-unknown", id=visit_id)
        merged = {**current.as_dict(), **changes}
        row = clean(merged)
        old = self.store.get("visit", visit_id) or {}
        diff = {k: v for k, v in row.items() if old.get(k) != v}
        if diff:
            history.edit_keeping_history(self.store, "visit", visit_id, diff)
        return self.get(visit_id)  # type: ignore[return-value]

    def history(self, visit_id: str) -> list[dict[str, Any]]:
        """Earlier versions of a visit, newest first."""
        return history.versions(self.store, "visit", visit_id)

    def delete(self, visit_id: str) -> None:
        """Delete a visit (tombstone: it stays for history and sync, and leaves the counts)."""
        current = self.get(visit_id)
        if current is None:
            raise NotFound("visit-unknown", id=visit_id)
        if not current.deleted:
            self.store.tombstone("visit", visit_id)

    def restore(self, visit_id: str) -> None:
        """Bring a deleted visit back."""
        if self.get(visit_id) is None:
            raise NotFound("visit-unknown", id=visit_id)
        self.store.update("visit", visit_id, {"deleted": 0})

    def undo_last(self) -> str | None:
        """Delete this session's latest visit still live; returns its id, or None if none is left."""
        while self._added:
            visit_id = self._added.pop()
            current = self.get(visit_id)
            if current is not None and not current.deleted:
                self.store.tombstone("visit", visit_id)
                return visit_id
        return None

    @property
    def can_undo(self) -> bool:
        return bool(self._added)

    # -- defaults ----------------------------------------------------------------------
    def defaults(self) -> VisitDefaults:
        """The values the quick-entry form starts with."""
        return VisitDefaults(village=self.store.get_meta(DEFAULT_KEYS["village"]),
                             ethnicity=self.store.get_meta(DEFAULT_KEYS["ethnicity"]))

    def villages(self, limit: int = 50) -> list[str]:
        """Villages used in recent visits, most used first (for the village field's completer)."""
        rows = self.store.query(
            "SELECT village, count(*) AS n FROM (SELECT village FROM visit WHERE deleted = 0 "
            "AND village IS NOT NULL ORDER BY visited_at DESC LIMIT 5000) "
            "GROUP BY village ORDER BY n DESC, village LIMIT ?", (limit,))
        return [r["village"] for r in rows]

    # -- reading -----------------------------------------------------------------------
    def get(self, visit_id: str) -> Visit | None:
        row = self.store.query("SELECT * FROM visit WHERE id = ?", (visit_id,))
        return _row_to_visit(row[0]) if row else None

    def today(self, day: date | None = None, limit: int = 500) -> list[Visit]:
        """The day's visits, newest first (the list beside the quick-entry form)."""
        day = day or date.today()
        rows = self.store.query(
            "SELECT * FROM visit WHERE day = ? AND deleted = 0 "
            "ORDER BY visited_at DESC, id DESC LIMIT ?", (day.isoformat(), limit))
        return [_row_to_visit(r) for r in rows]

    def count(self, period: Period | str | None = None, purpose: str | None = None) -> int:
        """Live visits in the period with the purpose, read from small indexes (no table scan)."""
        period = _as_period(period)
        _check_purpose(purpose)
        if purpose:
            sql, params = "SELECT count(*) FROM visit_purpose WHERE purpose = ?", [purpose]
            if period:
                sql += " AND visited_at >= ? AND visited_at < ?"
                params += period.time_bounds()
        else:
            # One row per day under purpose '*': a year is a sum of 365 rows.
            sql, params = "SELECT coalesce(sum(n), 0) FROM visit_tally WHERE purpose = '*'", []
            if period:
                sql += " AND day >= ? AND day <= ?"
                params += period.bounds()
        return int(self.store.scalar(sql, params))

    def page(self, offset: int, limit: int, period: Period | str | None = None,
             purpose: str | None = None) -> list[Visit]:
        """Rows offset..offset+limit of the list, newest first, read through an index."""
        return self._page(period, purpose, limit, offset=max(offset, 0))

    def page_after(self, last: Visit | None, limit: int, period: Period | str | None = None,
                   purpose: str | None = None) -> list[Visit]:
        """The rows after `last` (keyset paging: constant cost however deep the list is)."""
        return self._page(period, purpose, limit, after=(last.visited_at, last.id) if last else None)

    def _page(self, period: Period | str | None, purpose: str | None, limit: int,
              offset: int = 0, after: tuple[str, str] | None = None) -> list[Visit]:
        period = _as_period(period)
        _check_purpose(purpose)
        if purpose:
            # visit_purpose holds (purpose, visited_at, visit_id) of live visits only.
            sql = ("SELECT v.* FROM visit_purpose vp JOIN visit v ON v.id = vp.visit_id "
                   "WHERE vp.purpose = ?")
            at, vid, params = "vp.visited_at", "vp.visit_id", [purpose]
        else:
            sql = "SELECT * FROM visit WHERE deleted = 0"
            at, vid, params = "visited_at", "id", []
        if period:
            sql += f" AND {at} >= ? AND {at} < ?"
            params += period.time_bounds()
        if after:
            sql += f" AND ({at} < ? OR ({at} = ? AND {vid} < ?))"
            params += [after[0], after[0], after[1]]
        sql += f" ORDER BY {at} DESC, {vid} DESC LIMIT ? OFFSET ?"
        params += [max(limit, 0), offset]
        return [_row_to_visit(r) for r in self.store.query(sql, params)]

    def rebuild_index(self) -> None:
        """Recompute the trigger-kept purpose index and tallies (after a repair or bulk import)."""
        with self.store.atomic():
            conn = self.store.conn
            conn.execute("DELETE FROM visit_purpose")
            conn.execute("DELETE FROM visit_tally")
            split = ("""json_each(CASE WHEN json_valid('["' || replace(v.purposes, ',', '","') """
                     """|| '"]') THEN '["' || replace(v.purposes, ',', '","') || '"]' ELSE '[]' END)""")
            conn.execute(f"INSERT OR IGNORE INTO visit_purpose (purpose, visited_at, visit_id) "
                         f"SELECT DISTINCT value, v.visited_at, v.id FROM visit v, {split} "
                         "WHERE v.deleted = 0 AND value != ''")
            conn.execute("INSERT INTO visit_tally (day, purpose, n) SELECT day, '*', count(*) "
                         "FROM visit WHERE deleted = 0 GROUP BY day")
            conn.execute("DELETE FROM visit_day_tally")
            conn.execute(schema.VISIT_DAY_TALLY.fill())
