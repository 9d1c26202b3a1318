"""Plan targets (chỉ tiêu kế hoạch) per year and indicator, and progress against them.

A target is entered at the point or received from the province (origin `province`); when
both exist, the one written last (highest hlc) counts. Actual figures are computed from
the point's own records:

- visits-served: live visits in the year;
- trainings-held: trainings starting in the year;
- participants-trained: distinct people checked in on a day of the year (erased people
  still count: their attendance rows stay);
- respected-persons-trained: the same, for people in the group `respected-person`;
- materials-<kind>: materials of that kind the point itself added in the year;
  materials-minority-language: those with a version in a language other than Vietnamese;
- feedback-received: opinions recorded in the year;
- budget-<source>: training costs by funding source, in thousand đồng.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from . import reference, validate
from .errors import ValidationError
from .store import Store

MAX_TARGET = 10**12


@dataclass(frozen=True)
class Progress:
    """One indicator's target and what has been done towards it."""

    indicator: str
    name_vi: str
    name_en: str
    unit: str
    target: float | None
    actual: float
    ratio: float | None  # actual / target, None without a target

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _check_year(year: int | str) -> int:
    return int(validate.whole_number(year, "year", "year-invalid", 2000, 2100))  # type: ignore[arg-type]


class Targets:
    """Set and read yearly targets; compute progress."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def set(self, year: int | str, indicator: str, value: float | str, note: str | None = None) -> str:
        """Set this point's target for an indicator and year; returns the row id."""
        year = _check_year(year)
        indicator = validate.code(indicator, "plan_indicators", "indicator", "indicator-unknown") or ""
        if not indicator:
            raise ValidationError("indicator-unknown", field="indicator", value="")
        try:
            target = float(value)
        except (TypeError, ValueError):
            raise ValidationError("target-invalid", field="value", value=value) from None
        if not 0 <= target <= MAX_TARGET:
            raise ValidationError("target-invalid", field="value", value=value)
        note = validate.text(note, "note", 500)
        row_id = f"{self.store.origin}:{year}:{indicator}"
        with self.store.atomic():
            if self.store.get("plan_target", row_id):
                self.store.update("plan_target", row_id, {"target": target, "note": note, "deleted": 0})
            else:
                self.store.insert("plan_target", {"id": row_id, "year": year, "indicator": indicator,
                                                  "target": target, "note": note})
        return row_id

    def get(self, year: int | str) -> dict[str, float]:
        """indicator -> target for the year (the latest written of the point's and the province's)."""
        year = _check_year(year)
        chosen: dict[str, tuple[str, float]] = {}
        for row in self.store.query("SELECT indicator, target, hlc FROM plan_target "
                                    "WHERE year = ? AND deleted = 0", (year,)):
            if row["indicator"] not in chosen or row["hlc"] > chosen[row["indicator"]][0]:
                chosen[row["indicator"]] = (row["hlc"], row["target"])
        return {k: v for k, (_, v) in sorted(chosen.items())}

    def clear(self, year: int | str, indicator: str) -> bool:
        """Remove this point's own target (a province target, if any, then applies)."""
        row_id = f"{self.store.origin}:{_check_year(year)}:{indicator}"
        if not self.store.get("plan_target", row_id):
            return False
        self.store.tombstone("plan_target", row_id)
        return True

    def actuals(self, year: int | str) -> dict[str, float]:
        """What was done in the year, per indicator that can be computed here."""
        year = _check_year(year)
        lo, hi = date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()
        s = self.store
        result: dict[str, float] = {
            "visits-served": s.scalar("SELECT coalesce(sum(n), 0) FROM visit_tally "
                                      "WHERE purpose = '*' AND day >= ? AND day <= ?", (lo, hi)),
            "trainings-held": s.count("training", "deleted = 0 AND start_date >= ? AND start_date <= ?",
                                      (lo, hi)),
            "participants-trained": s.scalar(
                "SELECT count(DISTINCT a.participant_id) FROM attendance a JOIN training t "
                "ON t.id = a.training_id WHERE a.deleted = 0 AND t.deleted = 0 "
                "AND a.day >= ? AND a.day <= ?", (lo, hi)),
            "respected-persons-trained": s.scalar(
                "SELECT count(DISTINCT a.participant_id) FROM attendance a JOIN training t "
                "ON t.id = a.training_id JOIN participant p ON p.id = a.participant_id "
                "WHERE a.deleted = 0 AND t.deleted = 0 AND p.group_code = 'respected-person' "
                "AND a.day >= ? AND a.day <= ?", (lo, hi)),
            "feedback-received": s.count("feedback", "deleted = 0 AND substr(created_at, 1, 10) "
                                         "BETWEEN ? AND ?", (lo, hi)),
        }
        own = ("deleted = 0 AND origin = ? AND substr(created_at, 1, 10) BETWEEN ? AND ?")
        kinds = {r["kind"]: r["n"] for r in s.query(
            f"SELECT kind, count(*) AS n FROM material WHERE {own} GROUP BY kind",
            (s.origin, lo, hi))}
        for code in reference.codes("plan_indicators"):
            if code.startswith("materials-") and code != "materials-minority-language":
                result[code] = kinds.get(code.removeprefix("materials-"), 0)
        result["materials-minority-language"] = s.scalar(
            f"SELECT count(*) FROM material m WHERE {own} AND EXISTS "
            "(SELECT 1 FROM material_file f WHERE f.material_id = m.id AND f.deleted = 0 "
            "AND f.lang != 'vie')", (s.origin, lo, hi))
        for source in ("central", "local", "other"):
            total = s.scalar("SELECT coalesce(sum(cost), 0) FROM training WHERE deleted = 0 "
                             "AND funding = ? AND start_date >= ? AND start_date <= ?",
                             (source, lo, hi))
            result[f"budget-{source}"] = total / 1000
        return {k: float(v or 0) for k, v in result.items()}

    def progress(self, year: int | str) -> list[Progress]:
        """Every indicator in list order: target, actual and actual/target."""
        targets, actual = self.get(year), self.actuals(year)
        rows = []
        for item in reference.load_list("plan_indicators"):
            target = targets.get(item.code)
            done = actual.get(item.code, 0.0)
            ratio = round(done / target, 4) if target else None
            rows.append(Progress(item.code, item.name_vi, item.name_en, item.extra.get("unit", ""),
                                 target, done, ratio))
        return rows
